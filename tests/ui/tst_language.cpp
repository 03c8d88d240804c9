// SPDX-License-Identifier: Apache-2.0
// The viewer in German and French, from the catalogues the application
// ships (the .qm files it embeds): shortcuts are named the way the texts name
// them ("Strg+E" in German, not "Ctrl+E" beside "Strg"), the training
// modules are in the language of the viewer rather than English inside a
// German dialog, and no translation is left as its English source.

#include "core/policy/policy_loader.h"
#include "core/policy/training.h"
#include "ui/compliance/training_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/viewport/vtk_viewport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace custos;
using namespace custos::ui;

namespace {

// English words a German or French sentence never has: a sentence that holds
// one was left half in English.
const QRegularExpression kEnglish(QStringLiteral("\\b(the|and|you|your|what|with|which|cannot|is|are)\\b"));

struct Catalogue
{
    QString language;
    std::unique_ptr<QTranslator> translator;
};

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shortcutsAreNamedAsTheTextsNameThem_data();
    void shortcutsAreNamedAsTheTextsNameThem();
    void trainingIsInTheViewersLanguage_data();
    void trainingIsInTheViewersLanguage();
    void languageMenuSaysWhenAChoiceTakesEffect_data();
    void languageMenuSaysWhenAChoiceTakesEffect();
    void noTranslationIsLeftInEnglish_data();
    void noTranslationIsLeftInEnglish();
    void coreSentencesAreInTheViewersLanguage_data();
    void coreSentencesAreInTheViewersLanguage();

private:
    void speak(const QString& language);
    std::unique_ptr<QTranslator> m_translator;
};

void TestLanguage::initTestCase()
{
    for (const char* l : {"de", "fr"})
        QVERIFY2(QFile::exists(QStringLiteral(CUSTOS_QM_DIR "/custos_%1.qm").arg(QLatin1String(l))), CUSTOS_QM_DIR);
}

void TestLanguage::speak(const QString& language)
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(CUSTOS_QM_DIR "/custos_%1.qm").arg(language)));
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(language)); // as the viewer does for the chosen language
}

void TestLanguage::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QLocale::setDefault(QLocale::c());
}

void TestLanguage::shortcutsAreNamedAsTheTextsNameThem_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ctrlE");
    QTest::addColumn<QString>("foreign"); // the other language's name, never shown
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Strg+E") << QStringLiteral("Ctrl");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Ctrl+E") << QStringLiteral("Strg");
}

void TestLanguage::shortcutsAreNamedAsTheTextsNameThem()
{
    QFETCH(QString, language);
    QFETCH(QString, ctrlE);
    QFETCH(QString, foreign);
    speak(language);
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText), ctrlE);
    // Every menu of the viewer, as a person sees it: the shortcut beside an
    // item and the words of the item name the key the same way.
    ViewerOptions options;
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int shortcuts = 0;
    QStringList mixed;
    for (QAction* top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        emit top->menu()->aboutToShow();
        QList<QAction*> actions = top->menu()->actions();
        for (int i = 0; i < actions.size(); ++i) {
            QAction* a = actions[i];
            if (a->menu())
                actions << a->menu()->actions();
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            shortcuts += !key.isEmpty();
            if (key.contains(foreign) || a->text().contains(foreign) || a->toolTip().contains(foreign))
                mixed << a->text() + QStringLiteral(" [") + key + QLatin1Char(']');
        }
    }
    QVERIFY(shortcuts >= 5);
    // And the window fits the screen it opens on (it used to open 1400 px wide on any screen).
    QVERIFY2(window.width() <= window.screen()->availableGeometry().width(), qPrintable(QString::number(window.width())));
    QVERIFY2(mixed.isEmpty(), qPrintable(mixed.join(QStringLiteral("; "))));
}

void TestLanguage::languageMenuSaysWhenAChoiceTakesEffect_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("hint");
    QTest::newRow("en") << QString() << QStringLiteral("&Language") << QStringLiteral("Takes effect the next time Custos starts");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Sprache") << QStringLiteral("Gilt ab dem nächsten Start von Custos");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Langue") << QStringLiteral("S'applique au prochain démarrage de Custos");
}

// The language is not changed live: the menu says so before a choice is
// made (a greyed line under the languages), in the viewer's language.
void TestLanguage::languageMenuSaysWhenAChoiceTakesEffect()
{
    QFETCH(QString, language);
    QFETCH(QString, menu);
    QFETCH(QString, hint);
    if (!language.isEmpty())
        speak(language);
    ViewerOptions options;
    MainWindow window(options);
    QMenu* languages = nullptr;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->menu() && a->text() == menu)
                    languages = a->menu();
    QVERIFY2(languages, qPrintable(menu));
    const QList<QAction*> actions = languages->actions();
    QVERIFY(!actions.isEmpty());
    QCOMPARE(actions.back()->text(), hint);
    QVERIFY(!actions.back()->isEnabled());
    QCOMPARE(int(std::count_if(actions.begin(), actions.end(), [](QAction* a) { return a->isCheckable(); })), 4); // System, English, Deutsch, Français
}

void TestLanguage::trainingIsInTheViewersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestLanguage::trainingIsInTheViewersLanguage()
{
    QFETCH(QString, language);
    speak(language);
    const QStringList ids = policy::trainingModuleIds();
    QVERIFY(ids.size() >= 4);
    for (const QString& id : ids) {
        auto module = policy::trainingModule(id);
        QVERIFY2(module.ok(), qPrintable(id));
        QCoreApplication::removeTranslator(m_translator.get());
        QLocale::setDefault(QLocale::c());
        auto english = policy::trainingModule(id);
        const QString englishHtml = english.ok() ? TrainingDialog::contentHtml(english.value()) : QString();
        speak(language);
        QVERIFY(english.ok());
        const policy::TrainingModule& m = module.value();
        // Translated, and the same module: an acknowledgement counts whatever the language.
        QVERIFY2(m.title != english.value().title, qPrintable(id + QStringLiteral(": ") + m.title));
        QVERIFY2(m.summary != english.value().summary, qPrintable(m.summary));
        QCOMPARE(m.version, english.value().version);
        QCOMPARE(m.questions.size(), english.value().questions.size());
        QStringList texts{m.title, m.summary};
        for (std::size_t q = 0; q < m.questions.size(); ++q) {
            QCOMPARE(m.questions[q].answer, english.value().questions[q].answer);
            QCOMPARE(m.questions[q].id, english.value().questions[q].id);
            texts << m.questions[q].text << m.questions[q].choices;
        }
        const QString html = TrainingDialog::contentHtml(m);
        QVERIFY2(html != englishHtml, qPrintable(id));
        texts << QString(html).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        for (const QString& t : texts)
            QVERIFY2(!kEnglish.match(t).hasMatch(), qPrintable(QStringLiteral("%1 (%2): %3").arg(id, language, t.left(200))));
    }
}

void TestLanguage::noTranslationIsLeftInEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// The catalogue itself: a sentence kept as its English source, or a
// translation with English words in it ("Hinweis: What counts as…").
void TestLanguage::noTranslationIsLeftInEnglish()
{
    QFETCH(QString, language);
    QFile ts(QStringLiteral(CUSTOS_SOURCE_DIR "/translations/custos_%1.ts").arg(language));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    QStringList english;
    int messages = 0;
    const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.isEmpty())
                continue;
            ++messages;
            QString plain = QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>|%\\d+")));
            // DICOM attribute names are English in every language.
            for (const char* name : {"Number of Frames", "Frame of Reference", "frame of reference"})
                plain.remove(QLatin1String(name));
            int sourceWords = 0;
            for (auto it = word.globalMatch(source); it.hasNext(); it.next())
                ++sourceWords;
            const bool keptAsSource = text == source && sourceWords >= 4;
            if (keptAsSource || kEnglish.match(plain).hasMatch())
                english << text.left(120);
        }
    }
    QVERIFY(messages > 500);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
}

void TestLanguage::coreSentencesAreInTheViewersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Sentences of core code outside QObject classes, as the person reads them:
// they went through a t(const char*) helper that lupdate could not see, so
// they were in no catalogue and stayed English inside a German window.
void TestLanguage::coreSentencesAreInTheViewersLanguage()
{
    QFETCH(QString, language);
    const QString missingPolicy = QStringLiteral("/nonexistent-custos-test/policy.json");
    const auto sentences = [&] {
        return QStringList{policy::trainingModule(QStringLiteral("no-such-module")).errorMessage(),
                           policy::loadPolicyFile(missingPolicy).errorMessage()};
    };
    const QStringList english = sentences();
    speak(language);
    const QStringList translated = sentences();
    QCOMPARE(translated.size(), english.size());
    for (int i = 0; i < translated.size(); ++i) {
        QVERIFY2(!english[i].isEmpty(), "the call did not fail");
        QVERIFY2(translated[i] != english[i], qPrintable(translated[i]));
        QVERIFY2(!kEnglish.match(QString(translated[i]).remove(missingPolicy)).hasMatch(), qPrintable(translated[i]));
    }
}

int main(int argc, char** argv)
{
    VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"

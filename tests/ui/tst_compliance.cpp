// SPDX-License-Identifier: Apache-2.0
// The compliance controls of the real viewer window (AuthShell + Session +
// demo accounts + MainWindow with its ComplianceController) under Xvfb,
// with a real keychain, the real Guard over the real session, real DICOM
// files written by the demo, and DCMTK's dcmdump to read what an export wrote.

#include "core/audit/purpose.h"
#include "ui/compliance/watermark.h"
#include "app/common/services.h"
#include "core/ai/demo_findings.h"
#include "ui/findings/findings_controller.h"
#include "ui/findings/findings_panel.h"
#include "core/auth/demo_accounts.h"
#include "core/auth/local_accounts.h"
#include "core/auth/oidc_client.h"
#include "core/auth/totp.h"
#include "core/auth/session.h"
#include "core/dicom/demo_study.h"
#include "core/policy/break_glass.h"
#include "core/policy/policy_loader.h"
#include "core/policy/training.h"
#include "oidc_provider_peer.h"
#include "test_data.h"
#include "ui/admin/admin_view.h"
#include "ui/auth/auth_shell.h"
#include "ui/auth/sign_in_page.h"
#include "ui/compliance/break_glass_dialog.h"
#include "ui/compliance/compliance_controller.h"
#include "ui/compliance/export_dialog.h"
#include "ui/compliance/training_dialog.h"
#include "ui/findings/findings_controller.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/slice_view.h"
#include "ui/viewport/vtk_viewport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTabWidget>
#include <QScopeGuard>
#include <QTranslator>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

#include <functional>

using namespace custos;
using namespace custos::ui;

namespace {

const QString kPatientName = QStringLiteral("DEMO^CUSTOS");

// Neutral greys in the range the demo phantom takes at its default window;
// the interface's own colours (and the on-screen watermark) are tinted.
int imageLikePixels(const QImage& shot)
{
    int n = 0;
    const QImage img = shot.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (r == g && g == b && r >= 60 && r <= 200)
                ++n;
        }
    }
    return n;
}

QStringList jsonStrings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

// Runs `f` on the next modal dialog of type T as soon as it is shown.
// With CUSTOS_TEST_SCREENSHOTS set, keeps what a person would see.
void keep(QWidget* w, const QString& name)
{
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS"))
        w->grab().save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QLatin1Char('/') + name + QStringLiteral(".png"));
}

template <typename T>
void onNextDialog(std::function<void(T*)> f)
{
    auto* timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            f(d);
        }
    });
    timer->start();
}

} // namespace

class TestCompliance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void technologistCannotLetAnythingOut();
    void dataScientistExportIsDeidentifiedWhateverIsAsked();
    void trainingBlocksTheFirstExport();
    void breakGlassNeedsAReasonAndReauthenticationAndExpires();
    void breakGlassOfASingleSignOnUserIsConfirmedAtTheProvider();
    void technologistReachesBreakGlassFromTheExportDialogUnderTheExamplePolicy();
    void reviewTrainingHintOpensTheTraining();
    void identifiedExportIsConfirmedAndNotRepeated();
    void imageExportSaysWhatLeavesAndLandsPerSeriesOwnerOnly();
    void supportEngineerSeesNoImage();
    void complianceOfficerReadsVerifiesAndExportsTheAuditTrail();
    void watermarkIsWholeInNarrowPanes();
    void germanMenusNameKeysAsGermanDoes();

private:
    // The default policy with exports for the radiologist (identified) and
    // the data scientist (de-identified), and one export folder. `change`
    // edits the JSON further.
    void start(const std::function<void(QJsonObject&)>& change = {});
    MainWindow* signIn(const QString& user, bool waitForStudy = true);
    QString code(const QString& user, int stepsAhead = 0);
    QString displayNameOf(const QString& user) const;
    QHash<QString, qint64> m_lastStep; // the last TOTP step used per user
    void acknowledge(const QString& user, const QString& module);
    int denied(const QString& actionName) const;
    int count(const std::function<bool(const audit::Event&)>& f) const;

    QTemporaryDir m_dir;
    QString m_study;
    QString m_out;
    std::shared_ptr<app::Services> m_services;
    std::shared_ptr<auth::LocalAccountStore> m_accounts;
    std::vector<auth::DemoUser> m_demo;
    std::vector<audit::Event> m_events;
    qint64 m_clockOffset = 0; // seconds added to the Guard's and the registry's clock
    std::shared_ptr<const policy::Policy> m_policy;
    std::unique_ptr<policy::TrainingRecords> m_training;
    std::unique_ptr<policy::BreakGlassRegistry> m_breakGlass;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<policy::Guard> m_guard;
    std::shared_ptr<ComplianceContext> m_context;
    std::unique_ptr<AuthShell> m_shell;
};

void TestCompliance::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    QVERIFY(m_dir.isValid());
    dicom::DemoStudyOptions demo;
    demo.slices = 24;
    demo.size = 160;
    m_study = m_dir.filePath(QStringLiteral("study"));
    auto written = dicom::writeDemoStudy(m_study, demo);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    m_services = app::Services::open({m_dir.filePath(QStringLiteral("data")), true, QStringLiteral("custos")});
    QVERIFY2(m_services->keys(), qPrintable(m_services->problem()));
    auto store = auth::LocalAccountStore::open(auth::LocalAccountStore::defaultFolder(m_services->dataDir()), m_services->keys(), {});
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.errorMessage()));
    m_accounts = store.value();
    auto users = auth::provisionDemoUsers(*m_accounts, m_services->dataDir());
    QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.errorMessage()));
    m_demo = users.value();
}

void TestCompliance::start(const std::function<void(QJsonObject&)>& change)
{
    m_events.clear();
    m_clockOffset = 0;
    m_out = m_dir.filePath(QStringLiteral("out-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(QDir().mkpath(m_out)); // an existing folder, as the folder dialog gives
    QFile f(QStringLiteral(":/custos/policy/default-policy.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
    auto grant = [&roles](const QString& role, const QStringList& actions) {
        QJsonObject r = roles.value(role).toObject();
        QStringList p = jsonStrings(r.value(QStringLiteral("permissions")));
        p << actions;
        r.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(p));
        roles.insert(role, r);
    };
    grant(QStringLiteral("radiologist"), {QStringLiteral("ExportDicom"), QStringLiteral("ExportDeidentified"), QStringLiteral("ExportImage"),
                                          QStringLiteral("CopyToClipboard"), QStringLiteral("Print"), QStringLiteral("DragOut")});
    grant(QStringLiteral("data-scientist"), {QStringLiteral("ExportDeidentified")});
    root.insert(QStringLiteral("roles"), roles);
    root.insert(QStringLiteral("exportDestinations"), QJsonArray{m_dir.path()});
    if (change)
        change(root);
    auto parsed = policy::parsePolicy(QJsonDocument(root).toJson(), QStringLiteral("test-policy.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    m_policy = std::make_shared<const policy::Policy>(parsed.value());

    auto record = [this](const audit::Event& e) {
        m_events.push_back(e);
        m_services->record(e); // the real, hash-chained trail the administration view reads
    };
    policy::Clock clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset); };
    auto training = policy::TrainingRecords::open(nullptr, QString());
    QVERIFY(training.ok());
    m_training = std::move(training.value());
    auto registry = policy::BreakGlassRegistry::open({m_policy, record, clock, m_training.get(), nullptr, QString()});
    QVERIFY(registry.ok());
    m_breakGlass = std::move(registry.value());
    m_session = std::make_unique<auth::Session>(m_policy->session, record);
    m_guard = std::make_unique<policy::Guard>(
        policy::GuardParts{m_policy, policy::sessionRequester(*m_session), record, m_breakGlass.get(), m_training.get(), clock});
    m_context = std::make_shared<ComplianceContext>();
    m_context->guard = m_guard.get();
    m_context->breakGlass = m_breakGlass.get();
    m_context->training = m_training.get();
    m_context->session = m_session.get();
    m_context->accounts = m_accounts;
    m_context->audit = record;
    m_context->clock = clock;
    m_context->policyOrigin = QStringLiteral("test policy");
    m_context->policyJson = QJsonDocument(root).toJson();
    m_context->auditLog = m_services->auditLog();
    m_context->showAdministration = [this](QWidget* parent) { AdminView::show(m_context, parent); };

    AuthShellOptions options;
    options.session = m_session.get();
    options.accounts = m_accounts;
    options.demoUsers = m_demo;
    options.createViewer = [this](const auth::Identity& who) -> QWidget* {
        ViewerOptions viewer;
        viewer.paths = {m_study};
        viewer.protection.user = who.userName;
        viewer.protection.record = [this](const audit::Event& e) { m_events.push_back(e); };
        return ComplianceController::createViewer(viewer, m_context);
    };
    m_shell = std::make_unique<AuthShell>(std::move(options));
    m_shell->resize(1100, 800);
    m_shell->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell.get()));
}

void TestCompliance::cleanup()
{
    m_shell.reset();
    m_context.reset();
    m_guard.reset();
    m_session.reset();
    m_breakGlass.reset();
    m_training.reset();
}

QString TestCompliance::displayNameOf(const QString& user) const
{
    for (const auth::DemoUser& u : m_demo)
        if (u.name == user)
            return u.displayName;
    return {};
}

// A one-time code this user has not used yet: a used one is refused as a
// replay, and only codes of the steps next to now are accepted, so a third
// code within one period means waiting for the next.
QString TestCompliance::code(const QString& user, int)
{
    for (const auth::DemoUser& u : m_demo) {
        if (u.name != user)
            continue;
        const qint64 period = u.totp.period;
        qint64 step = QDateTime::currentSecsSinceEpoch() / period;
        const qint64 next = m_lastStep.value(user, -1) + 1;
        while (next > step + 1) {
            QTest::qWait(500);
            step = QDateTime::currentSecsSinceEpoch() / period;
        }
        const qint64 use = std::max(step, next);
        m_lastStep.insert(user, use);
        return u.currentCode(use * period);
    }
    return {};
}

MainWindow* TestCompliance::signIn(const QString& user, bool waitForStudy)
{
    QSignalSpy created(m_shell.get(), &AuthShell::viewerCreated);
    SignInPage* page = m_shell->signInPage();
    page->userField()->setText(user);
    page->passwordField()->setText(QStringLiteral("demo-") + user);
    page->codeField()->setText(code(user));
    QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    if (!created.wait(30000))
        return nullptr;
    m_shell->activateWindow(); // the window shortcuts (Ctrl+E, Ctrl+C, Ctrl+P) need it active
    (void)QTest::qWaitForWindowActive(m_shell.get()); // Xvfb without a window manager may not report it
    auto* window = qobject_cast<MainWindow*>(m_shell->viewer());
    if (!window || !waitForStudy)
        return window;
    QSignalSpy loaded(window, &MainWindow::seriesLoaded);
    if (!loaded.wait(60000))
        return nullptr;
    QTest::qWait(200);
    return window;
}

void TestCompliance::acknowledge(const QString& user, const QString& module)
{
    auto m = policy::trainingModule(module);
    QVERIFY(m.ok());
    QVERIFY(m_training->record({QStringLiteral("local:") + user, module, m.value().version, QDateTime::currentDateTimeUtc()}).ok());
}

int TestCompliance::count(const std::function<bool(const audit::Event&)>& f) const
{
    return int(std::count_if(m_events.begin(), m_events.end(), f));
}

int TestCompliance::denied(const QString& actionName) const
{
    return count([&](const audit::Event& e) {
        return e.id.code == QLatin1String("110113") && e.outcome != audit::Outcome::Success
               && e.outcomeDescription.startsWith(actionName + QStringLiteral(" denied"));
    });
}

void TestCompliance::technologistCannotLetAnythingOut()
{
    start();
    MainWindow* window = signIn(QStringLiteral("technologist"));
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    QVERIFY(controller);
    QVERIFY(window->seriesList()->count() > 0); // the technologist sees the study

    // The menu: greyed out, and the tooltip says why.
    window->findChild<QMenu*>(QStringLiteral("fileMenu"))->aboutToShow();
    QVERIFY(!controller->exportAction()->isEnabled());
    QVERIFY2(controller->exportAction()->toolTip().contains(QStringLiteral("technologist")), qPrintable(controller->exportAction()->toolTip()));
    QVERIFY(!controller->copyAction()->isEnabled());
    QVERIFY(!controller->printAction()->isEnabled());
    window->findChild<QMenu*>(QStringLiteral("toolsMenu"))->aboutToShow();
    QVERIFY(!controller->adminAction()->isEnabled()); // no audit trail for this role
    controller->exportAction()->trigger(); // a disabled action does nothing
    QCOMPARE(denied(QStringLiteral("ExportDicom")), 0);

    // The keyboard shortcut reaches the Guard, which refuses and records it.
    const QSize viewSize = window->sliceView()->size();
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(denied(QStringLiteral("ExportDicom")), 1);
    QVERIFY(!window->findChild<ExportDialog*>());
    QVERIFY2(controller->noticeText().contains(QStringLiteral("Nothing was exported")), qPrintable(controller->noticeText()));
    // The notice lies over the views across their whole width: it never
    // resizes them (which would rescale the picture) nor sits in a column.
    QTest::qWait(100);
    QCOMPARE(window->sliceView()->size(), viewSize);
    auto* notice = window->findChild<QWidget*>(QStringLiteral("complianceNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->width(), window->grid()->width());
    QVERIFY(notice->mapTo(window, QPoint(0, 0)).y() >= window->grid()->mapTo(window, QPoint(0, 0)).y());

    // The clipboard keeps what it had.
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(denied(QStringLiteral("CopyToClipboard")), 1);
    QVERIFY(QApplication::clipboard()->image().isNull());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));

    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier);
    QTRY_COMPARE(denied(QStringLiteral("Print")), 1);

    // Ctrl+drag of the image out of the viewport: no drag starts.
    SliceView* view = window->sliceView();
    const QPointF a(view->width() / 2.0, view->height() / 2.0), b = a + QPointF(40, 40);
    QMouseEvent press(QEvent::MouseButtonPress, a, view->mapToGlobal(a), Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier);
    QApplication::sendEvent(view, &press);
    QMouseEvent move(QEvent::MouseMove, b, view->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    QApplication::sendEvent(view, &move);
    QCOMPARE(denied(QStringLiteral("DragOut")), 1);
    QVERIFY(!controller->dragOut(view));
    QCOMPARE(denied(QStringLiteral("DragOut")), 2);
}

void TestCompliance::dataScientistExportIsDeidentifiedWhateverIsAsked()
{
    start();
    acknowledge(QStringLiteral("data-scientist"), QStringLiteral("deidentification"));
    MainWindow* window = signIn(QStringLiteral("data-scientist"));
    QVERIFY(window);
    // The view masks who the patient is.
    QVERIFY(window->sliceView()->volume());
    QVERIFY(window->sliceView()->overlayText().patientName != kPatientName);
    QVERIFY(!window->sliceView()->overlayText().patientName.contains(QStringLiteral("DEMO")));

    QVERIFY2(imageLikePixels(window->sliceView()->grabFramebuffer()) > 3000, "the image is on screen (the count can see one)");
    auto* controller = ComplianceController::of(window);
    QSignalSpy opened(controller, &ComplianceController::exportDialogOpened);
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(opened.count(), 1);
    auto* dialog = qobject_cast<ExportDialog*>(opened.front().front().value<QWidget*>());
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::IdentifiedDicom); // asks for identified files
    dialog->setDestination(m_out);
    dialog->setPurpose(QStringLiteral("segmentation model validation"));
    keep(dialog, QStringLiteral("export-dialog-data-scientist"));
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.front().front().toBool(), qPrintable(finished.front().at(1).toString()));
    QVERIFY(dialog->lastDecision().forceDeidentify);
    const QStringList files = dialog->writtenFiles();
    QCOMPARE(files.size(), 24);
    QVERIFY(dialog->statusText().contains(QStringLiteral("de-identified")));
    // The residual-risk figure and the provenance manifest, said in the dialog.
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Residual risk: k = 1")), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(QStringLiteral("custos-deid-provenance-")), qPrintable(dialog->statusText()));
    for (const QString& file : {files.front(), files.back()}) {
        QProcess dump;
        dump.start(QStringLiteral("dcmdump"), {QStringLiteral("+P"), QStringLiteral("0012,0062"), QStringLiteral("+P"), QStringLiteral("0010,0010"), file});
        QVERIFY(dump.waitForFinished(30000));
        const QString out = QString::fromUtf8(dump.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("[YES]")), qPrintable(out));
        QVERIFY2(!out.contains(kPatientName), qPrintable(out));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(kPatientName.toUtf8()));
    }
    // One allowed export decision, recorded with the forced de-identification.
    QCOMPARE(count([](const audit::Event& e) {
                 return e.outcome == audit::Outcome::Success && e.outcomeDescription.contains(QStringLiteral("ExportDicom allowed"))
                        && e.outcomeDescription.contains(QStringLiteral("de-identification forced"));
             }),
             1);
    dialog->close();
}

void TestCompliance::trainingBlocksTheFirstExport()
{
    start();
    MainWindow* window = signIn(QStringLiteral("radiologist"));
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    QSignalSpy opened(controller, &ComplianceController::exportDialogOpened);
    controller->exportCurrent();
    QTRY_COMPARE(opened.count(), 1);
    auto* dialog = qobject_cast<ExportDialog*>(opened.front().front().value<QWidget*>());
    dialog->setFormat(ExportDialog::Format::IdentifiedDicom);
    dialog->setDestination(m_out);
    dialog->setPurpose(QStringLiteral("second opinion"));

    bool sawTraining = false, wrongRefused = false, nothingWrittenYet = false;
    QVERIFY(!QDirIterator(m_out, QDir::Files, QDirIterator::Subdirectories).hasNext());
    onNextDialog<TrainingDialog>([&](TrainingDialog* training) {
        sawTraining = training->module().id == QLatin1String("phi-handling");
        keep(training, QStringLiteral("training-dialog"));
        nothingWrittenYet = !QDirIterator(m_out, QDir::Files, QDirIterator::Subdirectories).hasNext(); // exports go into <study>/<series>
        const auto& questions = training->module().questions;
        for (int i = 0; i < int(questions.size()); ++i)
            training->setAnswer(i, (questions[std::size_t(i)].answer + 1) % int(questions[std::size_t(i)].choices.size()));
        wrongRefused = !training->submit() && training->errorText().contains(QStringLiteral("question"));
        for (int i = 0; i < int(questions.size()); ++i)
            training->setAnswer(i, questions[std::size_t(i)].answer);
        training->submit();
    });
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(finished.wait(60000));
    QVERIFY(sawTraining);
    QVERIFY(wrongRefused);
    QVERIFY(nothingWrittenYet);
    QVERIFY2(finished.front().front().toBool(), qPrintable(finished.front().at(1).toString()));
    QCOMPARE(dialog->writtenFiles().size(), 24);
    QVERIFY(!dialog->deidentified());
    // Refused first (needs training), then allowed; the acknowledgement is on record.
    QCOMPARE(count([](const audit::Event& e) { return e.outcomeDescription.startsWith(QStringLiteral("ExportDicom needs-training")); }), 1);
    QVERIFY(m_training->latest(QStringLiteral("local:radiologist"), QStringLiteral("phi-handling")).has_value());
    dialog->close();

    // Once trained, the copy goes through, watermarked.
    QApplication::clipboard()->clear();
    controller->copyImage();
    const QImage copied = QApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
}

// Issue 14: a PNG is one view, not "the study, N files"; the dialog says it
// carries the patient's name; it lands in <out>/<study>/<series>/, owner-only,
// watermarked, and a second one never overwrites the first.
void TestCompliance::imageExportSaysWhatLeavesAndLandsPerSeriesOwnerOnly()
{
    start();
    acknowledge(QStringLiteral("radiologist"), QStringLiteral("phi-handling"));
    MainWindow* window = signIn(QStringLiteral("radiologist"));
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    QSignalSpy opened(controller, &ComplianceController::exportDialogOpened);
    controller->exportCurrent();
    QTRY_COMPARE(opened.count(), 1);
    auto* dialog = qobject_cast<ExportDialog*>(opened.front().front().value<QWidget*>());
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::Png);
    dialog->setDestination(m_out);
    dialog->setPurpose(QStringLiteral("tumour board slides"));
    QString what;
    for (QLabel* l : dialog->findChildren<QLabel*>())
        if (l->text().startsWith(QStringLiteral("One image")))
            what = l->text();
    QVERIFY2(what.contains(QStringLiteral("not de-identified")) && what.contains(QStringLiteral("name")), qPrintable(what));
    for (QRadioButton* r : dialog->findChildren<QRadioButton*>())
        QVERIFY2(!r->isVisible(), qPrintable(r->text())); // no "the study: N files" for a picture
    keep(dialog, QStringLiteral("export-dialog-png"));

    QStringList written;
    for (int i = 0; i < 2; ++i) {
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        if (i == 1)
            dialog->setFormat(ExportDialog::Format::Png); // a change allows exporting again
        dialog->startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.front().front().toBool(), qPrintable(finished.front().at(1).toString()));
        QCOMPARE(dialog->writtenFiles().size(), 1);
        written << dialog->writtenFiles().front();
    }
    QVERIFY(written.at(0) != written.at(1));
    const study::StackId shown = window->activeStack();
    for (const QString& file : written) {
        QCOMPARE(QFileInfo(file).absolutePath(), m_out + QLatin1Char('/') + shown.studyUid + QLatin1Char('/') + shown.seriesUid);
        QVERIFY(!(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        const QImage image(file);
        QVERIFY(!image.isNull());
        int amber = 0; // the burned-in watermark band
        for (int y = image.height() * 3 / 4; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb c = image.pixel(x, y);
                amber += qRed(c) > 200 && qGreen(c) > 150 && qBlue(c) < 140 && qRed(c) - qBlue(c) > 100 ? 1 : 0;
            }
        QVERIFY2(amber > 20, qPrintable(QString::number(amber)));
    }
    QVERIFY(!(QFile::permissions(QFileInfo(written.front()).absolutePath()) & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup)));
    QCOMPARE(count([](const audit::Event& e) { return e.outcomeDescription.startsWith(QStringLiteral("ExportImage allowed")); }), 2);
    dialog->close();
}

void TestCompliance::breakGlassNeedsAReasonAndReauthenticationAndExpires()
{
    // The compliance officer opens no study, but may ask for emergency access
    // in this site's policy (a user who has not signed in yet this period:
    // sign-in and re-authentication need two fresh one-time codes).
    start([](QJsonObject& root) {
        QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
        QJsonObject officer = roles.value(QStringLiteral("compliance-officer")).toObject();
        QStringList p = jsonStrings(officer.value(QStringLiteral("permissions")));
        p << QStringLiteral("StartBreakGlass");
        officer.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(p));
        roles.insert(QStringLiteral("compliance-officer"), officer);
        root.insert(QStringLiteral("roles"), roles);
    });
    acknowledge(QStringLiteral("compliance-officer"), QStringLiteral("break-glass"));
    MainWindow* window = signIn(QStringLiteral("compliance-officer"), false);
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    QTRY_VERIFY_WITH_TIMEOUT(!controller->withheldReasons().isEmpty(), 30000);
    QCOMPARE(window->seriesList()->count(), 0);
    QVERIFY(!controller->noticeText().isEmpty());
    // The notice says each thing once: the Guard's reason already offers
    // emergency access, and the button beside it is the way there (it used
    // to add "In an emergency you may request access" after the reason's own).
    {
        const QString notice = controller->noticeText();
        QCOMPARE(int(notice.count(QStringLiteral("emergency"), Qt::CaseInsensitive)), 1);
        QStringList sentences;
        for (const QString& sentence : notice.split(QRegularExpression(QStringLiteral("(?<=[.!?])\\s+")), Qt::SkipEmptyParts))
        {
            QVERIFY2(!sentences.contains(sentence.trimmed()), qPrintable(notice));
            sentences << sentence.trimmed();
        }
        bool button = false;
        for (QPushButton* b : window->findChildren<QPushButton*>())
            button |= b->isVisible() && b->text() == QStringLiteral("Request emergency access…");
        QVERIFY(button);
    }

    QString shortRefusal;
    bool granted = false;
    onNextDialog<BreakGlassDialog>([&](BreakGlassDialog* d) {
        d->setCategory(QStringLiteral("urgent-clinical-care"));
        d->setReason(QStringLiteral("urgent"));
        d->setCredentials(QStringLiteral("demo-compliance-officer"), QStringLiteral("000000")); // refused before the sign-in is tried
        d->submit();
        shortRefusal = d->errorText();
        keep(d, QStringLiteral("break-glass-dialog"));
        d->setReason(QStringLiteral("Stroke alert in ED, radiologist unreachable, CT must be checked now"));
        d->setCredentials(QStringLiteral("demo-compliance-officer"), code(QStringLiteral("compliance-officer")));
        granted = d->submit();
        if (!granted)
            shortRefusal += QStringLiteral(" | ") + d->errorText(), d->reject();
    });
    QSignalSpy loaded(window, &MainWindow::seriesLoaded);
    controller->requestBreakGlass();
    QVERIFY2(shortRefusal.contains(QStringLiteral("at least 20")), qPrintable(shortRefusal));
    QVERIFY2(granted, qPrintable(shortRefusal));
    QVERIFY(loaded.wait(60000));
    QVERIFY(window->seriesList()->count() > 0);
    QVERIFY(controller->breakGlassActive());
    QVERIFY2(controller->breakGlassBannerText().contains(QStringLiteral("Ends in")), qPrintable(controller->breakGlassBannerText()));
    keep(m_shell.get(), QStringLiteral("break-glass-banner"));
    // The grant's own alerts (the Guard's decision to let the person ask is a separate event).
    const auto started = [](const audit::Event& e) {
        return e.id.code == QLatin1String("110113") && e.type.code == QLatin1String("110127") && e.breakGlass
               && e.purposeOfUse.contains(QStringLiteral("Stroke alert"));
    };
    const auto stopped = [](const audit::Event& e) { return e.id.code == QLatin1String("110113") && e.type.code == QLatin1String("110138"); };
    QCOMPARE(count(started), 1);
    QCOMPARE(count(stopped), 0);

    // An hour and a minute later the grant has ended by itself and the study is gone.
    m_clockOffset = 61 * 60;
    QTRY_VERIFY_WITH_TIMEOUT(!controller->breakGlassActive(), 5000);
    QCOMPARE(count(stopped), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!controller->withheldReasons().isEmpty(), 30000);
    QCOMPARE(window->seriesList()->count(), 0);
    QVERIFY(!window->sliceView()->volume());
    QCOMPARE(m_breakGlass->awaitingReview().size(), std::size_t(1));

    // The queue shows a compliance officer what they review: the person,
    // the category by name, the whole reason, the patient (from the trail)
    // beside the study, and what was done; a review needs a verdict.
    AdminView view(m_context);
    view.resize(1400, 600);
    view.QWidget::show();
    if (auto* tabs = view.findChild<QTabWidget*>())
        tabs->setCurrentIndex(1);
    QTest::qWait(100);
    keep(&view, QStringLiteral("break-glass-queue"));
    const QStringList columns = view.reviewColumns();
    const QStringList row = view.reviewRow(0);
    QCOMPARE(row.size(), columns.size());
    auto cell = [&](const QString& column) { return row.value(int(columns.indexOf(column))); };
    QCOMPARE(cell(QStringLiteral("Category")), QStringLiteral("Urgent clinical care"));
    QCOMPARE(cell(QStringLiteral("Reason")), QStringLiteral("Stroke alert in ED, radiologist unreachable, CT must be checked now"));
    QVERIFY2(cell(QStringLiteral("Patient")).contains(QStringLiteral("CUSTOS-DEMO-0001")), qPrintable(row.join(QStringLiteral(" | "))));
    QVERIFY2(!cell(QStringLiteral("Patient")).contains(QLatin1Char('^')), qPrintable(cell(QStringLiteral("Patient"))));
    // One form for a person everywhere: their name with their login.
    QCOMPARE(cell(QStringLiteral("Person")), displayNameOf(QStringLiteral("compliance-officer")) + QStringLiteral(" (compliance-officer)"));
    QVERIFY2(cell(QStringLiteral("Done during the access")).contains(QStringLiteral("Use of Restricted Function"))
                 || cell(QStringLiteral("Done during the access")).contains(QStringLiteral("DICOM Instances Accessed"))
                 || cell(QStringLiteral("Done during the access")).contains(QStringLiteral("Security")),
             qPrintable(cell(QStringLiteral("Done during the access"))));
    auto* queue = view.findChild<QTableWidget*>(QStringLiteral("breakGlassQueue"));
    QVERIFY(queue);
    const int reasonColumn = int(columns.indexOf(QStringLiteral("Reason")));
    // Not cut off: the reason's column, times the lines its row has room
    // for, holds the whole text.
    const int lines = queue->rowHeight(0) / queue->fontMetrics().lineSpacing();
    QVERIFY2(queue->columnWidth(reasonColumn) >= 200
                 && lines * (queue->columnWidth(reasonColumn) - 16) >= queue->fontMetrics().horizontalAdvance(cell(QStringLiteral("Reason"))),
             qPrintable(QStringLiteral("%1 px, %2 lines for the reason").arg(queue->columnWidth(reasonColumn)).arg(lines)));
    QVERIFY2(view.recordReview(0, QStringLiteral("Checked with the ED log."), policy::BreakGlassVerdict::Unstated).contains(QStringLiteral("verdict")),
             "a review without a verdict is refused");
    QCOMPARE(m_breakGlass->awaitingReview().size(), std::size_t(1));
}

// The example site policy as shipped (the demo runs under it): the
// technologist views studies, exports nothing, and may use break-glass. The
// export dialog says so and leads there; the break-glass dialog wants words
// and a chosen category; the grant does not make the technologist a reviewer.
void TestCompliance::technologistReachesBreakGlassFromTheExportDialogUnderTheExamplePolicy()
{
    start([this](QJsonObject& root) {
        root = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
        root.insert(QStringLiteral("exportDestinations"), QJsonArray{m_dir.path()}); // its folders do not exist here
    });
    QVERIFY(m_policy->breakGlass.eligibleActions.contains(policy::Action::ExportDicom));
    MainWindow* window = signIn(QStringLiteral("technologist"));
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    window->findChild<QMenu*>(QStringLiteral("fileMenu"))->aboutToShow();
    QVERIFY2(controller->breakGlassAction()->isEnabled(), qPrintable(controller->breakGlassAction()->toolTip()));

    // The export dialog: identified DICOM only by emergency access, and a button to it.
    QSignalSpy opened(controller, &ComplianceController::exportDialogOpened);
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(opened.count(), 1);
    auto* dialog = qobject_cast<ExportDialog*>(opened.front().front().value<QWidget*>());
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::IdentifiedDicom);
    const QString rule = dialog->findChild<QLabel*>(QStringLiteral("exportRule"))->text();
    QVERIFY2(rule.contains(QStringLiteral("emergency")) && !rule.contains(QStringLiteral("Allowed once")), qPrintable(rule));
    QVERIFY(dialog->emergencyButton()->isVisible());
    QVERIFY(dialog->emergencyButton()->isEnabled());
    keep(dialog, QStringLiteral("export-dialog-technologist-example-policy"));

    // Its training first, then the break-glass dialog.
    bool trained = false;
    onNextDialog<TrainingDialog>([&](TrainingDialog* t) {
        trained = t->module().id == QLatin1String("break-glass");
        const auto& questions = t->module().questions;
        for (int i = 0; i < int(questions.size()); ++i)
            t->setAnswer(i, questions[std::size_t(i)].answer);
        t->submit();
    });
    QStringList categories;
    QString defaultCategory = QStringLiteral("?");
    QString xRefusal, blankCategoryRefusal;
    bool granted = false;
    QString failure;
    onNextDialog<BreakGlassDialog>([&](BreakGlassDialog* d) {
        for (int i = 0; i < d->categoryBox()->count(); ++i)
            categories << d->categoryBox()->itemText(i);
        defaultCategory = d->categoryBox()->currentData().toString();
        d->setReason(QStringLiteral("Patient deteriorating on the ward, needs CT now"));
        d->setCredentials(QStringLiteral("demo-technologist"), QStringLiteral("000000"));
        d->submit(); // no category chosen
        blankCategoryRefusal = d->errorText();
        d->setCategory(QStringLiteral("urgent-clinical-care"));
        d->setReason(QString(22, QLatin1Char('x')));
        d->submit();
        xRefusal = d->errorText();
        keep(d, QStringLiteral("break-glass-dialog-words"));
        d->setReason(QStringLiteral("Patient deteriorating on the ward, referring physician needs the CT images sent now"));
        d->setCredentials(QStringLiteral("demo-technologist"), code(QStringLiteral("technologist")));
        granted = d->submit();
        if (!granted)
            failure = d->errorText(), d->reject();
    });
    QTest::mouseClick(dialog->emergencyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(granted || !failure.isEmpty(), 30000);
    QVERIFY(trained);
    QVERIFY2(granted, qPrintable(failure));
    // Human names, none chosen in advance.
    QVERIFY(defaultCategory.isEmpty());
    QVERIFY2(categories.contains(QStringLiteral("Urgent clinical care")), qPrintable(categories.join(QStringLiteral(" | "))));
    for (const QString& id : m_policy->breakGlass.reasonCategories)
        QVERIFY2(!categories.contains(id), qPrintable(id)); // never the raw identifier
    QVERIFY2(blankCategoryRefusal.contains(QStringLiteral("kind of emergency")), qPrintable(blankCategoryRefusal));
    QVERIFY2(xRefusal.contains(QStringLiteral("words")), qPrintable(xRefusal));
    QVERIFY(controller->breakGlassActive());

    // The grant lets the technologist see; the AI review stays with its roles.
    QTRY_VERIFY_WITH_TIMEOUT(window->sliceView()->volume(), 60000);
    QTest::qWait(300);
    FindingsController* findings = window->findings();
    QVERIFY(findings);
    QVERIFY(!findings->reviewAllowed());
    QVERIFY2(findings->reviewDeniedReason().contains(QStringLiteral("Emergency access")), qPrintable(findings->reviewDeniedReason()));
}

// Until the AI-review training is done the review buttons are off; the
// hint that says so is a link that opens the training, after which they work.
void TestCompliance::reviewTrainingHintOpensTheTraining()
{
    start();
    MainWindow* window = signIn(QStringLiteral("radiologist"));
    QVERIFY(window);
    FindingsController* findings = window->findings();
    QVERIFY(findings);
    QTRY_VERIFY(!findings->reviewAllowed());
    QVERIFY(findings->reviewTrainingOffered());
    auto* hint = window->findChild<QLabel*>(QStringLiteral("findingsReviewStatus"));
    QVERIFY(hint);
    QVERIFY2(hint->text().contains(QStringLiteral("<a href")), qPrintable(hint->text()));
    QVERIFY(hint->textInteractionFlags() & Qt::LinksAccessibleByMouse);
    QString module;
    onNextDialog<TrainingDialog>([&](TrainingDialog* t) {
        module = t->module().id;
        const auto& questions = t->module().questions;
        for (int i = 0; i < int(questions.size()); ++i)
            t->setAnswer(i, questions[std::size_t(i)].answer);
        t->submit();
    });
    emit hint->linkActivated(QStringLiteral("#training"));
    QCOMPARE(module, QStringLiteral("ai-automation-bias"));
    QTRY_VERIFY(findings->reviewAllowed());
    QVERIFY(!hint->text().contains(QStringLiteral("<a href")));
}

// Identified files leave only after a confirmation that says what and
// where; once exported, the button does not export the same again.
void TestCompliance::identifiedExportIsConfirmedAndNotRepeated()
{
    start();
    acknowledge(QStringLiteral("radiologist"), QStringLiteral("phi-handling"));
    MainWindow* window = signIn(QStringLiteral("radiologist"));
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    QSignalSpy opened(controller, &ComplianceController::exportDialogOpened);
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(opened.count(), 1);
    auto* dialog = qobject_cast<ExportDialog*>(opened.front().front().value<QWidget*>());
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::IdentifiedDicom);
    dialog->setDestination(m_out);
    dialog->setPurpose(QStringLiteral("second opinion"));
    QString question;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(dialog->exportButton()->isEnabled());
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("24 DICOM files")) && question.contains(QStringLiteral("patient")), qPrintable(question));
    QVERIFY(QDir(m_out).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(QDirIterator(m_out, QDir::Files, QDirIterator::Subdirectories).hasNext() == false);

    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.front().front().toBool(), qPrintable(finished.front().at(1).toString()));
    QCOMPARE(dialog->writtenFiles().size(), 24);
    QVERIFY(!dialog->exportButton()->isEnabled()); // not a second time by accident
    dialog->setWholeStudy(false);                  // something else: allowed again
    QVERIFY(dialog->exportButton()->isEnabled());
}

void TestCompliance::breakGlassOfASingleSignOnUserIsConfirmedAtTheProvider()
{
    QVERIFY2(testpeers::oidcPeerMissing().isEmpty(), qPrintable(testpeers::oidcPeerMissing()));
    testpeers::OidcProviderPeer provider;
    const QString failure = provider.start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + provider.diagnostics()));
    start();
    // bob, a CT technologist at the provider, signs in there with a password
    // only; Custos's own code is his second factor.
    auth::OidcConfig config;
    config.issuer = QUrl(provider.issuer());
    config.clientId = QStringLiteral("custos-rs256");
    config.scopes << QStringLiteral("groups");
    config.roleMapping[QStringLiteral("ct-technologists")] << QStringLiteral("technologist");
    config.browserCommand = testpeers::scriptedLogin(QStringLiteral("bob"), QStringLiteral("bob-password"));
    auth::OidcClient oidc(config, &m_services->keys()->store());
    Result<auth::Identity> first = Error{};
    {
        QEventLoop loop;
        oidc.signIn([&](Result<auth::Identity> r) {
            first = std::move(r);
            loop.quit();
        });
        loop.exec();
    }
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.errorMessage()));
    // An administrator issued bob's enrolment code (no trust-on-first-use).
    auto permit = m_accounts->issueStepUpEnrolment(first.value().userName);
    QVERIFY(permit.ok());
    auto enrolled = m_accounts->enrolStepUp(first.value(), permit.value());
    QVERIFY(enrolled.ok());
    const auto secret = auth::totp::base32Decode(QUrlQuery(QUrl(enrolled.value().otpauthUri).query()).queryItemValue(QStringLiteral("secret")));
    QVERIFY(secret);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto stepped = m_accounts->stepUp(first.value(), auth::totp::totp(*secret, now, {}));
    QVERIFY(stepped.ok());
    QVERIFY(m_session->begin(stepped.value()).ok());
    auto module = policy::trainingModule(QStringLiteral("break-glass"));
    QVERIFY(module.ok());
    QVERIFY(m_training->record({stepped.value().subject, QStringLiteral("break-glass"), module.value().version, QDateTime::currentDateTimeUtc()}).ok());
    m_context->signInAgain = [&oidc](std::function<void(Result<auth::Identity>)> done) { oidc.signIn(std::move(done)); };

    policy::Subject study;
    study.studyUid = QStringLiteral("2.25.1234567890");
    study.description = QStringLiteral("CT chest");
    BreakGlassDialog dialog(*m_context, study);
    dialog.setCategory(QStringLiteral("urgent-clinical-care"));
    dialog.setReason(QStringLiteral("Stroke alert in ED, radiologist unreachable, CT must be checked now"));
    // The provider confirms bob but reports no second factor, and no code was given: refused.
    dialog.setCredentials({}, {});
    QVERIFY(!dialog.submit()); // decided when the provider answers
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QStringLiteral("second factor")), 30000);
    QVERIFY(!dialog.grant());
    // With his next code: granted for that one study.
    dialog.setCredentials({}, auth::totp::totp(*secret, now + 30, {}));
    QVERIFY(!dialog.submit());
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.grant().has_value(), qPrintable(dialog.errorText()), 30000);
    QCOMPARE(dialog.grant()->studyUid, study.studyUid);
    QCOMPARE(count([](const audit::Event& e) { return e.id.code == QLatin1String("110113") && e.type.code == QLatin1String("110127"); }), 1);
    provider.stop();
}

void TestCompliance::supportEngineerSeesNoImage()
{
    // The study's AI results (SEG, SR, heatmap in study/ai) share its fate.
    dicom::DemoStudyOptions demo;
    demo.slices = 24;
    demo.size = 160;
    auto findings = ai::writeDemoFindings(m_study, demo);
    QVERIFY2(findings.ok(), qPrintable(findings.ok() ? QString() : findings.errorMessage()));
    start();
    MainWindow* window = signIn(QStringLiteral("support-engineer"), false);
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    QTRY_VERIFY_WITH_TIMEOUT(!controller->withheldReasons().isEmpty(), 30000);
    QTest::qWait(1500); // thumbnails and loads would have arrived by now
    QCOMPARE(window->seriesList()->count(), 0);
    QVERIFY(!window->sliceView()->volume());
    // Why, said once: by the notice over the view (with its way out), not
    // again by the view underneath; once the notice is dismissed, by the view.
    const QString reason = controller->withheldReasons().front();
    QVERIFY(!reason.isEmpty());
    const auto timesSaid = [window, reason] {
        int n = 0;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(w))
                n += int(label->text().count(reason));
            if (auto* view = qobject_cast<SliceView*>(w); view && !view->volume())
                n += int(view->message().count(reason)); // what the view paints over its black
        }
        return n;
    };
    QVERIFY2(controller->noticeText().contains(reason), qPrintable(controller->noticeText()));
    QCOMPARE(timesSaid(), 1);
    // The status bar does not go on saying the headers are being read.
    QVERIFY2(!window->statusText().contains(QStringLiteral("Reading headers")), qPrintable(window->statusText()));
    QApplication::processEvents();
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS"))
        m_shell->screen()->grabWindow(m_shell->winId()).toImage().save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QStringLiteral("/support-engineer.png"));
    // What VTK drew in every viewport (the image layer, without the words over it).
    for (int i = 0; i < window->grid()->viewCount(); ++i)
        QCOMPARE(imageLikePixels(window->grid()->view(i)->grabFramebuffer()), 0);
    QCOMPARE(denied(QStringLiteral("ViewStudy")), 1);
    QVERIFY(!controller->exportAction()->isEnabled());
    // Issue 13: "The findings panel lists the AI objects of a study that the Guard refused."
    QTRY_VERIFY_WITH_TIMEOUT(!window->findings()->busy(), 30000);
    QCOMPARE(int(window->findings()->objects().size()), 0);
    auto* dismiss = window->findChild<QPushButton*>(QStringLiteral("dismissNotice"));
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(controller->noticeText().isEmpty());
    QCOMPARE(timesSaid(), 1);
    QVERIFY2(window->sliceView()->message().contains(QStringLiteral("not shown")), qPrintable(window->sliceView()->message()));
}

void TestCompliance::complianceOfficerReadsVerifiesAndExportsTheAuditTrail()
{
    start([](QJsonObject& root) {
        QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
        QJsonObject officer = roles.value(QStringLiteral("compliance-officer")).toObject();
        QStringList p = jsonStrings(officer.value(QStringLiteral("permissions")));
        p << QStringLiteral("ExportAuditTrail");
        officer.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(p));
        roles.insert(QStringLiteral("compliance-officer"), officer);
        root.insert(QStringLiteral("roles"), roles);
    });
    MainWindow* window = signIn(QStringLiteral("compliance-officer"), false);
    QVERIFY(window);
    auto* controller = ComplianceController::of(window);
    QTRY_VERIFY_WITH_TIMEOUT(!controller->withheldReasons().isEmpty(), 30000); // no study for this role
    // The findings panel does not say "no AI results" of a study she is not shown.
    QTRY_VERIFY_WITH_TIMEOUT(!window->findings()->busy(), 30000);
    QCOMPARE(window->findings()->panel()->summaryText(), QStringLiteral("No study is open."));
    window->findChild<QMenu*>(QStringLiteral("toolsMenu"))->aboutToShow();
    QVERIFY(controller->adminAction()->isEnabled());

    AdminView view(m_context);
    view.setFilter({}, {}, {}, QStringLiteral("110113")); // the security alerts, e.g. the refused ViewStudy above
    QVERIFY(view.visibleRecords() >= 1);
    view.resize(1100, 600);
    keep(&view, QStringLiteral("admin-view"));
    // The audit table: time, event, user and patient readable in full.
    QTableWidget* table = nullptr;
    for (auto* t : view.findChildren<QTableWidget*>())
        if (t->columnCount() == 7) // #, time, event, outcome, user, patient, details
            table = t;
    QVERIFY(table && table->rowCount() > 0);
    view.QWidget::show();
    QTest::qWait(100);
    const QAbstractItemView* cells = table; // sizeHintForColumn is public there
    for (int c = 1; c <= 5; ++c)
        QVERIFY2(table->columnWidth(c) >= cells->sizeHintForColumn(c),
                 qPrintable(QStringLiteral("column %1: %2 < %3").arg(c).arg(table->columnWidth(c)).arg(cells->sizeHintForColumn(c))));
    // The policy tab: the policy in force (this test's, with its export folder), not the built-in default.
    auto* policyText = view.findChild<QPlainTextEdit*>(QStringLiteral("policyJson"));
    QVERIFY(policyText);
    QVERIFY2(policyText->toPlainText().contains(QJsonValue(m_dir.path()).toString()), qPrintable(policyText->toPlainText().left(300)));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("policyOrigin"))->text().contains(QStringLiteral("test policy")));
    // Users as the break-glass queue names them: name (login), never the
    // subject ("local:compliance-officer") in one place and the login in another.
    const QString officer = displayNameOf(QStringLiteral("compliance-officer")) + QStringLiteral(" (compliance-officer)");
    bool named = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString user = table->item(row, 4)->text();
        QVERIFY2(!user.contains(QStringLiteral("local:")), qPrintable(user));
        named = named || user == officer;
    }
    QVERIFY2(named, qPrintable(officer));
    view.setFilter(displayNameOf(QStringLiteral("compliance-officer")), {}, {}, {});
    QVERIFY(view.visibleRecords() >= 1);
    view.setFilter(QStringLiteral("nobody-by-this-name"), {}, {}, {});
    QCOMPARE(view.visibleRecords(), 0);
    view.setFilter({}, {}, {}, {});
    const int all = view.visibleRecords();
    QVERIFY(all >= 2);
    QVERIFY2(view.verifyChain().startsWith(QStringLiteral("OK")), qPrintable(view.verifyChain()));
    const QString xml = m_dir.filePath(QStringLiteral("audit.xml"));
    QVERIFY2(view.exportAtna(xml).contains(QStringLiteral("written")), qPrintable(xml));
    QFile f(xml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("<AuditMessage"));
    QVERIFY(bytes.contains("110113"));

    // A reject's reason and a correction's changes are in the details; a
    // purpose the program states is stored as a code and shown in words.
    m_services->record(audit::events::aiReviewAction(QStringLiteral("local:radiologist"), QStringLiteral("CUSTOS-DEMO-0001"),
                                                     QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4"),
                                                     QStringLiteral("rejected (false positive) seg:3")));
    view.reload();
    view.setFilter({}, {}, {}, QStringLiteral("false positive"));
    QCOMPARE(view.visibleRecords(), 1);
    const QString details = table->item(0, 6)->text();
    QVERIFY2(details.contains(QStringLiteral("rejected (false positive)")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("purpose: Review of AI findings")), qPrintable(details));
    bool coded = false;
    for (const audit::Event& e : m_events)
        coded = coded || e.purposeOfUse == audit::purpose::readPolicy;
    QVERIFY2(coded, "the administration's purpose is recorded as its code");
    QVERIFY(bytes.contains("99CUSTOS-PURPOSE"));
}

// Issue 14: the on-screen watermark was cut off in the narrow panes of MPR.
// Whatever the pane's width, the person's name and the time are drawn whole,
// inside the pane: no tinted pixel in its left or right margin, where text
// that does not fit would be cut.
void TestCompliance::watermarkIsWholeInNarrowPanes()
{
    const QString user = QStringLiteral("Dr. Anna Weber-Schmidt");
    for (int width : {120, 180, 260, 340, 900}) {
        QWidget pane;
        pane.setAttribute(Qt::WA_StyledBackground);
        pane.setStyleSheet(QStringLiteral("background: black;"));
        pane.resize(width, 420);
        auto* overlay = new WatermarkOverlay(&pane, user);
        // A narrow pane's bottom corner text, stacked: the watermark keeps off it.
        const std::vector<QRectF> cornerText{QRectF(4, 330, width / 2.0, 84), QRectF(width / 2.0, 350, width / 2.0 - 4, 64)};
        overlay->setAvoid([cornerText] { return cornerText; });
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const WatermarkOverlay::Layout l = overlay->layoutText();
        QVERIFY2(pane.rect().contains(l.box), qPrintable(QStringLiteral("%1 px: box %2..%3").arg(width).arg(l.box.left()).arg(l.box.right())));
        QVERIFY(l.lines.join(QLatin1Char(' ')).contains(user));
        for (const QRectF& r : cornerText)
            QVERIFY2(!r.intersects(QRectF(l.box)), qPrintable(QStringLiteral("%1 px: the watermark covers the corner text").arg(width)));
        QVERIFY(l.font.pixelSize() >= 7);
        const QImage image = pane.grab().toImage();
        int edge = 0, tinted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 25 && c.red() > c.blue() + 10) {
                    ++tinted;
                    // The margin the text keeps (8 px): ink there is text cut off at it.
                    edge += x <= 8 || x >= image.width() - 9;
                }
            }
        QVERIFY2(tinted > 20, qPrintable(QStringLiteral("%1 px: nothing drawn").arg(width)));
        QVERIFY2(edge == 0, qPrintable(QStringLiteral("%1 px wide: the watermark is cut at the edge (%2 pixels)").arg(width).arg(edge)));
    }
}

// Issue 14: the German menus said "Strg" in some places and "Ctrl" in others
// (the compliance items wrote "Ctrl+E" into their text).
void TestCompliance::germanMenusNameKeysAsGermanDoes()
{
    start();
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(CUSTOS_QM_DIR "/custos_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    MainWindow* window = signIn(QStringLiteral("radiologist"), false);
    QVERIFY(window);
    QStringList texts;
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        emit menu->aboutToShow();
        for (QAction* a : menu->actions())
            texts << a->text() + QLatin1Char(' ') + a->shortcut().toString(QKeySequence::NativeText);
    }
    const QString all = texts.join(QStringLiteral(" | "));
    QVERIFY2(all.contains(QStringLiteral("Strg+E")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Ctrl")), qPrintable(all));
}

int main(int argc, char** argv)
{
    custos::ui::VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestCompliance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_compliance.moc"

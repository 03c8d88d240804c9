// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/training_dialog.h"

#include "ui/compliance/compliance_context.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace custos::ui {

QString TrainingDialog::contentHtml(const policy::TrainingModule& module)
{
    const QString base = QStringLiteral(":/custos/training/%1").arg(module.id);
    for (const QString& name : {base + QLatin1Char('_') + QLocale().name() + QStringLiteral(".html"),
                                base + QLatin1Char('_') + QLocale().name().section(QLatin1Char('_'), 0, 0) + QStringLiteral(".html"),
                                base + QStringLiteral(".html")}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll());
    }
    return QStringLiteral("<p>%1</p>").arg(module.summary.toHtmlEscaped());
}

TrainingDialog::TrainingDialog(const ComplianceContext& context, policy::TrainingModule module, QWidget* parent)
    : QDialog(parent), m_context(context), m_module(std::move(module))
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Training: %1").arg(m_module.title));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Before you continue, read this short module and answer its questions. "
                                "It takes about three minutes and is asked again after a year or when it changes."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* text = new QTextBrowser(this);
    text->setHtml(contentHtml(m_module));
    text->setOpenExternalLinks(false);
    text->setMinimumHeight(220);
    layout->addWidget(text, 2);

    auto* questions = new QWidget;
    auto* qLayout = new QVBoxLayout(questions);
    for (std::size_t i = 0; i < m_module.questions.size(); ++i) {
        const policy::TrainingQuestion& q = m_module.questions[i];
        auto* box = new QGroupBox(tr("Question %1").arg(i + 1), questions);
        auto* boxLayout = new QVBoxLayout(box);
        auto* label = new QLabel(q.text, box);
        label->setWordWrap(true);
        boxLayout->addWidget(label);
        auto* group = new QButtonGroup(box);
        for (int c = 0; c < q.choices.size(); ++c) {
            auto* choice = new QRadioButton(q.choices[c], box);
            group->addButton(choice, c);
            boxLayout->addWidget(choice);
        }
        m_groups.push_back(group);
        qLayout->addWidget(box);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(questions);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 3);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #ff8a80; }"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("I have read this — check my answers"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Never taller than the screen: at 1024 x 700 the answer button was
    // below its edge. The text and the questions scroll instead.
    QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() - QSize(40, 60) : QSize(680, 720);
    resize(QSize(680, 720).boundedTo(room));
}

void TrainingDialog::setAnswer(int question, int choice)
{
    if (question >= 0 && std::size_t(question) < m_groups.size())
        if (QAbstractButton* b = m_groups[std::size_t(question)]->button(choice))
            b->setChecked(true);
}

QString TrainingDialog::errorText() const { return m_error->text(); }

bool TrainingDialog::submit()
{
    std::vector<int> answers;
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i]->checkedId() < 0) {
            m_error->setText(tr("Answer question %1 as well.").arg(i + 1));
            return false;
        }
        answers.push_back(m_groups[i]->checkedId());
    }
    if (!m_context.training) {
        m_error->setText(tr("Training cannot be recorded on this computer (no protected storage), so it cannot be completed."));
        return false;
    }
    auto done = policy::acknowledge(*m_context.training, m_module, m_context.identity(), answers, m_context.now(), m_context.audit);
    if (!done) {
        m_error->setText(done.errorMessage());
        return false;
    }
    accept();
    return true;
}

bool completeTraining(QWidget* parent, const ComplianceContext& context, const QString& moduleId)
{
    auto module = policy::trainingModule(moduleId);
    if (!module) {
        QMessageBox::warning(parent, TrainingDialog::tr("Training"), module.errorMessage());
        return false;
    }
    TrainingDialog dialog(context, module.value(), parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace custos::ui

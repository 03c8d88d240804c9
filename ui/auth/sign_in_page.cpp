// SPDX-License-Identifier: Apache-2.0
#include "ui/auth/sign_in_page.h"

#include "ui/auth/style.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace custos::ui {

SignInPage::SignInPage(const QString& ssoLabel, std::vector<auth::DemoUser> demoUsers, QWidget* parent)
    : QWidget(parent), m_demo(std::move(demoUsers))
{
    QVBoxLayout* box = auth_style::centredCard(this, 420, m_demo.empty() ? 460 : 860);

    auto* title = new QLabel(tr("Custos"));
    title->setObjectName(QStringLiteral("authTitle"));
    auto* subtitle = new QLabel(tr("Sign in to read studies. Every access is recorded."));
    subtitle->setObjectName(QStringLiteral("authSubtitle"));
    box->addWidget(title);
    box->addWidget(subtitle);
    m_personal = new QLabel(tr("personal mode: not for patient data in production"));
    m_personal->setObjectName(QStringLiteral("personalMode"));
    m_personal->setWordWrap(true);
    m_personal->setToolTip(tr("No site policy is installed on this computer: sign-in, roles and the audit trail are kept for this user only. "
                              "IT installs a site policy and the Custos service for clinical use."));
    m_personal->setStyleSheet(QStringLiteral("color: #f0b429; font-weight: 600;"));
    m_personal->hide();
    box->addWidget(m_personal);

    if (!m_demo.empty())
        box->addWidget(buildDemoPanel());

    if (!ssoLabel.isEmpty()) {
        m_sso = new QPushButton(ssoLabel);
        m_sso->setObjectName(QStringLiteral("primary"));
        m_sso->setToolTip(tr("Opens your browser for your organisation's sign-in page."));
        connect(m_sso, &QPushButton::clicked, this, &SignInPage::ssoRequested);
        box->addWidget(m_sso);
        auto* or_ = new QLabel(tr("or with a local account:"));
        or_->setObjectName(QStringLiteral("authSubtitle"));
        box->addWidget(or_);
    }

    auto* form = new QFormLayout;
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("6-8 digits from your authenticator app, or a recovery code"));
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("One-time code"), m_code);
    box->addLayout(form);
    for (QLineEdit* field : {m_user, m_password, m_code})
        connect(field, &QLineEdit::returnPressed, this, &SignInPage::submit);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("authError"));
    m_error->setWordWrap(true);
    m_error->hide();
    box->addWidget(m_error);

    m_signIn = new QPushButton(tr("Sign in"));
    m_signIn->setObjectName(QStringLiteral("primary"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    box->addLayout(buttons);
}

QWidget* SignInPage::buildDemoPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* banner = new QLabel(tr("DEMO: fictitious patients and users with public passwords. Not for clinical use."));
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setWordWrap(true);
    layout->addWidget(banner);
    auto* hint = new QLabel(tr("Pick a role and press \"Use\": the built-in demo authenticator fills in the current code."));
    hint->setObjectName(QStringLiteral("authSubtitle"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_demoTable = new QTableWidget(int(m_demo.size()), 5);
    m_demoTable->setObjectName(QStringLiteral("demoUsers"));
    m_demoTable->setHorizontalHeaderLabels({tr("User name (role)"), tr("Person"), tr("Password"), tr("Code now"), QString()});
    m_demoTable->verticalHeader()->hide();
    m_demoTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_demoTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_demoTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < int(m_demo.size()); ++row) {
        const auth::DemoUser& u = m_demo[std::size_t(row)];
        m_demoTable->setItem(row, 0, new QTableWidgetItem(u.name));
        m_demoTable->setItem(row, 1, new QTableWidgetItem(u.displayName));
        m_demoTable->setItem(row, 2, new QTableWidgetItem(u.password));
        m_demoTable->setItem(row, 3, new QTableWidgetItem);
        auto* use = new QPushButton(tr("Use"));
        use->setObjectName(QStringLiteral("useDemo_%1").arg(u.name));
        connect(use, &QPushButton::clicked, this, [this, row] { fillDemoUser(row); });
        m_demoTable->setCellWidget(row, 4, use);
    }
    m_demoTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_demoTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_demoTable->setShowGrid(false);
    m_codeTimer = new QTimer(this);
    m_codeTimer->setInterval(1000);
    connect(m_codeTimer, &QTimer::timeout, this, &SignInPage::refreshCodes);
    m_codeTimer->start();
    refreshCodes();
    fitDemoTable();
    layout->addWidget(m_demoTable);
    return panel;
}

// Columns as wide as their contents, the table as wide as its columns. The
// buttons' padding and border come from the page's style sheet, which
// reaches them only once the card is shown: measured before that, a longer
// word than "Use" ("Verwenden") was cut off at the table's edge.
void SignInPage::fitDemoTable()
{
    if (!m_demoTable)
        return;
    int buttonWidth = 0;
    for (QPushButton* use : m_demoTable->findChildren<QPushButton*>()) {
        use->ensurePolished();
        buttonWidth = std::max(buttonWidth, use->sizeHint().width());
    }
    QHeaderView* header = m_demoTable->horizontalHeader();
    const int buttons = m_demoTable->columnCount() - 1;
    header->setSectionResizeMode(buttons, QHeaderView::Fixed);
    m_demoTable->resizeColumnsToContents();
    // The code's seconds go from one digit to two every half minute: the
    // columns keep the width of the widest, so the buttons never move out.
    const QFontMetrics metrics(m_demoTable->font());
    const int widestCode = metrics.horizontalAdvance(tr("%1  (%2 s)").arg(QStringLiteral("888888")).arg(88)) + 2 * 8 + 4;
    header->resizeSection(3, std::max(header->sectionSize(3), widestCode));
    int columns = 0;
    for (int c = 0; c < buttons; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        columns += header->sectionSize(c);
    }
    m_demoTable->setFixedHeight(m_demoTable->verticalHeader()->length() + header->sizeHint().height() + 12);
    m_demoTable->setMinimumWidth(columns + buttonWidth + 2 * m_demoTable->frameWidth() + 8);
    // The buttons take what is left, at least their width. Set last: the
    // header shares out the stretch only when a section's mode changes or
    // it is resized, not when another section changes its size.
    header->setSectionResizeMode(buttons, QHeaderView::Stretch);
}

void SignInPage::showEvent(QShowEvent* e)
{
    QWidget::showEvent(e);
    fitDemoTable();
}

void SignInPage::changeEvent(QEvent* e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::StyleChange || e->type() == QEvent::FontChange)
        fitDemoTable();
}

void SignInPage::setClock(std::function<qint64()> secondsSinceEpoch)
{
    m_now = std::move(secondsSinceEpoch);
    if (m_demoTable)
        refreshCodes();
}

void SignInPage::refreshCodes()
{
    const qint64 now = m_now ? m_now() : QDateTime::currentSecsSinceEpoch();
    for (int row = 0; row < int(m_demo.size()); ++row) {
        const auth::DemoUser& u = m_demo[std::size_t(row)];
        const int left = u.totp.period - int(now % u.totp.period);
        m_demoTable->item(row, 3)->setText(tr("%1  (%2 s)").arg(u.currentCode(now)).arg(left));
    }
}

void SignInPage::fillDemoUser(int row)
{
    if (row < 0 || row >= int(m_demo.size()))
        return;
    const auth::DemoUser& u = m_demo[std::size_t(row)];
    m_user->setText(u.name);
    m_password->setText(u.password);
    const qint64 now = m_now ? m_now() : QDateTime::currentSecsSinceEpoch();
    const int left = u.totp.period - int(now % u.totp.period);
    if (left < 5) {
        // A code about to expire would be refused by the time it is sent:
        // wait for the next one and fill that in.
        m_code->clear();
        m_code->setPlaceholderText(tr("Waiting %1 s for the next code…").arg(left));
        m_codeDue = true;
        QPointer<SignInPage> self(this);
        QTimer::singleShot(left * 1000 + 200, this, [self, row] {
            if (self) {
                self->m_code->setPlaceholderText(tr("6-8 digits from your authenticator app, or a recovery code"));
                self->m_codeDue = false;
                self->fillDemoUser(row);
            }
        });
        return;
    }
    m_code->setText(u.currentCode(now));
    // A fresh fill: a complaint about empty fields no longer holds.
    showError(QString());
    m_signIn->setFocus();
}

void SignInPage::submit()
{
    if (!m_signIn->isEnabled())
        return;
    if (m_codeDue && m_code->text().trimmed().isEmpty()) {
        // "Use" is waiting for the next code: say that, not "enter the code".
        showMessage(m_code->placeholderText());
        return;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty() || m_code->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name, your password and the code from your authenticator app."));
        return;
    }
    emit localSignInRequested(m_user->text().trimmed(), m_password->text(), m_code->text().trimmed());
}

void SignInPage::setPersonalMode(bool personal) { m_personal->setVisible(personal); }

void SignInPage::setBusy(bool busy, const QString& message)
{
    for (QWidget* w : {static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_code),
                       static_cast<QWidget*>(m_signIn)})
        w->setEnabled(!busy);
    if (m_sso)
        m_sso->setEnabled(!busy);
    if (busy)
        showMessage(message.isEmpty() ? tr("Signing in...") : message);
}

void SignInPage::showError(const QString& message)
{
    m_error->setObjectName(QStringLiteral("authError"));
    m_error->setStyleSheet(QString());
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInPage::showMessage(const QString& message)
{
    m_error->setObjectName(QStringLiteral("authMessage"));
    m_error->setStyleSheet(QString()); // re-polish for the new object name
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInPage::clearSecrets()
{
    m_password->clear();
    m_code->clear();
}

void SignInPage::hideEvent(QHideEvent* e)
{
    clearSecrets();
    QWidget::hideEvent(e);
}

} // namespace custos::ui

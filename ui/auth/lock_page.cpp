// SPDX-License-Identifier: Apache-2.0
#include "ui/auth/lock_page.h"

#include "ui/auth/style.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos::ui {

LockPage::LockPage(QWidget* parent) : QWidget(parent)
{
    QVBoxLayout* box = auth_style::centredCard(this, 440);
    auto* title = new QLabel(tr("Custos is locked"));
    title->setObjectName(QStringLiteral("authTitle"));
    m_who = new QLabel;
    m_who->setWordWrap(true);
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("authSubtitle"));
    m_reason->setWordWrap(true);
    box->addWidget(title);
    box->addWidget(m_who);
    box->addWidget(m_reason);

    m_demoHint = new QLabel;
    m_demoHint->setObjectName(QStringLiteral("demoBanner"));
    m_demoHint->setWordWrap(true);
    m_demoHint->hide();
    box->addWidget(m_demoHint);

    m_localFields = new QWidget;
    auto* form = new QFormLayout(m_localFields);
    form->setContentsMargins(0, 0, 0, 0);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("code"));
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("One-time code"), m_code);
    box->addWidget(m_localFields);
    for (QLineEdit* field : {m_password, m_code})
        connect(field, &QLineEdit::returnPressed, this, &LockPage::submit);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("authError"));
    m_error->setWordWrap(true);
    m_error->hide();
    box->addWidget(m_error);

    m_switch = new QPushButton(tr("Switch user"));
    m_switch->setToolTip(tr("Ends this session: the open studies are closed."));
    connect(m_switch, &QPushButton::clicked, this, &LockPage::switchUserRequested);
    m_sso = new QPushButton;
    m_sso->setObjectName(QStringLiteral("primary"));
    connect(m_sso, &QPushButton::clicked, this, &LockPage::ssoUnlockRequested);
    m_unlock = new QPushButton(tr("Unlock"));
    m_unlock->setObjectName(QStringLiteral("primary"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockPage::submit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch();
    buttons->addWidget(m_sso);
    buttons->addWidget(m_unlock);
    box->addLayout(buttons);
}

void LockPage::prepare(const QString& displayName, const QString& reason, bool sso, const QString& ssoLabel)
{
    m_who->setText(tr("Signed in: %1. Only this person can unlock.").arg(displayName));
    m_reason->setText(reason);
    m_localFields->setVisible(!sso);
    m_unlock->setVisible(!sso);
    m_sso->setVisible(sso);
    m_sso->setText(ssoLabel);
    showError({});
    clearSecrets();
    setBusy(false);
}

void LockPage::setDemoHint(const QString& hint)
{
    m_demoHint->setText(hint);
    m_demoHint->setVisible(!hint.isEmpty());
}

void LockPage::setBusy(bool busy)
{
    for (QWidget* w : {static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_unlock),
                       static_cast<QWidget*>(m_sso), static_cast<QWidget*>(m_switch)})
        w->setEnabled(!busy);
}

void LockPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LockPage::clearSecrets()
{
    m_password->clear();
    m_code->clear();
}

void LockPage::submit()
{
    if (!m_unlock->isEnabled() || !m_unlock->isVisible())
        return;
    if (m_password->text().isEmpty() || m_code->text().trimmed().isEmpty()) {
        showError(tr("Enter your password and the code from your authenticator app."));
        return;
    }
    emit unlockRequested(m_password->text(), m_code->text().trimmed());
}

void LockPage::hideEvent(QHideEvent* e)
{
    clearSecrets();
    QWidget::hideEvent(e);
}

} // namespace custos::ui

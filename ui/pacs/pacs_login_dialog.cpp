// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/pacs_login_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos::ui {

PacsLoginDialog::PacsLoginDialog(const QString& node, const QString& why, const QString& user,
                                 bool keychainAvailable, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pacsLogin"));
    setWindowTitle(tr("Sign in to the PACS \"%1\"").arg(node));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(why, this);
    text->setObjectName(QStringLiteral("pacsLoginReason"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(user, this);
    m_user->setObjectName(QStringLiteral("pacsUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("pacsPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("Remember in keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberInKeychain"));
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(
            tr("The keychain is not available; the password is kept only until Custos closes."));
    layout->addWidget(m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

PacsLoginDialog::~PacsLoginDialog()
{
    // What was typed leaves no copy in the widget's buffer.
    m_password->setText(QString(m_password->text().size(), QLatin1Char(' ')));
    m_password->clear();
}

pacs::BasicCredentials PacsLoginDialog::credentials() const
{
    return {m_user->text().trimmed(), m_password->text()};
}

bool PacsLoginDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace custos::ui

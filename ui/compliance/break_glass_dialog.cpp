// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/break_glass_dialog.h"

#include "core/auth/local_accounts.h"
#include "ui/compliance/compliance_context.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace custos::ui {

QString breakGlassReasonProblem(const QString& reason, int minimumLength)
{
    const QString text = reason.simplified();
    if (text.size() < minimumLength)
        return BreakGlassDialog::tr("Describe the emergency in at least %1 characters (you wrote %2): the reason is reviewed afterwards.")
            .arg(minimumLength)
            .arg(text.size());
    QSet<QString> words;
    QHash<QChar, int> letters;
    int letterCount = 0;
    QString word;
    auto endWord = [&] {
        if (word.size() >= 2)
            words.insert(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            word += c.toLower();
            ++letters[c.toLower()];
            ++letterCount;
        } else {
            endWord();
        }
    }
    endWord();
    int most = 0;
    for (int n : std::as_const(letters))
        most = std::max(most, n);
    // A reviewer must be able to read what happened: words, not a key held down.
    if (words.size() < 3 || letters.size() < 5 || 2 * most > letterCount)
        return BreakGlassDialog::tr("Describe the emergency in words (at least three different words): what is happening, and why it "
                                    "cannot wait. The reason is reviewed afterwards.");
    return {};
}

QString breakGlassCategoryName(const QString& id)
{
    if (id == QLatin1String("life-threatening-emergency"))
        return BreakGlassDialog::tr("Life-threatening emergency");
    if (id == QLatin1String("urgent-clinical-care"))
        return BreakGlassDialog::tr("Urgent clinical care");
    if (id == QLatin1String("on-call-coverage"))
        return BreakGlassDialog::tr("On-call coverage");
    if (id == QLatin1String("system-outage"))
        return BreakGlassDialog::tr("System outage");
    // A category of the site's own: its words, without the hyphens.
    QString name = id;
    name.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

BreakGlassDialog::BreakGlassDialog(const ComplianceContext& context, policy::Subject study, QWidget* parent)
    : QDialog(parent), m_context(context), m_study(std::move(study))
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    setWindowTitle(tr("Emergency access (break-glass)"));
    const policy::BreakGlassPolicy& rules = m_context.guard->policy().breakGlass;
    auto* layout = new QVBoxLayout(this);
    auto* explain = new QLabel(tr("<p><b>Your role does not allow this for this study.</b> In an emergency you may have access anyway, "
                                  "for %1 minutes and for this one study only.</p>"
                                  "<p>Everything you do is recorded. The access starts and ends as security alerts in the "
                                  "audit trail, and the compliance office reviews your reason afterwards. Use it only when "
                                  "a patient's care cannot wait for someone with regular access.</p>")
                                   .arg(rules.durationMinutes),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto* form = new QFormLayout;
    m_category = new QComboBox(this);
    // No category is chosen for the person: each grant says which it was.
    m_category->addItem(tr("Choose the kind of emergency…"), QString());
    for (const QString& c : rules.reasonCategories)
        m_category->addItem(breakGlassCategoryName(c), c);
    form->addRow(tr("Reason category:"), m_category);
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("What is the emergency, and why can it not wait? (at least %1 characters)").arg(rules.minimumReasonLength));
    m_reason->setFixedHeight(90);
    form->addRow(tr("Reason:"), m_reason);
    m_singleSignOn = m_context.identity().method == auth::AuthMethod::OpenIdConnect;
    auto* who = new QLabel(m_singleSignOn ? tr("Sign in again as %1 with your organisation's sign-in to confirm it is you: your "
                                               "browser opens. If it asks for no second factor, enter your authenticator's code here.")
                                                .arg(m_context.identity().displayName)
                                          : tr("Sign in again as %1 to confirm it is you.").arg(m_context.identity().displayName),
                           this);
    who->setWordWrap(true);
    form->addRow(QString(), who);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    if (!m_singleSignOn)
        form->addRow(tr("Password:"), m_password);
    else
        m_password->hide();
    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("6-digit code from your authenticator"));
    form->addRow(tr("Code:"), m_code);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #ff8a80; }"));
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3); // room for the longest refusal
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Start emergency access"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(580, 520);
}

void BreakGlassDialog::setCategory(const QString& category) { m_category->setCurrentIndex(m_category->findData(category)); }
void BreakGlassDialog::setReason(const QString& reason) { m_reason->setPlainText(reason); }
void BreakGlassDialog::setCredentials(const QString& password, const QString& code)
{
    m_password->setText(password);
    m_code->setText(code);
}
QString BreakGlassDialog::errorText() const { return m_error->text(); }

bool BreakGlassDialog::submit()
{
    const policy::BreakGlassPolicy& rules = m_context.guard->policy().breakGlass;
    const QString reason = m_reason->toPlainText().trimmed();
    // Said before the sign-in, so nobody types their password for nothing.
    if (m_category->currentData().toString().isEmpty()) {
        m_error->setText(tr("Choose the kind of emergency."));
        return false;
    }
    if (const QString problem = breakGlassReasonProblem(reason, rules.minimumReasonLength); !problem.isEmpty()) {
        m_error->setText(problem);
        return false;
    }
    if (!m_context.breakGlass) {
        m_error->setText(tr("Emergency access is not available on this computer (no protected storage for the grants)."));
        return false;
    }
    const auth::Identity current = m_context.identity();
    if (m_singleSignOn && m_context.signInAgainThroughService) {
        // Site mode: the service checks the answer and the code itself.
        const QString code = m_code->text().trimmed();
        m_code->clear();
        m_error->setText(tr("Waiting for the sign-in in your browser..."));
        m_buttons->setEnabled(false);
        QPointer<BreakGlassDialog> self(this);
        m_context.signInAgainThroughService(code, [self](Result<auth::Identity> fresh) {
            if (!self)
                return;
            self->m_buttons->setEnabled(true);
            if (!fresh) {
                self->m_error->setText(fresh.errorMessage());
                return;
            }
            self->grantWith(self->m_context.identity(), fresh.value());
        });
        return false; // decided when the provider and the service answer
    }
    if (m_singleSignOn) {
        if (!m_context.signInAgain) {
            m_error->setText(tr("Emergency access needs a fresh sign-in, and single sign-on is not configured on this computer."));
            return false;
        }
        m_error->setText(tr("Waiting for the sign-in in your browser..."));
        m_buttons->setEnabled(false);
        QPointer<BreakGlassDialog> self(this);
        m_context.signInAgain([self](Result<auth::Identity> fresh) {
            if (self)
                self->finishSingleSignOn(std::move(fresh));
        });
        return false; // decided when the provider answers
    }
    if (current.method != auth::AuthMethod::LocalAccount || (!m_context.accounts && !m_context.reauthenticateLocal)) {
        m_error->setText(tr("Emergency access needs a fresh sign-in, which is not possible for this account here."));
        return false;
    }
    auto fresh = m_context.reauthenticateLocal
                     ? m_context.reauthenticateLocal(current.userName, m_password->text(), m_code->text().trimmed())
                     : m_context.accounts->authenticate(current.userName, m_password->text(), m_code->text().trimmed());
    m_password->clear();
    m_code->clear();
    if (!fresh) {
        m_error->setText(fresh.errorMessage());
        return false;
    }
    return grantWith(current, fresh.value());
}

void BreakGlassDialog::finishSingleSignOn(Result<auth::Identity> fresh)
{
    m_buttons->setEnabled(true);
    const QString code = m_code->text().trimmed();
    m_code->clear();
    if (!fresh) {
        m_error->setText(fresh.errorMessage());
        return;
    }
    auth::Identity confirmed = fresh.value();
    if (confirmed.mfa == auth::MfaMethod::None) {
        if (!m_context.accounts || code.isEmpty()) {
            m_error->setText(tr("Your identity provider did not confirm a second factor: enter the code from your authenticator app "
                                "and try again."));
            return;
        }
        auto stepped = m_context.accounts->stepUp(confirmed, code);
        if (!stepped) {
            m_error->setText(stepped.errorMessage());
            return;
        }
        confirmed = stepped.value();
    }
    grantWith(m_context.identity(), confirmed);
}

bool BreakGlassDialog::grantWith(const auth::Identity& current, const auth::Identity& fresh)
{
    auto grant = m_context.breakGlass->start(current, fresh, {m_category->currentData().toString(),
                                                               m_reason->toPlainText().trimmed(), m_study,
                                                               {policy::Action::ViewStudy}}); // an emergency view is a view
    if (!grant) {
        m_error->setText(grant.errorMessage());
        return false;
    }
    m_grant = grant.value();
    accept();
    return true;
}

} // namespace custos::ui

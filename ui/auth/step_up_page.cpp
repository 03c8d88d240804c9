// SPDX-License-Identifier: Apache-2.0
#include "ui/auth/step_up_page.h"

#include "ui/auth/style.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace custos::ui {

QImage qrImage(const auth::QrMatrix& matrix, int scale)
{
    const int quiet = 4; // modules of white around the symbol, as scanners expect
    const int side = (matrix.width + 2 * quiet) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.width; ++y)
        for (int x = 0; x < matrix.width; ++x)
            if (matrix.dark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + quiet) * scale + dx, (y + quiet) * scale + dy, qRgb(0, 0, 0));
    return image;
}

StepUpPage::StepUpPage(QWidget* parent) : QWidget(parent)
{
    QVBoxLayout* box = auth_style::centredCard(this, 520);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("authTitle"));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_qr = new QLabel;
    m_qr->setAlignment(Qt::AlignCenter);
    m_secret = new QLabel;
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setWordWrap(true);
    m_recovery = new QLabel;
    m_recovery->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recovery->setWordWrap(true);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("Code from your authenticator app"));
    connect(m_code, &QLineEdit::returnPressed, this, &StepUpPage::submit);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("authError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &StepUpPage::cancelled);
    m_continue = new QPushButton(tr("Continue"));
    m_continue->setObjectName(QStringLiteral("primary"));
    m_continue->setDefault(true);
    connect(m_continue, &QPushButton::clicked, this, &StepUpPage::submit);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_qr),
                       static_cast<QWidget*>(m_secret), static_cast<QWidget*>(m_recovery), static_cast<QWidget*>(m_code),
                       static_cast<QWidget*>(m_error)})
        box->addWidget(w);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    box->addLayout(buttons);
}

void StepUpPage::prepareVerify(const QString& displayName)
{
    m_title->setText(tr("Second factor"));
    m_text->setText(tr("%1, your organisation's sign-in did not include a second factor, which this site requires. "
                       "Enter the code from your authenticator app.")
                        .arg(displayName));
    m_qr->hide();
    m_secret->hide();
    m_recovery->hide();
    showError({});
    m_code->clear();
    m_code->setFocus();
}

void StepUpPage::prepareEnrol(const QString& displayName, const auth::Enrollment& enrollment)
{
    m_title->setText(tr("Set up your second factor"));
    m_text->setText(tr("%1, this site requires a second factor and your organisation's sign-in did not include one. "
                       "Scan this code with an authenticator app (for example Microsoft or Google Authenticator, "
                       "FreeOTP), then enter the code it shows.")
                        .arg(displayName));
    m_qr->setPixmap(QPixmap::fromImage(qrImage(enrollment.qr, 5)));
    m_qr->show();
    const QString secret = QUrlQuery(QUrl(enrollment.otpauthUri).query()).queryItemValue(QStringLiteral("secret"));
    m_secret->setText(tr("Cannot scan? Type this key: %1").arg(secret));
    m_secret->show();
    // Four codes a line, never broken inside a code.
    QStringList lines;
    for (qsizetype i = 0; i < enrollment.recoveryCodes.size(); i += 4)
        lines << enrollment.recoveryCodes.mid(i, 4).join(QStringLiteral("   "));
    m_recovery->setText(tr("Recovery codes, each usable once if the phone is lost. Write them down now; they are not shown again:\n%1")
                            .arg(lines.join(QLatin1Char('\n'))));
    m_recovery->show();
    showError({});
    m_code->clear();
    m_code->setFocus();
}

void StepUpPage::setBusy(bool busy)
{
    m_code->setEnabled(!busy);
    m_continue->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void StepUpPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void StepUpPage::submit()
{
    if (!m_continue->isEnabled())
        return;
    if (m_code->text().trimmed().isEmpty()) {
        showError(tr("Enter the code from your authenticator app."));
        return;
    }
    emit codeEntered(m_code->text().trimmed());
}

void StepUpPage::hideEvent(QHideEvent* e)
{
    // The secret and the recovery codes are shown once, never kept on screen.
    m_code->clear();
    m_secret->clear();
    m_recovery->clear();
    m_qr->clear();
    QWidget::hideEvent(e);
}

} // namespace custos::ui

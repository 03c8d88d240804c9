// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidc_browser.h"

#include <QProcess>

namespace custos::auth {

namespace {

// What a failed browser command printed last is shown, within reason.
constexpr qsizetype kOutputTail = 600;

} // namespace

BrowserLauncher::BrowserLauncher(QStringList command, QObject* parent)
    : QObject(parent), m_command(std::move(command))
{
}

BrowserLauncher::~BrowserLauncher()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QStringList BrowserLauncher::commandArguments(const QStringList& command, const QString& url)
{
    QStringList arguments = command.mid(1);
    bool placed = false;
    for (QString& argument : arguments) {
        if (argument.contains(QLatin1String("{url}"))) {
            argument.replace(QLatin1String("{url}"), url);
            placed = true;
        }
    }
    if (!placed) arguments << url;
    return arguments;
}

Result<void> BrowserLauncher::open(const QUrl& url)
{
    const QString urlText = url.toString(QUrl::FullyEncoded);
    if (m_command.isEmpty()) {
#if defined(Q_OS_WIN)
        // Not "cmd /c start": cmd would split the URL at every "&".
        const QString program = QStringLiteral("rundll32");
        const QStringList arguments{QStringLiteral("url.dll,FileProtocolHandler"), urlText};
#elif defined(Q_OS_MACOS)
        const QString program = QStringLiteral("open");
        const QStringList arguments{urlText};
#else
        const QString program = QStringLiteral("xdg-open");
        const QStringList arguments{urlText};
#endif
        if (!QProcess::startDetached(program, arguments))
            return Error{tr("Custos could not open the system browser (%1 did not start). Set a "
                            "browser command in the sign-in settings, or open this address in a "
                            "browser on this computer: %2")
                             .arg(program, urlText)};
        return Ok{};
    }

    const QString program = m_command.first();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, [this] {
        m_output += m_process->readAll();
        if (m_output.size() > 4 * kOutputTail) m_output = m_output.right(kOutputTail);
    });
    connect(m_process, &QProcess::finished, this,
            [this, program](int exitCode, QProcess::ExitStatus status) {
                m_output += m_process->readAll();
                if (status == QProcess::NormalExit && exitCode == 0)
                    return; // handed over to a browser: the redirect will tell
                const QString tail = QString::fromLocal8Bit(m_output.right(kOutputTail)).trimmed();
                const QString how = status == QProcess::CrashExit
                                        ? tr("crashed")
                                        : tr("exited with code %1").arg(exitCode);
                emit failed(
                    tail.isEmpty()
                        ? tr("The browser command \"%1\" %2 before the sign-in finished.")
                              .arg(program, how)
                        : tr("The browser command \"%1\" %2 before the sign-in finished: %3")
                              .arg(program, how, tail));
            });
    connect(
        m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                emit failed(
                    tr("The browser command \"%1\" could not be started (%2); check the browser "
                       "command in the sign-in settings.")
                        .arg(program, m_process->errorString()));
        });
    m_process->start(program, commandArguments(m_command, urlText));
    return Ok{};
}

void BrowserLauncher::release(bool endCommand)
{
    disconnect(this, &BrowserLauncher::failed, nullptr, nullptr);
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        deleteLater();
        return;
    }
    connect(m_process, &QProcess::finished, this, &QObject::deleteLater);
    if (endCommand) m_process->kill();
}

} // namespace custos::auth

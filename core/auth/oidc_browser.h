// SPDX-License-Identifier: Apache-2.0
#pragma once
// Opens the authorization URL for a person to sign in: the system browser
// (xdg-open, open, or the Windows URL handler, started detached: it is the
// user's browser, not ours), or the site's browser command (a child process:
// when it fails before the sign-in finishes, that is reported with what it
// printed, instead of waiting for the sign-in timeout).

#include "core/common/result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QProcess;

namespace custos::auth {

class BrowserLauncher : public QObject
{
    Q_OBJECT
public:
    // `command`: empty for the system browser; otherwise program and
    // arguments, with "{url}" in an argument replaced by the URL, or the URL
    // appended when no argument has it.
    explicit BrowserLauncher(QStringList command, QObject* parent = nullptr);
    // Ends a command that is still running.
    ~BrowserLauncher() override;

    Result<void> open(const QUrl& url);

    // The sign-in is over. `endCommand`: stop a command still running (after
    // a failure or cancel); otherwise let it finish by itself (it is reading
    // the closing page). The launcher deletes itself once the command ended.
    void release(bool endCommand);

    // The command's arguments for `url` (exposed for tests).
    static QStringList commandArguments(const QStringList& command, const QString& url);

signals:
    // The browser command could not start, crashed or exited with an error
    // status; the message says which and what it printed.
    void failed(const QString& message);

private:
    QStringList m_command;
    QProcess* m_process = nullptr;
    QByteArray m_output;
};

} // namespace custos::auth

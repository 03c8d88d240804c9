// SPDX-License-Identifier: Apache-2.0
#pragma once
// Signs a person in to custos-cli the way they would: `users add` (the first
// account of a new store needs no administrator), then `login --local` with
// the current TOTP code of the new account. Commands that show patient data
// or administer Custos need that session. Link custos_core_auth.

#include "core/auth/totp.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace custos::testsupport {

// Empty on success, otherwise what went wrong (for QVERIFY2).
inline QString cliSignIn(const QString& cliPath, const QString& dataDir, const QString& user, const QString& role,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    const QByteArray password = "correct horse battery 1\n";
    auto run = [&](const QStringList& args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cliPath, QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        p.write(password);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return std::pair{p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
    };
    const auto [added, addOut] =
        run({QStringLiteral("users"), QStringLiteral("add"), user, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")});
    if (added != 0)
        return QStringLiteral("users add: ") + QString::fromUtf8(addOut);
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(addOut));
    if (!m.hasMatch())
        return QStringLiteral("no TOTP secret in: ") + QString::fromUtf8(addOut);
    const QString code = auth::totp::totp(auth::totp::base32Decode(m.captured(1)).value(), QDateTime::currentSecsSinceEpoch(), {});
    const auto [loggedIn, loginOut] =
        run({QStringLiteral("login"), QStringLiteral("--local"), user, QStringLiteral("--password-stdin"), QStringLiteral("--otp"), code});
    return loggedIn == 0 ? QString() : QStringLiteral("login: ") + QString::fromUtf8(loginOut);
}

} // namespace custos::testsupport

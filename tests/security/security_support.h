// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the security tests share: running the real binaries as a person
// would, a protected site policy, local accounts signed in with real TOTP
// codes, and reading the audit trail the way an auditor does (in-process,
// with the data folder's own keys), so a test never needs the permission
// it is trying to prove is missing.

#include "core/auth/totp.h"
#include "audit_reader.h"
#include "test_support.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace custos::securitytest {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

inline Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {},
               int timeoutMs = 180000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished(2000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

using testsupport::auditTrail;

// The secret printed by `custos-cli users add`.
inline QByteArray totpSecret(const QByteArray& usersAddOutput)
{
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(usersAddOutput));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

inline QString totpNow(const QByteArray& secret, int stepsAhead = 0)
{
    return auth::totp::totp(auth::totp::base32Decode(QString::fromLatin1(secret)).value(),
                            QDateTime::currentSecsSinceEpoch() + qint64(stepsAhead) * 30, {});
}

} // namespace custos::securitytest

// SPDX-License-Identifier: Apache-2.0
// custos-cli login / whoami / logout against a real local account (with a
// TOTP code computed like an authenticator app) and a real OpenID provider
// on loopback, with the real keychain (run under tests/run-with-keyring.sh).

#include "core/auth/totp.h"
#include "oidc_provider_peer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "audit_reader.h"

using namespace custos;

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(CUSTOS_CLI_PATH), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT

private slots:
    void localAccountWithTotpSignsInAndOut();
    void openIdConnectSignInThroughTheBrowserCommand();
};

void TestCliLogin::localAccountWithTotpSignsInAndOut()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QStringList dd{QStringLiteral("--data-dir"), data.path()};
    const QByteArray password = "correct horse battery 1\n";
    const Run add = cli(dd + QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ada"), QStringLiteral("--role"),
                                         QStringLiteral("radiologist"), QStringLiteral("--password-stdin")}, password);
    QVERIFY2(add.code == 0, add.err.constData());
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(add.out));
    QVERIFY(m.hasMatch());
    const QByteArray secret = auth::totp::base32Decode(m.captured(1)).value();
    const QString code = auth::totp::totp(secret, QDateTime::currentSecsSinceEpoch(), {});

    // A wrong code: refused, and the same words as for a wrong password.
    const Run wrong = cli(dd + QStringList{QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("ada"),
                                           QStringLiteral("--password-stdin"), QStringLiteral("--otp"), QStringLiteral("000000")}, password);
    QCOMPARE(wrong.code, 4); // a failed sign-in has its own exit code
    QVERIFY2(wrong.err.contains("Wrong user name, password or code"), wrong.err.constData());

    const Run login = cli(dd + QStringList{QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("ada"),
                                           QStringLiteral("--password-stdin"), QStringLiteral("--otp"), code}, password);
    QVERIFY2(login.code == 0, login.err.constData());
    QVERIFY(login.out.contains("radiologist"));

    const Run who = cli(dd + QStringList{QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(who.code, 0);
    const QJsonObject id = QJsonDocument::fromJson(who.out).object();
    QCOMPARE(id[QStringLiteral("subject")].toString(), QStringLiteral("local:ada"));
    QCOMPARE(id[QStringLiteral("roles")].toArray().first().toString(), QStringLiteral("radiologist"));
    QCOMPARE(id[QStringLiteral("mfa")].toString(), QStringLiteral("totp"));
    const QDateTime expires = QDateTime::fromString(id[QStringLiteral("expiresAt")].toString(), Qt::ISODate);
    QVERIFY(expires > QDateTime::currentDateTimeUtc());
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(8 * 3600 + 60)); // a short lifetime

    // The kept sign-in is encrypted: nothing readable in the data folder.
    QDirIterator it(data.path() + QStringLiteral("/session"), QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("radiologist") && !bytes.contains("local:ada"));
        ++files;
    }
    QVERIFY(files >= 1);

    // The code cannot be used twice.
    const Run replay = cli(dd + QStringList{QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("ada"),
                                            QStringLiteral("--password-stdin"), QStringLiteral("--otp"), code}, password);
    QCOMPARE(replay.code, 4);

    QCOMPARE(cli(dd + QStringList{QStringLiteral("logout")}).code, 0);
    const Run after = cli(dd + QStringList{QStringLiteral("whoami")});
    QCOMPARE(after.code, 1);
    QVERIFY(after.err.contains("Not signed in"));

    // Every attempt and the logout are in the audit trail (110114).
    const Run audit = Run{0, testsupport::auditTrail(data.path()), {}};
    QCOMPARE(audit.code, 0);
    QVERIFY(audit.out.count("110114") >= 4); // wrong code, sign-in, replay, logout
    QCOMPARE(cli(dd + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    QCOMPARE(cli(dd + QStringList{QStringLiteral("login")}).code, 2); // usage
}

void TestCliLogin::openIdConnectSignInThroughTheBrowserCommand()
{
    QVERIFY2(testpeers::oidcPeerMissing().isEmpty(), qPrintable(testpeers::oidcPeerMissing()));
    testpeers::OidcProviderPeer provider;
    const QString failure = provider.start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + provider.diagnostics()));
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QStringList dd{QStringLiteral("--data-dir"), data.path()};
    auto login = [&](const QString& user, const QString& password) {
        const QString browser = QStringLiteral("%1 %2/login.mjs {url} %3 %4").arg(testpeers::nodePath(), testpeers::oidcPeerDir(), user, password);
        return cli(dd + QStringList{QStringLiteral("login"), QStringLiteral("--issuer"), provider.issuer(), QStringLiteral("--client-id"),
                                    QStringLiteral("custos-rs256"), QStringLiteral("--scope"), QStringLiteral("groups"),
                                    QStringLiteral("--role-map"), QStringLiteral("radiology-attendings=radiologist"),
                                    QStringLiteral("--browser-command"), browser});
    };
    // alice: password and one-time code at the provider (amr otp).
    const Run alice = login(QStringLiteral("alice"), QStringLiteral("alice-password"));
    QVERIFY2(alice.code == 0, alice.err.constData());
    const Run who = cli(dd + QStringList{QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(who.code, 0);
    const QJsonObject id = QJsonDocument::fromJson(who.out).object();
    QCOMPARE(id[QStringLiteral("method")].toString(), QStringLiteral("openid-connect"));
    QCOMPARE(id[QStringLiteral("mfa")].toString(), QStringLiteral("identity-provider"));
    QCOMPARE(id[QStringLiteral("roles")].toArray().size(), 1);
    QCOMPARE(id[QStringLiteral("roles")].toArray().first().toString(), QStringLiteral("radiologist"));
    QCOMPARE(cli(dd + QStringList{QStringLiteral("logout")}).code, 0);
    // bob: a password only. The site requires a second factor: refused.
    const Run bob = login(QStringLiteral("bob"), QStringLiteral("bob-password"));
    QCOMPARE(bob.code, 4);
    QVERIFY2(bob.err.contains("second factor"), bob.err.constData());
    QCOMPARE(cli(dd + QStringList{QStringLiteral("whoami")}).code, 1);
    // A wrong password at the provider: a clear refusal.
    const Run wrong = login(QStringLiteral("alice"), QStringLiteral("not-her-password"));
    QCOMPARE(wrong.code, 4);
    provider.stop();
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"

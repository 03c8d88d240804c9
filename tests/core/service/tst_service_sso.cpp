// SPDX-License-Identifier: Apache-2.0
// Single sign-on through custosd, with real parts: the OpenID provider peer
// (node oidc-provider) behind https with a CA made for this run and named
// by the site policy, a real custosd under its own OS account, custos-cli
// and a small client as two real OS users (setpriv). Site mode exists only
// in this process's private mount namespace (/etc/custos and /run/custos
// bind-mounted from this test's folders). Needs root, as CI runs.
//   custos_t12_svc  the service account; custos_t12_a/b  two people
// (the same users as tst_service_users, which holds the same resource lock).

#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/auth/oidc_client.h"
#include "core/auth/session.h"
#include "core/auth/totp.h"
#include "core/policy/break_glass.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "ui/compliance/break_glass_dialog.h"
#include "ui/compliance/compliance_context.h"
#include "core/service/peer_credentials.h"
#include "core/service/sealed_trail.h"
#include "core/service/service_client.h"
#include "core/service/session_ticket.h"
#include "oidc_provider_peer.h"

#include <QApplication>
#include <QCborMap>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace custos;

namespace {

const QString kSvc = QStringLiteral("custos_t12_svc");
const QString kUserA = QStringLiteral("custos_t12_a");
const QString kUserB = QStringLiteral("custos_t12_b");
const QString kSocket = QStringLiteral("/run/custos/custosd.sock");

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// Why a result failed; empty when it did not (QVERIFY2 builds its message either way).
template <typename R>
QString why(const R& r)
{
    return r ? QString() : r.errorMessage();
}

quint32 gidOf(const QString& user) { return run(QStringLiteral("id"), {QStringLiteral("-g"), user}).out.trimmed().toUInt(); }

QStringList as(const QString& user, const QString& program, const QStringList& args)
{
    const quint32 uid = service::userId(user).value();
    return QStringList{QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(uid == 0 ? 0 : int(gidOf(user))),
                       QStringLiteral("--init-groups"), QStringLiteral("--"), program} +
           args;
}

} // namespace

class TestServiceSso : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ssoSignInYieldsATicketWithTheMappedRoles();
    void overridesOfTheProviderAreRefused();
    void tokenOfAnotherClientOrIssuerIsRefused();
    void replayedIdTokenIsRefused();
    void passwordOnlyUserCannotSelfEnrolTotp();
    void reauthenticationNeedsAFreshAuthTimeInTheService();
    void viewerSignsInWithSsoThroughTheService();
    void ssoBreakGlassGrantsWithAFreshReauthentication();
    void ssoBreakGlassStepsUpWithTheCustosCodeInTheService();
    void silentOrEarlierSignInGrantsNoBreakGlass();
    void reauthTicketOfAnotherPersonOrUsedTwiceGrantsNothing();
    void cliBreakGlassWithSingleSignOn();
    void breakGlassDialogConfirmsThroughTheService();

private:
    bool startService();
    // custos-cli as `user` with a data folder of their own, trusting the test CA in the browser.
    Run cliAs(const QString& user, const QStringList& args, const QByteArray& input = {});
    Run cli(const QStringList& args, const QByteArray& input = {});
    QStringList browser(const QString& user, const QString& password) const;
    // The test's own sign-in at `issuer` (client `clientId`): the ID token and nonce, unredeemed.
    // `browserArgs`: more for login.mjs ("--jar", FILE); `reauthenticate`: prompt=login, max_age=0.
    auth::SignInProof obtainToken(const QString& issuer, const QString& clientId, const QString& user, const QString& password,
                                  const QStringList& browserArgs = {}, bool reauthenticate = false);
    // Hands a proof to custosd as OS user `user`; a re-authentication asked for at `reauthSince`.
    Run redeemAs(const QString& user, const auth::SignInProof& proof, const QDateTime& reauthSince = {});
    std::optional<service::Ticket> savedTicketOf(const QString& user);
    // This (root's) process as the viewer is in site mode: its services, signed in as `user`
    // at the provider (plain sign-in, browser session kept in `jar`), its session ticket set.
    std::shared_ptr<app::Services> viewerServices(const QString& name);
    // ssoSignIn from this process: {"ticket"} or the refusal. `reauthSince` valid: a re-authentication.
    Result<QByteArray> redeemHere(app::Services& services, const auth::SignInProof& proof, const QDateTime& reauthSince = {},
                                  const QByteArray& current = {}, const QString& code = {});
    Result<QByteArray> sessionOf(app::Services& services, const QString& user, const QString& password, const QString& jar,
                                 const QString& code = {});
    // bob's Custos code (enrolled in passwordOnlyUserCannotSelfEnrolTotp) of a time step not used yet.
    QString freshBobCode();
    static policy::BreakGlassRequest emergency(const QString& study);
    static QStringList grantIds(app::SiteCompliance& site);

    QTemporaryDir m_root;
    QString m_etc, m_run, m_state, m_ca, m_cert, m_key, m_study, m_exports;
    testpeers::OidcProviderPeer m_provider;
    std::unique_ptr<QProcess> m_service;
    QStringList m_createdUsers;
    int m_proofs = 0;
    QByteArray m_bobSecret;
    qint64 m_bobLastStep = 0;
};

QStringList TestServiceSso::browser(const QString& user, const QString& password) const
{
    return testpeers::scriptedLogin(user, password);
}

Run TestServiceSso::cliAs(const QString& user, const QStringList& args, const QByteArray& input)
{
    const QString data = m_root.filePath(QStringLiteral("data-") + user);
    if (!QFileInfo::exists(data)) {
        QDir().mkpath(data);
        [[maybe_unused]] const int r = ::chown(QFile::encodeName(data).constData(), service::userId(user).value(), gidOf(user));
    }
    return run(QStringLiteral("setpriv"),
               as(user, QStringLiteral("env"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("HOME=") + data,
                              QStringLiteral("XDG_DATA_HOME=") + data, QStringLiteral("NODE_EXTRA_CA_CERTS=") + m_ca,
                              QStringLiteral(CUSTOS_CLI_PATH)} +
                      args),
               input, 180000);
}

Run TestServiceSso::cli(const QStringList& args, const QByteArray& input)
{
    return run(QStringLiteral("env"), QStringList{QStringLiteral("XDG_DATA_HOME=") + m_root.filePath(QStringLiteral("data-root")),
                                                  QStringLiteral(CUSTOS_CLI_PATH)} +
                                          args,
               input);
}

bool TestServiceSso::startService()
{
    m_service = std::make_unique<QProcess>();
    m_service->setProcessChannelMode(QProcess::MergedChannels);
    m_service->start(QStringLiteral("setpriv"),
                     as(kSvc, QStringLiteral(CUSTOSD_PATH), {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), m_state, QStringLiteral("--socket"), kSocket}));
    QByteArray seen;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_service->state() != QProcess::NotRunning) {
        m_service->waitForReadyRead(200);
        seen += m_service->readAll();
        if (seen.contains("listening"))
            return true;
    }
    qWarning("custosd did not start: %s", seen.constData());
    return false;
}

void TestServiceSso::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "tst_service_sso needs root (as CI runs it): it creates OS users and a private mount namespace");
    QVERIFY2(testpeers::oidcPeerMissing().isEmpty(), qPrintable(testpeers::oidcPeerMissing()));
    QVERIFY(m_root.isValid());
    QCOMPARE(::chmod(QFile::encodeName(m_root.path()).constData(), 0755), 0);
    for (const QString& user : {kSvc, kUserA, kUserB}) {
        if (run(QStringLiteral("id"), {QStringLiteral("-u"), user}).code == 0)
            continue;
        const Run add = run(QStringLiteral("useradd"), {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                                                        QStringLiteral("/usr/sbin/nologin"), QStringLiteral("--user-group"), user});
        QVERIFY2(add.code == 0 || run(QStringLiteral("id"), {QStringLiteral("-u"), user}).code == 0, add.err.constData());
        m_createdUsers << user;
    }

    // A CA of this run, and the provider's certificate for 127.0.0.1 signed by it.
    m_ca = m_root.filePath(QStringLiteral("idp-ca.pem"));
    m_cert = m_root.filePath(QStringLiteral("idp.pem"));
    m_key = m_root.filePath(QStringLiteral("idp.key"));
    const QString caKey = m_root.filePath(QStringLiteral("idp-ca.key")), csr = m_root.filePath(QStringLiteral("idp.csr")),
                  ext = m_root.filePath(QStringLiteral("idp.ext"));
    Run r = run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                            QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), m_ca, QStringLiteral("-days"), QStringLiteral("2"),
                                            QStringLiteral("-subj"), QStringLiteral("/CN=Custos test IdP CA")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
                                        QStringLiteral("-out"), csr, QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY2(r.code == 0, r.err.constData());
    {
        QFile f(ext);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    }
    r = run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"), m_ca,
                                        QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                                        QStringLiteral("-extfile"), ext, QStringLiteral("-out"), m_cert});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(::chmod(QFile::encodeName(m_ca).constData(), 0644), 0);
    // The scripted browser (node) of every process trusts the run's CA too.
    qputenv("NODE_EXTRA_CA_CERTS", QFile::encodeName(m_ca));

    const QString failure = m_provider.start(0, 60000, {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key});
    QVERIFY2(failure.isEmpty(), qPrintable(failure + m_provider.diagnostics()));
    QVERIFY(m_provider.issuer().startsWith(QStringLiteral("https://127.0.0.1:")));

    m_etc = m_root.filePath(QStringLiteral("etc"));
    m_run = m_root.filePath(QStringLiteral("run"));
    m_state = m_root.filePath(QStringLiteral("state"));
    m_study = m_root.filePath(QStringLiteral("study"));
    m_exports = m_root.filePath(QStringLiteral("exports"));
    for (const QString& d : {m_etc, m_run, m_study, m_exports})
        QVERIFY(QDir().mkpath(d));
    const Run demo = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("make-demo"), m_study, QStringLiteral("--slices"), QStringLiteral("4"),
                                                           QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--quiet")});
    QVERIFY2(demo.code == 0, demo.err.constData());
    QCOMPARE(::chmod(QFile::encodeName(m_etc).constData(), 0755), 0);
    QCOMPARE(::chown(QFile::encodeName(m_run).constData(), service::userId(kSvc).value(), gidOf(kSvc)), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_run).constData(), 0755), 0);

    QJsonObject policy = QJsonDocument::fromJson(run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("policy"), QStringLiteral("example")}).out).object();
    QVERIFY(!policy.isEmpty());
    policy[QStringLiteral("version")] = 2;
    policy.remove(QStringLiteral("auditCollector"));
    policy[QStringLiteral("exportDestinations")] = QJsonArray{m_exports};
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray();
    policy[QStringLiteral("training")] = training;
    // alice (radiologist, second factor at the provider) may ask for emergency access here too.
    QJsonObject roles = policy[QStringLiteral("roles")].toObject();
    QJsonObject radiologist = roles[QStringLiteral("radiologist")].toObject();
    QJsonArray permissions = radiologist[QStringLiteral("permissions")].toArray();
    permissions.append(QStringLiteral("StartBreakGlass"));
    radiologist[QStringLiteral("permissions")] = permissions;
    roles[QStringLiteral("radiologist")] = radiologist;
    policy[QStringLiteral("roles")] = roles;
    policy[QStringLiteral("identityProvider")] = QJsonObject{
        {QStringLiteral("issuer"), m_provider.issuer()},
        {QStringLiteral("clientId"), QStringLiteral("custos-rs256")},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("groups")}},
        {QStringLiteral("rolesClaim"), QStringLiteral("groups")},
        {QStringLiteral("caFile"), m_ca},
        {QStringLiteral("roleMapping"), QJsonObject{{QStringLiteral("radiology-attendings"), QJsonArray{QStringLiteral("radiologist")}},
                                                    {QStringLiteral("ct-technologists"), QJsonArray{QStringLiteral("technologist")}}}}};
    const QJsonObject serviceJson{{QStringLiteral("account"), kSvc}, {QStringLiteral("socket"), kSocket}};
    for (const auto& [name, json] : {std::pair{QStringLiteral("policy.json"), policy}, std::pair{QStringLiteral("service.json"), serviceJson}}) {
        QFile f(QDir(m_etc).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(json).toJson());
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(f.fileName()).constData(), 0644), 0);
    }
    QVERIFY(QDir().mkpath(QStringLiteral("/etc/custos")) && QDir().mkpath(QStringLiteral("/run/custos")));
    QCOMPARE(::mount(QFile::encodeName(m_etc).constData(), "/etc/custos", nullptr, MS_BIND, nullptr), 0);
    QCOMPARE(::mount(QFile::encodeName(m_run).constData(), "/run/custos", nullptr, MS_BIND, nullptr), 0);

    const Run init = run(QStringLiteral(CUSTOSD_PATH), {QStringLiteral("--init"), QStringLiteral("--state-dir"), m_state, QStringLiteral("--verification-key-file"),
                                                        m_root.filePath(QStringLiteral("verification.key")), QStringLiteral("--service-account"), kSvc});
    QVERIFY2(init.code == 0, init.err.constData());
    QVERIFY(startService());
}

void TestServiceSso::cleanupTestCase()
{
    if (m_service) {
        m_service->terminate();
        m_service->waitForFinished(20000);
    }
    m_provider.stop();
    ::umount2("/etc/custos", MNT_DETACH);
    ::umount2("/run/custos", MNT_DETACH);
    for (const QString& user : m_createdUsers)
        run(QStringLiteral("userdel"), {user});
}

auth::SignInProof TestServiceSso::obtainToken(const QString& issuer, const QString& clientId, const QString& user, const QString& password,
                                              const QStringList& browserArgs, bool reauthenticate)
{
    auth::OidcConfig config;
    config.issuer = QUrl(issuer);
    config.clientId = clientId;
    config.scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("groups")};
    if (issuer.startsWith(QStringLiteral("https:")))
        config.caFile = m_ca;
    config.browserCommand = browser(user, password) + browserArgs;
    auth::OidcClient client(config, nullptr);
    QEventLoop loop;
    Result<auth::Identity> identity = Error{};
    const auto done = [&](Result<auth::Identity> r) {
        identity = std::move(r);
        loop.quit();
    };
    if (reauthenticate)
        client.reauthenticate(QString(), false, done);
    else
        client.signIn(done);
    loop.exec();
    if (!identity)
        qWarning("test sign-in at %s failed: %s", qPrintable(issuer), qPrintable(identity.errorMessage()));
    return client.lastProof();
}

Run TestServiceSso::redeemAs(const QString& user, const auth::SignInProof& proof, const QDateTime& reauthSince)
{
    const QString file = m_root.filePath(QStringLiteral("proof-%1").arg(++m_proofs));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(proof.idToken + '\n' + proof.nonce.toUtf8() + '\n');
    f.close();
    ::chmod(QFile::encodeName(file).constData(), 0644);
    return run(QStringLiteral("setpriv"), as(user, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                                             QStringList{QStringLiteral("--socket"), kSocket, QStringLiteral("--account"), kSvc, QStringLiteral("--sso-proof"), file} +
                                                 (reauthSince.isValid() ? QStringList{QStringLiteral("--reauth-since"), QString::number(reauthSince.toSecsSinceEpoch())}
                                                                        : QStringList{})));
}

std::optional<service::Ticket> TestServiceSso::savedTicketOf(const QString& user)
{
    QDirIterator it(m_root.filePath(QStringLiteral("data-") + user), {QStringLiteral("cli.ticket")}, QDir::Files, QDirIterator::Subdirectories);
    if (!it.hasNext())
        return std::nullopt;
    QFile f(it.next());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto key = service::loadPinnedTicketKey(QStringLiteral("/etc/custos/service-key.pub"));
    if (!key)
        return std::nullopt;
    auto ticket = key.value().verify(QByteArray::fromBase64(f.readAll().split('\n').value(1)));
    if (!ticket)
        return std::nullopt;
    return ticket.value();
}

void TestServiceSso::ssoSignInYieldsATicketWithTheMappedRoles()
{
    // alice signs in at the provider with password and code (amr pwd, otp);
    // her group radiology-attendings is radiologist by the site policy.
    const QString browserCommand = browser(QStringLiteral("alice"), QStringLiteral("alice-password")).join(QLatin1Char(' '));
    const Run login = cliAs(kUserA, {QStringLiteral("login"), QStringLiteral("--sso"), QStringLiteral("--browser-command"), browserCommand});
    QVERIFY2(login.code == 0, login.err.constData());
    QVERIFY2(login.out.contains("radiologist"), login.out.constData());
    const auto ticket = savedTicketOf(kUserA);
    QVERIFY(ticket);
    QCOMPARE(ticket->roles, QStringList{QStringLiteral("radiologist")});
    QCOMPARE(ticket->uid, service::userId(kUserA).value());
    QCOMPARE(ticket->issuer, m_provider.issuer());
    QCOMPARE(ticket->method, auth::AuthMethod::OpenIdConnect);
    QVERIFY2(ticket->amr.contains(QStringLiteral("otp")), qPrintable(ticket->amr.join(QLatin1Char(','))));
    QVERIFY(ticket->authTime.isValid() && ticket->authTime.secsTo(QDateTime::currentDateTimeUtc()) < 300);
    // The service itself accepts it for alice's OS user.
    const Run whoami = cliAs(kUserA, {QStringLiteral("whoami")});
    QVERIFY2(whoami.code == 0, whoami.err.constData());
    QVERIFY2(whoami.out.contains("alice"), whoami.out.constData());
}

void TestServiceSso::overridesOfTheProviderAreRefused()
{
    // In site mode, the provider and role map are the policy's: a small
    // provider of the person's own (http on loopback) is refused before use.
    const QString browserCommand = browser(QStringLiteral("alice"), QStringLiteral("alice-password")).join(QLatin1Char(' '));
    const QList<QStringList> attempts{
        {QStringLiteral("--sso"), QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:9/")},
        {QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--client-id"), QStringLiteral("custos-rs256")},
        {QStringLiteral("--sso"), QStringLiteral("--role-map"), QStringLiteral("all-staff=administrator")},
        {QStringLiteral("--sso"), QStringLiteral("--client-id"), QStringLiteral("custos-es256")}};
    for (const QStringList& extra : attempts) {
        const Run r = cliAs(kUserB, QStringList{QStringLiteral("login")} + extra + QStringList{QStringLiteral("--browser-command"), browserCommand});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("site policy"), r.err.constData());
        QVERIFY(!savedTicketOf(kUserB));
    }
}

void TestServiceSso::tokenOfAnotherClientOrIssuerIsRefused()
{
    // A genuine token of this provider, but for another client (custos-es256).
    const auth::SignInProof other = obtainToken(m_provider.issuer(), QStringLiteral("custos-es256"), QStringLiteral("alice"), QStringLiteral("alice-password"));
    QVERIFY(!other.idToken.isEmpty());
    const Run wrongClient = redeemAs(kUserA, other);
    QCOMPARE(wrongClient.code, 1);
    QVERIFY2(wrongClient.err.contains("custos-rs256"), wrongClient.err.constData()); // the audience it lacks

    // A provider the person runs themselves, with its own keys and issuer.
    testpeers::OidcProviderPeer own;
    const QString failure = own.start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + own.diagnostics()));
    const auth::SignInProof forged = obtainToken(own.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"), QStringLiteral("alice-password"));
    QVERIFY(!forged.idToken.isEmpty());
    const Run wrongIssuer = redeemAs(kUserA, forged);
    QCOMPARE(wrongIssuer.code, 1);
    QVERIFY2(!wrongIssuer.out.contains("ticket"), wrongIssuer.out.constData());
    QVERIFY2(wrongIssuer.err.contains("key") || wrongIssuer.err.contains("issuer") || wrongIssuer.err.contains("signature"),
             wrongIssuer.err.constData());
}

void TestServiceSso::replayedIdTokenIsRefused()
{
    const auth::SignInProof proof = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"), QStringLiteral("alice-password"));
    QVERIFY(!proof.idToken.isEmpty());
    // The first redemption, by OS user a: a ticket for a.
    const Run first = redeemAs(kUserA, proof);
    QVERIFY2(first.code == 0, first.err.constData());
    auto key = service::loadPinnedTicketKey(QStringLiteral("/etc/custos/service-key.pub"));
    QVERIFY(key);
    auto ticket = key.value().verify(QByteArray::fromBase64(first.out.trimmed().split(' ').value(1)));
    QVERIFY(ticket);
    QCOMPARE(ticket.value().uid, service::userId(kUserA).value());
    // The same token from another OS user who got hold of it: refused.
    const Run byOther = redeemAs(kUserB, proof);
    QCOMPARE(byOther.code, 1);
    QVERIFY2(byOther.err.contains("already used"), byOther.err.constData());
    // And from a again.
    const Run again = redeemAs(kUserA, proof);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains("already used"), again.err.constData());
    // Also after the service restarts: the redeemed tokens are kept.
    m_service->terminate();
    QVERIFY(m_service->waitForFinished(20000));
    QVERIFY(startService());
    const Run afterRestart = redeemAs(kUserB, proof);
    QCOMPARE(afterRestart.code, 1);
    QVERIFY2(afterRestart.err.contains("already used"), afterRestart.err.constData());
}

void TestServiceSso::passwordOnlyUserCannotSelfEnrolTotp()
{
    // bob signs in at the provider with a password only (amr pwd); the site requires a second factor.
    const QString browserCommand = browser(QStringLiteral("bob"), QStringLiteral("bob-password")).join(QLatin1Char(' '));
    const auto login = [&](const QStringList& extra) {
        return cliAs(kUserB, QStringList{QStringLiteral("login"), QStringLiteral("--sso"), QStringLiteral("--browser-command"), browserCommand} + extra);
    };
    const Run plain = login({QStringLiteral("--otp"), QStringLiteral("123456")});
    QCOMPARE(plain.code, 4);
    QVERIFY2(plain.err.contains("issue-enrolment"), plain.err.constData());
    // An enrolment code nobody issued: refused, nothing set up.
    const Run madeUp = login({QStringLiteral("--enrolment-code"), QStringLiteral("abcd-efgh-jkmn")});
    QCOMPARE(madeUp.code, 4);
    QVERIFY2(madeUp.err.contains("administrator"), madeUp.err.constData());
    QVERIFY2(!madeUp.out.contains("otpauth"), madeUp.out.constData());
    // bob cannot issue one for himself (not an administrator)...
    const Run selfIssued = cliAs(kUserB, {QStringLiteral("users"), QStringLiteral("issue-enrolment"), QStringLiteral("bob")});
    QCOMPARE(selfIssued.code, 3);
    // ...root (an OS administrator) can.
    const Run issued = cli({QStringLiteral("users"), QStringLiteral("issue-enrolment"), QStringLiteral("bob")});
    QVERIFY2(issued.code == 0, issued.err.constData());
    const auto code = QRegularExpression(QStringLiteral("valid \\d+ hours, once\\): (\\S+)")).match(QString::fromUtf8(issued.out));
    QVERIFY2(code.hasMatch(), issued.out.constData());
    const Run enrolled = login({QStringLiteral("--enrolment-code"), code.captured(1)});
    QVERIFY2(enrolled.code == 0, enrolled.err.constData());
    const auto secret = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(enrolled.out));
    QVERIFY2(secret.hasMatch(), enrolled.out.constData());
    // The code is used up.
    QCOMPARE(login({QStringLiteral("--enrolment-code"), code.captured(1)}).code, 4);
    // With the enrolled code, bob signs in: technologist, with otp in amr.
    m_bobSecret = auth::totp::base32Decode(secret.captured(1)).value();
    const QString totp = freshBobCode();
    const Run signedIn = login({QStringLiteral("--otp"), totp});
    QVERIFY2(signedIn.code == 0, signedIn.err.constData());
    const auto ticket = savedTicketOf(kUserB);
    QVERIFY(ticket);
    QCOMPARE(ticket->roles, QStringList{QStringLiteral("technologist")});
    QVERIFY(ticket->amr.contains(QStringLiteral("otp")));
}

// Unlock and break-glass in site mode: the service itself accepts a
// re-authentication only with an auth_time not before the request.
void TestServiceSso::reauthenticationNeedsAFreshAuthTimeInTheService()
{
    const QString jar = m_root.filePath(QStringLiteral("browser-jar.json"));
    const QStringList keepSession{QStringLiteral("--jar"), jar};
    // alice signs in; her browser keeps the provider's session.
    const auth::SignInProof first = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                QStringLiteral("alice-password"), keepSession);
    QVERIFY(!first.idToken.isEmpty());
    QTest::qWait(2100);
    // A plain sign-in now completes silently on that session: its auth_time
    // is the old one, so as a confirmation asked for now it is refused.
    const QDateTime askedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const auth::SignInProof silent = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                 QStringLiteral("alice-password"), keepSession);
    QVERIFY(!silent.idToken.isEmpty());
    const Run stale = redeemAs(kUserA, silent, askedAt);
    QCOMPARE(stale.code, 1);
    QVERIFY2(stale.err.contains("did not ask for your password again"), stale.err.constData());
    // A confirmation asked for long ago (an old moment claimed by the process) is refused too.
    const auth::SignInProof another = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                  QStringLiteral("alice-password"));
    const Run old = redeemAs(kUserA, another, QDateTime::currentDateTimeUtc().addSecs(-3600));
    QCOMPARE(old.code, 1);
    QVERIFY2(old.err.contains("too long ago"), old.err.constData());
    // prompt=login and max_age=0: the provider asks again, and the service accepts it.
    const auth::SignInProof fresh = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                QStringLiteral("alice-password"), keepSession, true);
    QVERIFY(!fresh.idToken.isEmpty());
    QVERIFY(fresh.reauthentication);
    const Run confirmed = redeemAs(kUserA, fresh, fresh.requestedAt);
    QVERIFY2(confirmed.code == 0, confirmed.err.constData());
}

// The viewer in site mode: single sign-on, the token to custosd, its
// ticket on every record (the screenshot is an ExportImage, whose record
// the service takes only with a valid ticket); bob, without a second
// factor at the provider and no enrolment, gets nothing.
void TestServiceSso::viewerSignsInWithSsoThroughTheService()
{
    const auto viewer = [&](const QString& user, const QString& password, const QString& shot) {
        return run(QStringLiteral("xvfb-run"),
                   {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1280x1024x24"), QStringLiteral("env"),
                    QStringLiteral("XDG_DATA_HOME=") + m_root.filePath(QStringLiteral("data-viewer")), QStringLiteral(CUSTOS_VIEWER_PATH),
                    QStringLiteral("--sso"), QStringLiteral("--browser-command"), browser(user, password).join(QLatin1Char(' ')), m_study,
                    QStringLiteral("--screenshot"), shot},
                   {}, 180000);
    };
    const QString shot = QDir(m_exports).filePath(QStringLiteral("alice.png"));
    const Run alice = viewer(QStringLiteral("alice"), QStringLiteral("alice-password"), shot);
    QVERIFY2(alice.code == 0, alice.err.constData());
    QVERIFY(QFileInfo(shot).size() > 10000);
    // The viewer's sign-in went through the service: its success record names root's process.
    auto trail = service::readTrail(service::trailPath(m_state));
    QVERIFY(trail);
    bool viaService = false;
    for (const service::TrailEntry& e : trail.value()) {
        const QString what = e.toRecord().event.outcomeDescription;
        viaService = viaService || (what.startsWith(QStringLiteral("OpenID Connect via custosd; roles radiologist")) && what.contains(QStringLiteral("(uid 0,")));
    }
    QVERIFY(viaService);
    const QString bobShot = QDir(m_exports).filePath(QStringLiteral("bob.png"));
    const Run bob = viewer(QStringLiteral("bob"), QStringLiteral("bob-password"), bobShot);
    QCOMPARE(bob.code, 4);
    QVERIFY(!QFileInfo::exists(bobShot));
}

std::shared_ptr<app::Services> TestServiceSso::viewerServices(const QString& name)
{
    app::ServiceOptions options;
    options.dataDir = m_root.filePath(QStringLiteral("viewer-") + name);
    options.cache = false;
    return app::Services::open(options);
}

Result<QByteArray> TestServiceSso::redeemHere(app::Services& services, const auth::SignInProof& proof, const QDateTime& reauthSince,
                                              const QByteArray& current, const QString& code)
{
    if (!services.serviceClient())
        return Error{services.serviceProblem()};
    QCborMap ask;
    ask.insert(QStringLiteral("op"), QStringLiteral("ssoSignIn"));
    ask.insert(QStringLiteral("idToken"), proof.idToken);
    ask.insert(QStringLiteral("nonce"), proof.nonce);
    if (reauthSince.isValid())
        ask.insert(QStringLiteral("reauthSince"), reauthSince.toSecsSinceEpoch());
    if (!current.isEmpty())
        ask.insert(QStringLiteral("ticket"), current);
    if (!code.isEmpty())
        ask.insert(QStringLiteral("code"), code);
    auto reply = services.serviceClient()->call(ask);
    if (!reply)
        return reply.error();
    return reply.value().value(QStringLiteral("ticket")).toByteArray();
}

Result<QByteArray> TestServiceSso::sessionOf(app::Services& services, const QString& user, const QString& password, const QString& jar,
                                             const QString& code)
{
    const auth::SignInProof proof = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), user, password,
                                                jar.isEmpty() ? QStringList{} : QStringList{QStringLiteral("--jar"), jar});
    if (proof.idToken.isEmpty())
        return Error{QStringLiteral("no ID token for %1").arg(user)};
    auto ticket = redeemHere(services, proof, {}, {}, code);
    if (ticket)
        services.setTicket(ticket.value());
    return ticket;
}

QString TestServiceSso::freshBobCode()
{
    // A step not accepted yet (the store refuses a replayed one), and not
    // at the end of its window, so the service checks it in the same step.
    for (;;) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (now / 30 > m_bobLastStep && now % 30 < 25) {
            m_bobLastStep = now / 30;
            return auth::totp::totp(m_bobSecret, now, {});
        }
        QTest::qWait(500);
    }
}

policy::BreakGlassRequest TestServiceSso::emergency(const QString& study)
{
    policy::BreakGlassRequest r;
    r.category = QStringLiteral("urgent-clinical-care");
    r.reason = QStringLiteral("Night call, the trauma patient cannot wait for the attending.");
    r.subject.studyUid = study;
    r.actions = {policy::Action::ViewStudy};
    return r;
}

QStringList TestServiceSso::grantIds(app::SiteCompliance& site)
{
    QStringList ids;
    auto mine = site.breakGlassRemote()->mine();
    if (mine)
        for (const policy::BreakGlassGrant& g : mine.value())
            ids << g.id + QLatin1Char(' ') + g.studyUid;
    return ids;
}

// Break-glass of a single sign-on user in site mode, as the viewer asks for
// it (app::SiteCompliance): the provider asks again (prompt=login), custosd
// checks the answer and issues a short ticket that only the grant request
// carries; the session's ticket stays as it was, and valid.
void TestServiceSso::ssoBreakGlassGrantsWithAFreshReauthentication()
{
    auto services = viewerServices(QStringLiteral("alice"));
    QVERIFY2(services->serviceClient(), qPrintable(services->serviceProblem()));
    const QString jar = m_root.filePath(QStringLiteral("jar-bg-alice.json"));
    auto session = sessionOf(*services, QStringLiteral("alice"), QStringLiteral("alice-password"), jar);
    QVERIFY2(session, qPrintable(why(session)));
    auto site = std::make_shared<app::SiteCompliance>(services);
    const QString study = QStringLiteral("1.2.826.0.1.3680043.10.1.1");

    // The provider's session is alive, yet prompt=login makes it ask again.
    const auth::SignInProof fresh = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                QStringLiteral("alice-password"), {QStringLiteral("--jar"), jar}, true);
    QVERIFY(fresh.reauthentication && !fresh.idToken.isEmpty());
    // Off this thread, as the viewer does; the answer comes back to it.
    QObject receiver;
    std::optional<Result<auth::Identity>> confirmed;
    app::SiteCompliance::reauthenticateSsoAsync(site, fresh, QString(), &receiver, [&](Result<auth::Identity> r) { confirmed = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(confirmed.has_value(), 30000);
    QVERIFY2(confirmed->ok(), qPrintable(why(*confirmed)));
    QCOMPARE(confirmed->value().userName, QStringLiteral("alice"));
    QVERIFY(confirmed->value().authenticatedAt >= fresh.requestedAt);
    QCOMPARE(services->ticket(), session.value()); // the session's ticket is not replaced

    auto grant = site->breakGlassRemote()->start(emergency(study));
    QVERIFY2(grant, qPrintable(why(grant)));
    QCOMPARE(grant.value().studyUid, study);
    QCOMPARE(grant.value().actions, QSet<policy::Action>{policy::Action::ViewStudy});
    QVERIFY(grantIds(*site).contains(grant.value().id + QLatin1Char(' ') + study));
    // The session goes on with the same ticket, which the service still takes.
    QCOMPARE(services->ticket(), session.value());
    QCborMap check;
    check.insert(QStringLiteral("op"), QStringLiteral("checkTicket"));
    check.insert(QStringLiteral("ticket"), session.value());
    auto alive = services->serviceClient()->call(check);
    QVERIFY2(alive, qPrintable(why(alive)));
    // One confirmation, one grant: the next request has none.
    auto again = site->breakGlassRemote()->start(emergency(QStringLiteral("1.2.826.0.1.3680043.10.1.2")));
    QVERIFY(!again);
    QVERIFY2(again.errorMessage().contains(QStringLiteral("sign in again")), qPrintable(again.errorMessage()));
}

// bob has no second factor at the provider: the service asks for his
// Custos code (enrolled with an administrator's one-time code) with the
// re-authentication; without it, nothing is granted.
void TestServiceSso::ssoBreakGlassStepsUpWithTheCustosCodeInTheService()
{
    QVERIFY2(!m_bobSecret.isEmpty(), "passwordOnlyUserCannotSelfEnrolTotp enrols bob's code first");
    auto services = viewerServices(QStringLiteral("bob"));
    QVERIFY2(services->serviceClient(), qPrintable(services->serviceProblem()));
    const QString jar = m_root.filePath(QStringLiteral("jar-bg-bob.json"));
    auto session = sessionOf(*services, QStringLiteral("bob"), QStringLiteral("bob-password"), jar, freshBobCode());
    QVERIFY2(session, qPrintable(why(session)));
    app::SiteCompliance site(services);
    const QString study = QStringLiteral("1.2.826.0.1.3680043.10.2.1");
    const QStringList before = grantIds(site);

    const auth::SignInProof withoutCode = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("bob"),
                                                      QStringLiteral("bob-password"), {QStringLiteral("--jar"), jar}, true);
    QVERIFY(!withoutCode.idToken.isEmpty());
    auto refused = site.reauthenticateSso(withoutCode, QString());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("one-time code")), qPrintable(refused.errorMessage()));
    QVERIFY(!site.breakGlassRemote()->start(emergency(study)));
    QCOMPARE(grantIds(site), before);

    const auth::SignInProof withCode = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("bob"),
                                                   QStringLiteral("bob-password"), {QStringLiteral("--jar"), jar}, true);
    auto confirmed = site.reauthenticateSso(withCode, freshBobCode());
    QVERIFY2(confirmed, qPrintable(why(confirmed)));
    QVERIFY(confirmed.value().mfa != auth::MfaMethod::None);
    auto grant = site.breakGlassRemote()->start(emergency(study));
    QVERIFY2(grant, qPrintable(why(grant)));
    QCOMPARE(grant.value().userName, QStringLiteral("bob"));
    QCOMPARE(services->ticket(), session.value());
}

// What custosd must not take as the fresh sign-in of a grant: a silent
// answer of a live provider session (as a re-authentication, or redeemed
// as a plain sign-in, whose auth_time still looks recent), and the
// session's own ticket. None of them grants anything.
void TestServiceSso::silentOrEarlierSignInGrantsNoBreakGlass()
{
    auto services = viewerServices(QStringLiteral("alice-silent"));
    QVERIFY2(services->serviceClient(), qPrintable(services->serviceProblem()));
    const QString jar = m_root.filePath(QStringLiteral("jar-bg-silent.json"));
    auto session = sessionOf(*services, QStringLiteral("alice"), QStringLiteral("alice-password"), jar);
    QVERIFY2(session, qPrintable(why(session)));
    app::SiteCompliance site(services);
    const QString study = QStringLiteral("1.2.826.0.1.3680043.10.3.1");
    const QStringList before = grantIds(site);
    QTest::qWait(2100); // the provider's sign-in lies in an earlier second than the request

    // A process that asked without prompt=login, claiming it asked now: custosd compares auth_time.
    auth::SignInProof silent = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                           QStringLiteral("alice-password"), {QStringLiteral("--jar"), jar});
    QVERIFY(!silent.idToken.isEmpty());
    silent.reauthentication = true;
    auto refused = site.reauthenticateSso(silent, QString());
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("did not ask for your password again")), qPrintable(refused.errorMessage()));
    auto none = site.breakGlassRemote()->start(emergency(study));
    QVERIFY(!none);

    // The silent answer redeemed as a plain sign-in: a valid ticket of
    // alice, auth_time a few seconds old; as the proof of a grant, refused.
    const auth::SignInProof plain = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                QStringLiteral("alice-password"), {QStringLiteral("--jar"), jar});
    auto earlier = redeemHere(*services, plain);
    QVERIFY2(earlier, qPrintable(why(earlier)));
    site.setReauthTicket(earlier.value());
    auto notFresh = site.breakGlassRemote()->start(emergency(study));
    QVERIFY(!notFresh);
    QVERIFY2(notFresh.errorMessage().contains(QStringLiteral("earlier sign-in")), qPrintable(notFresh.errorMessage()));

    // The session's own ticket as its confirmation: refused.
    site.setReauthTicket(session.value());
    auto own = site.breakGlassRemote()->start(emergency(study));
    QVERIFY(!own);
    QVERIFY2(own.errorMessage().contains(QStringLiteral("session's own sign-in")), qPrintable(own.errorMessage()));
    QCOMPARE(grantIds(site), before);
}

// A fresh confirmation of someone else does not grant (the shared OS
// account: bob's session, alice confirms), and a confirmation counts once,
// even when a process sends it again.
void TestServiceSso::reauthTicketOfAnotherPersonOrUsedTwiceGrantsNothing()
{
    auto services = viewerServices(QStringLiteral("alice-twice"));
    QVERIFY2(services->serviceClient(), qPrintable(services->serviceProblem()));
    const QString jar = m_root.filePath(QStringLiteral("jar-bg-twice.json"));
    auto alice = sessionOf(*services, QStringLiteral("alice"), QStringLiteral("alice-password"), jar);
    QVERIFY2(alice, qPrintable(why(alice)));
    app::SiteCompliance site(services);

    const auth::SignInProof first = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                QStringLiteral("alice-password"), {QStringLiteral("--jar"), jar}, true);
    auto reauth = redeemHere(*services, first, first.requestedAt, alice.value());
    QVERIFY2(reauth, qPrintable(why(reauth)));
    site.setReauthTicket(reauth.value());
    auto granted = site.breakGlassRemote()->start(emergency(QStringLiteral("1.2.826.0.1.3680043.10.4.1")));
    QVERIFY2(granted, qPrintable(why(granted)));
    // The same confirmation once more (a process that kept a copy): refused.
    site.setReauthTicket(reauth.value());
    auto twice = site.breakGlassRemote()->start(emergency(QStringLiteral("1.2.826.0.1.3680043.10.4.2")));
    QVERIFY(!twice);
    QVERIFY2(twice.errorMessage().contains(QStringLiteral("signed out")), qPrintable(twice.errorMessage()));

    // bob's session on the same OS account; alice's fresh confirmation with it.
    const auth::SignInProof second = obtainToken(m_provider.issuer(), QStringLiteral("custos-rs256"), QStringLiteral("alice"),
                                                 QStringLiteral("alice-password"), {QStringLiteral("--jar"), jar}, true);
    auto aliceFresh = redeemHere(*services, second, second.requestedAt, alice.value());
    QVERIFY2(aliceFresh, qPrintable(why(aliceFresh)));
    QVERIFY2(!m_bobSecret.isEmpty(), "passwordOnlyUserCannotSelfEnrolTotp enrols bob's code first");
    auto bob = sessionOf(*services, QStringLiteral("bob"), QStringLiteral("bob-password"), m_root.filePath(QStringLiteral("jar-bg-bob2.json")),
                         freshBobCode());
    QVERIFY2(bob, qPrintable(why(bob)));
    const QStringList before = grantIds(site);
    site.setReauthTicket(aliceFresh.value());
    auto other = site.breakGlassRemote()->start(emergency(QStringLiteral("1.2.826.0.1.3680043.10.4.3")));
    QVERIFY(!other);
    QVERIFY2(other.errorMessage().contains(QStringLiteral("someone else")), qPrintable(other.errorMessage()));
    QCOMPARE(grantIds(site), before);
    QVERIFY(!grantIds(site).join(QLatin1Char(',')).contains(QStringLiteral("1.2.826.0.1.3680043.10.4.3")));
}

// custos-cli in site mode: a single sign-on user's break-glass re-authenticates
// at the provider (prompt=login) through custosd too; the saved sign-in stays.
void TestServiceSso::cliBreakGlassWithSingleSignOn()
{
    // The scripted browser runs as the OS user: its cookie jar in a folder of theirs.
    const QString jarDir = m_root.filePath(QStringLiteral("jar-") + kUserA);
    QVERIFY(QDir().mkpath(jarDir));
    QCOMPARE(::chown(QFile::encodeName(jarDir).constData(), service::userId(kUserA).value(), gidOf(kUserA)), 0);
    const QString jar = QDir(jarDir).filePath(QStringLiteral("cookies.json"));
    const QString browserCommand = (browser(QStringLiteral("alice"), QStringLiteral("alice-password")) + QStringList{QStringLiteral("--jar"), jar})
                                       .join(QLatin1Char(' '));
    const Run login = cliAs(kUserA, {QStringLiteral("login"), QStringLiteral("--sso"), QStringLiteral("--browser-command"), browserCommand});
    QVERIFY2(login.code == 0, login.err.constData());
    const auto before = savedTicketOf(kUserA);
    QVERIFY(before);
    const Run start = cliAs(kUserA, {QStringLiteral("break-glass"), QStringLiteral("start"), QStringLiteral("--study"),
                                     QStringLiteral("1.2.826.0.1.3680043.10.5.1"), QStringLiteral("--category"), QStringLiteral("on-call-coverage"),
                                     QStringLiteral("--reason"), QStringLiteral("Night call, the radiologist is in theatre."),
                                     QStringLiteral("--browser-command"), browserCommand});
    QVERIFY2(start.code == 0, start.err.constData());
    QVERIFY2(start.out.contains("granted"), start.out.constData());
    const auto after = savedTicketOf(kUserA);
    QVERIFY(after);
    QCOMPARE(after->id, before->id); // the saved sign-in is not replaced
    const Run status = cliAs(kUserA, {QStringLiteral("break-glass"), QStringLiteral("status")});
    QVERIFY2(status.code == 0, status.err.constData());
    QVERIFY2(status.out.contains("1.2.826.0.1.3680043.10.5.1"), status.out.constData());
}

// The viewer's break-glass dialog in site mode, wired as app/gui/main.cpp
// wires it (SiteCompliance::singleSignOnConfirmation, the remote registry):
// the provider asks again, custosd confirms, the dialog gets the grant; no
// account store of this process is there to step up with.
void TestServiceSso::breakGlassDialogConfirmsThroughTheService()
{
    auto services = viewerServices(QStringLiteral("alice-dialog"));
    QVERIFY2(services->serviceClient(), qPrintable(services->serviceProblem()));
    const QString jar = m_root.filePath(QStringLiteral("jar-bg-dialog.json"));
    auto ticket = sessionOf(*services, QStringLiteral("alice"), QStringLiteral("alice-password"), jar);
    QVERIFY2(ticket, qPrintable(why(ticket)));
    auto policy = policy::loadSitePolicy();
    QVERIFY2(policy, qPrintable(why(policy)));
    std::shared_ptr<app::SiteCompliance> site;
    auto state = app::openPolicyStateFor(services, policy.value(), [](const audit::Event&) {}, &site);
    QVERIFY2(state, qPrintable(why(state)));
    QVERIFY(site && state.value().breakGlass);
    auto key = service::loadPinnedTicketKey(QStringLiteral("/etc/custos/service-key.pub"));
    QVERIFY(key);
    auto verified = key.value().verify(ticket.value());
    QVERIFY(verified);
    auth::Session session(policy.value()->session);
    QVERIFY(session.begin(verified.value().identity()).ok());
    policy::Guard guard({policy.value(), policy::sessionRequester(session), [](const audit::Event&) {}, state.value().breakGlass.get(),
                         state.value().training.get(), {}, {}, {}});
    auto config = policy::identityProviderConfig(*policy.value(), true);
    QVERIFY2(config, qPrintable(why(config)));
    config.value().browserCommand = browser(QStringLiteral("alice"), QStringLiteral("alice-password")) + QStringList{QStringLiteral("--jar"), jar};
    auth::OidcClient oidc(config.value(), nullptr);

    ui::ComplianceContext context;
    context.guard = &guard;
    context.breakGlass = state.value().breakGlass.get();
    context.training = state.value().training.get();
    context.session = &session;
    context.signInAgainThroughService =
        app::SiteCompliance::singleSignOnConfirmation(site, &oidc, [&session] { return session.identity().subject; });
    policy::Subject study;
    study.studyUid = QStringLiteral("1.2.826.0.1.3680043.10.6.1");
    ui::BreakGlassDialog dialog(context, study);
    dialog.setCategory(QStringLiteral("urgent-clinical-care"));
    dialog.setReason(QStringLiteral("Stroke alert in ED, radiologist unreachable, CT must be checked now"));
    dialog.setCredentials({}, {});
    QVERIFY(!dialog.submit()); // decided when the provider and the service answer
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.grant().has_value(), qPrintable(dialog.errorText()), 60000);
    QCOMPARE(dialog.grant()->studyUid, study.studyUid);
    QCOMPARE(dialog.grant()->userName, QStringLiteral("alice"));
    QCOMPARE(services->ticket(), ticket.value()); // the session's ticket stays
    // custosd holds it, for alice.
    QVERIFY(grantIds(*site).contains(dialog.grant()->id + QLatin1Char(' ') + study.studyUid));
}

int main(int argc, char** argv)
{
    // A private mount namespace before any thread exists: site mode never leaks to the host.
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            std::perror("tst_service_sso: private mount namespace");
            return 1;
        }
    }
    // The break-glass dialog is a widget: no screen is needed to drive it.
    // Only this process's: the viewer it starts runs under Xvfb (OpenGL).
    const bool chosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!chosen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!chosen)
        qunsetenv("QT_QPA_PLATFORM");
    TestServiceSso t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_service_sso.moc"

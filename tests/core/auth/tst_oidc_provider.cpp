// SPDX-License-Identifier: Apache-2.0
// Single sign-on against a real OpenID provider: npm oidc-provider
// (tests/peers/oidc/provider.mjs) on 127.0.0.1, a native public client with
// PKCE S256 required and a loopback redirect on any port, a `groups` claim
// and `amr`. The browser is tests/peers/oidc/login.mjs, run by OidcClient as
// its browser command: it fills in the provider's login and consent forms
// and follows the redirect to Custos' loopback listener, like a person in a
// browser. Refresh tokens go to a real Secret Service keychain (run under
// tests/run-with-keyring.sh). Every wait is bounded; the provider is stopped
// at the end.

#include "../../peers/oidc/oidc_provider_peer.h"
#include "test_support.h"

#include "core/auth/oidc_client.h"
#include "core/auth/oidc_loopback_listener.h"
#include "core/crypto/aead.h"
#include "core/crypto/key_store.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

#include <memory>
#include <QTemporaryDir>

#include <optional>

using namespace custos;
using namespace custos::auth;
using custos::testpeers::OidcProviderPeer;
using custos::testpeers::scriptedLogin;

namespace {

// The error of a result for a failure message; empty when it succeeded
// (QVERIFY2 evaluates its message even when the check passes).
template <class T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.errorMessage().toLocal8Bit();
}
template <class T> QByteArray why(const std::optional<Result<T>>& outcome)
{
    return outcome ? why(*outcome) : QByteArray("no outcome");
}

constexpr int kFlowTimeoutMs = 60000;

// Waits for `outcome` to be set, bounded; false on timeout.
template <class T> bool waitFor(const std::optional<T>& outcome, int timeoutMs = kFlowTimeoutMs)
{
    return QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs);
}

using testsupport::filesContaining;

// A code from the provider for `pending`, fetched by the scripted browser.
struct CodeGrant
{
    PendingAuthorization pending;
    QString code;
    QString error; // a sentence when no code came
};

} // namespace

class tst_OidcProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void signsInWithMappedRolesAndProviderMfa_data();
    void signsInWithMappedRolesAndProviderMfa();
    void reportsPasswordOnlySignInAsWithoutMfa();
    void reauthenticationShowsTheLoginPageDespiteALiveSession();
    void reportsTheProvidersRefusalOfAWrongPassword();
    void refusesACallbackWithAForgedState();
    void reportsAReplayedAuthorizationCode();
    void providerRefusesATokenRequestWithoutThePkceVerifier();
    void providerRefusesAnAuthorizationRequestWithoutPkce();
    void refusesAnIdTokenIssuedToAnotherClient();
    void refreshesFromTheKeychainAndFollowsRotation();
    void followsAKeyRolloverByRefetchingTheKeySetOnce();
    void cancelEndsAPendingSignIn();
    void timesOutWhenNobodySignsIn();
    void destroyingTheClientMidSignInEndsItQuietly();

private:
    OidcConfig config(const QString& clientId, const QStringList& browserCommand) const;
    Result<Identity> signIn(OidcClient& client);
    CodeGrant obtainCode(OidcClient& client, const QString& user, const QString& password,
                         bool withPkce = true);
    ProviderMetadata metadata(OidcClient& client);

    OidcProviderPeer m_provider;
    std::unique_ptr<crypto::KeyStore> m_keychain;
};

void tst_OidcProvider::initTestCase()
{
    const QString missing = testpeers::oidcPeerMissing();
    if (!missing.isEmpty()) QFAIL(qPrintable(missing));
    m_keychain = crypto::makeSystemKeyStore(
        QStringLiteral("tst_oidc_provider-%1")
            .arg(QString::fromLatin1(crypto::randomBytes(6).value().toHex())));
    const QString started = m_provider.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(m_provider.issuer().startsWith("http://127.0.0.1:"));
}

void tst_OidcProvider::cleanupTestCase()
{
    m_provider.stop();
    QVERIFY(!m_provider.running());
}

void tst_OidcProvider::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("provider stderr:\n%s", qPrintable(m_provider.diagnostics().right(3000)));
}

OidcConfig tst_OidcProvider::config(const QString& clientId,
                                    const QStringList& browserCommand) const
{
    OidcConfig config;
    config.issuer = QUrl(m_provider.issuer());
    config.clientId = clientId;
    config.scopes = {"openid", "profile", "email", "groups", "offline_access"};
    config.rolesClaim = "groups";
    config.roleMapping = {{"radiology-attendings", {"radiologist"}},
                          {"ct-technologists", {"technologist"}}};
    config.browserCommand = browserCommand;
    config.signInTimeout = std::chrono::milliseconds(kFlowTimeoutMs - 5000);
    config.networkTimeout = std::chrono::seconds(10);
    return config;
}

Result<Identity> tst_OidcProvider::signIn(OidcClient& client)
{
    std::optional<Result<Identity>> outcome;
    client.signIn([&](Result<Identity> identity) { outcome = std::move(identity); });
    if (!waitFor(outcome)) return Error{"the sign-in did not end within the test's limit"};
    return *outcome;
}

ProviderMetadata tst_OidcProvider::metadata(OidcClient& client)
{
    std::optional<Result<ProviderMetadata>> outcome;
    client.discover([&](Result<ProviderMetadata> result) { outcome = std::move(result); });
    if (!waitFor(outcome, 15000) || !outcome->ok()) return {};
    return outcome->value();
}

CodeGrant tst_OidcProvider::obtainCode(OidcClient& client, const QString& user,
                                       const QString& password, bool withPkce)
{
    CodeGrant grant;
    const ProviderMetadata provider = metadata(client);
    if (provider.issuer.isEmpty()) {
        grant.error = "discovery failed";
        return grant;
    }
    LoopbackRedirectListener listener;
    if (!listener.listen()) {
        grant.error = "no listener";
        return grant;
    }
    grant.pending = prepareAuthorization(provider, client.config(), listener.redirectUri()).value();
    QUrl url = grant.pending.url;
    if (!withPkce) {
        QUrlQuery query(url);
        query.removeAllQueryItems("code_challenge");
        query.removeAllQueryItems("code_challenge_method");
        url.setQuery(query);
    }
    std::optional<Result<AuthorizationResponse>> response;
    listener.expect(grant.pending,
                    [&](Result<AuthorizationResponse> result) { response = std::move(result); });

    QProcess browser;
    browser.setProcessChannelMode(QProcess::MergedChannels);
    QStringList command = scriptedLogin(user, password);
    command.replace(command.indexOf("{url}"), url.toString(QUrl::FullyEncoded));
    browser.start(command.first(), command.mid(1));
    const bool answered = waitFor(response, 30000);
    browser.waitForFinished(10000);
    if (!answered)
        grant.error = "no callback; the browser said: " + QString::fromLocal8Bit(browser.readAll());
    else if (!response->ok())
        grant.error = response->errorMessage();
    else
        grant.code = response->value().code;
    return grant;
}

// ---------------------------------------------------------------------------

void tst_OidcProvider::signsInWithMappedRolesAndProviderMfa_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("RS256") << "custos-rs256"
                           << "RS256";
    QTest::newRow("PS256") << "custos-ps256"
                           << "PS256";
    QTest::newRow("ES256") << "custos-es256"
                           << "ES256";
}

void tst_OidcProvider::signsInWithMappedRolesAndProviderMfa()
{
    QFETCH(QString, clientId);
    OidcClient client(config(clientId, scriptedLogin("alice", "alice-password")), m_keychain.get());
    QSignalSpy urls(&client, &OidcClient::authorizationUrlReady);
    QSignalSpy keychainProblems(&client, &OidcClient::savedSignInProblem);

    const Result<Identity> identity = signIn(client);
    QVERIFY2(identity, why(identity));
    const Identity& who = identity.value();
    QVERIFY(who.valid());
    QCOMPARE(who.subject, QStringLiteral("alice"));
    QCOMPARE(who.issuer, m_provider.issuer());
    QCOMPARE(who.userName, QStringLiteral("alice"));
    QCOMPARE(who.displayName, QStringLiteral("Alice Archer"));
    QCOMPARE(who.method, AuthMethod::OpenIdConnect);
    QCOMPARE(who.roles, QStringList{"radiologist"}); // "all-staff" maps to nothing
    QCOMPARE(who.mfa, MfaMethod::IdentityProvider);
    QVERIFY2(who.mfaDetail.contains("amr: pwd, otp"), qPrintable(who.mfaDetail));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(who.expiresAt > now && who.expiresAt <= now.addSecs(601));
    QVERIFY(qAbs(who.authenticatedAt.secsTo(now)) < 60);

    // The browser was given the provider's authorization endpoint with PKCE S256.
    QCOMPARE(urls.size(), 1);
    const QUrlQuery query(urls.first().first().toUrl());
    QCOMPARE(query.queryItemValue("code_challenge_method"), QStringLiteral("S256"));
    QVERIFY(
        query.queryItemValue("redirect_uri", QUrl::FullyDecoded).startsWith("http://127.0.0.1:"));

    QVERIFY(!client.signInInProgress());
    QCOMPARE(keychainProblems.size(), 0);
    QCOMPARE(client.hasSavedSignIn().value(), true);
    QVERIFY(client.forgetSavedSignIn());
}

// Issue 13: unlock and break-glass through single sign-on completed
// silently while the browser's provider session was alive, carrying the old
// amr. Re-authentication sends prompt=login and max_age=0: the provider's
// login page is shown (and answered) even with a live session, and the
// answer's auth_time is not older than the request.
void tst_OidcProvider::reauthenticationShowsTheLoginPageDespiteALiveSession()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString jar = dir.filePath(QStringLiteral("cookies.json")); // the browser keeps its provider session
    const QString log = dir.filePath(QStringLiteral("pages.log"));     // one line each time the login page is shown
    auto loginPages = [&log] {
        QFile f(log);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count("login-form")) : 0;
    };
    OidcClient client(config("custos-rs256", scriptedLogin("alice", "alice-password",
                                                           {QStringLiteral("--jar"), jar, QStringLiteral("--log"), log})),
                      nullptr);
    const Result<Identity> first = signIn(client);
    QVERIFY2(first, why(first));
    QCOMPARE(loginPages(), 1);
    // The session is alive: an ordinary sign-in completes without the login page.
    const Result<Identity> silent = signIn(client);
    QVERIFY2(silent, why(silent));
    QCOMPARE(loginPages(), 1);

    QTest::qWait(1100); // auth_time has whole seconds: the next login is visibly later
    const QDateTime requested = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    std::optional<Result<Identity>> again;
    client.reauthenticate(QStringLiteral("alice"), true, [&](Result<Identity> identity) { again = std::move(identity); });
    QVERIFY(waitFor(again));
    QVERIFY2(again->ok(), why(*again));
    QCOMPARE(loginPages(), 2); // asked for the password again despite the live session
    QVERIFY(again->value().authenticatedAt >= requested);
    QCOMPARE(again->value().mfa, MfaMethod::IdentityProvider);

    // Someone else's confirmation does not count for alice's session.
    std::optional<Result<Identity>> other;
    client.reauthenticate(QStringLiteral("bob"), true, [&](Result<Identity> identity) { other = std::move(identity); });
    QVERIFY(waitFor(other));
    QVERIFY(!other->ok());
}

void tst_OidcProvider::reportsPasswordOnlySignInAsWithoutMfa()
{
    OidcClient client(config("custos-rs256", scriptedLogin("bob", "bob-password")), nullptr);
    const Result<Identity> identity = signIn(client);
    QVERIFY2(identity, why(identity));
    QCOMPARE(identity.value().subject, QStringLiteral("bob"));
    QCOMPARE(identity.value().roles, QStringList{"technologist"});
    QCOMPARE(identity.value().mfa, MfaMethod::None); // the session steps up with TOTP
    QCOMPARE(identity.value().mfaDetail, QStringLiteral("amr: pwd; acr: urn:custos:acr:pwd"));

    // With the site's MFA level set to the provider's acr, bob's sign-in
    // does not count as MFA either; alice's does.
    OidcConfig acrConfig = config("custos-rs256", scriptedLogin("alice", "alice-password"));
    acrConfig.mfaAmrValues.clear();
    acrConfig.requiredAcr = "urn:custos:acr:mfa";
    OidcClient acrClient(acrConfig, nullptr);
    const Result<Identity> alice = signIn(acrClient);
    QVERIFY2(alice, why(alice));
    QCOMPARE(alice.value().mfa, MfaMethod::IdentityProvider);
}

void tst_OidcProvider::reportsTheProvidersRefusalOfAWrongPassword()
{
    OidcClient client(config("custos-rs256", scriptedLogin("alice", "not-her-password")), nullptr);
    const Result<Identity> identity = signIn(client);
    QVERIFY(!identity);
    QVERIFY2(identity.errorMessage().contains("exited with code 1 before the sign-in finished") &&
                 identity.errorMessage().contains("invalid user name or password"),
             qPrintable(identity.errorMessage()));
}

void tst_OidcProvider::refusesACallbackWithAForgedState()
{
    OidcClient client(
        config("custos-rs256", scriptedLogin("alice", "alice-password", {"--state", "forged"})),
        nullptr);
    const Result<Identity> identity = signIn(client);
    QVERIFY(!identity);
    QVERIFY2(identity.errorMessage().contains(
                 "does not belong to this sign-in (its state does not match)"),
             qPrintable(identity.errorMessage()));
    QCOMPARE(client.keySetFetchCount(), 0); // no token was ever asked for
}

void tst_OidcProvider::reportsAReplayedAuthorizationCode()
{
    OidcClient client(config("custos-es256", {}), nullptr);
    const CodeGrant grant = obtainCode(client, "alice", "alice-password");
    QVERIFY2(!grant.code.isEmpty(), qPrintable(grant.error));

    std::optional<Result<TokenResponse>> first;
    client.exchangeCode(grant.pending, grant.code,
                        [&](Result<TokenResponse> tokens) { first = std::move(tokens); });
    QVERIFY(waitFor(first));
    QVERIFY2(first->ok(), why(first));
    QVERIFY(!first->value().idToken.isEmpty());

    std::optional<Result<TokenResponse>> replay;
    client.exchangeCode(grant.pending, grant.code,
                        [&](Result<TokenResponse> tokens) { replay = std::move(tokens); });
    QVERIFY(waitFor(replay));
    QVERIFY(!replay->ok());
    QCOMPARE(
        replay->errorMessage(),
        QStringLiteral(
            "The identity provider refused the authorization code (invalid_grant: grant request "
            "is invalid). The authorization code was already used, has expired, or the PKCE code "
            "verifier does not match it. Sign in again."));
}

void tst_OidcProvider::providerRefusesATokenRequestWithoutThePkceVerifier()
{
    OidcClient client(config("custos-rs256", {}), nullptr);
    const CodeGrant grant = obtainCode(client, "alice", "alice-password");
    QVERIFY2(!grant.code.isEmpty(), qPrintable(grant.error));
    const ProviderMetadata provider = metadata(client);

    // The request a client without PKCE would send: everything but the verifier.
    QNetworkAccessManager network;
    QNetworkRequest request(provider.tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    request.setTransferTimeout(10000);
    QNetworkReply* reply =
        network.post(request, formEncode({{"grant_type", "authorization_code"},
                                          {"code", grant.code},
                                          {"redirect_uri", grant.pending.redirectUri},
                                          {"client_id", "custos-rs256"}}));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("error").toString(),
             QStringLiteral("invalid_grant"));
    delete reply;

    // A wrong verifier fares no better, and Custos says what it may mean.
    PendingAuthorization wrongVerifier = grant.pending;
    wrongVerifier.codeVerifier = makePkce().value().verifier;
    std::optional<Result<TokenResponse>> refused;
    client.exchangeCode(wrongVerifier, grant.code,
                        [&](Result<TokenResponse> tokens) { refused = std::move(tokens); });
    QVERIFY(waitFor(refused));
    QVERIFY(!refused->ok());
    QVERIFY2(refused->errorMessage().contains("the PKCE code verifier does not match it"),
             qPrintable(refused->errorMessage()));

    // The refusals were about PKCE: with its verifier the same code is still good.
    std::optional<Result<TokenResponse>> accepted;
    client.exchangeCode(grant.pending, grant.code,
                        [&](Result<TokenResponse> tokens) { accepted = std::move(tokens); });
    QVERIFY(waitFor(accepted));
    QVERIFY2(accepted->ok(), why(accepted));
}

void tst_OidcProvider::providerRefusesAnAuthorizationRequestWithoutPkce()
{
    OidcClient client(config("custos-rs256", {}), nullptr);
    const CodeGrant grant = obtainCode(client, "alice", "alice-password", /*withPkce=*/false);
    QVERIFY(grant.code.isEmpty());
    QVERIFY2(grant.error.contains("The identity provider did not sign you in (invalid_request") &&
                 grant.error.contains("PKCE"),
             qPrintable(grant.error));
}

void tst_OidcProvider::refusesAnIdTokenIssuedToAnotherClient()
{
    OidcClient client(config("custos-rs256", {}), nullptr);
    const CodeGrant grant = obtainCode(client, "alice", "alice-password");
    QVERIFY2(!grant.code.isEmpty(), qPrintable(grant.error));
    std::optional<Result<TokenResponse>> tokens;
    client.exchangeCode(grant.pending, grant.code,
                        [&](Result<TokenResponse> result) { tokens = std::move(result); });
    QVERIFY(waitFor(tokens));
    QVERIFY2(tokens->ok(), why(tokens));

    // The same genuine token, presented to a Custos configured as another client.
    OidcClient other(config("custos-ps256", {}), nullptr);
    std::optional<Result<IdTokenClaims>> claims;
    other.validateIdToken(tokens->value().idToken, grant.pending.nonce,
                          [&](Result<IdTokenClaims> result) { claims = std::move(result); });
    QVERIFY(waitFor(claims));
    QVERIFY(!claims->ok());
    QVERIFY2(claims->errorMessage().contains(
                 "meant for another application (audience \"custos-rs256\"), not for "
                 "this client \"custos-ps256\""),
             qPrintable(claims->errorMessage()));

    // And to the right one, but with another sign-in's nonce.
    std::optional<Result<IdTokenClaims>> replayed;
    client.validateIdToken(tokens->value().idToken, QStringLiteral("nonce-of-another-sign-in"),
                           [&](Result<IdTokenClaims> result) { replayed = std::move(result); });
    QVERIFY(waitFor(replayed));
    QVERIFY(!replayed->ok());
    QVERIFY(replayed->errorMessage().contains("was issued for another sign-in"));
}

void tst_OidcProvider::refreshesFromTheKeychainAndFollowsRotation()
{
    const OidcConfig aliceConfig = config("custos-rs256", scriptedLogin("alice", "alice-password"));
    OidcClient client(aliceConfig, m_keychain.get());
    const Result<Identity> signedIn = signIn(client);
    QVERIFY2(signedIn, why(signedIn));

    auto savedToken = [&]() -> QString {
        const Result<std::optional<QByteArray>> entry = m_keychain->read(client.savedSignInName());
        if (!entry || !entry.value()) return {};
        return QJsonDocument::fromJson(*entry.value()).object().value("refresh_token").toString();
    };
    const QString firstToken = savedToken();
    QVERIFY(!firstToken.isEmpty());
    // In the keychain, not in any file (HOME is the test's own throw-away folder).
    QVERIFY2(filesContaining(QDir::homePath(), firstToken.toUtf8()).isEmpty(),
             qPrintable(filesContaining(QDir::homePath(), firstToken.toUtf8()).join(", ")));

    // Another process (a new client) renews from the keychain alone.
    OidcClient later(aliceConfig, m_keychain.get());
    std::optional<Result<Identity>> renewed;
    later.refresh([&](Result<Identity> identity) { renewed = std::move(identity); });
    QVERIFY(waitFor(renewed));
    QVERIFY2(renewed->ok(), why(renewed));
    QCOMPARE(renewed->value().subject, QStringLiteral("alice"));
    QCOMPARE(renewed->value().roles, QStringList{"radiologist"});
    QCOMPARE(renewed->value().mfa, MfaMethod::IdentityProvider);

    // The provider rotates refresh tokens of public clients: the new one is saved.
    const QString secondToken = savedToken();
    QVERIFY(!secondToken.isEmpty());
    QVERIFY(secondToken != firstToken);

    // Signing out removes it; renewing then asks for a sign-in.
    QVERIFY(later.forgetSavedSignIn());
    QCOMPARE(later.hasSavedSignIn().value(), false);
    std::optional<Result<Identity>> none;
    later.refresh([&](Result<Identity> identity) { none = std::move(identity); });
    QVERIFY(waitFor(none));
    QVERIFY(!none->ok());
    QVERIFY2(none->errorMessage().contains("There is no saved sign-in"),
             qPrintable(none->errorMessage()));
}

void tst_OidcProvider::followsAKeyRolloverByRefetchingTheKeySetOnce()
{
    OidcClient client(config("custos-rs256", scriptedLogin("alice", "alice-password")), nullptr);
    const Result<Identity> before = signIn(client);
    QVERIFY2(before, why(before));
    QCOMPARE(client.keySetFetchCount(), 1);

    // The provider restarts on the same address with new signing keys.
    const QStringList oldKeys = m_provider.keyIds();
    const quint16 port = m_provider.port();
    m_provider.stop();
    const QString restarted = m_provider.start(port);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QVERIFY(m_provider.keyIds() != oldKeys);

    const Result<Identity> after = signIn(client);
    QVERIFY2(after, why(after));
    QCOMPARE(after.value().subject, QStringLiteral("alice"));
    QCOMPARE(client.keySetFetchCount(), 2); // one refetch for the unknown kid

    const Result<Identity> again = signIn(client);
    QVERIFY2(again, why(again));
    QCOMPARE(client.keySetFetchCount(), 2); // the new key is cached
}

void tst_OidcProvider::cancelEndsAPendingSignIn()
{
    // A "browser" that never comes back.
    OidcClient client(
        config("custos-rs256", {testpeers::nodePath(), "-e", "setTimeout(() => {}, 30000)"}),
        nullptr);
    QSignalSpy urls(&client, &OidcClient::authorizationUrlReady);
    std::optional<Result<Identity>> outcome;
    client.signIn([&](Result<Identity> identity) { outcome = std::move(identity); });
    QVERIFY(urls.wait(15000));
    QVERIFY(client.signInInProgress());
    QVERIFY(!outcome);

    QElapsedTimer timer;
    timer.start();
    client.cancel();
    QVERIFY(outcome.has_value()); // at once, before cancel() returned
    // Not a performance assertion (tests run in parallel on loaded cores):
    // only "did not wait for the browser or a timeout".
    QVERIFY(timer.elapsed() < 20000);
    QCOMPARE(outcome->errorMessage(), QStringLiteral("The sign-in was cancelled."));
    QVERIFY(!client.signInInProgress());

    // The loopback address is closed with it.
    const QUrl redirect(
        QUrlQuery(urls.first().first().toUrl()).queryItemValue("redirect_uri", QUrl::FullyDecoded));
    QNetworkAccessManager network;
    QNetworkRequest request(redirect);
    request.setTransferTimeout(5000);
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(6000));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    delete reply;
}

void tst_OidcProvider::timesOutWhenNobodySignsIn()
{
    OidcConfig slow =
        config("custos-rs256", {testpeers::nodePath(), "-e", "setTimeout(() => {}, 30000)"});
    slow.signInTimeout = std::chrono::seconds(2);
    OidcClient client(slow, nullptr);
    QElapsedTimer timer;
    timer.start();
    const Result<Identity> identity = signIn(client);
    QVERIFY(!identity);
    QCOMPARE(
        identity.errorMessage(),
        QStringLiteral("The sign-in did not finish within 2 seconds: nobody completed the identity "
                       "provider's page in the browser. Try again."));
    // Not before the 2 s (functional); the upper bound only catches a
    // timeout that never fires, with room for loaded parallel runs.
    QVERIFY(timer.elapsed() >= 1900 && timer.elapsed() < 25000);
}

void tst_OidcProvider::destroyingTheClientMidSignInEndsItQuietly()
{
    auto client = std::make_unique<OidcClient>(
        config("custos-rs256", {testpeers::nodePath(), "-e", "setTimeout(() => {}, 30000)"}),
        nullptr);
    QSignalSpy urls(client.get(), &OidcClient::authorizationUrlReady);
    bool called = false;
    client->signIn([&](Result<Identity>) { called = true; });
    QVERIFY(urls.wait(15000));
    QElapsedTimer timer;
    timer.start();
    client.reset(); // ends the browser command and the listener with it
    // The browser command would sleep 30 s: well under that means it was
    // ended, not waited for (generous for loaded parallel runs).
    QVERIFY(timer.elapsed() < 20000);
    QTest::qWait(100);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_OidcProvider)
#include "tst_oidc_provider.moc"

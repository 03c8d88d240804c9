// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidc_protocol.h"

#include "core/auth/jwt.h"
#include "core/crypto/aead.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QObject>

#include <algorithm>

namespace custos::auth {

namespace {

constexpr int kRandomBytes = 32; // 256 bits for state, nonce and the PKCE verifier

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

Result<QString> randomToken()
{
    Result<QByteArray> bytes = crypto::randomBytes(kRandomBytes);
    if (!bytes)
        return Error{QObject::tr("Sign-in could not start: no secure random numbers (%1).")
                         .arg(bytes.errorMessage())};
    return QString::fromLatin1(base64UrlEncode(bytes.value()));
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list << entry.toString();
    return list;
}

Result<QUrl> endpoint(const QJsonObject& document, const char* name, bool required)
{
    const QString text = document.value(QLatin1String(name)).toString();
    if (text.isEmpty()) {
        if (required)
            return Error{QObject::tr("The identity provider's discovery document has no \"%1\"; "
                                     "Custos cannot sign in with it.")
                             .arg(QLatin1String(name))};
        return QUrl();
    }
    const QUrl url(text, QUrl::StrictMode);
    const bool secure = url.scheme() == QLatin1String("https") ||
                        (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()));
    if (!url.isValid() || url.host().isEmpty() || !secure)
        return Error{QObject::tr("The identity provider's %1 \"%2\" is not an https URL; Custos "
                                 "refuses to send sign-in data over it.")
                         .arg(QLatin1String(name), text)};
    return url;
}

QString oauthErrorHint(const QString& error, GrantKind grant)
{
    if (error == QLatin1String("invalid_grant"))
        return grant == GrantKind::AuthorizationCode
                   ? QObject::tr("The authorization code was already used, has expired, or the "
                                 "PKCE code verifier does not match it. Sign in again.")
                   : QObject::tr("The saved sign-in has expired or was revoked at the identity "
                                 "provider. Sign in again.");
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        return QObject::tr("Check the client ID, and that the identity provider registers it as "
                           "a public (native) client without a secret, allowed to use this flow.");
    if (error == QLatin1String("invalid_request"))
        return QObject::tr("The request was incomplete or malformed for this provider.");
    if (error == QLatin1String("invalid_scope"))
        return QObject::tr("Check the scopes in the sign-in settings.");
    if (error == QLatin1String("unsupported_grant_type"))
        return QObject::tr("The identity provider does not allow this client to use this grant.");
    return {};
}

} // namespace

QUrl discoveryUrl(const QUrl& issuer)
{
    QUrl url = issuer;
    url.setPath(withoutTrailingSlash(issuer.path()) +
                QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

Result<ProviderMetadata> parseProviderMetadata(const QByteArray& json, const OidcConfig& config)
{
    const QString configured = config.issuer.toString(QUrl::FullyEncoded);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{QObject::tr("The discovery document at %1 is not a JSON object; is \"%2\" the "
                                 "issuer URL of an OpenID provider?")
                         .arg(discoveryUrl(config.issuer).toString(), configured)};
    const QJsonObject object = document.object();

    ProviderMetadata metadata;
    metadata.issuer = object.value(QLatin1String("issuer")).toString();
    // OpenID Connect Discovery §4.3: the published issuer must be the one
    // asked for; only a trailing slash is forgiven, and the published form
    // is what ID tokens must then carry.
    if (withoutTrailingSlash(metadata.issuer) != withoutTrailingSlash(configured))
        return Error{QObject::tr("The identity provider at %1 calls itself \"%2\", not the "
                                 "configured issuer; set the issuer URL to exactly \"%2\" if that "
                                 "provider is the right one.")
                         .arg(configured, metadata.issuer)};

    const std::pair<QUrl*, const char*> required[] = {
        {&metadata.authorizationEndpoint, "authorization_endpoint"},
        {&metadata.tokenEndpoint, "token_endpoint"},
        {&metadata.jwksUri, "jwks_uri"}};
    for (const auto& [field, name] : required) {
        Result<QUrl> url = endpoint(object, name, true);
        if (!url) return url.error();
        *field = url.value();
    }
    const std::pair<QUrl*, const char*> optional[] = {
        {&metadata.userinfoEndpoint, "userinfo_endpoint"},
        {&metadata.endSessionEndpoint, "end_session_endpoint"}};
    for (const auto& [field, name] : optional) {
        Result<QUrl> url = endpoint(object, name, false);
        if (!url) return url.error();
        *field = url.value();
    }

    const QStringList responseTypes =
        strings(object.value(QLatin1String("response_types_supported")));
    if (!responseTypes.isEmpty() && !responseTypes.contains(QLatin1String("code")))
        return Error{QObject::tr("The identity provider %1 does not offer the authorization code "
                                 "flow, which Custos needs.")
                         .arg(metadata.issuer)};
    metadata.codeChallengeMethods =
        strings(object.value(QLatin1String("code_challenge_methods_supported")));
    // Absent means "not advertised" (some providers support PKCE silently);
    // advertised without S256 means it would be refused or downgraded.
    if (!metadata.codeChallengeMethods.isEmpty() &&
        !metadata.codeChallengeMethods.contains(QLatin1String("S256")))
        return Error{
            QObject::tr("The identity provider %1 does not support PKCE with S256 (it "
                        "offers %2); Custos requires it.")
                .arg(metadata.issuer, metadata.codeChallengeMethods.join(QStringLiteral(", ")))};
    metadata.idTokenSigningAlgorithms =
        strings(object.value(QLatin1String("id_token_signing_alg_values_supported")));
    metadata.issuesIssInAuthorizationResponse =
        object.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    return metadata;
}

QByteArray pkceS256Challenge(const QByteArray& verifier)
{
    return base64UrlEncode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

Result<Pkce> makePkce()
{
    Result<QString> verifier = randomToken();
    if (!verifier) return verifier.error();
    Pkce pkce;
    pkce.verifier = verifier.value().toLatin1();
    pkce.challenge = pkceS256Challenge(pkce.verifier);
    return pkce;
}

QByteArray formEncode(const FormFields& fields)
{
    QByteArray out;
    for (const auto& [name, value] : fields) {
        if (!out.isEmpty()) out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

Result<FormFields> formDecode(const QByteArray& encoded)
{
    FormFields fields;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty()) continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString decodedName = QUrl::fromPercentEncoding(name);
        if (formHas(fields, decodedName))
            return Error{
                QObject::tr("the parameter \"%1\" appears more than once").arg(decodedName)};
        fields.append({decodedName, QUrl::fromPercentEncoding(value)});
    }
    return fields;
}

QString formValue(const FormFields& fields, const QString& name)
{
    for (const auto& [key, value] : fields) {
        if (key == name) return value;
    }
    return {};
}

bool formHas(const FormFields& fields, const QString& name)
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const auto& field) { return field.first == name; });
}

Result<PendingAuthorization> prepareAuthorization(const ProviderMetadata& metadata,
                                                  const OidcConfig& config,
                                                  const QString& redirectUri)
{
    Result<QString> state = randomToken();
    Result<QString> nonce = randomToken();
    Result<Pkce> pkce = makePkce();
    if (!state || !nonce || !pkce)
        return !state ? state.error() : !nonce ? nonce.error() : pkce.error();

    PendingAuthorization pending;
    pending.state = state.value();
    pending.nonce = nonce.value();
    pending.codeVerifier = pkce.value().verifier;
    pending.redirectUri = redirectUri;
    pending.issuer = metadata.issuer;
    pending.issuerRequired = metadata.issuesIssInAuthorizationResponse;

    const QStringList scopes = config.effectiveScopes();
    FormFields query{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), config.clientId},
        {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("state"), pending.state},
        {QStringLiteral("nonce"), pending.nonce},
        {QStringLiteral("code_challenge"), QString::fromLatin1(pkce.value().challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    QString prompt = config.prompt;
    if (prompt.isEmpty() && scopes.contains(QLatin1String("offline_access")))
        prompt = QStringLiteral("consent");
    if (!prompt.isEmpty()) query.append({QStringLiteral("prompt"), prompt});
    if (config.maxAge >= 0) query.append({QStringLiteral("max_age"), QString::number(config.maxAge)});
    if (!config.requiredAcr.isEmpty())
        query.append({QStringLiteral("acr_values"), config.requiredAcr});

    QUrl url = metadata.authorizationEndpoint;
    QByteArray encoded = url.query(QUrl::FullyEncoded).toLatin1();
    if (!encoded.isEmpty()) encoded += '&';
    encoded += formEncode(query);
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    pending.url = url;
    return pending;
}

Result<AuthorizationResponse> checkAuthorizationResponse(const QByteArray& query,
                                                         const PendingAuthorization& pending)
{
    Result<FormFields> fields = formDecode(query);
    if (!fields)
        return Error{
            QObject::tr("The answer that reached Custos' sign-in address is malformed (%1); "
                        "it was refused. Sign in again.")
                .arg(fields.errorMessage())};
    const FormFields& f = fields.value();

    if (!formHas(f, QStringLiteral("state")) ||
        formValue(f, QStringLiteral("state")) != pending.state)
        return Error{
            QObject::tr("The answer that reached Custos' sign-in address does not belong to "
                        "this sign-in (its state %1). It was refused: it may be a forged "
                        "or stale request. Sign in again.")
                .arg(formHas(f, QStringLiteral("state")) ? QObject::tr("does not match")
                                                         : QObject::tr("is missing"))};

    const QString iss = formValue(f, QStringLiteral("iss"));
    if (formHas(f, QStringLiteral("iss")) ? iss != pending.issuer : pending.issuerRequired)
        return Error{QObject::tr("The sign-in answer comes from %1, not from the identity provider "
                                 "\"%2\" (RFC 9207 mix-up protection). It was refused.")
                         .arg(iss.isEmpty() ? QObject::tr("an unnamed issuer")
                                            : QStringLiteral("\"%1\"").arg(iss),
                              pending.issuer)};

    if (formHas(f, QStringLiteral("error"))) {
        const QString error = formValue(f, QStringLiteral("error"));
        const QString description = formValue(f, QStringLiteral("error_description"));
        QString sentence =
            QObject::tr("The identity provider did not sign you in (%1%2).")
                .arg(error, description.isEmpty() ? QString() : QStringLiteral(": ") + description);
        if (error == QLatin1String("access_denied"))
            sentence += QObject::tr(" The sign-in was cancelled or refused at the provider.");
        else if (error == QLatin1String("login_required") ||
                 error == QLatin1String("consent_required") ||
                 error == QLatin1String("interaction_required"))
            sentence += QObject::tr(" Sign in again and complete the provider's pages.");
        else if (error == QLatin1String("unauthorized_client") ||
                 error == QLatin1String("invalid_request"))
            sentence +=
                QObject::tr(" Check the client registration at the provider (a native public "
                            "client, PKCE S256, redirect http://127.0.0.1/callback).");
        return Error{sentence};
    }
    AuthorizationResponse response;
    response.code = formValue(f, QStringLiteral("code"));
    if (response.code.isEmpty())
        return Error{
            QObject::tr("The identity provider's answer carries no authorization code. Sign "
                        "in again.")};
    return response;
}

Result<TokenResponse> parseTokenResponse(int status, const QByteArray& body, GrantKind grant,
                                         const OidcConfig& config)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const QString what = grant == GrantKind::AuthorizationCode
                             ? QObject::tr("the authorization code")
                             : QObject::tr("the saved sign-in (refresh token)");

    if (status != 200 || object.contains(QLatin1String("error"))) {
        const QString error = object.value(QLatin1String("error")).toString();
        if (error.isEmpty())
            return Error{
                QObject::tr("The identity provider's token endpoint answered HTTP %1 for %2 "
                            "without an OAuth error; try again later or ask the provider's "
                            "administrator.")
                    .arg(status)
                    .arg(what)};
        const QString description = object.value(QLatin1String("error_description")).toString();
        QString sentence =
            QObject::tr("The identity provider refused %1 (%2%3).")
                .arg(what, error,
                     description.isEmpty() ? QString() : QStringLiteral(": ") + description);
        const QString hint = oauthErrorHint(error, grant);
        if (!hint.isEmpty()) sentence += QLatin1Char(' ') + hint;
        return Error{sentence};
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{QObject::tr("The identity provider's token endpoint answered with something "
                                 "that is not JSON for %1.")
                         .arg(what)};

    TokenResponse response;
    response.idToken = object.value(QLatin1String("id_token")).toString().toLatin1();
    response.accessToken = object.value(QLatin1String("access_token")).toString();
    response.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    response.tokenType = object.value(QLatin1String("token_type")).toString();
    response.expiresIn = static_cast<qint64>(object.value(QLatin1String("expires_in")).toDouble());
    response.scope = object.value(QLatin1String("scope")).toString();
    if (!response.tokenType.isEmpty() &&
        response.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 &&
        response.tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) != 0)
        return Error{QObject::tr("The identity provider issued tokens of an unknown type \"%1\".")
                         .arg(response.tokenType)};
    if (grant == GrantKind::AuthorizationCode && response.idToken.isEmpty())
        return Error{QObject::tr("The identity provider %1 returned no ID token; check that client "
                                 "\"%2\" may use the \"openid\" scope.")
                         .arg(config.issuer.toString(), config.clientId)};
    return response;
}

} // namespace custos::auth

// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidc_config.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <QHostAddress>
#include <QObject>

namespace custos::auth {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
    QString literal = host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    return !address.isNull() && address.isLoopback();
}

QStringList OidcConfig::effectiveScopes() const
{
    QStringList result{QStringLiteral("openid")};
    for (const QString& scope : scopes) {
        const QString trimmed = scope.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed)) result << trimmed;
    }
    return result;
}

Result<void> OidcConfig::validate() const
{
    if (!issuer.isValid() || issuer.host().isEmpty() || issuer.isRelative())
        return Error{QObject::tr("The identity provider's issuer URL \"%1\" is not a valid URL; "
                                 "set it in the sign-in settings (for example "
                                 "https://idp.example.org/realms/radiology).")
                         .arg(issuer.toString())};
    const bool https = issuer.scheme() == QLatin1String("https");
    const bool loopbackHttp =
        issuer.scheme() == QLatin1String("http") && isLoopbackHost(issuer.host());
    if (!https && !loopbackHttp)
        return Error{QObject::tr("The identity provider's issuer URL \"%1\" must use https (plain "
                                 "http is accepted only on this computer's loopback address).")
                         .arg(issuer.toString())};
    if (issuer.hasQuery() || issuer.hasFragment())
        return Error{QObject::tr("The issuer URL \"%1\" must not contain a query or fragment.")
                         .arg(issuer.toString())};
    if (clientId.trimmed().isEmpty())
        return Error{QObject::tr("No client ID is configured for sign-in with %1; enter the client "
                                 "ID registered for Custos at the identity provider.")
                         .arg(issuer.toString())};
    const QHostAddress redirect(redirectHost);
    if (redirect.isNull() || !redirect.isLoopback())
        return Error{QObject::tr("The redirect host \"%1\" is not a loopback IP address; use "
                                 "127.0.0.1 (or ::1), as RFC 8252 requires for desktop sign-in.")
                         .arg(redirectHost)};
    if (!redirectPath.startsWith(QLatin1Char('/')))
        return Error{
            QObject::tr("The redirect path \"%1\" must start with \"/\".").arg(redirectPath)};
    if (clockSkew.count() < 0 || clockSkew > std::chrono::minutes(10))
        return Error{QObject::tr("The allowed clock skew of %1 s is out of range (0 to 600 s).")
                         .arg(clockSkew.count())};
    if (signInTimeout.count() <= 0 || networkTimeout.count() <= 0)
        return Error{QObject::tr("The sign-in and network timeouts must be positive.")};
    return Ok{};
}

Result<QList<QSslCertificate>> providerCertificateAuthorities(const OidcConfig& config)
{
    if (config.caFile.isEmpty())
        return QList<QSslCertificate>();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
    if (ca.isEmpty())
        return Error{QObject::tr("The identity provider's certificate authority file %1 (identityProvider.caFile) could not be read or "
                                 "holds no PEM certificate; single sign-on cannot check the provider without it.")
                         .arg(config.caFile)};
    return ca;
}

void trustOnly(QNetworkRequest& request, const QList<QSslCertificate>& authorities)
{
    if (authorities.isEmpty())
        return;
    QSslConfiguration tls = request.sslConfiguration();
    tls.setCaCertificates(authorities);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
}

} // namespace custos::auth

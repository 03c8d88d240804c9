// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/tls_diagnosis_p.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace custos::pacs::detail {

namespace {

// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};

int verifyCallback(int ok, X509_STORE_CTX* store)
{
    if (!ok && observation().verifyError == 0)
        observation().verifyError = X509_STORE_CTX_get_error(store);
    return ok;
}

void infoCallback(const SSL*, int where, int ret)
{
    if (!(where & SSL_CB_ALERT))
        return;
    const QString description = QString::fromLatin1(SSL_alert_desc_string_long(ret));
    if (where & SSL_CB_READ)
        observation().alertReceived = description;
    else if (observation().alertSent.isEmpty())
        observation().alertSent = description;
}

} // namespace

HandshakeObservation& observation()
{
    thread_local HandshakeObservation seen;
    return seen;
}

void resetObservation() { observation() = {}; }

void configureContext(SSL_CTX* ctx, const policy::PacsNode& node)
{
    SSL_CTX_set_min_proto_version(ctx, node.tlsSettings.minVersion == QLatin1String("1.3") ? TLS1_3_VERSION : TLS1_2_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verifyCallback);
    SSL_CTX_set_info_callback(ctx, infoCallback);
    X509_VERIFY_PARAM* param = SSL_CTX_get0_param(ctx);
    if (node.tlsSettings.verifyHostName) {
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        const QByteArray host = node.host.toUtf8();
        if (QHostAddress(node.host).isNull())
            X509_VERIFY_PARAM_set1_host(param, host.constData(), std::size_t(host.size()));
        else
            X509_VERIFY_PARAM_set1_ip_asc(param, host.constData());
    }
}

QString where(const policy::PacsNode& node, bool dicomweb)
{
    if (dicomweb)
        return Text::tr("the PACS \"%1\" (%2)").arg(node.name, QUrl(node.dicomweb).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString());
    return Text::tr("the PACS \"%1\" (%2 at %3:%4)").arg(node.name, node.aeTitle, node.host).arg(node.port);
}

PacsError failure(Failure kind, const policy::PacsNode& node, bool dicomweb, const QString& detail)
{
    const QString at = where(node, dicomweb);
    QString s;
    switch (kind) {
    case Failure::Down:
        s = Text::tr("The PACS is down or unreachable: nothing answers at %1. Check that it runs and that the network lets you through.").arg(at);
        break;
    case Failure::Timeout:
        s = Text::tr("The PACS is too slow: %1 did not answer in time.").arg(at);
        break;
    case Failure::OldTlsOnly:
        s = Text::tr("The TLS handshake was refused: %1 offers only TLS older than %2, which Custos does not speak; the PACS must be updated.")
                .arg(at, QStringLiteral("1.") + node.tlsSettings.minVersion.right(1));
        break;
    case Failure::HandshakeRefused:
        s = Text::tr("The TLS handshake with %1 was refused (no common cipher suite, or the PACS did not accept Custos's client certificate).").arg(at);
        break;
    case Failure::UntrustedCertificate:
        s = Text::tr("The PACS's certificate is not trusted: %1 presented a certificate that is not signed by the CA the site policy names (%2). "
              "Someone may be standing in for the PACS; nothing was sent.")
                .arg(at, node.tlsSettings.caFile);
        break;
    case Failure::WrongHostName:
        s = Text::tr("The PACS's certificate names another host: %1 presented a certificate that is not for \"%2\". "
              "Someone may be standing in for the PACS; nothing was sent.")
                .arg(at, dicomweb ? QUrl(node.dicomweb).host() : node.host);
        break;
    case Failure::ExpiredCertificate:
        s = Text::tr("The PACS's certificate has expired or is not valid yet: %1. Nothing was sent.").arg(at);
        break;
    case Failure::AssociationRejected:
        s = Text::tr("%1 refused the DICOM association (check the AE titles %2 and %3 in the site policy).").arg(at, node.callingAeTitle, node.aeTitle);
        s[0] = s[0].toUpper();
        break;
    case Failure::Refused:
        s = Text::tr("%1 refused the request.").arg(at);
        s[0] = s[0].toUpper();
        break;
    case Failure::Interrupted:
        s = Text::tr("The connection to %1 broke off in the middle; what was received is not kept.").arg(at);
        break;
    case Failure::Cancelled:
        s = Text::tr("Cancelled; what was received from %1 is not kept.").arg(at);
        break;
    case Failure::BadAnswer:
        s = Text::tr("%1 sent an answer Custos cannot read.").arg(at);
        s[0] = s[0].toUpper();
        break;
    case Failure::Configuration:
        s = Text::tr("The TLS settings of %1 in the site policy cannot be used.").arg(at);
        break;
    case Failure::PlainRefused:
        s = policy::plainConnectionRefusal(node, dicomweb);
        break;
    case Failure::CredentialsMissing:
        s = node.auth == policy::PacsAuth::Oidc
                ? Text::tr("%1 signs people in with their single sign-on token; sign in with single sign-on first.").arg(at)
                : Text::tr("%1 needs your PACS user name and password, and none are stored in your keychain. Store them with "
                           "\"custos-cli pacs login --node %2 --user NAME\", or enter them when the viewer asks.")
                      .arg(at, node.name);
        s[0] = s[0].toUpper();
        break;
    case Failure::CredentialsRefused:
        s = node.auth == policy::PacsAuth::Oidc
                ? Text::tr("%1 refused your single sign-on token; sign in again.").arg(at)
                : Text::tr("%1 refused the PACS user name and password from your keychain: they are wrong, or no longer valid. Store the "
                           "right ones with \"custos-cli pacs login --node %2 --user NAME\", or enter them when the viewer asks.")
                      .arg(at, node.name);
        s[0] = s[0].toUpper();
        break;
    case Failure::None:
        break;
    }
    if (!detail.isEmpty())
        s += QLatin1Char(' ') + detail;
    return {kind, s};
}

PacsError diagnoseHandshake(const policy::PacsNode& node, const QString& libraryText)
{
    const HandshakeObservation& seen = observation();
    switch (seen.verifyError) {
    case 0: break;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return failure(Failure::WrongHostName, node, false);
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return failure(Failure::ExpiredCertificate, node, false);
    default:
        return failure(Failure::UntrustedCertificate, node, false,
                       Text::tr("(%1)").arg(QString::fromLatin1(X509_verify_cert_error_string(seen.verifyError))));
    }
    const QString alerts = (seen.alertSent + QLatin1Char(' ') + seen.alertReceived + QLatin1Char(' ') + libraryText).toLower();
    if (alerts.contains(QLatin1String("protocol version")) || alerts.contains(QLatin1String("unsupported protocol")))
        return failure(Failure::OldTlsOnly, node, false);
    if (alerts.contains(QLatin1String("certificate expired")))
        return failure(Failure::HandshakeRefused, node, false, Text::tr("The PACS says Custos's client certificate has expired."));
    if (alerts.contains(QLatin1String("unknown ca")) || alerts.contains(QLatin1String("bad certificate"))
        || alerts.contains(QLatin1String("certificate required")))
        return failure(Failure::HandshakeRefused, node, false, Text::tr("The PACS did not accept Custos's client certificate."));
    return failure(Failure::HandshakeRefused, node, false);
}

} // namespace custos::pacs::detail

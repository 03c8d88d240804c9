// SPDX-License-Identifier: Apache-2.0
// What the forwarder tells a person when forwarding cannot work: a
// configuration that cannot give a verified TLS connection (prepareTls()),
// a certificate the configured CA does not vouch for, and socket errors
// put in terms of what to check.

#include "core/audit/syslog_forwarder_p.h"

#include <QFile>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>

namespace custos::audit {

namespace {

bool looksLikeVersionRefusal(const QString& text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("unsupported protocol")) ||
           t.contains(QLatin1String("protocol version")) ||
           t.contains(QLatin1String("wrong version number")) ||
           t.contains(QLatin1String("version too low")) ||
           t.contains(QLatin1String("no protocols available"));
}

bool looksLikeClientCertificateRefusal(const QString& text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("certificate required")) ||
           t.contains(QLatin1String("bad certificate")) ||
           t.contains(QLatin1String("unknown ca")) ||
           t.contains(QLatin1String("certificate unknown"));
}

} // namespace

std::optional<QString> SyslogForwarder::Impl::prepareTls()
{
    if (!QSslSocket::supportsSsl())
        return QObject::tr("Audit records cannot be forwarded: TLS is not available on this "
                           "computer (the OpenSSL library could not be loaded).");
    if (config.host.isEmpty())
        return QObject::tr("Audit records cannot be forwarded: no audit repository host is "
                           "configured.");
    if (config.caFile.isEmpty())
        return QObject::tr("Audit records cannot be forwarded: no CA certificate file is "
                           "configured to verify the audit repository at %1.")
            .arg(where());

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
    if (ca.isEmpty())
        return QObject::tr("Audit records cannot be forwarded: the CA file %1 is missing, "
                           "unreadable or holds no PEM certificate.")
            .arg(config.caFile);

    ssl = QSslConfiguration::defaultConfiguration();
    // Only the configured CA: the audit repository is ours, never "any
    // public CA". setCaCertificates() also turns off on-demand loading of
    // the system's roots.
    ssl.setCaCertificates(ca);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    const bool hasCert = !config.clientCertFile.isEmpty();
    const bool hasKey = !config.clientKeyFile.isEmpty();
    if (hasCert != hasKey)
        return QObject::tr("Audit records cannot be forwarded: a client certificate needs "
                           "both a certificate file and a key file (certificate: \"%1\", "
                           "key: \"%2\").")
            .arg(config.clientCertFile, config.clientKeyFile);
    if (hasCert) {
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(config.clientCertFile, QSsl::Pem);
        if (chain.isEmpty())
            return QObject::tr("Audit records cannot be forwarded: the client certificate "
                               "file %1 is missing, unreadable or holds no PEM certificate.")
                .arg(config.clientCertFile);
        QFile keyFile(config.clientKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return QObject::tr("Audit records cannot be forwarded: the client key file %1 "
                               "cannot be read: %2.")
                .arg(config.clientKeyFile, keyFile.errorString());
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull()) break;
        }
        if (key.isNull())
            return QObject::tr("Audit records cannot be forwarded: the client key file %1 "
                               "holds no unencrypted RSA or EC private key in PEM form.")
                .arg(config.clientKeyFile);
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
    }
    return std::nullopt;
}

void SyslogForwarder::Impl::onSslErrors(const QList<QSslError>& errors)
{
    QStringList details;
    bool nameMismatch = false;
    for (const QSslError& error : errors) {
        details << error.errorString();
        if (error.error() == QSslError::HostNameMismatch) nameMismatch = true;
    }
    const QString detail = details.join(QStringLiteral("; "));
    if (nameMismatch && errors.size() == 1)
        attemptError = QObject::tr("The audit repository at %1 presented a certificate that "
                                   "is not valid for the host name \"%2\" (%3). Nothing was "
                                   "sent.")
                           .arg(where(), config.host, detail);
    else
        attemptError = QObject::tr("The audit repository at %1 presented a certificate that "
                                   "is not trusted: %2. Its certificate must be issued by the "
                                   "CA in %3. Nothing was sent.")
                           .arg(where(), detail, config.caFile);
    // The errors are not ignored: Qt aborts the handshake and reports it.
}

QString SyslogForwarder::Impl::describe(QAbstractSocket::SocketError error,
                                        const QString& detail) const
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QObject::tr("The audit repository at %1 refused the connection; is the "
                           "collector running? Audit records stay in the local log and are "
                           "sent when it is reachable.")
            .arg(where());
    case QAbstractSocket::HostNotFoundError:
        return QObject::tr("The audit repository's host name \"%1\" could not be found (%2).")
            .arg(config.host, detail);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return describeHandshakeFailure(detail);
    default:
        return describeClosedConnection(detail);
    }
}

QString SyslogForwarder::Impl::describeHandshakeFailure(const QString& detail) const
{
    if (looksLikeVersionRefusal(detail))
        return QObject::tr("The audit repository at %1 does not offer TLS 1.2 or newer, and "
                           "Custos refuses older TLS versions (%2). Nothing was sent.")
            .arg(where(), detail);
    if (looksLikeClientCertificateRefusal(detail)) {
        if (config.clientCertFile.isEmpty())
            return QObject::tr("The audit repository at %1 requires a client certificate, "
                               "and none is configured (%2).")
                .arg(where(), detail);
        return QObject::tr("The audit repository at %1 refused the client certificate in %2 "
                           "(%3).")
            .arg(where(), config.clientCertFile, detail);
    }
    return QObject::tr("The TLS handshake with the audit repository at %1 failed: %2.")
        .arg(where(), detail);
}

QString SyslogForwarder::Impl::describeClosedConnection(const QString& detail) const
{
    if (!handshakeDone)
        return QObject::tr("The audit repository at %1 closed the connection during the TLS "
                           "handshake (%2).")
            .arg(where(), detail);
    // A collector that checks client certificates after the handshake (as
    // rsyslog does, and as TLS 1.3 allows) closes right away.
    if (!confirmedOnThisConnection && encryptedSince.elapsed() < settleMs()) {
        if (config.clientCertFile.isEmpty())
            return QObject::tr("The audit repository at %1 closed the connection right after "
                               "the TLS handshake; it probably requires a client "
                               "certificate, and none is configured (%2).")
                .arg(where(), detail);
        return QObject::tr("The audit repository at %1 closed the connection right after the "
                           "TLS handshake; it may not accept the client certificate in %2 "
                           "(%3).")
            .arg(where(), config.clientCertFile, detail);
    }
    return QObject::tr("The connection to the audit repository at %1 was lost (%2); records "
                       "it may not have received will be sent again.")
        .arg(where(), detail);
}

} // namespace custos::audit

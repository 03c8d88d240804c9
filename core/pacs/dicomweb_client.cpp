// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/dicomweb_client.h"

#include "core/pacs/multipart_parser.h"
#include "core/pacs/tls_diagnosis_p.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace custos::pacs {

namespace {

// What a streamed retrieve may hold in Qt's buffer before the PACS is made to wait.
constexpr qint64 kStreamReadBufferBytes = 16 << 20;


// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};

// DICOM JSON (PS3.18 F.2): the first value of a tag as text.
QString jsonValue(const QJsonObject& dataset, const char* tag)
{
    const QJsonArray values = dataset.value(QLatin1String(tag)).toObject().value(QStringLiteral("Value")).toArray();
    if (values.isEmpty())
        return {};
    const QJsonValue v = values.first();
    if (v.isObject())
        return v.toObject().value(QStringLiteral("Alphabetic")).toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString();
}

QStringList jsonValues(const QJsonObject& dataset, const char* tag)
{
    QStringList out;
    for (const QJsonValue& v : dataset.value(QLatin1String(tag)).toObject().value(QStringLiteral("Value")).toArray())
        out << v.toString();
    return out;
}

int jsonInt(const QJsonObject& dataset, const char* tag)
{
    bool ok = false;
    const int v = jsonValue(dataset, tag).toInt(&ok);
    return ok ? v : -1;
}

} // namespace

struct DicomwebClient::Exchange
{
    QList<QSslError> sslErrors;
    std::optional<MultipartParser> parser;
    QByteArray body;       // non-streaming answers
    bool timedOut = false;
    bool cancelled = false;
    bool streaming = false;
    QString parseProblem;
    QEventLoop* loop = nullptr;
};

DicomwebClient::DicomwebClient(policy::PacsNode node, int timeoutSeconds)
    : m_node(std::move(node)), m_timeout(timeoutSeconds), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // no redirect off the policy's address
}

DicomwebClient::~DicomwebClient()
{
    wipeCredentials();
}

void DicomwebClient::wipeCredentials()
{
    std::fill(m_basic.begin(), m_basic.end(), '\0');
    std::fill(m_bearer.begin(), m_bearer.end(), '\0');
    m_basic.clear();
    m_bearer.clear();
}

void DicomwebClient::setBasicCredentials(const BasicCredentials& credentials)
{
    wipeCredentials();
    if (credentials.isEmpty())
        return;
    QByteArray plain = (credentials.user + QLatin1Char(':') + credentials.password).toUtf8();
    m_basic = "Basic " + plain.toBase64();
    std::fill(plain.begin(), plain.end(), '\0');
}

template <class T>
Result<T> DicomwebClient::fail(PacsError e)
{
    m_error = std::move(e);
    return Error{m_error.message};
}

bool DicomwebClient::prepare(QNetworkRequest& request, const QString& path)
{
    m_error = {};
    if (!m_node.hasDicomweb()) {
        m_error = {Failure::Configuration, Text::tr("The PACS node \"%1\" has no DICOMweb address in the site policy.").arg(m_node.name)};
        return false;
    }
    if (const QString refusal = policy::plainConnectionRefusal(m_node, true); !refusal.isEmpty()) {
        m_error = {Failure::PlainRefused, refusal};
        return false;
    }
    QString base = m_node.dicomweb;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + path);
    request.setUrl(url);
    request.setTransferTimeout(m_timeout * 1000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_node.tlsSettings.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            m_error = detail::failure(Failure::Configuration, m_node, true, Text::tr("The CA file %1 holds no PEM certificate.").arg(m_node.tlsSettings.caFile));
            return false;
        }
        ssl.setCaCertificates(cas); // only the policy's CA, not the system's
        ssl.setProtocol(m_node.tlsSettings.minVersion == QLatin1String("1.3") ? QSsl::TlsV1_3OrLater : QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_node.tlsSettings.certFile.isEmpty()) {
            QFile cert(m_node.tlsSettings.certFile);
            QFile key(m_node.tlsSettings.keyFile);
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
                m_error = detail::failure(Failure::Configuration, m_node, true,
                                          Text::tr("The client certificate %1 or its key %2 cannot be read.").arg(cert.fileName(), key.fileName()));
                return false;
            }
            ssl.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
            const QByteArray keyPem = key.readAll();
            QSslKey k(keyPem, QSsl::Rsa, QSsl::Pem);
            if (k.isNull())
                k = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
            ssl.setPrivateKey(k);
        }
        request.setSslConfiguration(ssl);
    }
    if (m_node.auth == policy::PacsAuth::Oidc) {
        if (m_bearer.isEmpty()) {
            m_error = detail::failure(Failure::CredentialsMissing, m_node, true);
            return false;
        }
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    } else if (m_node.auth == policy::PacsAuth::Basic) {
        if (m_basic.isEmpty()) {
            m_error = detail::failure(Failure::CredentialsMissing, m_node, true);
            return false;
        }
        request.setRawHeader("Authorization", m_basic);
    }
    return true;
}

bool DicomwebClient::run(QNetworkReply* reply, Exchange& exchange, const RetrieveOptions* options)
{
    QEventLoop loop;
    exchange.loop = &loop;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, &exchange](const QList<QSslError>& errors) {
        exchange.sslErrors = errors;
        if (!m_node.tlsSettings.verifyHostName) {
            // The policy switched the host-name check off: only that error is forgiven.
            QList<QSslError> ignorable;
            for (const QSslError& e : errors)
                if (e.error() == QSslError::HostNameMismatch)
                    ignorable << e;
            if (ignorable.size() == errors.size())
                reply->ignoreSslErrors(ignorable);
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &exchange] {
        if (exchange.streaming && exchange.parser) {
            if (!exchange.parser->feed(reply->readAll()))
                reply->abort();
            else if (exchange.parser->complete() && exchange.loop)
                exchange.loop->quit(); // the closing delimiter is the end, whenever the server closes
        } else {
            exchange.body.append(reply->readAll());
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (options && options->cancel) {
        QObject::connect(&poll, &QTimer::timeout, reply, [reply, options, &exchange] {
            if (options->cancel->load()) {
                exchange.cancelled = true;
                reply->abort();
            }
        });
        poll.start(50);
    }
    if (!reply->isFinished())
        loop.exec();
    exchange.loop = nullptr;
    if (exchange.streaming && exchange.parser && reply->bytesAvailable() > 0)
        exchange.parser->feed(reply->readAll());
    else if (reply->bytesAvailable() > 0)
        exchange.body.append(reply->readAll());
    // The lambdas above hold references to this call's state: nothing may reach them once it returns.
    QObject::disconnect(reply, nullptr, nullptr, nullptr);
    return reply->error() == QNetworkReply::NoError;
}

PacsError DicomwebClient::classify(QNetworkReply* reply, const Exchange& exchange)
{
    if (exchange.cancelled)
        return detail::failure(Failure::Cancelled, m_node, true);
    for (const QSslError& e : exchange.sslErrors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            if (m_node.tlsSettings.verifyHostName)
                return detail::failure(Failure::WrongHostName, m_node, true);
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return detail::failure(Failure::ExpiredCertificate, m_node, true);
        default:
            return detail::failure(Failure::UntrustedCertificate, m_node, true, QStringLiteral("(%1)").arg(e.errorString()));
        }
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        if (status == 0)
            return detail::failure(Failure::Down, m_node, true);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
        return detail::failure(status == 0 ? Failure::Timeout : Failure::Interrupted, m_node, true);
    case QNetworkReply::SslHandshakeFailedError: {
        const QString why = reply->errorString().toLower();
        if (why.contains(QLatin1String("protocol version")) || why.contains(QLatin1String("unsupported protocol")))
            return detail::failure(Failure::OldTlsOnly, m_node, true);
        return detail::failure(Failure::HandshakeRefused, m_node, true);
    }
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return detail::failure(status == 0 ? Failure::Down : Failure::Interrupted, m_node, true);
    default:
        break;
    }
    // 401/403 from a node that signs people in: their credentials were refused (said without them).
    if ((status == 401 || status == 403) && m_node.auth != policy::PacsAuth::None)
        return detail::failure(Failure::CredentialsRefused, m_node, true, Text::tr("(HTTP %1)").arg(status));
    if (status >= 400)
        return detail::failure(Failure::Refused, m_node, true, Text::tr("HTTP status %1.").arg(status));
    if (status == 0)
        return detail::failure(Failure::Down, m_node, true);
    return detail::failure(Failure::Interrupted, m_node, true);
}

Result<QByteArray> DicomwebClient::get(const QString& path, const QByteArray& accept)
{
    QNetworkRequest request;
    if (!prepare(request, path))
        return Error{m_error.message};
    request.setRawHeader("Accept", accept);
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    Exchange exchange;
    if (!run(reply.get(), exchange, nullptr))
        return fail<QByteArray>(classify(reply.get(), exchange));
    return exchange.body;
}

namespace {

QString query(const QueryKeys& keys)
{
    QUrlQuery q;
    auto add = [&q](const char* name, const QString& value) {
        if (!value.isEmpty())
            q.addQueryItem(QLatin1String(name), QString::fromLatin1(QUrl::toPercentEncoding(value, "*?^ -.,_")));
    };
    add("PatientID", keys.patientId);
    add("PatientName", keys.patientName);
    add("StudyDate", keys.studyDate);
    add("ModalitiesInStudy", keys.modality);
    add("AccessionNumber", keys.accessionNumber);
    add("StudyInstanceUID", keys.studyInstanceUid);
    if (!keys.patientName.isEmpty())
        q.addQueryItem(QStringLiteral("fuzzymatching"), QStringLiteral("false"));
    for (const char* field : {"00100030", "00081030", "00201206", "00201208", "00080030"})
        q.addQueryItem(QStringLiteral("includefield"), QLatin1String(field));
    return q.toString(QUrl::FullyEncoded);
}

} // namespace

Result<std::vector<StudyMatch>> DicomwebClient::searchStudies(const QueryKeys& keys)
{
    if (const QString bad = checkQueryKeys(keys); !bad.isEmpty())
        return fail<std::vector<StudyMatch>>({Failure::Configuration, bad});
    auto body = get(QStringLiteral("/studies?") + query(keys), "application/dicom+json");
    if (!body)
        return body.error();
    std::vector<StudyMatch> out;
    const QJsonDocument doc = QJsonDocument::fromJson(body.value());
    if (!body.value().trimmed().isEmpty() && !doc.isArray())
        return fail<std::vector<StudyMatch>>(detail::failure(Failure::BadAnswer, m_node, true));
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject d = v.toObject();
        StudyMatch m;
        m.studyInstanceUid = jsonValue(d, "0020000D");
        m.patientName = jsonValue(d, "00100010");
        m.patientId = jsonValue(d, "00100020");
        m.patientBirthDate = jsonValue(d, "00100030");
        m.studyDate = jsonValue(d, "00080020");
        m.studyTime = jsonValue(d, "00080030");
        m.studyDescription = jsonValue(d, "00081030");
        m.accessionNumber = jsonValue(d, "00080050");
        m.modalities = jsonValues(d, "00080061");
        m.numberOfSeries = jsonInt(d, "00201206");
        m.numberOfInstances = jsonInt(d, "00201208");
        out.push_back(std::move(m));
    }
    return out;
}

Result<std::vector<SeriesMatch>> DicomwebClient::searchSeries(const QString& studyInstanceUid)
{
    QueryKeys check;
    check.studyInstanceUid = studyInstanceUid;
    if (const QString bad = checkQueryKeys(check); !bad.isEmpty() || studyInstanceUid.isEmpty())
        return fail<std::vector<SeriesMatch>>({Failure::Configuration, bad.isEmpty() ? Text::tr("A series search needs a study instance UID.") : bad});
    auto body = get(QStringLiteral("/studies/%1/series?includefield=00201209").arg(studyInstanceUid), "application/dicom+json");
    if (!body)
        return body.error();
    std::vector<SeriesMatch> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(body.value()).array()) {
        const QJsonObject d = v.toObject();
        SeriesMatch m;
        m.studyInstanceUid = studyInstanceUid;
        m.seriesInstanceUid = jsonValue(d, "0020000E");
        m.modality = jsonValue(d, "00080060");
        m.seriesDescription = jsonValue(d, "0008103E");
        m.seriesNumber = std::max(0, jsonInt(d, "00200011"));
        m.numberOfInstances = jsonInt(d, "00201209");
        out.push_back(std::move(m));
    }
    return out;
}

Result<int> DicomwebClient::retrieveSeries(const QString& studyInstanceUid, const QString& seriesInstanceUid, const InstanceSink& sink,
                                           const RetrieveOptions& options)
{
    QueryKeys check;
    check.studyInstanceUid = studyInstanceUid;
    QueryKeys check2;
    check2.studyInstanceUid = seriesInstanceUid;
    if (!checkQueryKeys(check).isEmpty() || !checkQueryKeys(check2).isEmpty() || studyInstanceUid.isEmpty() || seriesInstanceUid.isEmpty())
        return fail<int>({Failure::Configuration, Text::tr("A series retrieve needs a study and a series instance UID (digits and dots).")});
    QNetworkRequest request;
    if (!prepare(request, QStringLiteral("/studies/%1/series/%2").arg(studyInstanceUid, seriesInstanceUid)))
        return Error{m_error.message};
    // Whatever transfer syntax the PACS stores: Custos decodes what DCMTK and OpenJPEG decode.
    request.setRawHeader("Accept", "multipart/related; type=\"application/dicom\"; transfer-syntax=*");
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    // Qt reads the answer on its own network thread and, unbounded, keeps
    // all of it that the sink has not yet taken: a series in memory twice
    // whenever the cache is slower than loopback. Bounded, the PACS waits.
    reply->setReadBufferSize(kStreamReadBufferBytes);
    Exchange exchange;
    exchange.streaming = true;
    int received = 0;
    QString problem;
    bool stopped = false;
    // The parser is made on the first bytes (it needs the boundary); its sink is set here.
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, reply.get(), [&, r = reply.get()] {
        const QByteArray boundary = MultipartParser::boundaryOf(r->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        if (exchange.parser || r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return;
        exchange.parser.emplace(boundary, [&](const QMap<QByteArray, QByteArray>&, QByteArray&& body) {
            auto info = inspectPart10(body);
            if (!info) {
                problem = info.errorMessage();
                return false;
            }
            RetrievedInstance instance{info.value().sopInstanceUid, info.value().seriesInstanceUid, info.value().transferSyntax, std::move(body)};
            ++received;
            if (options.progress)
                options.progress(received, -1);
            if (options.cancel && options.cancel->load()) {
                stopped = true;
                return false;
            }
            if (!sink(std::move(instance))) {
                stopped = true;
                return false;
            }
            return true;
        });
    });
    const bool ok = run(reply.get(), exchange, &options);
    if (stopped || exchange.cancelled)
        return fail<int>(detail::failure(Failure::Cancelled, m_node, true));
    if (!problem.isEmpty())
        return fail<int>(detail::failure(Failure::BadAnswer, m_node, true, problem));
    if (exchange.parser && exchange.parser->failed())
        return fail<int>(detail::failure(Failure::BadAnswer, m_node, true, exchange.parser->problem()));
    if (exchange.parser && exchange.parser->complete())
        return received; // whatever the connection does after the closing delimiter
    if (!ok)
        return fail<int>(classify(reply.get(), exchange));
    if (!exchange.parser)
        return fail<int>(detail::failure(Failure::BadAnswer, m_node, true, Text::tr("The answer is not multipart/related.")));
    if (!exchange.parser->complete())
        return fail<int>(detail::failure(Failure::Interrupted, m_node, true));
    return received;
}

Result<int> DicomwebClient::retrieveStudy(const QString& studyInstanceUid, const InstanceSink& sink, const RetrieveOptions& options)
{
    auto series = searchSeries(studyInstanceUid);
    if (!series)
        return series.error();
    int total = 0;
    for (const SeriesMatch& s : series.value()) {
        auto got = retrieveSeries(studyInstanceUid, s.seriesInstanceUid, sink, options);
        if (!got)
            return got.error();
        total += got.value();
    }
    return total;
}

Result<StoreReport> DicomwebClient::store(const std::vector<StoreItem>& items)
{
    QNetworkRequest request;
    if (!prepare(request, QStringLiteral("/studies")))
        return Error{m_error.message};
    const QByteArray boundary = "custos-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray body;
    for (const StoreItem& item : items) {
        if (item.part10.contains("--" + boundary))
            return fail<StoreReport>({Failure::Configuration, Text::tr("%1 cannot be framed for sending; try again.").arg(item.label)});
        body += "--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n";
        body += item.part10;
        body += "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/related; type=\"application/dicom\"; boundary=") + boundary);
    request.setRawHeader("Accept", "application/dicom+json");
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
    Exchange exchange;
    const bool ok = run(reply.get(), exchange, nullptr);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!ok && status != 202 && status != 409)
        return fail<StoreReport>(classify(reply.get(), exchange));
    // PS3.18 10.5.3: 200 all stored; 202 some; 409 none. The answer lists the failed SOP instances.
    const QJsonObject answer = QJsonDocument::fromJson(exchange.body).object();
    StoreReport report;
    const QJsonArray failed = answer.value(QStringLiteral("00081198")).toObject().value(QStringLiteral("Value")).toArray();
    const QJsonArray stored = answer.value(QStringLiteral("00081199")).toObject().value(QStringLiteral("Value")).toArray();
    report.stored = status == 200 && stored.isEmpty() ? int(items.size()) : int(stored.size());
    for (const QJsonValue& f : failed)
        report.failures << Text::tr("The PACS refused instance %1 (reason %2).")
                               .arg(jsonValue(f.toObject(), "00081155"), jsonValue(f.toObject(), "00081197"));
    if (status != 200 && report.failures.isEmpty())
        report.failures << Text::tr("The PACS answered HTTP %1 without saying which instances it refused.").arg(status);
    return report;
}

} // namespace custos::pacs

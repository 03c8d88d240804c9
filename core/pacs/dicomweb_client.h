// SPDX-License-Identifier: Apache-2.0
#pragma once
// DICOMweb with a PACS of the site policy, through Qt Network: QIDO-RS
// study and series search, WADO-RS retrieval of whole series (the
// multipart/related answer is parsed as it streams in, each instance handed
// on as soon as it is complete), STOW-RS to send. https with the policy's CA
// and minimum TLS version, the host name checked unless the policy says
// not to. Synchronous: runs a local event loop; the viewer calls it from a
// worker thread.

#include "core/common/result.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/pacs_types.h"
#include "core/policy/pacs_node.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace custos::pacs {

class DicomwebClient
{
public:
    explicit DicomwebClient(policy::PacsNode node, int timeoutSeconds = 30);
    ~DicomwebClient();

    // auth "oidc": the signed-in person's access token; "basic": from the
    // person's keychain (pacs::CredentialStore). Held in memory only, and
    // overwritten when the client goes.
    void setBearerToken(const QByteArray& token) { m_bearer = token; }
    void setBasicCredentials(const BasicCredentials& credentials);

    Result<std::vector<StudyMatch>> searchStudies(const QueryKeys& keys);
    Result<std::vector<SeriesMatch>> searchSeries(const QString& studyInstanceUid);
    Result<int> retrieveSeries(const QString& studyInstanceUid, const QString& seriesInstanceUid, const InstanceSink& sink,
                               const RetrieveOptions& options = {});
    // Every series of the study, one after the other.
    Result<int> retrieveStudy(const QString& studyInstanceUid, const InstanceSink& sink, const RetrieveOptions& options = {});
    Result<StoreReport> store(const std::vector<StoreItem>& items);

    const PacsError& lastError() const { return m_error; }

private:
    struct Exchange;
    void wipeCredentials();
    Result<QByteArray> get(const QString& path, const QByteArray& accept);
    bool prepare(QNetworkRequest& request, const QString& path);
    PacsError classify(QNetworkReply* reply, const Exchange& exchange);
    bool run(QNetworkReply* reply, Exchange& exchange, const RetrieveOptions* options);
    template <class T>
    Result<T> fail(PacsError e);

    policy::PacsNode m_node;
    int m_timeout;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_bearer;
    QByteArray m_basic;
    PacsError m_error;
};

} // namespace custos::pacs

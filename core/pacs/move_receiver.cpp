// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/move_receiver.h"

#include "core/dicom/dcmtk_util.h"
#include "core/pacs/dimse_common_p.h"
#include "core/pacs/tls_diagnosis_p.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/dul.h>
#include <dcmtk/dcmtls/tlslayer.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>

#include <mutex>

namespace custos::pacs {

namespace {

// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};

QString trimmed(const char* s)
{
    return QString::fromLatin1(s).trimmed();
}

} // namespace

struct MoveReceiver::Impl
{
    policy::PacsNode node;
    QString study;
    InstanceSink sink;
    RetrieveOptions options;
    int timeout = 30;
    QStringList addresses; // the node's host, resolved once
    std::unique_ptr<DcmTLSTransportLayer>
        tls; // outlives the network (declared first, destroyed last)
    T_ASC_Network* network = nullptr;
    mutable std::mutex mutex;
    MoveReport report;

    bool cancelled() const { return options.cancel && options.cancel->load(); }
    void count(int MoveReport::*field)
    {
        std::lock_guard lock(mutex);
        ++(report.*field);
    }
};

MoveReceiver::MoveReceiver(policy::PacsNode node, QString studyInstanceUid, InstanceSink sink,
                           RetrieveOptions options, int timeoutSeconds)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->node = std::move(node);
    m_impl->study = std::move(studyInstanceUid);
    m_impl->sink = std::move(sink);
    m_impl->options = std::move(options);
    m_impl->timeout = timeoutSeconds;
}

MoveReceiver::~MoveReceiver()
{
    finish();
}

Result<void> MoveReceiver::start()
{
    detail::quietDimse();
    Impl& d = *m_impl;
    const policy::PacsNode& node = d.node;
    const policy::PacsMoveDestination& dest = node.moveDestination;
    if (dest.aeTitle.isEmpty() || dest.port <= 0 || dest.port > 65535)
        return Error{Text::tr("The PACS node \"%1\" retrieves by C-MOVE, but the site policy gives "
                              "no moveDestination (aeTitle and port) for "
                              "Custos's receiving SCP.")
                         .arg(node.name)};
    if (const QString refusal = policy::plainConnectionRefusal(node, false); !refusal.isEmpty())
        return Error{refusal};
    // The PACS connects from its own address: only that one is let in.
    const QHostAddress literal(node.host);
    if (!literal.isNull()) {
        d.addresses << literal.toString();
    } else {
        for (const QHostAddress& a : QHostInfo::fromName(node.host).addresses())
            d.addresses << a.toString();
        if (d.addresses.isEmpty())
            return Error{Text::tr("The address of the PACS \"%1\" (%2) cannot be resolved, so "
                                  "Custos cannot tell its C-MOVE association from "
                                  "anyone else's.")
                             .arg(node.name, node.host)};
    }
    dcmDisableGethostbyaddr.set(
        OFTrue); // the peer's address as it is, not a name it may have chosen
    if (OFCondition c = ASC_initializeNetwork(NET_ACCEPTOR, dest.port, d.timeout, &d.network);
        c.bad()) {
        d.network = nullptr;
        return Error{Text::tr("Custos cannot listen on port %1 for the C-MOVE from \"%2\" (%3). Is "
                              "another program using it?")
                         .arg(dest.port)
                         .arg(node.name, QString::fromLatin1(c.text()))};
    }
    if (node.tls) {
        const policy::PacsTls& s = node.tlsSettings;
        auto bad = [&](const QString& what) {
            ASC_dropNetwork(&d.network);
            d.network = nullptr;
            return Error{Text::tr("Custos's receiving SCP for \"%1\" cannot use TLS: %2")
                             .arg(node.name, what)};
        };
        if (!QFileInfo(s.caFile).isReadable() || s.certFile.isEmpty())
            return bad(Text::tr("the node needs a readable caFile, and certFile and keyFile for "
                                "the certificate the SCP presents."));
        d.tls = std::make_unique<DcmTLSTransportLayer>(NET_ACCEPTOR, nullptr, OFFalse);
        DcmTLSTransportLayer& tls = *d.tls;
        if (tls.setTLSProfile(TSP_Profile_BCP195_ND).bad() || tls.activateCipherSuites().bad())
            return bad(Text::tr("the TLS library refused DICOM's BCP 195 profile."));
        if (tls.addTrustedCertificateFile(s.caFile.toLocal8Bit().constData(), DCF_Filetype_PEM)
                .bad())
            return bad(Text::tr("the CA file %1 holds no PEM certificate.").arg(s.caFile));
        if (tls.setPrivateKeyFile(s.keyFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad() ||
            tls.setCertificateFile(s.certFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad() ||
            !tls.checkPrivateKeyMatchesCertificate())
            return bad(Text::tr("the certificate %1 or its key %2 cannot be read, or they do not "
                                "belong together.")
                           .arg(s.certFile, s.keyFile));
        // The PACS must show a certificate of the node's CA (DICOM TLS is mutual).
        tls.setCertificateVerification(DCV_requireCertificate);
        SSL_CTX_set_min_proto_version(tls.getNativeHandle(), s.minVersion == QLatin1String("1.3")
                                                                 ? TLS1_3_VERSION
                                                                 : TLS1_2_VERSION);
        if (ASC_setTransportLayer(d.network, &tls, 0).bad())
            return bad(Text::tr("DICOM's TLS layer could not be set up."));
    }
    m_thread = std::thread([this] { serve(); });
    return {};
}

void MoveReceiver::finish()
{
    m_finish = true;
    if (m_thread.joinable()) m_thread.join();
    if (m_impl->network) {
        ASC_dropNetwork(&m_impl->network); // closes the listening port
        m_impl->network = nullptr;
    }
}

MoveReport MoveReceiver::report() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->report;
}

namespace {

// One association from the PACS, already acknowledged: C-STOREs until it is released.
void serveAssociation(T_ASC_Association* assoc, const std::atomic_bool& finish,
                      const std::atomic_int& expected, MoveReceiver::Impl& d);

} // namespace

void MoveReceiver::serve()
{
    Impl& d = *m_impl;
    const QString ownAe = d.node.moveDestination.aeTitle.trimmed();
    const std::vector<const char*> images = detail::imageStorageClasses();
    const std::vector<const char*> others = detail::otherStorageClasses();
    const std::vector<const char*> imageSyntaxes = detail::receivedImageSyntaxes();
    const std::vector<const char*> plainSyntaxes = detail::receivedPlainSyntaxes();
    while (!m_finish && !d.cancelled()) {
        T_ASC_Association* assoc = nullptr;
        // A second at a time, so that finish() and cancel are heard.
        OFCondition cond =
            ASC_receiveAssociation(d.network, &assoc, ASC_DEFAULTMAXPDU, nullptr, nullptr,
                                   d.tls ? OFTrue : OFFalse, DUL_NOBLOCK, 1);
        if (cond == DUL_NOASSOCIATIONREQUEST) {
            if (assoc) ASC_destroyAssociation(&assoc);
            continue;
        }
        if (cond.bad()) {
            // Most often a TLS handshake that failed: no certificate of the node's CA.
            d.count(&MoveReport::refusedAssociations);
            if (assoc) {
                ASC_dropSCPAssociation(assoc);
                ASC_destroyAssociation(&assoc);
            }
            continue;
        }
        const QString calling = trimmed(assoc->params->DULparams.callingAPTitle);
        const QString called = trimmed(assoc->params->DULparams.calledAPTitle);
        QString peer = QString::fromLatin1(assoc->params->DULparams.callingPresentationAddress);
        if (const int colon = peer.lastIndexOf(QLatin1Char(':'));
            colon > 0 && peer.count(QLatin1Char(':')) == 1)
            peer.truncate(colon);
        T_ASC_RejectParameters reject{ASC_RESULT_REJECTEDPERMANENT, ASC_SOURCE_SERVICEUSER,
                                      ASC_REASON_SU_NOREASON};
        bool refuse = false;
        if (calling != d.node.aeTitle.trimmed()) {
            reject.reason = ASC_REASON_SU_CALLINGAETITLENOTRECOGNIZED;
            refuse = true;
        } else if (called != ownAe) {
            reject.reason = ASC_REASON_SU_CALLEDAETITLENOTRECOGNIZED;
            refuse = true;
        } else if (!d.addresses.contains(QHostAddress(peer).toString())) {
            refuse = true;
        }
        if (!refuse) {
            ASC_acceptContextsWithPreferredTransferSyntaxes(
                assoc->params, const_cast<const char**>(images.data()), int(images.size()),
                const_cast<const char**>(imageSyntaxes.data()), int(imageSyntaxes.size()));
            ASC_acceptContextsWithPreferredTransferSyntaxes(
                assoc->params, const_cast<const char**>(others.data()), int(others.size()),
                const_cast<const char**>(plainSyntaxes.data()), int(plainSyntaxes.size()));
            const char* verification[] = {UID_VerificationSOPClass};
            ASC_acceptContextsWithPreferredTransferSyntaxes(
                assoc->params, verification, 1, const_cast<const char**>(plainSyntaxes.data()),
                int(plainSyntaxes.size()));
            if (ASC_countAcceptedPresentationContexts(assoc->params) == 0) {
                reject.source = ASC_SOURCE_SERVICEPROVIDER_ACSE_RELATED;
                reject.reason = ASC_REASON_SP_ACSE_NOREASON;
                refuse = true;
            }
        }
        if (refuse) {
            d.count(&MoveReport::refusedAssociations);
            ASC_rejectAssociation(assoc, &reject);
        } else if (ASC_acknowledgeAssociation(assoc).good()) {
            serveAssociation(assoc, m_finish, m_expected, d);
        }
        ASC_dropSCPAssociation(assoc);
        ASC_destroyAssociation(&assoc);
    }
}

namespace {

void respond(T_ASC_Association* assoc, T_ASC_PresentationContextID presId,
             T_DIMSE_C_StoreRQ& request, Uint16 status)
{
    T_DIMSE_C_StoreRSP response{};
    response.MessageIDBeingRespondedTo = request.MessageID;
    response.DimseStatus = status;
    response.DataSetType = DIMSE_DATASET_NULL;
    OFStandard::strlcpy(response.AffectedSOPClassUID, request.AffectedSOPClassUID,
                        sizeof(response.AffectedSOPClassUID));
    OFStandard::strlcpy(response.AffectedSOPInstanceUID, request.AffectedSOPInstanceUID,
                        sizeof(response.AffectedSOPInstanceUID));
    response.opts = O_STORE_AFFECTEDSOPCLASSUID | O_STORE_AFFECTEDSOPINSTANCEUID;
    DIMSE_sendStoreResponse(assoc, presId, &request, &response, nullptr);
}

void serveAssociation(T_ASC_Association* assoc, const std::atomic_bool& finish,
                      const std::atomic_int& expected, MoveReceiver::Impl& d)
{
    int idle = 0;
    for (;;) {
        T_ASC_PresentationContextID presId = 0;
        T_DIMSE_Message message{};
        OFCondition cond =
            DIMSE_receiveCommand(assoc, DIMSE_NONBLOCKING, 1, &presId, &message, nullptr);
        if (cond == DIMSE_NODATAAVAILABLE) {
            // Finished (the C-MOVE is over) or cancelled while the PACS keeps its association open:
            // let it go.
            if (finish || d.cancelled() || ++idle >= d.timeout) {
                if (!finish && !d.cancelled()) {
                    std::lock_guard lock(d.mutex);
                    d.report.interrupted = true;
                }
                if (d.cancelled()) {
                    std::lock_guard lock(d.mutex);
                    d.report.stopped = true;
                }
                ASC_abortAssociation(assoc);
                return;
            }
            continue;
        }
        idle = 0;
        if (cond == DUL_PEERREQUESTEDRELEASE) {
            ASC_acknowledgeRelease(assoc);
            return;
        }
        if (cond.bad()) {
            // Aborted or broken in the middle (a PACS that died): nothing more comes.
            std::lock_guard lock(d.mutex);
            d.report.interrupted = true;
            if (cond != DUL_PEERABORTEDASSOCIATION) ASC_abortAssociation(assoc);
            return;
        }
        if (message.CommandField == DIMSE_C_ECHO_RQ) {
            DIMSE_sendEchoResponse(assoc, presId, &message.msg.CEchoRQ, STATUS_Success, nullptr);
            continue;
        }
        if (message.CommandField != DIMSE_C_STORE_RQ) {
            ASC_abortAssociation(assoc);
            return;
        }
        T_DIMSE_C_StoreRQ& request = message.msg.CStoreRQ;
        DcmDataset* received = nullptr;
        T_ASC_PresentationContextID dataPresId = 0;
        cond = DIMSE_receiveDataSetInMemory(assoc, DIMSE_NONBLOCKING, d.timeout, &dataPresId,
                                            &received, nullptr, nullptr);
        std::unique_ptr<DcmDataset> owned(received);
        if (cond.bad() || !owned) {
            std::lock_guard lock(d.mutex);
            d.report.interrupted = true;
            ASC_abortAssociation(assoc);
            return;
        }
        const QString study = detail::dimseString(*owned, DCM_StudyInstanceUID);
        RetrievedInstance instance;
        instance.sopInstanceUid = detail::dimseString(*owned, DCM_SOPInstanceUID);
        instance.seriesInstanceUid = detail::dimseString(*owned, DCM_SeriesInstanceUID);
        if (study != d.study ||
            instance.sopInstanceUid != trimmed(request.AffectedSOPInstanceUID)) {
            // Not the study Custos asked for: refused, counted, never kept.
            d.count(&MoveReport::strayInstances);
            respond(assoc, presId, request, STATUS_STORE_Refused_NotAuthorized);
            continue;
        }
        if (d.cancelled()) {
            std::lock_guard lock(d.mutex);
            d.report.stopped = true;
            ASC_abortAssociation(assoc);
            return;
        }
        const E_TransferSyntax xfer = owned->getOriginalXfer();
        instance.transferSyntax = QString::fromLatin1(DcmXfer(xfer).getXferID());
        DcmFileFormat file(owned.get(), OFFalse); // takes the dataset over (no copy of the pixels)
        owned.release();
        if (const OFCondition c = dicom::encodePart10(file, xfer, instance.part10); c.bad()) {
            std::lock_guard lock(d.mutex);
            d.report.problem = QString::fromLatin1(c.text());
            respond(assoc, presId, request, STATUS_STORE_Refused_OutOfResources);
            ASC_abortAssociation(assoc);
            return;
        }
        int received_ = 0;
        {
            std::lock_guard lock(d.mutex);
            received_ = ++d.report.received;
        }
        if (d.options.progress) d.options.progress(received_, expected.load());
        if (!d.sink(std::move(instance))) {
            std::lock_guard lock(d.mutex);
            d.report.stopped = true;
            respond(assoc, presId, request, STATUS_STORE_Refused_OutOfResources);
            ASC_abortAssociation(assoc);
            return;
        }
        respond(assoc, presId, request, STATUS_Success);
    }
}

} // namespace

} // namespace custos::pacs

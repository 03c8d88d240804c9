// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/dimse_client.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"
#include "core/pacs/dimse_common_p.h"
#include "core/pacs/move_receiver.h"
#include "core/pacs/tls_diagnosis_p.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>
#include <dcmtk/dcmtls/tlslayer.h>
#include <dcmtk/oflog/oflog.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace custos::pacs {

namespace {

// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};

QString str(DcmItem& item, const DcmTagKey& key)
{
    OFString v;
    if (item.findAndGetOFStringArray(key, v).bad())
        return {};
    return QString::fromUtf8(v.c_str(), qsizetype(v.length())).trimmed();
}

int integer(DcmItem& item, const DcmTagKey& key)
{
    bool ok = false;
    const int v = str(item, key).toInt(&ok);
    return ok ? v : -1;
}

void quietDcmtk()
{
    // DCMTK logs (with attribute values) to stderr; Custos keeps PHI out of logs.
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::OFF_LOG_LEVEL);
        DcmTLSTransportLayer::initializeOpenSSL();
    });
}

// The transfer syntaxes Custos decodes, grouped so that a PACS can send an
// instance as it is stored: one presentation context per group.
const OFList<OFString>& uncompressed()
{
    static const OFList<OFString> l = [] {
        OFList<OFString> x;
        x.push_back(UID_LittleEndianExplicitTransferSyntax);
        x.push_back(UID_LittleEndianImplicitTransferSyntax);
        return x;
    }();
    return l;
}
std::vector<OFList<OFString>> compressedGroups()
{
    auto list = [](std::initializer_list<const char*> uids) {
        OFList<OFString> x;
        for (const char* u : uids)
            x.push_back(u);
        return x;
    };
    return {list({UID_JPEGLSLosslessTransferSyntax, UID_JPEGLSLossyTransferSyntax}),
            list({UID_JPEG2000LosslessOnlyTransferSyntax, UID_JPEG2000TransferSyntax}),
            list({UID_JPEGProcess14SV1TransferSyntax, UID_JPEGProcess1TransferSyntax, UID_RLELosslessTransferSyntax,
                  UID_DeflatedExplicitVRLittleEndianTransferSyntax})};
}

// The SOP classes most studies consist of get every group; the rest of
// DCMTK's storage classes get the uncompressed ones, within DICOM's 128
// presentation contexts.
const char* const kImageClasses[] = {
    UID_CTImageStorage, UID_MRImageStorage, UID_EnhancedCTImageStorage, UID_EnhancedMRImageStorage,
    UID_SecondaryCaptureImageStorage, UID_DigitalXRayImageStorageForPresentation, UID_ComputedRadiographyImageStorage,
    UID_UltrasoundImageStorage, UID_PositronEmissionTomographyImageStorage, UID_DigitalMammographyXRayImageStorageForPresentation,
    UID_XRayAngiographicImageStorage, UID_SegmentationStorage};
// What an AI review brings along: reports, maps, presentation states, key
// images. Always proposed (uncompressed), before DCMTK's long list fills up.
const char* const kReviewClasses[] = {
    UID_ComprehensiveSRStorage, UID_EnhancedSRStorage, UID_BasicTextSRStorage, UID_Comprehensive3DSRStorage,
    UID_ParametricMapStorage, UID_GrayscaleSoftcopyPresentationStateStorage, UID_KeyObjectSelectionDocumentStorage,
    UID_RTStructureSetStorage, UID_EncapsulatedPDFStorage, UID_XRayRadiationDoseSRStorage};

class Scu : public DcmSCU
{
public:
    using DcmSCU::useSecureConnection; // protected in DCMTK 3.6.7 (DcmTLSSCU's door); Custos builds its own layer
    InstanceSink sink;
    RetrieveOptions options;
    int received = 0;
    int expected = -1;
    bool stopped = false;
    QString sinkProblem;

    std::function<void(int)> moveExpected; // C-MOVE: how many the PACS says it sends

    OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID, RetrieveResponse* response, OFBool& more) override
    {
        if (response && moveExpected && response->m_numberOfRemainingSubops > 0)
            moveExpected(response->m_numberOfRemainingSubops + response->m_numberOfCompletedSubops + response->m_numberOfFailedSubops
                         + response->m_numberOfWarningSubops);
        return DcmSCU::handleMOVEResponse(presID, response, more);
    }

    OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID, RetrieveResponse* response, OFBool& more) override
    {
        if (response && response->m_numberOfRemainingSubops > 0)
            expected = response->m_numberOfRemainingSubops + response->m_numberOfCompletedSubops + response->m_numberOfFailedSubops
                     + response->m_numberOfWarningSubops;
        return DcmSCU::handleCGETResponse(presID, response, more);
    }

    OFCondition handleSTORERequest(const T_ASC_PresentationContextID, DcmDataset* incoming, OFBool& more, Uint16& status) override
    {
        std::unique_ptr<DcmDataset> owned(incoming);
        status = STATUS_STORE_Refused_OutOfResources;
        if (!owned) {
            more = OFFalse;
            return EC_IllegalParameter;
        }
        if (options.cancel && options.cancel->load()) {
            stopped = true;
            more = OFFalse;
            return EC_Normal;
        }
        RetrievedInstance instance;
        instance.sopInstanceUid = str(*owned, DCM_SOPInstanceUID);
        instance.seriesInstanceUid = str(*owned, DCM_SeriesInstanceUID);
        const E_TransferSyntax xfer = owned->getOriginalXfer();
        instance.transferSyntax = QString::fromLatin1(DcmXfer(xfer).getXferID());
        DcmFileFormat file(owned.get(), OFFalse); // takes the dataset over (no copy of the pixels)
        owned.release();
        const OFCondition c = dicom::encodePart10(file, xfer, instance.part10);
        if (c.bad()) {
            sinkProblem = QString::fromLatin1(c.text());
            more = OFFalse;
            return c;
        }
        ++received;
        if (options.progress)
            options.progress(received, expected);
        status = STATUS_Success;
        if (!sink(std::move(instance))) {
            stopped = true;
            more = OFFalse;
            return EC_Normal;
        }
        more = OFTrue;
        return EC_Normal;
    }
};

struct Connection
{
    std::unique_ptr<DcmTLSTransportLayer> tls; // outlives the SCU (declared first, destroyed last)
    std::unique_ptr<Scu> scu;
};

bool looksLikeTls(const QString& text) { return text.contains(QLatin1String("TLS"), Qt::CaseInsensitive) || text.contains(QLatin1String("SSL")); }

PacsError classifyNetwork(const policy::PacsNode& node, const OFCondition& cond, bool duringTransfer)
{
    const QString text = QString::fromLatin1(cond.text());
    const auto& seen = detail::observation();
    if (!duringTransfer && node.tls && (seen.verifyError != 0 || !seen.alertSent.isEmpty() || !seen.alertReceived.isEmpty() || looksLikeTls(text)))
        return detail::diagnoseHandshake(node, text);
    if (text.contains(QLatin1String("rejected"), Qt::CaseInsensitive))
        return detail::failure(Failure::AssociationRejected, node, false);
    if (text.contains(QLatin1String("timeout"), Qt::CaseInsensitive) || text.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
        return detail::failure(Failure::Timeout, node, false);
    if (duringTransfer)
        return detail::failure(Failure::Interrupted, node, false);
    if (text.contains(QLatin1String("refused"), Qt::CaseInsensitive) || text.contains(QLatin1String("unreachable"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("No route"), Qt::CaseInsensitive) || text.contains(QLatin1String("not known"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("TCP Initialization"), Qt::CaseInsensitive))
        return detail::failure(Failure::Down, node, false);
    // Closed or reset while the association was being set up, over TLS: with
    // TLS 1.3 the server checks Custos's client certificate after the
    // handshake and simply drops the connection when it refuses it.
    if (node.tls
        && (text.contains(QLatin1String("closed"), Qt::CaseInsensitive) || text.contains(QLatin1String("Peer aborted"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("reset"), Qt::CaseInsensitive)))
        return detail::diagnoseHandshake(node, text);
    return detail::failure(Failure::Down, node, false, Text::tr("(%1)").arg(text));
}

// Opens a TLS (or, for a test node, plain) association with the contexts
// `setup` adds. On failure `error` says why.
std::optional<Connection> associate(const policy::PacsNode& node, int timeout, const std::function<void(Scu&)>& setup, PacsError& error)
{
    quietDcmtk();
    detail::resetObservation();
    if (!node.hasDimse()) {
        error = {Failure::Configuration, Text::tr("The PACS node \"%1\" has no DIMSE address (aeTitle, host and port) in the site policy.").arg(node.name)};
        return std::nullopt;
    }
    if (const QString refusal = policy::plainConnectionRefusal(node, false); !refusal.isEmpty()) {
        error = {Failure::PlainRefused, refusal};
        return std::nullopt;
    }
    Connection c;
    c.scu = std::make_unique<Scu>();
    Scu& scu = *c.scu;
    scu.setAETitle(node.callingAeTitle.toStdString().c_str());
    scu.setPeerAETitle(node.aeTitle.toStdString().c_str());
    scu.setPeerHostName(node.host.toStdString().c_str());
    scu.setPeerPort(Uint16(node.port));
    scu.setConnectionTimeout(timeout);
    scu.setACSETimeout(Uint32(timeout));
    scu.setDIMSETimeout(Uint32(timeout));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    setup(scu);
    if (node.tls) {
        c.tls = std::make_unique<DcmTLSTransportLayer>(NET_REQUESTOR, nullptr, OFFalse);
        DcmTLSTransportLayer& tls = *c.tls;
        const policy::PacsTls& s = node.tlsSettings;
        auto bad = [&](const QString& what) {
            error = {Failure::Configuration, detail::failure(Failure::Configuration, node, false).message + QLatin1Char(' ') + what};
        };
        if (!QFileInfo(s.caFile).isReadable()) {
            bad(Text::tr("The CA file %1 cannot be read.").arg(s.caFile));
            return std::nullopt;
        }
        if (tls.setTLSProfile(TSP_Profile_BCP195_ND).bad() || tls.activateCipherSuites().bad()) {
            bad(Text::tr("The TLS library refused DICOM's BCP 195 profile."));
            return std::nullopt;
        }
        if (tls.addTrustedCertificateFile(s.caFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad()) {
            bad(Text::tr("The CA file %1 holds no PEM certificate.").arg(s.caFile));
            return std::nullopt;
        }
        if (!s.certFile.isEmpty()) {
            if (tls.setPrivateKeyFile(s.keyFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad()
                || tls.setCertificateFile(s.certFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad()
                || !tls.checkPrivateKeyMatchesCertificate()) {
                bad(Text::tr("The client certificate %1 or its key %2 cannot be read, or they do not belong together.").arg(s.certFile, s.keyFile));
                return std::nullopt;
            }
        }
        tls.setCertificateVerification(DCV_requireCertificate);
        detail::configureContext(tls.getNativeHandle(), node);
    }
    if (OFCondition cond = scu.initNetwork(); cond.bad()) {
        error = detail::failure(Failure::Configuration, node, false, QString::fromLatin1(cond.text()));
        return std::nullopt;
    }
    // After initNetwork: DcmSCU hands the layer to the network it made.
    if (c.tls && scu.useSecureConnection(c.tls.get()).bad()) {
        error = detail::failure(Failure::Configuration, node, false, Text::tr("DICOM's TLS layer could not be set up."));
        return std::nullopt;
    }
    if (OFCondition cond = scu.negotiateAssociation(); cond.bad()) {
        error = classifyNetwork(node, cond, false);
        return std::nullopt;
    }
    return c;
}

OFList<OFString> single(const char* uid)
{
    OFList<OFString> l;
    l.push_back(uid);
    return l;
}

QString statusHex(Uint16 status) { return QStringLiteral("0x%1").arg(status, 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x")); }

bool pending(Uint16 s) { return s == STATUS_Pending || s == STATUS_FIND_Pending_WarningUnsupportedOptionalKeys; }

std::unique_ptr<DcmFileFormat> parse(const QByteArray& part10, QString* why)
{
    // The bytes come from a PACS (a WADO-RS part) or from the user's files:
    // the guarded reader (nesting depth, lengths against the bytes left)
    // rather than a bare DcmInputBufferStream, which recursed without bound
    // and allocated whatever length an element claimed.
    auto file = std::make_unique<DcmFileFormat>();
    if (auto loaded = dicom::loadDicomBuffer(*file, part10, /*part10Optional=*/true); !loaded) {
        if (why)
            *why = loaded.errorMessage();
        return nullptr;
    }
    return file;
}

} // namespace

namespace detail {

void quietDimse() { quietDcmtk(); }
QString dimseString(DcmItem& item, const DcmTagKey& key) { return str(item, key); }

std::vector<const char*> imageStorageClasses() { return std::vector<const char*>(std::begin(kImageClasses), std::end(kImageClasses)); }

std::vector<const char*> otherStorageClasses()
{
    std::vector<const char*> out;
    std::set<std::string> done(std::begin(kImageClasses), std::end(kImageClasses));
    for (const char* uid : kReviewClasses)
        if (done.insert(uid).second)
            out.push_back(uid);
    for (int i = 0; i < numberOfDcmLongSCUStorageSOPClassUIDs; ++i)
        if (done.insert(dcmLongSCUStorageSOPClassUIDs[i]).second)
            out.push_back(dcmLongSCUStorageSOPClassUIDs[i]);
    return out;
}

std::vector<const char*> receivedImageSyntaxes()
{
    // compressedGroups()'s syntaxes, as the PACS stores them, then uncompressed.
    return {UID_JPEGLSLosslessTransferSyntax,
            UID_JPEGLSLossyTransferSyntax,
            UID_JPEG2000LosslessOnlyTransferSyntax,
            UID_JPEG2000TransferSyntax,
            UID_JPEGProcess14SV1TransferSyntax,
            UID_JPEGProcess1TransferSyntax,
            UID_RLELosslessTransferSyntax,
            UID_DeflatedExplicitVRLittleEndianTransferSyntax,
            UID_LittleEndianExplicitTransferSyntax,
            UID_LittleEndianImplicitTransferSyntax};
}

std::vector<const char*> receivedPlainSyntaxes() { return {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax}; }

} // namespace detail

Result<Part10Info> inspectPart10(const QByteArray& part10)
{
    QString why;
    auto file = parse(part10, &why);
    if (!file)
        return Error{Text::tr("Not a DICOM file: %1").arg(why)};
    Part10Info info;
    DcmDataset& d = *file->getDataset();
    info.sopClassUid = str(d, DCM_SOPClassUID);
    info.sopInstanceUid = str(d, DCM_SOPInstanceUID);
    info.seriesInstanceUid = str(d, DCM_SeriesInstanceUID);
    info.studyInstanceUid = str(d, DCM_StudyInstanceUID);
    info.transferSyntax = QString::fromLatin1(DcmXfer(d.getOriginalXfer()).getXferID());
    info.patientId = str(d, DCM_PatientID);
    info.patientName = str(d, DCM_PatientName);
    return info;
}

DimseClient::DimseClient(policy::PacsNode node, int timeoutSeconds) : m_node(std::move(node)), m_timeout(timeoutSeconds) {}

template <class T>
Result<T> DimseClient::fail(PacsError e)
{
    m_error = std::move(e);
    return Error{m_error.message};
}

Result<void> DimseClient::echo()
{
    m_error = {};
    auto c = associate(m_node, m_timeout, [](Scu& scu) { scu.addPresentationContext(UID_VerificationSOPClass, uncompressed()); }, m_error);
    if (!c)
        return Error{m_error.message};
    const T_ASC_PresentationContextID id = c->scu->findPresentationContextID(UID_VerificationSOPClass, "");
    if (id == 0)
        return fail<void>(detail::failure(Failure::AssociationRejected, m_node, false, Text::tr("It does not answer C-ECHO.")));
    if (OFCondition cond = c->scu->sendECHORequest(id); cond.bad())
        return fail<void>(classifyNetwork(m_node, cond, true));
    c->scu->releaseAssociation();
    return {};
}

namespace {

void fillStudyKeys(DcmDataset& q, const QueryKeys& keys)
{
    auto put = [&q](const DcmTagKey& tag, const QString& value) { q.putAndInsertString(tag, value.toUtf8().constData()); };
    put(DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    put(DCM_QueryRetrieveLevel, QStringLiteral("STUDY"));
    put(DCM_StudyInstanceUID, keys.studyInstanceUid);
    put(DCM_PatientID, keys.patientId);
    put(DCM_PatientName, keys.patientName);
    put(DCM_PatientBirthDate, {});
    put(DCM_StudyDate, keys.studyDate);
    put(DCM_StudyTime, {});
    put(DCM_StudyDescription, {});
    put(DCM_AccessionNumber, keys.accessionNumber);
    put(DCM_ModalitiesInStudy, keys.modality);
    put(DCM_NumberOfStudyRelatedSeries, {});
    put(DCM_NumberOfStudyRelatedInstances, {});
}

} // namespace

Result<std::vector<StudyMatch>> DimseClient::findStudies(const QueryKeys& keys)
{
    m_error = {};
    if (const QString bad = checkQueryKeys(keys); !bad.isEmpty())
        return fail<std::vector<StudyMatch>>({Failure::Configuration, bad});
    auto c = associate(m_node, m_timeout,
                       [](Scu& scu) { scu.addPresentationContext(UID_FINDStudyRootQueryRetrieveInformationModel, uncompressed()); }, m_error);
    if (!c)
        return Error{m_error.message};
    const T_ASC_PresentationContextID id = c->scu->findPresentationContextID(UID_FINDStudyRootQueryRetrieveInformationModel, "");
    if (id == 0)
        return fail<std::vector<StudyMatch>>(detail::failure(Failure::AssociationRejected, m_node, false, Text::tr("It does not answer Study Root C-FIND.")));
    DcmDataset q;
    fillStudyKeys(q, keys);
    OFList<QRResponse*> responses;
    const OFCondition cond = c->scu->sendFINDRequest(id, &q, &responses);
    std::vector<StudyMatch> out;
    Uint16 final = 0;
    for (QRResponse* r : responses) {
        if (r->m_dataset && pending(r->m_status)) {
            DcmDataset& d = *r->m_dataset;
            d.convertToUTF8();
            StudyMatch m;
            m.studyInstanceUid = str(d, DCM_StudyInstanceUID);
            m.patientName = str(d, DCM_PatientName);
            m.patientId = str(d, DCM_PatientID);
            m.patientBirthDate = str(d, DCM_PatientBirthDate);
            m.studyDate = str(d, DCM_StudyDate);
            m.studyTime = str(d, DCM_StudyTime);
            m.studyDescription = str(d, DCM_StudyDescription);
            m.accessionNumber = str(d, DCM_AccessionNumber);
            m.modalities = str(d, DCM_ModalitiesInStudy).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
            m.numberOfSeries = integer(d, DCM_NumberOfStudyRelatedSeries);
            m.numberOfInstances = integer(d, DCM_NumberOfStudyRelatedInstances);
            out.push_back(std::move(m));
        } else {
            final = r->m_status;
        }
        delete r;
    }
    if (cond.bad())
        return fail<std::vector<StudyMatch>>(classifyNetwork(m_node, cond, true));
    if (final != STATUS_Success)
        return fail<std::vector<StudyMatch>>(detail::failure(Failure::Refused, m_node, false, Text::tr("C-FIND status %1.").arg(statusHex(final))));
    c->scu->releaseAssociation();
    return out;
}

Result<std::vector<SeriesMatch>> DimseClient::findSeries(const QString& studyInstanceUid)
{
    m_error = {};
    QueryKeys check;
    check.studyInstanceUid = studyInstanceUid;
    if (const QString bad = checkQueryKeys(check); !bad.isEmpty() || studyInstanceUid.isEmpty())
        return fail<std::vector<SeriesMatch>>({Failure::Configuration, bad.isEmpty() ? Text::tr("A series search needs a study instance UID.") : bad});
    auto c = associate(m_node, m_timeout,
                       [](Scu& scu) { scu.addPresentationContext(UID_FINDStudyRootQueryRetrieveInformationModel, uncompressed()); }, m_error);
    if (!c)
        return Error{m_error.message};
    const T_ASC_PresentationContextID id = c->scu->findPresentationContextID(UID_FINDStudyRootQueryRetrieveInformationModel, "");
    if (id == 0)
        return fail<std::vector<SeriesMatch>>(detail::failure(Failure::AssociationRejected, m_node, false));
    DcmDataset q;
    q.putAndInsertString(DCM_QueryRetrieveLevel, "SERIES");
    q.putAndInsertString(DCM_StudyInstanceUID, studyInstanceUid.toLatin1().constData());
    for (const DcmTagKey& k : {DCM_SeriesInstanceUID, DCM_Modality, DCM_SeriesDescription, DCM_SeriesNumber, DCM_NumberOfSeriesRelatedInstances})
        q.putAndInsertString(k, "");
    OFList<QRResponse*> responses;
    const OFCondition cond = c->scu->sendFINDRequest(id, &q, &responses);
    std::vector<SeriesMatch> out;
    Uint16 final = 0;
    for (QRResponse* r : responses) {
        if (r->m_dataset && pending(r->m_status)) {
            DcmDataset& d = *r->m_dataset;
            d.convertToUTF8();
            SeriesMatch m;
            m.studyInstanceUid = studyInstanceUid;
            m.seriesInstanceUid = str(d, DCM_SeriesInstanceUID);
            m.modality = str(d, DCM_Modality);
            m.seriesDescription = str(d, DCM_SeriesDescription);
            m.seriesNumber = std::max(0, integer(d, DCM_SeriesNumber));
            m.numberOfInstances = integer(d, DCM_NumberOfSeriesRelatedInstances);
            out.push_back(std::move(m));
        } else {
            final = r->m_status;
        }
        delete r;
    }
    if (cond.bad())
        return fail<std::vector<SeriesMatch>>(classifyNetwork(m_node, cond, true));
    if (final != STATUS_Success)
        return fail<std::vector<SeriesMatch>>(detail::failure(Failure::Refused, m_node, false, Text::tr("C-FIND status %1.").arg(statusHex(final))));
    c->scu->releaseAssociation();
    return out;
}

Result<int> DimseClient::getStudy(const QString& studyInstanceUid, const InstanceSink& sink, const RetrieveOptions& options)
{
    m_error = {};
    QueryKeys check;
    check.studyInstanceUid = studyInstanceUid;
    if (const QString bad = checkQueryKeys(check); !bad.isEmpty() || studyInstanceUid.isEmpty())
        return fail<int>({Failure::Configuration, bad.isEmpty() ? Text::tr("A retrieve needs a study instance UID.") : bad});
    auto c = associate(
        m_node, m_timeout,
        [](Scu& scu) {
            scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel, uncompressed());
            int contexts = 1;
            std::set<std::string> done;
            for (const char* uid : kImageClasses) {
                scu.addPresentationContext(uid, uncompressed(), ASC_SC_ROLE_SCP);
                for (const auto& group : compressedGroups())
                    scu.addPresentationContext(uid, group, ASC_SC_ROLE_SCP);
                contexts += 1 + int(compressedGroups().size());
                done.insert(uid);
            }
            for (const char* uid : kReviewClasses)
                if (done.insert(uid).second) {
                    scu.addPresentationContext(uid, uncompressed(), ASC_SC_ROLE_SCP);
                    ++contexts;
                }
            for (int i = 0; i < numberOfDcmLongSCUStorageSOPClassUIDs && contexts < 128; ++i)
                if (done.insert(dcmLongSCUStorageSOPClassUIDs[i]).second) {
                    scu.addPresentationContext(dcmLongSCUStorageSOPClassUIDs[i], uncompressed(), ASC_SC_ROLE_SCP);
                    ++contexts;
                }
        },
        m_error);
    if (!c)
        return Error{m_error.message};
    Scu& scu = *c->scu;
    const T_ASC_PresentationContextID id = scu.findPresentationContextID(UID_GETStudyRootQueryRetrieveInformationModel, "");
    if (id == 0)
        return fail<int>(detail::failure(Failure::AssociationRejected, m_node, false, Text::tr("It does not offer C-GET.")));
    scu.sink = sink;
    scu.options = options;
    DcmDataset q;
    q.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
    q.putAndInsertString(DCM_StudyInstanceUID, studyInstanceUid.toLatin1().constData());
    OFList<RetrieveResponse*> responses;
    const OFCondition cond = scu.sendCGETRequest(id, &q, &responses);
    Uint16 final = 0;
    int failed = 0;
    bool sawFinal = false;
    for (RetrieveResponse* r : responses) {
        if (!pending(r->m_status)) {
            final = r->m_status;
            failed = r->m_numberOfFailedSubops;
            sawFinal = true;
        }
        delete r;
    }
    if (options.cancel && options.cancel->load()) {
        scu.abortAssociation();
        return fail<int>(detail::failure(Failure::Cancelled, m_node, false));
    }
    if (scu.stopped) {
        scu.abortAssociation();
        return fail<int>(detail::failure(Failure::Cancelled, m_node, false));
    }
    if (!scu.sinkProblem.isEmpty())
        return fail<int>(detail::failure(Failure::BadAnswer, m_node, false, scu.sinkProblem));
    if (cond.bad() || !sawFinal)
        return fail<int>(classifyNetwork(m_node, cond.bad() ? cond : OFCondition(DUL_PEERABORTEDASSOCIATION), true));
    if (final != STATUS_Success || failed > 0)
        return fail<int>(detail::failure(Failure::Refused, m_node, false,
                                         Text::tr("C-GET status %1; %2 instances failed, %3 arrived.").arg(statusHex(final)).arg(failed).arg(scu.received)));
    scu.releaseAssociation();
    return scu.received;
}

Result<int> DimseClient::moveStudy(const QString& studyInstanceUid, const InstanceSink& sink, const RetrieveOptions& options)
{
    m_error = {};
    m_moveReport = {};
    QueryKeys check;
    check.studyInstanceUid = studyInstanceUid;
    if (const QString bad = checkQueryKeys(check); !bad.isEmpty() || studyInstanceUid.isEmpty())
        return fail<int>({Failure::Configuration, bad.isEmpty() ? Text::tr("A retrieve needs a study instance UID.") : bad});
    if (const QString refusal = policy::plainConnectionRefusal(m_node, false); !refusal.isEmpty())
        return fail<int>({Failure::PlainRefused, refusal});
    // Custos's SCP listens from here until the PACS said the move is over, and no longer.
    MoveReceiver receiver(m_node, studyInstanceUid, sink, options, m_timeout);
    if (auto listening = receiver.start(); !listening)
        return fail<int>({Failure::Configuration, listening.errorMessage()});
    auto c = associate(
        m_node, m_timeout, [](Scu& scu) { scu.addPresentationContext(UID_MOVEStudyRootQueryRetrieveInformationModel, uncompressed()); }, m_error);
    if (!c) {
        receiver.finish();
        return Error{m_error.message};
    }
    Scu& scu = *c->scu;
    const T_ASC_PresentationContextID id = scu.findPresentationContextID(UID_MOVEStudyRootQueryRetrieveInformationModel, "");
    if (id == 0) {
        scu.releaseAssociation();
        receiver.finish();
        return fail<int>(detail::failure(Failure::AssociationRejected, m_node, false, Text::tr("It does not offer C-MOVE.")));
    }
    scu.moveExpected = [&receiver](int expected) { receiver.setExpected(expected); };
    DcmDataset q;
    q.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
    q.putAndInsertString(DCM_StudyInstanceUID, studyInstanceUid.toLatin1().constData());
    OFList<RetrieveResponse*> responses;
    const OFCondition cond = scu.sendMOVERequest(id, m_node.moveDestination.aeTitle.toStdString().c_str(), &q, &responses);
    Uint16 final = 0;
    int failed = 0;
    int completed = -1;
    bool sawFinal = false;
    for (RetrieveResponse* r : responses) {
        if (!pending(r->m_status)) {
            final = r->m_status;
            failed = r->m_numberOfFailedSubops;
            completed = r->m_numberOfCompletedSubops;
            sawFinal = true;
        }
        delete r;
    }
    receiver.finish(); // the port is closed from here on
    m_moveReport = receiver.report();
    const MoveReport& got = m_moveReport;
    if ((options.cancel && options.cancel->load()) || got.stopped) {
        scu.abortAssociation();
        return fail<int>(detail::failure(Failure::Cancelled, m_node, false));
    }
    if (!got.problem.isEmpty()) {
        scu.abortAssociation();
        return fail<int>(detail::failure(Failure::BadAnswer, m_node, false, got.problem));
    }
    if (cond.bad() || !sawFinal)
        return fail<int>(classifyNetwork(m_node, cond.bad() ? cond : OFCondition(DUL_PEERABORTEDASSOCIATION), true));
    if (final == STATUS_MOVE_Failed_MoveDestinationUnknown)
        return fail<int>(detail::failure(Failure::Refused, m_node, false,
                                         Text::tr("It does not know Custos's move destination %1: add it (AE title %1, this computer's address, "
                                                  "port %2) to the PACS's list of DICOM nodes.")
                                             .arg(m_node.moveDestination.aeTitle)
                                             .arg(m_node.moveDestination.port)));
    if (final != STATUS_Success || failed > 0 || got.interrupted) {
        QString why = Text::tr("C-MOVE status %1; %2 instances failed, %3 arrived.").arg(statusHex(final)).arg(failed).arg(got.received);
        if (got.refusedAssociations > 0)
            why += QLatin1Char(' ')
                 + Text::tr("Custos's receiving SCP refused %1 associations (another AE title or address, or no certificate of the node's CA).")
                       .arg(got.refusedAssociations);
        return fail<int>(detail::failure(got.interrupted && final == STATUS_Success ? Failure::Interrupted : Failure::Refused, m_node, false, why));
    }
    // Every instance the PACS counts as sent must have arrived here.
    if (completed >= 0 && completed != got.received)
        return fail<int>(detail::failure(Failure::Interrupted, m_node, false,
                                         Text::tr("The PACS reports %1 instances sent, but %2 arrived.").arg(completed).arg(got.received)));
    scu.releaseAssociation();
    return got.received;
}

Result<StoreReport> DimseClient::store(const std::vector<StoreItem>& items)
{
    m_error = {};
    struct Parsed
    {
        QString label;
        std::unique_ptr<DcmFileFormat> file;
        std::string sopClass;
        std::string xfer;
    };
    std::vector<Parsed> parsed;
    for (const StoreItem& item : items) {
        QString why;
        auto file = parse(item.part10, &why);
        if (!file)
            return fail<StoreReport>({Failure::Configuration, Text::tr("%1 is not a DICOM file (%2); nothing was sent.").arg(item.label, why)});
        OFString sopClass;
        file->getDataset()->findAndGetOFString(DCM_SOPClassUID, sopClass);
        if (sopClass.empty())
            return fail<StoreReport>({Failure::Configuration, Text::tr("%1 has no SOP class; nothing was sent.").arg(item.label)});
        const std::string xfer = DcmXfer(file->getDataset()->getOriginalXfer()).getXferID();
        parsed.push_back({item.label, std::move(file), sopClass.c_str(), xfer});
    }
    std::set<std::pair<std::string, std::string>> wanted;
    for (const Parsed& p : parsed)
        wanted.insert({p.sopClass, p.xfer});
    if (wanted.size() > 127)
        return fail<StoreReport>({Failure::Configuration, Text::tr("More than 127 kinds of objects in one send; send them in smaller groups.")});
    auto c = associate(
        m_node, m_timeout,
        [&wanted](Scu& scu) {
            for (const auto& [sopClass, xfer] : wanted)
                scu.addPresentationContext(sopClass.c_str(), single(xfer.c_str()));
        },
        m_error);
    if (!c)
        return Error{m_error.message};
    StoreReport report;
    for (Parsed& p : parsed) {
        const T_ASC_PresentationContextID id = c->scu->findPresentationContextID(p.sopClass.c_str(), p.xfer.c_str());
        if (id == 0) {
            report.failures << Text::tr("%1: the PACS does not accept this kind of object in this transfer syntax (%2).").arg(p.label, QString::fromStdString(p.xfer));
            continue;
        }
        Uint16 status = 0;
        const OFCondition cond = c->scu->sendSTORERequest(id, OFFilename(), p.file->getDataset(), status);
        if (cond.bad())
            return fail<StoreReport>(classifyNetwork(m_node, cond, true));
        if (status == STATUS_Success || (status & 0xF000) == 0xB000)
            ++report.stored;
        else
            report.failures << Text::tr("%1: the PACS refused it (status %2).").arg(p.label, statusHex(status));
    }
    c->scu->releaseAssociation();
    return report;
}

} // namespace custos::pacs

// SPDX-License-Identifier: Apache-2.0
#include "core/ai/review_sr_writer.h"

#include "core/ai/sr_build.h"
#include "core/ai/sr_codes.h"
#include "core/ai/sr_tree.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>

#include <map>
#include <memory>

namespace custos::ai {
namespace {

using detail::SrBuilder;
using detail::SrItem;

// lupdate extracts Text::tr("...") under "custos::ai", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ai)
};

OFString os(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return OFString(utf8.constData(), size_t(utf8.size()));
}

struct DecisionCode
{
    ReviewDecision decision;
    const char* value;
    const char* meaning;
};
constexpr DecisionCode decisionCodes[] = {{ReviewDecision::Pending, "RVW-PEND", "Pending"},
                                          {ReviewDecision::Accepted, "RVW-ACC", "Accepted"},
                                          {ReviewDecision::Rejected, "RVW-REJ", "Rejected"},
                                          {ReviewDecision::Corrected, "RVW-COR", "Corrected"}};

struct ReasonCode
{
    RejectReason reason;
    const char* value;
    const char* meaning;
};
constexpr ReasonCode reasonCodes[] = {{RejectReason::FalsePositive, "RSN-FP", "False positive"},
                                      {RejectReason::WrongLocation, "RSN-LOC", "Wrong location"},
                                      {RejectReason::WrongMeasurement, "RSN-MEAS", "Wrong measurement"},
                                      {RejectReason::ClinicallyIrrelevant, "RSN-IRR", "Clinically irrelevant"},
                                      {RejectReason::Other, "RSN-OTH", "Other"}};

CodedConcept decisionCode(ReviewDecision d)
{
    for (const DecisionCode& c : decisionCodes)
        if (c.decision == d)
            return codes::custos(c.value, c.meaning);
    return {};
}

CodedConcept reasonCode(RejectReason r)
{
    for (const ReasonCode& c : reasonCodes)
        if (c.reason == r)
            return codes::custos(c.value, c.meaning);
    return {};
}

// The header of an AI object's file: its own series (for the evidence) and,
// for the first one, the patient and study the review belongs to.
struct ObjectFile
{
    std::unique_ptr<DcmFileFormat> file;
    QString studyUid, seriesUid;
};

Result<ObjectFile> loadHeader(const AiObject& object)
{
    ObjectFile header;
    header.file = std::make_unique<DcmFileFormat>();
    // Values above 4 KiB (pixel data, big sequences of frames) stay on disk.
    if (auto loaded = dicom::loadDicom(*header.file, object.input(), 4096); !loaded)
        return Error{Text::tr("An AI object could not be read again to reference it from the review: %1")
                         .arg(loaded.errorMessage())};
    DcmDataset& ds = *header.file->getDataset();
    header.studyUid = dicom::string(ds, DCM_StudyInstanceUID);
    header.seriesUid = dicom::string(ds, DCM_SeriesInstanceUID);
    if (header.studyUid.isEmpty() || header.seriesUid.isEmpty())
        return Error{Text::tr("An AI object has no study or series UID; the review cannot reference it.")};
    return header;
}

void writeObserver(SrBuilder& b, const Reviewer& who)
{
    b.code(DSRTypes::RT_hasObsContext, codes::observerType(), codes::person());
    b.pname(DSRTypes::RT_hasObsContext, codes::personObserverName(), who.displayName.isEmpty() ? who.subject : who.displayName);
    b.text(DSRTypes::RT_hasObsContext, codes::personObserverLogin(), who.subject);
}

void writeGroup(SrBuilder& b, const FindingReview& entry, const Finding* finding, bool dicomObject)
{
    b.open(DSRTypes::RT_contains, codes::measurementGroup(), "1501");
    const QString trackingId = finding && !finding->trackingId.isEmpty() ? finding->trackingId
                               : finding && !finding->label.isEmpty()  ? finding->label
                                                                       : entry.key.findingId;
    b.text(DSRTypes::RT_hasObsContext, codes::trackingIdentifier(), trackingId.left(64));
    if (finding && !finding->trackingUid.isEmpty())
        b.uidref(DSRTypes::RT_hasObsContext, codes::trackingUniqueIdentifier(), finding->trackingUid);
    writeObserver(b, entry.reviewer);
    if (finding && !finding->type.isEmpty())
        b.code(DSRTypes::RT_contains, codes::finding(), finding->type);
    if (finding && !finding->source.modelName.isEmpty()) {
        b.text(DSRTypes::RT_hasConceptMod, codes::algorithmName(), finding->source.modelName);
        b.text(DSRTypes::RT_hasConceptMod, codes::algorithmVersion(),
               finding->source.modelVersion.isEmpty() ? QStringLiteral("unknown") : finding->source.modelVersion);
    }
    // A DICOM object by its UID; a JSON result by its id, which need not be a UID.
    if (dicomObject)
        b.uidref(DSRTypes::RT_contains, codes::reviewedObject(), entry.key.objectUid);
    else
        b.text(DSRTypes::RT_contains, codes::reviewedObject(), entry.key.objectUid);
    b.text(DSRTypes::RT_contains, codes::reviewedFinding(), entry.key.findingId);
    b.code(DSRTypes::RT_contains, codes::reviewDecision(), decisionCode(entry.decision));
    b.observationDateTime(entry.time);
    if (entry.reason != RejectReason::None)
        b.code(DSRTypes::RT_contains, codes::rejectReason(), reasonCode(entry.reason));
    if (!entry.reasonText.isEmpty())
        b.text(DSRTypes::RT_contains, codes::rejectReasonText(), entry.reasonText);
    if (!entry.comment.isEmpty())
        b.text(DSRTypes::RT_contains, codes::comment(), entry.comment);
    if (entry.correction.findingType)
        b.code(DSRTypes::RT_contains, codes::correctedFinding(), *entry.correction.findingType);
    if (!entry.correction.label.isEmpty())
        b.text(DSRTypes::RT_contains, codes::correctedLabel(), entry.correction.label);
    for (const Measurement& m : entry.correction.measurements)
        b.num(DSRTypes::RT_contains, m.name, m.value, m.unit, m.unitMeaning);
    for (const Region2D& r : entry.correction.regions2D)
        b.scoord(DSRTypes::RT_contains, codes::correctedRegion(), r);
    for (const Region3D& r : entry.correction.regions3D)
        b.scoord3d(DSRTypes::RT_contains, codes::correctedRegion(), r);
    b.close();
}

const Finding* findFinding(const AiObject& object, const QString& id)
{
    for (const Finding& f : object.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

// The reviewer named in the document header: the signer, or else whoever
// decided last.
Reviewer documentReviewer(const Review& review)
{
    if (review.signature())
        return review.signature()->reviewer;
    const FindingReview* latest = nullptr;
    for (const auto& [key, entry] : review.entries())
        if (!latest || entry.time > latest->time)
            latest = &entry;
    return latest ? latest->reviewer : Reviewer{};
}

Result<void> fillHeader(DSRDocument& doc, const Review& review, const std::vector<AiObject>& objects,
                        const std::map<QString, ObjectFile>& headers, const ReviewSrOptions& options)
{
    const AiObject* firstObject = nullptr;
    for (const AiObject& o : objects)
        firstObject = !firstObject && headers.count(o.sopInstanceUid) ? &o : firstObject;
    const ObjectFile& first = headers.at(firstObject->sopInstanceUid);
    if (doc.readStudyData(*first.file->getDataset(), DSRTypes::RF_acceptInvalidContentItemValue).bad())
        return Error{Text::tr("The patient and study of the AI objects could not be copied into the review.")};
    doc.createNewSeriesInStudy(os(first.studyUid));
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    doc.setSeriesDescription(os(options.seriesDescription.isEmpty() ? QStringLiteral("AI review") : options.seriesDescription));
    doc.setSeriesNumber(os(QString::number(options.seriesNumber)));
    doc.setInstanceNumber("1");
    doc.setManufacturer("Custos");
    if (!options.softwareVersion.isEmpty())
        doc.setSoftwareVersions(os(options.softwareVersion));
    doc.setTimezoneOffsetFromUTC("+0000");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    doc.setContentDate(os(now.toString(QStringLiteral("yyyyMMdd"))));
    doc.setContentTime(os(now.toString(QStringLiteral("HHmmss"))));
    DSRCodingSchemeIdentificationList& schemes = doc.getCodingSchemeIdentification();
    schemes.addItem(codes::privateScheme);
    schemes.setCodingSchemeName("Custos AI review codes");
    schemes.setCodingSchemeResponsibleOrganization("Custos");
    DSRSOPInstanceReferenceList& evidence = doc.getCurrentRequestedProcedureEvidence();
    for (const AiObject& object : objects) {
        if (!headers.count(object.sopInstanceUid))
            continue; // JSON: not a DICOM instance
        const ObjectFile& h = headers.at(object.sopInstanceUid);
        evidence.addItem(os(h.studyUid), os(h.seriesUid), os(object.sopClassUid), os(object.sopInstanceUid));
    }
    for (const auto& [key, entry] : review.entries()) {
        const AiObject* object = nullptr;
        for (const AiObject& o : objects)
            object = o.sopInstanceUid == key.objectUid ? &o : object;
        for (const Region2D& r : entry.correction.regions2D)
            if (object && !object->referencedSeriesUid.isEmpty() && !r.referencedSopClassUid.isEmpty())
                evidence.addItem(os(first.studyUid), os(object->referencedSeriesUid), os(r.referencedSopClassUid),
                                 os(r.referencedSopInstanceUid));
    }
    return Ok{};
}

} // namespace

namespace {

// The document in `out`, for either destination below.
Result<ReviewSrInfo> buildReviewSr(const Review& review, const std::vector<AiObject>& objects, const ReviewSrOptions& options,
                                   DcmFileFormat& out)
{
    dicom::silenceDcmtkLogging();
    if (review.entries().empty())
        return Error{Text::tr("The review has no decisions to save yet.")};
    if (review.isSigned() && options.organization.trimmed().isEmpty())
        return Error{Text::tr("A signed review needs the organization of the reviewer (the site name in the settings).")};
    std::map<QString, ObjectFile> headers; // DICOM objects only; JSON results have no header
    QStringList known;
    for (const AiObject& object : objects) {
        known << object.sopInstanceUid;
        if (object.kind == AiObjectKind::VendorJson || object.sopClassUid.isEmpty())
            continue;
        auto header = loadHeader(object);
        if (!header)
            return header.error();
        headers.emplace(object.sopInstanceUid, std::move(header).value());
    }
    if (headers.empty())
        return Error{Text::tr("The review needs at least one DICOM AI object of the study (SEG, SR or presentation state) "
                        "to take the patient and study from.")};
    bool need3D = false;
    for (const auto& [key, entry] : review.entries()) {
        if (!known.contains(key.objectUid))
            return Error{Text::tr("The review has a decision on finding %1 of an AI object that is not loaded.").arg(key.findingId)};
        need3D = need3D || !entry.correction.regions3D.empty();
    }

    DSRDocument doc(need3D ? DSRTypes::DT_Comprehensive3DSR : DSRTypes::DT_ComprehensiveSR);
    if (auto header = fillHeader(doc, review, objects, headers, options); !header)
        return header.error();

    SrBuilder b(doc.getTree());
    b.root(codes::imagingMeasurementReport(), "1500");
    writeObserver(b, documentReviewer(review));
    b.code(DSRTypes::RT_hasConceptMod, codes::procedureReported(), codes::imagingProcedure());
    b.open(DSRTypes::RT_contains, codes::imageLibrary());
    b.close();
    b.open(DSRTypes::RT_contains, codes::imagingMeasurements());
    int groups = 0;
    for (const auto& [key, entry] : review.entries()) {
        const AiObject* object = nullptr;
        for (const AiObject& o : objects)
            object = o.sopInstanceUid == key.objectUid ? &o : object;
        writeGroup(b, entry, object ? findFinding(*object, key.findingId) : nullptr, headers.count(key.objectUid) > 0);
        ++groups;
    }
    b.close();
    if (!b.ok())
        return Error{b.error()};

    if (const auto& signature = review.signature()) {
        const Reviewer& who = signature->reviewer;
        doc.completeDocument();
        const DSRCodedEntryValue code(os(who.subject), codes::privateScheme,
                                      os(who.displayName.isEmpty() ? who.subject : who.displayName));
        const OFCondition verified = doc.verifyDocument(os(who.displayName.isEmpty() ? who.subject : who.displayName), code,
                                                        os(options.organization), os(detail::dicomDateTime(signature->time)));
        if (verified.bad())
            return Error{Text::tr("The review could not be marked as verified: %1").arg(dicom::explainCondition(verified))};
    }

    const OFCondition written = doc.write(*out.getDataset());
    if (written.bad())
        return Error{Text::tr("The review SR could not be encoded: %1").arg(dicom::explainCondition(written))};
    OFString v;
    ReviewSrInfo info;
    doc.getSOPInstanceUID(v);
    info.sopInstanceUid = QString::fromLatin1(v.c_str());
    doc.getSeriesInstanceUID(v);
    info.seriesInstanceUid = QString::fromLatin1(v.c_str());
    info.groups = groups;
    return info;
}

} // namespace

Result<ReviewSrInfo> writeReviewSr(const Review& review, const std::vector<AiObject>& objects, const QString& path,
                                   const ReviewSrOptions& options)
{
    DcmFileFormat out;
    auto info = buildReviewSr(review, objects, options, out);
    if (!info)
        return info;
    const OFCondition saved = out.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit);
    if (saved.bad())
        return Error{Text::tr("The review could not be saved: %1").arg(dicom::explainCondition(saved))};
    return info;
}

Result<ReviewSrInfo> writeReviewSr(const Review& review, const std::vector<AiObject>& objects, QByteArray& bytes,
                                   const ReviewSrOptions& options)
{
    DcmFileFormat out;
    auto info = buildReviewSr(review, objects, options, out);
    if (!info)
        return info;
    bytes.clear();
    if (const OFCondition encoded = dicom::encodePart10(out, EXS_LittleEndianExplicit, bytes); encoded.bad())
        return Error{Text::tr("The review SR could not be encoded: %1").arg(dicom::explainCondition(encoded))};
    return info;
}

namespace {

// Custos writes review times in UTC (Timezone Offset From UTC +0000).
QDateTime utcTime(const QString& dt)
{
    QDateTime t = detail::parseDicomDateTime(dt);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t;
}

Reviewer readObserver(const SrItem& container)
{
    Reviewer who;
    for (const SrItem& item : container.children) {
        if (item.is(codes::personObserverName()))
            who.displayName = item.text;
        else if (item.is(codes::personObserverLogin()))
            who.subject = item.text;
    }
    return who;
}

Region2D readRegion(const SrItem& item)
{
    Region2D r;
    r.type = item.graphic;
    r.points = item.points2D;
    for (const SrItem& child : item.children)
        if (child.valueType == QLatin1String("IMAGE")) {
            r.referencedSopInstanceUid = child.refSopInstanceUid;
            r.referencedSopClassUid = child.refSopClassUid;
            r.referencedFrame = child.frames.empty() ? 0 : child.frames.front();
        }
    return r;
}

bool readGroupEntry(const SrItem& group, FindingReview& entry)
{
    bool hasDecision = false;
    entry.reviewer = readObserver(group);
    for (const SrItem& item : group.children) {
        if (item.is(codes::reviewedObject())) {
            entry.key.objectUid = item.text;
        } else if (item.is(codes::reviewedFinding())) {
            entry.key.findingId = item.text;
        } else if (item.is(codes::reviewDecision())) {
            for (const DecisionCode& c : decisionCodes)
                if (item.code.value == QLatin1String(c.value) && item.code.scheme == QLatin1String(codes::privateScheme)) {
                    entry.decision = c.decision;
                    hasDecision = true;
                }
            entry.time = utcTime(item.observationDateTime);
        } else if (item.is(codes::rejectReason())) {
            for (const ReasonCode& c : reasonCodes)
                if (item.code.value == QLatin1String(c.value))
                    entry.reason = c.reason;
        } else if (item.is(codes::rejectReasonText())) {
            entry.reasonText = item.text;
        } else if (item.is(codes::comment())) {
            entry.comment = item.text;
        } else if (item.is(codes::correctedFinding()) && item.valueType == QLatin1String("CODE")) {
            entry.correction.findingType = item.code;
        } else if (item.is(codes::correctedLabel())) {
            entry.correction.label = item.text;
        } else if (item.valueType == QLatin1String("NUM") && item.number) {
            entry.correction.measurements.push_back({item.name, *item.number, item.unit.value, item.unit.meaning});
        } else if (item.is(codes::correctedRegion()) && item.valueType == QLatin1String("SCOORD")) {
            entry.correction.regions2D.push_back(readRegion(item));
        } else if (item.is(codes::correctedRegion()) && item.valueType == QLatin1String("SCOORD3D")) {
            entry.correction.regions3D.push_back({item.graphic, item.frameOfReferenceUid, item.points3D});
        }
    }
    return hasDecision && !entry.key.objectUid.isEmpty() && !entry.key.findingId.isEmpty();
}

} // namespace

Result<Review> readReview(const dicom::Source& path)
{
    auto loaded = detail::loadSrDocument(path);
    if (!loaded)
        return loaded.error();
    const detail::SrDocument& doc = loaded.value();
    if (!doc.root.is(codes::imagingMeasurementReport()))
        return Error{Text::tr("The file is not a review saved by Custos: it is not an Imaging Measurement Report.")};
    Review review;
    int groups = 0;
    for (const SrItem& section : doc.root.children) {
        if (!section.is(codes::imagingMeasurements()))
            continue;
        for (const SrItem& group : section.children) {
            FindingReview entry;
            if (readGroupEntry(group, entry)) {
                review.restore(std::move(entry));
                ++groups;
            }
        }
    }
    if (groups == 0)
        return Error{Text::tr("The file is a measurement report without review decisions; it was not saved by Custos' review.")};
    if (doc.verified && !doc.verifiers.empty()) {
        const detail::SrVerifier& v = doc.verifiers.front();
        const QString subject = v.code.scheme == QLatin1String(codes::privateScheme) ? v.code.value : QString();
        review.restoreSignature({Reviewer{subject, v.name}, utcTime(v.dateTime)});
    }
    return review;
}

} // namespace custos::ai

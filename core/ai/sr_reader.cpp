// SPDX-License-Identifier: Apache-2.0
#include "core/ai/sr_reader.h"

#include "core/ai/sr_codes.h"
#include "core/ai/sr_tree.h"

#include <QCoreApplication>
#include <QSet>

namespace custos::ai {
namespace {

using detail::SrDocument;
using detail::SrItem;

// lupdate extracts Text::tr("...") under "custos::ai", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ai)
};

bool isType(const SrItem& item, const char* type)
{
    return item.valueType == QLatin1String(type);
}

bool isConfidence(const SrItem& item)
{
    if (item.is(codes::confidence()))
        return true;
    static const char* const words[] = {"confidence", "probability", "likelihood", "certainty"};
    for (const char* w : words)
        if (item.name.meaning.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

bool isSegmentationClass(const QString& sopClassUid)
{
    return sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.66.4");
}

// Observation context (TID 1002-1004) and algorithm identification (TID 4019).
bool readSourceItem(const SrItem& item, Source& source)
{
    if (item.is(codes::algorithmName()))
        source.modelName = item.text;
    else if (item.is(codes::algorithmVersion()))
        source.modelVersion = item.text;
    else if (item.is(codes::deviceObserverManufacturer()))
        source.manufacturer = item.text;
    else if (item.is(codes::deviceObserverModelName()) || item.is(codes::deviceObserverName())) {
        if (source.modelName.isEmpty())
            source.modelName = item.text;
    } else
        return item.relationship == QLatin1String("HAS OBS CONTEXT");
    return true;
}

Region2D region2D(const SrItem& item, AiObject& object)
{
    Region2D region;
    region.type = item.graphic;
    region.points = item.points2D;
    for (const SrItem& child : item.children) {
        if (isType(child, "IMAGE")) {
            region.referencedSopInstanceUid = child.refSopInstanceUid;
            region.referencedSopClassUid = child.refSopClassUid;
            region.referencedFrame = child.frames.empty() ? 0 : child.frames.front();
            break;
        }
    }
    if (region.referencedSopInstanceUid.isEmpty())
        object.warnings << Text::tr("An image region does not say which image it was drawn on; it is not shown on an image.");
    return region;
}

struct GroupReader
{
    AiObject& object;
    Finding& finding;

    void visit(const SrItem& item, bool belowMeasurement)
    {
        if (isType(item, "SCOORD")) {
            finding.regions2D.push_back(region2D(item, object));
            return;
        }
        if (isType(item, "SCOORD3D")) {
            finding.regions3D.push_back({item.graphic, item.frameOfReferenceUid, item.points3D});
            if (object.frameOfReferenceUid.isEmpty())
                object.frameOfReferenceUid = item.frameOfReferenceUid;
            return;
        }
        if (isType(item, "IMAGE")) {
            if (item.is(codes::referencedSegment()) || !item.segments.empty() || isSegmentationClass(item.refSopClassUid)) {
                finding.referencedSegmentationUid = item.refSopInstanceUid;
                finding.segmentNumber = item.segments.empty() ? 0 : item.segments.front();
            } else if (!object.referencedInstanceUids.contains(item.refSopInstanceUid)) {
                object.referencedInstanceUids << item.refSopInstanceUid;
            }
            return;
        }
        if (!belowMeasurement)
            readOwnValue(item);
        const bool measurement = belowMeasurement || isType(item, "NUM");
        for (const SrItem& child : item.children)
            visit(child, measurement);
    }

    void readOwnValue(const SrItem& item)
    {
        if (item.is(codes::trackingIdentifier())) {
            finding.trackingId = item.text;
        } else if (item.is(codes::trackingUniqueIdentifier())) {
            finding.trackingUid = item.text;
        } else if (readSourceItem(item, finding.source)) {
            return; // algorithm, device or person observer context
        } else if (isType(item, "NUM")) {
            if (!item.number) {
                object.warnings << Text::tr("The measurement \"%1\" has no value.").arg(item.name.meaning);
            } else if (isConfidence(item)) {
                const double v = item.unit.value == QLatin1String("%") ? *item.number / 100.0 : *item.number;
                finding.confidence = std::clamp(v, 0.0, 1.0);
            } else {
                finding.measurements.push_back({item.name, *item.number, item.unit.value, item.unit.meaning});
            }
        } else if (isType(item, "CODE")) {
            if (item.is(codes::finding()))
                finding.type = item.code;
            else if (item.is(codes::findingCategory()))
                finding.category = item.code;
            else
                finding.evaluations.push_back({item.name, item.code});
        } else if (isType(item, "TEXT") && !item.text.isEmpty()) {
            finding.evaluations.push_back({item.name, {QString(), QString(), item.text}});
        }
    }
};

Finding readGroup(const SrItem& group, int index, const Source& documentSource, AiObject& object)
{
    Finding finding;
    GroupReader reader{object, finding};
    for (const SrItem& child : group.children)
        reader.visit(child, false);
    if (finding.source.modelName.isEmpty())
        finding.source.modelName = documentSource.modelName;
    if (finding.source.modelVersion.isEmpty())
        finding.source.modelVersion = documentSource.modelVersion;
    if (finding.source.manufacturer.isEmpty())
        finding.source.manufacturer = documentSource.manufacturer;
    finding.id = finding.trackingUid.isEmpty() ? QStringLiteral("sr:group%1").arg(index)
                                               : QStringLiteral("sr:%1").arg(finding.trackingUid);
    if (!finding.measurements.empty())
        finding.kind = FindingKind::Measurement;
    else if (!finding.regions2D.empty() || !finding.regions3D.empty())
        finding.kind = FindingKind::Region;
    else
        finding.kind = FindingKind::Qualitative;
    finding.label = !finding.trackingId.isEmpty() ? finding.trackingId
                    : !finding.type.meaning.isEmpty() ? finding.type.meaning
                                                      : Text::tr("Measurement group %1").arg(index);
    return finding;
}

void readEvidence(const SrDocument& doc, AiObject& object)
{
    for (const detail::SrReference& ref : doc.evidence) {
        if (isSegmentationClass(ref.sopClassUid) || ref.sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.88.")))
            continue; // other AI objects, not the images annotated
        if (object.referencedSeriesUid.isEmpty())
            object.referencedSeriesUid = ref.seriesUid;
        if (!object.referencedInstanceUids.contains(ref.sopInstanceUid))
            object.referencedInstanceUids << ref.sopInstanceUid;
    }
}

void readMeasurementReport(const SrDocument& doc, AiObject& object)
{
    object.kind = AiObjectKind::MeasurementReport;
    Source documentSource = object.source;
    for (const SrItem& item : doc.root.children)
        readSourceItem(item, documentSource);
    object.source = documentSource;
    int index = 0;
    QSet<QString> ids;
    for (const SrItem& section : doc.root.children) {
        if (section.is(codes::imagingMeasurements())) {
            for (const SrItem& group : section.children) {
                if (!isType(group, "CONTAINER"))
                    continue;
                Finding finding = readGroup(group, ++index, documentSource, object);
                if (ids.contains(finding.id))
                    finding.id += QStringLiteral("#%1").arg(index);
                ids.insert(finding.id);
                object.findings.push_back(std::move(finding));
            }
        } else if (section.is(codes::qualitativeEvaluations()) && !section.children.empty()) {
            Finding finding = readGroup(section, ++index, documentSource, object);
            finding.id = QStringLiteral("sr:qualitative");
            finding.label = Text::tr("Qualitative evaluations");
            object.findings.push_back(std::move(finding));
        } else if (section.is(codes::imageLibrary())) {
            Finding unused;
            GroupReader reader{object, unused};
            for (const SrItem& child : section.children)
                reader.visit(child, true);
        }
    }
    if (object.findings.empty())
        object.warnings << Text::tr("The measurement report contains no measurement groups.");
}

} // namespace

Result<AiObject> readStructuredReport(const dicom::Source& input)
{
    auto loaded = detail::loadSrDocument(input);
    if (!loaded)
        return loaded.error();
    const SrDocument& doc = loaded.value();
    AiObject object;
    object.path = input.path();
    object.memory = input.bytes();
    object.sopClassUid = doc.sopClassUid;
    object.sopInstanceUid = doc.sopInstanceUid;
    object.seriesDescription = doc.seriesDescription;
    object.studyInstanceUid = doc.studyUid;
    object.source.manufacturer = doc.manufacturer;
    object.contentDateTime = detail::parseDicomDateTime(doc.contentDate, doc.contentTime);
    object.warnings = doc.warnings;
    readEvidence(doc, object);
    object.contentTree.push_back(detail::toReadableNode(doc.root));
    if (doc.root.is(codes::imagingMeasurementReport()) || doc.templateId == QLatin1String("1500"))
        readMeasurementReport(doc, object);
    else
        object.kind = AiObjectKind::StructuredReport;
    return object;
}

} // namespace custos::ai

// SPDX-License-Identifier: Apache-2.0
#include "core/ai/sr_tree.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/dsrcodtn.h>
#include <dcmtk/dcmsr/dsrcomtn.h>
#include <dcmtk/dcmsr/dsrdattn.h>
#include <dcmtk/dcmsr/dsrdncsr.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrdtitn.h>
#include <dcmtk/dcmsr/dsrimgtn.h>
#include <dcmtk/dcmsr/dsrnumtn.h>
#include <dcmtk/dcmsr/dsrpnmtn.h>
#include <dcmtk/dcmsr/dsrreftn.h>
#include <dcmtk/dcmsr/dsrsc3tn.h>
#include <dcmtk/dcmsr/dsrscotn.h>
#include <dcmtk/dcmsr/dsrtextn.h>
#include <dcmtk/dcmsr/dsrtimtn.h>
#include <dcmtk/dcmsr/dsruidtn.h>

#include <QCoreApplication>
#include <QTimeZone>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace custos::ai::detail {
namespace {

QString qs(const OFString& s)
{
    return QString::fromUtf8(s.c_str(), qsizetype(s.length())).trimmed();
}

CodedConcept toConcept(const DSRCodedEntryValue& c)
{
    return {qs(c.getCodeValue()), qs(c.getCodingSchemeDesignator()), qs(c.getCodeMeaning())};
}

GraphicType graphic2D(DSRTypes::E_GraphicType t)
{
    switch (t) {
    case DSRTypes::GT_Multipoint: return GraphicType::Multipoint;
    case DSRTypes::GT_Polyline: return GraphicType::Polyline;
    case DSRTypes::GT_Circle: return GraphicType::Circle;
    case DSRTypes::GT_Ellipse: return GraphicType::Ellipse;
    default: return GraphicType::Point;
    }
}

GraphicType graphic3D(DSRTypes::E_GraphicType3D t)
{
    switch (t) {
    case DSRTypes::GT3_Multipoint: return GraphicType::Multipoint;
    case DSRTypes::GT3_Polyline: return GraphicType::Polyline;
    case DSRTypes::GT3_Polygon: return GraphicType::Polygon;
    case DSRTypes::GT3_Ellipse: return GraphicType::Ellipse;
    case DSRTypes::GT3_Ellipsoid: return GraphicType::Multipoint; // its 6 axis end points
    default: return GraphicType::Point;
    }
}

void readImageValue(const DSRImageReferenceValue& image, SrItem& item)
{
    item.refSopClassUid = qs(image.getSOPClassUID());
    item.refSopInstanceUid = qs(image.getSOPInstanceUID());
    const DSRImageFrameList& frames = image.getFrameList();
    for (size_t i = 1; i <= frames.getNumberOfItems(); ++i)
        item.frames.push_back(int(frames.getItem(i)));
    const DSRImageSegmentList& segments = image.getSegmentList();
    for (size_t i = 1; i <= segments.getNumberOfItems(); ++i)
        item.segments.push_back(int(segments.getItem(i)));
}

// Copies the typed value of one DCMTK node into the plain item.
void readValue(DSRDocumentTreeNode& node, SrItem& item)
{
    if (auto* s = dynamic_cast<DSRStringValue*>(&node)) {
        item.text = qs(s->getValue());
    } else if (auto* code = dynamic_cast<DSRCodeTreeNode*>(&node)) {
        item.code = toConcept(*code);
    } else if (auto* num = dynamic_cast<DSRNumTreeNode*>(&node)) {
        bool ok = false;
        const double v = qs(num->getNumericValue()).toDouble(&ok);
        if (ok)
            item.number = v;
        item.unit = toConcept(num->getMeasurementUnit());
    } else if (auto* sc = dynamic_cast<DSRSCoordTreeNode*>(&node)) {
        item.graphic = graphic2D(sc->getGraphicType());
        const DSRGraphicDataList& list = sc->getGraphicDataList();
        for (size_t i = 1; i <= list.getNumberOfItems(); ++i) {
            const DSRGraphicDataItem& p = list.getItem(i);
            item.points2D.emplace_back(double(p.Column), double(p.Row));
        }
    } else if (auto* sc3 = dynamic_cast<DSRSCoord3DTreeNode*>(&node)) {
        item.graphic = graphic3D(sc3->getGraphicType());
        item.frameOfReferenceUid = qs(sc3->getFrameOfReferenceUID());
        const DSRGraphicData3DList& list = sc3->getGraphicDataList();
        for (size_t i = 1; i <= list.getNumberOfItems(); ++i) {
            const DSRGraphicData3DItem& p = list.getItem(i);
            item.points3D.push_back({double(p.XCoord), double(p.YCoord), double(p.ZCoord)});
        }
    } else if (auto* image = dynamic_cast<DSRImageTreeNode*>(&node)) {
        readImageValue(*image, item);
    } else if (auto* composite = dynamic_cast<DSRCompositeTreeNode*>(&node)) {
        item.refSopClassUid = qs(composite->getSOPClassUID());
        item.refSopInstanceUid = qs(composite->getSOPInstanceUID());
    }
}

// What the walk learns about the tree's shape besides its items: whether it
// is too deep to be real, and every edge (parent -> child, and by-reference
// item -> the item it references), to find reference cycles.
struct TreeShape
{
    bool tooDeep = false;
    std::vector<std::pair<std::string, std::string>> edges;
    std::vector<std::string> nodes;
};

constexpr int kMaxSrDepth = 64;

// Walks the siblings at the cursor and, below each, its children.
void readSiblings(DSRDocumentTreeNodeCursor cursor, std::vector<SrItem>& out, int depth, TreeShape& shape,
                  const std::string& parent)
{
    if (depth > kMaxSrDepth) {
        shape.tooDeep = true; // a content tree this deep is broken or made to hurt readers
        return;
    }
    do {
        DSRDocumentTreeNode* node = cursor.getNode();
        if (!node)
            break;
        OFString position;
        cursor.getPosition(position);
        const std::string self(position.c_str());
        shape.nodes.push_back(self);
        if (!parent.empty())
            shape.edges.emplace_back(parent, self);
        if (auto* ref = dynamic_cast<DSRByReferenceTreeNode*>(node))
            shape.edges.emplace_back(self, std::string(ref->getReferencedContentItem().c_str()));
        SrItem item;
        item.relationship = QString::fromLatin1(DSRTypes::relationshipTypeToDefinedTerm(node->getRelationshipType()));
        item.valueType = QString::fromLatin1(DSRTypes::valueTypeToDefinedTerm(node->getValueType()));
        item.name = toConcept(node->getConceptName());
        item.observationDateTime = qs(node->getObservationDateTime());
        readValue(*node, item);
        if (cursor.hasChildNodes()) {
            DSRDocumentTreeNodeCursor child(cursor);
            if (child.gotoChild() > 0)
                readSiblings(child, item.children, depth + 1, shape, self);
        }
        out.push_back(std::move(item));
    } while (cursor.gotoNext() > 0 && !shape.tooDeep);
}

// A by-reference relationship that leads back to where it starts (an item
// referencing its own ancestor, or references that chase each other) makes
// the tree infinite for anyone following references. Iterative DFS.
std::optional<std::string> referenceCycle(const TreeShape& shape)
{
    std::map<std::string, std::vector<std::string>> next;
    for (const auto& [from, to] : shape.edges)
        next[from].push_back(to);
    std::map<std::string, int> state; // 0 new, 1 on the path, 2 done
    for (const std::string& start : shape.nodes) {
        if (state[start] != 0)
            continue;
        std::vector<std::pair<std::string, std::size_t>> stack{{start, 0}};
        state[start] = 1;
        while (!stack.empty()) {
            auto& [node, index] = stack.back();
            const auto it = next.find(node);
            if (it == next.end() || index >= it->second.size()) {
                state[node] = 2;
                stack.pop_back();
                continue;
            }
            const std::string target = it->second[index++];
            const int s = state[target];
            if (s == 1)
                return target;
            if (s == 0) {
                state[target] = 1;
                stack.emplace_back(target, 0);
            }
        }
    }
    return std::nullopt;
}

void readReferences(DSRSOPInstanceReferenceList& list, std::vector<SrReference>& out)
{
    if (list.gotoFirstItem().bad())
        return;
    do {
        OFString study, series, cls, inst;
        out.push_back({qs(list.getStudyInstanceUID(study)), qs(list.getSeriesInstanceUID(series)),
                       qs(list.getSOPClassUID(cls)), qs(list.getSOPInstanceUID(inst))});
    } while (list.gotoNextItem().good());
}

// lupdate extracts Text::tr("...") under "custos::ai", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ai)
};

} // namespace

bool SrItem::is(const CodedConcept& c) const
{
    if (name.value == c.value && name.scheme == c.scheme)
        return true;
    // SNOMED concepts appear as SCT (current) or SRT (retired) with different
    // code values; the meaning is the same.
    const bool snomed = (c.scheme == QLatin1String("SCT") || c.scheme == QLatin1String("SRT"))
                        && (name.scheme == QLatin1String("SCT") || name.scheme == QLatin1String("SRT"));
    return snomed && name.meaning.compare(c.meaning, Qt::CaseInsensitive) == 0;
}

QDateTime parseDicomDateTime(const QString& date, const QString& time)
{
    QString dt = date + time;
    if (date.isEmpty())
        return {};
    const qsizetype plus = dt.indexOf(QLatin1Char('+'), 8);
    const qsizetype minus = dt.indexOf(QLatin1Char('-'), 8);
    const qsizetype tz = plus > 0 ? plus : minus;
    QString offset;
    if (tz > 0) {
        offset = dt.mid(tz);
        dt.truncate(tz);
    }
    QString main = dt.section(QLatin1Char('.'), 0, 0);
    const QString fraction = dt.section(QLatin1Char('.'), 1, 1);
    while (main.size() < 14)
        main += QLatin1Char('0');
    QDateTime result = QDateTime::fromString(main.left(14), QStringLiteral("yyyyMMddHHmmss"));
    if (!result.isValid())
        return {};
    if (!fraction.isEmpty())
        result = result.addMSecs(qRound((QStringLiteral("0.") + fraction).toDouble() * 1000.0));
    if (offset.size() == 5) {
        const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60);
        result.setTimeZone(QTimeZone(seconds));
    }
    return result;
}

Result<SrDocument> loadSrDocument(const dicom::Source& source)
{
    dicom::silenceDcmtkLogging();
    DcmFileFormat file;
    if (auto loaded = dicom::loadDicom(file, source, DCM_MaxReadLength); !loaded)
        return Error{Text::tr("The structured report could not be read: %1").arg(loaded.errorMessage())};
    DcmDataset& dataset = *file.getDataset();
    SrDocument doc;
    doc.sopClassUid = dicom::string(dataset, DCM_SOPClassUID);
    if (DSRTypes::sopClassUIDToDocumentType(doc.sopClassUid.toStdString().c_str()) == DSRTypes::DT_invalid)
        return Error{Text::tr("The file is not a DICOM structured report (its SOP class is %1).")
                         .arg(doc.sopClassUid.isEmpty() ? Text::tr("missing") : doc.sopClassUid)};
    if (!dataset.tagExists(DCM_ContentSequence) || !dataset.tagExists(DCM_ValueType))
        return Error{Text::tr("The structured report is without content: its Content Sequence or Value Type is missing.")};
    // Text values reach the person as Unicode, whatever the file's character set.
    const bool utf8 = dataset.convertToUTF8().good();

    DSRDocument document;
    const size_t flags = DSRTypes::RF_acceptUnknownRelationshipType | DSRTypes::RF_acceptInvalidContentItemValue
                         | DSRTypes::RF_ignoreRelationshipConstraints | DSRTypes::RF_skipInvalidContentItems;
    const OFCondition read = document.read(dataset, flags);
    if (read.bad())
        return Error{Text::tr("The structured report is damaged: %1").arg(dicom::explainCondition(read))};
    if (!utf8)
        doc.warnings << Text::tr("The text of the structured report could not be converted to Unicode; some characters may show wrongly.");

    OFString v;
    // Each getter fills v and returns a condition; take() reads and clears v.
    const auto take = [&v](const OFCondition&) {
        const QString r = qs(v);
        v.clear();
        return r;
    };
    doc.sopInstanceUid = take(document.getSOPInstanceUID(v));
    doc.studyUid = take(document.getStudyInstanceUID(v));
    doc.seriesUid = take(document.getSeriesInstanceUID(v));
    doc.seriesDescription = take(document.getSeriesDescription(v));
    doc.manufacturer = take(document.getManufacturer(v));
    doc.contentDate = take(document.getContentDate(v));
    doc.contentTime = take(document.getContentTime(v));
    doc.documentType = QString::fromLatin1(DSRTypes::documentTypeToReadableName(document.getDocumentType()));
    doc.complete = document.getCompletionFlag() == DSRTypes::CF_Complete;
    doc.verified = document.getVerificationFlag() == DSRTypes::VF_Verified;
    for (size_t i = 1; i <= document.getNumberOfVerifyingObservers(); ++i) {
        OFString dateTime, observer, organization;
        DSRCodedEntryValue code;
        if (document.getVerifyingObserver(i, dateTime, observer, code, organization).good())
            doc.verifiers.push_back({qs(observer), toConcept(code), qs(organization), qs(dateTime)});
    }
    readReferences(document.getCurrentRequestedProcedureEvidence(), doc.evidence);
    readReferences(document.getPertinentOtherEvidence(), doc.evidence);

    DSRDocumentTree& tree = document.getTree();
    // The tree is itself a cursor; a copy of it, set to the root, walks the content.
    if (tree.gotoRoot() == 0)
        return Error{Text::tr("The structured report has an empty content tree.")};
    DSRDocumentTreeNodeCursor cursor(static_cast<const DSRTreeNodeCursor<DSRDocumentTreeNode>&>(tree));
    DSRDocumentTreeNode* root = cursor.getNode();
    if (!root)
        return Error{Text::tr("The structured report has an empty content tree.")};
    OFString templateId, mappingResource;
    if (root->getTemplateIdentification(templateId, mappingResource).good())
        doc.templateId = qs(templateId);
    std::vector<SrItem> roots;
    TreeShape shape;
    readSiblings(cursor, roots, 0, shape, {});
    if (shape.tooDeep)
        return Error{Text::tr("The structured report's content tree is nested more than %1 levels deep; it is damaged and "
                        "Custos does not read it.")
                         .arg(kMaxSrDepth)};
    if (const auto cycle = referenceCycle(shape))
        return Error{Text::tr("The structured report's content tree refers back to itself (a reference to item %1 leads "
                        "in a circle); it is damaged and Custos does not read it.")
                         .arg(QString::fromStdString(*cycle))};
    if (roots.empty())
        return Error{Text::tr("The structured report has an empty content tree.")};
    doc.root = std::move(roots.front());
    return doc;
}

SrNode toReadableNode(const SrItem& item)
{
    SrNode node;
    node.relationship = item.relationship;
    node.valueType = item.valueType;
    node.conceptName = item.name.meaning;
    if (item.valueType == QLatin1String("CODE")) {
        node.value = item.code.meaning;
    } else if (item.valueType == QLatin1String("NUM")) {
        node.value = item.number ? QStringLiteral("%1 %2").arg(*item.number).arg(item.unit.value).trimmed()
                                 : Text::tr("(no value)");
    } else if (item.valueType == QLatin1String("SCOORD")) {
        node.value = QCoreApplication::translate("custos::ai", "%n point(s) on an image", nullptr, int(item.points2D.size()));
    } else if (item.valueType == QLatin1String("SCOORD3D")) {
        node.value = QCoreApplication::translate("custos::ai", "%n point(s) in patient space", nullptr, int(item.points3D.size()));
    } else if (!item.refSopInstanceUid.isEmpty()) {
        const char* cls = dcmFindNameOfUID(item.refSopClassUid.toLatin1().constData(), nullptr);
        node.value = QStringLiteral("%1 %2").arg(cls ? QString::fromLatin1(cls) : item.refSopClassUid, item.refSopInstanceUid);
    } else {
        node.value = item.text;
    }
    node.children.reserve(item.children.size());
    for (const SrItem& child : item.children)
        node.children.push_back(toReadableNode(child));
    return node;
}

} // namespace custos::ai::detail

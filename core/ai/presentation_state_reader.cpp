// SPDX-License-Identifier: Apache-2.0
#include "core/ai/presentation_state_reader.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>

namespace custos::ai {
namespace {

// lupdate extracts Text::tr("...") under "custos::ai", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ai)
};

struct ImageRef
{
    QString sopClassUid, sopInstanceUid;
    int frame = 0;
};

// Items of Referenced Image Sequence below `item` (frames listed separately).
std::vector<ImageRef> imageRefs(DcmItem& item)
{
    std::vector<ImageRef> refs;
    DcmSequenceOfItems* seq = nullptr;
    if (item.findAndGetSequence(DCM_ReferencedImageSequence, seq).bad() || !seq)
        return refs;
    for (unsigned long i = 0; i < seq->card(); ++i) {
        DcmItem& ref = *seq->getItem(i);
        ImageRef r{dicom::string(ref, DCM_ReferencedSOPClassUID), dicom::string(ref, DCM_ReferencedSOPInstanceUID), 0};
        const QStringList frames = dicom::string(ref, DCM_ReferencedFrameNumber, -1).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        if (frames.isEmpty())
            refs.push_back(r);
        for (const QString& f : frames) {
            r.frame = f.toInt();
            refs.push_back(r);
        }
    }
    return refs;
}

// The displayed area of an image (1-based pixel corners), for DISPLAY units.
struct DisplayedArea
{
    QString sopInstanceUid; // empty: all images
    double left = 1, top = 1, right = 1, bottom = 1;
};

std::vector<DisplayedArea> displayedAreas(DcmItem& dataset)
{
    std::vector<DisplayedArea> areas;
    DcmSequenceOfItems* seq = nullptr;
    if (dataset.findAndGetSequence(DCM_DisplayedAreaSelectionSequence, seq).bad() || !seq)
        return areas;
    for (unsigned long i = 0; i < seq->card(); ++i) {
        DcmItem& item = *seq->getItem(i);
        Sint32 tl[2] = {0, 0}, br[2] = {0, 0};
        bool ok = true;
        for (unsigned long k = 0; k < 2; ++k)
            ok = ok && item.findAndGetSint32(DCM_DisplayedAreaTopLeftHandCorner, tl[k], k).good()
                 && item.findAndGetSint32(DCM_DisplayedAreaBottomRightHandCorner, br[k], k).good();
        if (!ok)
            continue;
        const auto refs = imageRefs(item);
        if (refs.empty())
            areas.push_back({QString(), double(tl[0]), double(tl[1]), double(br[0]), double(br[1])});
        for (const ImageRef& r : refs)
            areas.push_back({r.sopInstanceUid, double(tl[0]), double(tl[1]), double(br[0]), double(br[1])});
    }
    return areas;
}

const DisplayedArea* areaFor(const std::vector<DisplayedArea>& areas, const QString& sopInstanceUid)
{
    for (const DisplayedArea& a : areas)
        if (a.sopInstanceUid == sopInstanceUid)
            return &a;
    for (const DisplayedArea& a : areas)
        if (a.sopInstanceUid.isEmpty())
            return &a;
    return nullptr;
}

// Floats of a GraphicData-like FL attribute.
std::vector<double> floats(DcmItem& item, const DcmTagKey& key)
{
    std::vector<double> values;
    Float32 v = 0;
    for (unsigned long i = 0; item.findAndGetFloat32(key, v, i).good(); ++i)
        values.push_back(double(v));
    return values;
}

struct Shape
{
    GraphicType type = GraphicType::Polyline;
    std::vector<std::pair<double, double>> points; // as stored, in `units`
    bool display = false;                          // DISPLAY units: fractions of the displayed area
    QString label;
};

std::optional<Shape> graphicObject(DcmItem& item, QStringList& warnings)
{
    const QString type = dicom::string(item, DCM_GraphicType);
    Shape s;
    s.display = dicom::string(item, DCM_GraphicAnnotationUnits) == QLatin1String("DISPLAY");
    if (type == QLatin1String("POINT"))
        s.type = GraphicType::Point;
    else if (type == QLatin1String("POLYLINE") || type == QLatin1String("INTERPOLATED"))
        s.type = GraphicType::Polyline;
    else if (type == QLatin1String("CIRCLE"))
        s.type = GraphicType::Circle;
    else if (type == QLatin1String("ELLIPSE"))
        s.type = GraphicType::Ellipse;
    else {
        warnings << Text::tr("A graphic of unknown type \"%1\" is not shown.").arg(type);
        return std::nullopt;
    }
    const std::vector<double> data = floats(item, DCM_GraphicData);
    if (data.size() < 2 || data.size() % 2 != 0) {
        warnings << Text::tr("A %1 graphic without valid points is not shown.").arg(type);
        return std::nullopt;
    }
    for (size_t i = 0; i + 1 < data.size(); i += 2)
        s.points.emplace_back(data[i], data[i + 1]);
    s.label = type == QLatin1String("POINT") ? Text::tr("Point") : type.left(1) + type.mid(1).toLower();
    return s;
}

std::optional<Shape> textObject(DcmItem& item)
{
    Shape s;
    s.label = dicom::string(item, DCM_UnformattedTextValue);
    const std::vector<double> tl = floats(item, DCM_BoundingBoxTopLeftHandCorner);
    const std::vector<double> br = floats(item, DCM_BoundingBoxBottomRightHandCorner);
    const std::vector<double> anchor = floats(item, DCM_AnchorPoint);
    if (anchor.size() == 2) {
        s.type = GraphicType::Point;
        s.points = {{anchor[0], anchor[1]}};
        s.display = dicom::string(item, DCM_AnchorPointAnnotationUnits) == QLatin1String("DISPLAY");
    } else if (tl.size() == 2 && br.size() == 2) {
        s.type = GraphicType::Box; // two corners: top left, bottom right
        s.points = {{tl[0], tl[1]}, {br[0], br[1]}};
        s.display = dicom::string(item, DCM_BoundingBoxAnnotationUnits) == QLatin1String("DISPLAY");
    } else {
        return std::nullopt;
    }
    return s;
}

struct AnnotationReader
{
    AiObject& object;
    std::vector<ImageRef> allImages;   // of the Referenced Series Sequence
    std::vector<DisplayedArea> areas;

    void add(const Shape& shape, const std::vector<ImageRef>& targets, const QString& layer, bool text)
    {
        Finding f;
        f.kind = FindingKind::Annotation;
        f.id = QStringLiteral("pr:%1").arg(object.findings.size() + 1);
        f.label = shape.label.isEmpty() ? (text ? Text::tr("Text") : Text::tr("Graphic")) : shape.label;
        if (!layer.isEmpty())
            f.evaluations.push_back({{QString(), QString(), Text::tr("Graphic layer")}, {QString(), QString(), layer}});
        for (const ImageRef& target : targets.empty() ? allImages : targets) {
            Region2D r;
            r.type = shape.type;
            r.referencedSopInstanceUid = target.sopInstanceUid;
            r.referencedSopClassUid = target.sopClassUid;
            r.referencedFrame = target.frame;
            r.points = shape.points;
            if (shape.display && !toPixels(r))
                continue;
            f.regions2D.push_back(std::move(r));
        }
        if (!f.regions2D.empty())
            object.findings.push_back(std::move(f));
    }

    // DISPLAY units are fractions (0..1) of the displayed area of the image.
    bool toPixels(Region2D& r)
    {
        const DisplayedArea* a = areaFor(areas, r.referencedSopInstanceUid);
        if (!a) {
            object.warnings << Text::tr("An annotation in display units has no displayed area to place it; it is not shown.");
            return false;
        }
        for (auto& [x, y] : r.points) {
            // The displayed area's corners are 1-based pixel positions; pixel
            // coordinates in SCOORD/GraphicData put the image's top left at 0.
            x = (a->left - 1) + x * (a->right - a->left + 1);
            y = (a->top - 1) + y * (a->bottom - a->top + 1);
        }
        return true;
    }
};

void readVoi(DcmItem& dataset, AiObject& object)
{
    DcmSequenceOfItems* seq = nullptr;
    if (dataset.findAndGetSequence(DCM_SoftcopyVOILUTSequence, seq).bad() || !seq)
        return;
    for (unsigned long i = 0; i < seq->card(); ++i) {
        DcmItem& item = *seq->getItem(i);
        const auto centre = dicom::float64(item, DCM_WindowCenter), width = dicom::float64(item, DCM_WindowWidth);
        if (!centre || !width)
            continue;
        SrNode node;
        node.valueType = QStringLiteral("VOI");
        node.conceptName = Text::tr("Window in the presentation state (not applied)");
        node.value = Text::tr("centre %1, width %2").arg(*centre).arg(*width);
        object.contentTree.push_back(std::move(node));
    }
}

} // namespace

Result<AiObject> readPresentationState(const dicom::Source& input)
{
    dicom::silenceDcmtkLogging();
    DcmFileFormat file;
    if (auto loaded = dicom::loadDicom(file, input, DCM_MaxReadLength); !loaded)
        return Error{Text::tr("The presentation state could not be read: %1").arg(loaded.errorMessage())};
    DcmDataset& ds = *file.getDataset();
    AiObject object;
    object.kind = AiObjectKind::PresentationState;
    object.path = input.path();
    object.memory = input.bytes();
    object.sopClassUid = dicom::string(ds, DCM_SOPClassUID);
    if (!object.sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.11.")))
        return Error{Text::tr("The file is not a softcopy presentation state (its SOP class is %1).")
                         .arg(object.sopClassUid.isEmpty() ? Text::tr("missing") : object.sopClassUid)};
    object.sopInstanceUid = dicom::string(ds, DCM_SOPInstanceUID);
    object.studyInstanceUid = dicom::string(ds, DCM_StudyInstanceUID);
    object.seriesDescription = dicom::string(ds, DCM_ContentDescription);
    if (object.seriesDescription.isEmpty())
        object.seriesDescription = dicom::string(ds, DCM_ContentLabel);
    object.source.manufacturer = dicom::string(ds, DCM_Manufacturer);
    object.source.modelName = dicom::string(ds, DCM_ContentCreatorName);
    object.contentDateTime = QDateTime::fromString(dicom::string(ds, DCM_PresentationCreationDate) + dicom::string(ds, DCM_PresentationCreationTime).left(6),
                                                   QStringLiteral("yyyyMMddHHmmss"));

    AnnotationReader reader{object, {}, displayedAreas(ds)};
    DcmSequenceOfItems* series = nullptr;
    if (ds.findAndGetSequence(DCM_ReferencedSeriesSequence, series).bad() || !series || series->card() == 0)
        return Error{Text::tr("The presentation state is damaged: it does not say which series it applies to.")};
    for (unsigned long i = 0; i < series->card(); ++i) {
        DcmItem& item = *series->getItem(i);
        if (object.referencedSeriesUid.isEmpty())
            object.referencedSeriesUid = dicom::string(item, DCM_SeriesInstanceUID);
        for (const ImageRef& r : imageRefs(item)) {
            reader.allImages.push_back(r);
            if (!object.referencedInstanceUids.contains(r.sopInstanceUid))
                object.referencedInstanceUids << r.sopInstanceUid;
        }
    }
    readVoi(ds, object);

    DcmSequenceOfItems* annotations = nullptr;
    if (ds.findAndGetSequence(DCM_GraphicAnnotationSequence, annotations).good() && annotations) {
        for (unsigned long i = 0; i < annotations->card(); ++i) {
            DcmItem& item = *annotations->getItem(i);
            const std::vector<ImageRef> targets = imageRefs(item);
            const QString layer = dicom::string(item, DCM_GraphicLayer);
            DcmSequenceOfItems* seq = nullptr;
            if (item.findAndGetSequence(DCM_TextObjectSequence, seq).good() && seq)
                for (unsigned long k = 0; k < seq->card(); ++k)
                    if (auto shape = textObject(*seq->getItem(k)))
                        reader.add(*shape, targets, layer, true);
            if (item.findAndGetSequence(DCM_GraphicObjectSequence, seq).good() && seq)
                for (unsigned long k = 0; k < seq->card(); ++k)
                    if (auto shape = graphicObject(*seq->getItem(k), object.warnings))
                        reader.add(*shape, targets, layer, false);
        }
    }
    if (object.findings.empty())
        object.warnings << Text::tr("The presentation state has no annotations to show.");
    return object;
}

} // namespace custos::ai

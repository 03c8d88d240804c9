// SPDX-License-Identifier: Apache-2.0
#include "core/ai/sr_build.h"

#include <dcmtk/dcmsr/dsrimgvl.h>
#include <dcmtk/dcmsr/dsrnumvl.h>
#include <dcmtk/dcmsr/dsrsc3vl.h>
#include <dcmtk/dcmsr/dsrscovl.h>

#include <QCoreApplication>

namespace custos::ai::detail {
namespace {

OFString os(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return OFString(utf8.constData(), size_t(utf8.size()));
}

DSRTypes::E_GraphicType toDcmtk2D(GraphicType t)
{
    switch (t) {
    case GraphicType::Point: return DSRTypes::GT_Point;
    case GraphicType::Multipoint: return DSRTypes::GT_Multipoint;
    case GraphicType::Circle: return DSRTypes::GT_Circle;
    case GraphicType::Ellipse: return DSRTypes::GT_Ellipse;
    case GraphicType::Polyline:
    case GraphicType::Polygon:
    case GraphicType::Box: return DSRTypes::GT_Polyline; // closed: the writer repeats the first point
    }
    return DSRTypes::GT_Polyline;
}

DSRTypes::E_GraphicType3D toDcmtk3D(GraphicType t)
{
    switch (t) {
    case GraphicType::Point: return DSRTypes::GT3_Point;
    case GraphicType::Multipoint: return DSRTypes::GT3_Multipoint;
    case GraphicType::Polygon:
    case GraphicType::Box: return DSRTypes::GT3_Polygon;
    case GraphicType::Ellipse:
    case GraphicType::Circle: return DSRTypes::GT3_Ellipse;
    case GraphicType::Polyline: return DSRTypes::GT3_Polyline;
    }
    return DSRTypes::GT3_Polyline;
}

} // namespace

DSRCodedEntryValue toDcmtk(const CodedConcept& c)
{
    return DSRCodedEntryValue(os(c.value), os(c.scheme), os(c.meaning));
}

QString dicomDateTime(const QDateTime& time)
{
    // No offset suffix: DCMTK's DT check refuses it in content items; the
    // document says Timezone Offset From UTC +0000 instead.
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

void SrBuilder::check(const OFCondition& cond, const char* what)
{
    if (cond.bad() && m_error.isEmpty())
        m_error = QCoreApplication::translate("custos::ai", "The SR could not be built (%1): %2")
                      .arg(QString::fromLatin1(what), QString::fromLatin1(cond.text()));
}

bool SrBuilder::add(DSRTypes::E_RelationshipType rel, DSRTypes::E_ValueType type, const CodedConcept& name)
{
    if (!ok())
        return false;
    const DSRTypes::E_AddMode mode = m_below ? DSRTypes::AM_belowCurrent : DSRTypes::AM_afterCurrent;
    if (m_tree.addContentItem(rel, type, mode) == 0) {
        m_error = QCoreApplication::translate("custos::ai", "The SR could not be built: a %1 item \"%2\" is not allowed there.")
                      .arg(QString::fromLatin1(DSRTypes::valueTypeToDefinedTerm(type)), name.meaning);
        return false;
    }
    m_below = false;
    if (!name.isEmpty())
        check(current().setConceptName(toDcmtk(name)), "concept name");
    return ok();
}

void SrBuilder::root(const CodedConcept& title, const char* templateId)
{
    m_below = false;
    if (add(DSRTypes::RT_isRoot, DSRTypes::VT_Container, title) && templateId)
        check(m_tree.setTemplateIdentification(templateId, "DCMR"), "template");
    m_below = true;
}

void SrBuilder::open(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const char* templateId)
{
    if (add(rel, DSRTypes::VT_Container, name) && templateId)
        check(current().setTemplateIdentification(templateId, "DCMR"), "template");
    m_below = true;
}

void SrBuilder::close()
{
    if (!ok())
        return;
    if (m_below) // empty container: the cursor is still on it
        m_below = false;
    else if (m_tree.goUp() == 0)
        m_error = QStringLiteral("SR builder: close() without open()");
}

void SrBuilder::text(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& value)
{
    if (add(rel, DSRTypes::VT_Text, name))
        check(current().setStringValue(os(value)), "TEXT");
}

void SrBuilder::uidref(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& value)
{
    if (add(rel, DSRTypes::VT_UIDRef, name))
        check(current().setStringValue(os(value)), "UIDREF");
}

void SrBuilder::pname(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& value)
{
    if (add(rel, DSRTypes::VT_PName, name))
        check(current().setStringValue(os(value)), "PNAME");
}

void SrBuilder::code(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const CodedConcept& value)
{
    if (add(rel, DSRTypes::VT_Code, name))
        check(current().setCodeValue(toDcmtk(value)), "CODE");
}

void SrBuilder::num(DSRTypes::E_RelationshipType rel, const CodedConcept& name, double value, const QString& ucum,
                    const QString& unitMeaning)
{
    if (!add(rel, DSRTypes::VT_Num, name))
        return;
    const QString text = QString::number(value, 'g', 10);
    const DSRCodedEntryValue unit(os(ucum), "UCUM", os(unitMeaning.isEmpty() ? ucum : unitMeaning));
    check(current().setNumericValue(DSRNumericMeasurementValue(os(text), unit)), "NUM");
}

void SrBuilder::scoord(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const Region2D& region)
{
    if (!add(rel, DSRTypes::VT_SCoord, name))
        return;
    DSRSpatialCoordinatesValue value(toDcmtk2D(region.type));
    for (const auto& [column, row] : region.points)
        value.getGraphicDataList().addItem(Float32(column), Float32(row));
    const bool closed = region.type == GraphicType::Polygon || region.type == GraphicType::Box;
    if (closed && !region.points.empty())
        value.getGraphicDataList().addItem(Float32(region.points.front().first), Float32(region.points.front().second));
    check(current().setSpatialCoordinates(value), "SCOORD");
    m_below = true;
    image(DSRTypes::RT_selectedFrom, {}, region.referencedSopClassUid, region.referencedSopInstanceUid,
          region.referencedFrame);
    close();
}

void SrBuilder::scoord3d(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const Region3D& region)
{
    if (!add(rel, DSRTypes::VT_SCoord3D, name))
        return;
    DSRSpatialCoordinates3DValue value(toDcmtk3D(region.type));
    for (const dicom::Vec3& p : region.points)
        value.getGraphicDataList().addItem(Float32(p.x), Float32(p.y), Float32(p.z));
    if (region.type == GraphicType::Polygon && !region.points.empty()) {
        const dicom::Vec3& p = region.points.front();
        value.getGraphicDataList().addItem(Float32(p.x), Float32(p.y), Float32(p.z));
    }
    check(value.setFrameOfReferenceUID(os(region.frameOfReferenceUid)), "SCOORD3D frame of reference");
    check(current().setSpatialCoordinates3D(value), "SCOORD3D");
}

void SrBuilder::image(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& sopClassUid,
                      const QString& sopInstanceUid, int frame, int segment)
{
    if (sopClassUid.isEmpty() && ok()) {
        m_error = QCoreApplication::translate("custos::ai", "The SR could not be built: the SOP class of image %1 is not known.")
                      .arg(sopInstanceUid);
        return;
    }
    if (!add(rel, DSRTypes::VT_Image, name))
        return;
    DSRImageReferenceValue value(os(sopClassUid), os(sopInstanceUid));
    if (frame > 0)
        value.getFrameList().addItem(Sint32(frame));
    if (segment > 0)
        value.getSegmentList().addItem(Uint16(segment));
    check(current().setImageReference(value), "IMAGE");
}

void SrBuilder::observationDateTime(const QDateTime& time)
{
    if (ok() && time.isValid())
        check(current().setObservationDateTime(os(dicomDateTime(time))), "observation time");
}

} // namespace custos::ai::detail

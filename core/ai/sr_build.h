// SPDX-License-Identifier: Apache-2.0
#pragma once
// Building an SR content tree with DCMTK, one item after another, nesting
// with open()/close(). The first error is kept and every later call is a
// no-op, so a writer checks once at the end. Internal to core/ai.

#include "core/ai/finding.h"

#include <dcmtk/dcmsr/dsrdoctr.h>

#include <QString>

namespace custos::ai::detail {

class SrBuilder
{
public:
    explicit SrBuilder(DSRDocumentTree& tree) : m_tree(tree) {}

    // The root CONTAINER, with its template (e.g. "1500").
    void root(const CodedConcept& title, const char* templateId);
    void open(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const char* templateId = nullptr);
    void close();
    // The next item becomes the first child of the item just added; close() returns.
    void below() { m_below = ok(); }

    void text(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& value);
    void uidref(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& value);
    void pname(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& value);
    void code(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const CodedConcept& value);
    void num(DSRTypes::E_RelationshipType rel, const CodedConcept& name, double value, const QString& ucum,
             const QString& unitMeaning);
    // An SCOORD with its image (SELECTED FROM); the image's SOP class must be known.
    void scoord(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const Region2D& region);
    void scoord3d(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const Region3D& region);
    void image(DSRTypes::E_RelationshipType rel, const CodedConcept& name, const QString& sopClassUid,
               const QString& sopInstanceUid, int frame = 0, int segment = 0);
    void observationDateTime(const QDateTime& time);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    bool add(DSRTypes::E_RelationshipType rel, DSRTypes::E_ValueType type, const CodedConcept& name);
    void check(const OFCondition& cond, const char* what);
    DSRContentItem& current() { return m_tree.getCurrentContentItem(); }

    DSRDocumentTree& m_tree;
    bool m_below = false; // the next item is the first child of the container just opened
    QString m_error;
};

DSRCodedEntryValue toDcmtk(const CodedConcept& c);
QString dicomDateTime(const QDateTime& time); // YYYYMMDDHHMMSS in UTC

} // namespace custos::ai::detail

// SPDX-License-Identifier: Apache-2.0
// Structured reports made to hurt a reader (issue 15): a content tree nested
// far deeper than any real report, and a by-reference relationship that
// leads back to its own ancestor. Both are generated here with DCMTK and
// must be refused with a sentence, not read half or followed forever.

#include "core/ai/sr_reader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrul.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace custos;

namespace {

using T = DSRTypes;

bool add(DSRDocumentTree& t, T::E_RelationshipType rel, T::E_ValueType vt, T::E_AddMode mode, const char* code)
{
    return t.addContentItem(rel, vt, mode) > 0 &&
           t.getCurrentContentItem().setConceptName(DSRCodedEntryValue(code, "99TEST", "Test concept")).good();
}

bool save(DSRDocument& doc, const QString& path)
{
    DcmFileFormat out;
    return doc.write(*out.getDataset()).good() &&
           out.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good();
}

// Every Referenced Content Item Identifier below `item`, recursively.
void referencedIds(DcmItem& item, std::vector<DcmElement*>& out)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* e = item.getElement(i);
        if (e->getTag() == DCM_ReferencedContentItemIdentifier)
            out.push_back(e);
        if (auto* seq = dynamic_cast<DcmSequenceOfItems*>(e))
            for (unsigned long k = 0; k < seq->card(); ++k)
                referencedIds(*seq->getItem(k), out);
    }
}

} // namespace

class TestAiHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void srNestedDeeperThanAnyReportIsRefused();
    void srShallowTreeIsStillRead();
    void srReferenceToAnAncestorIsRefused();

private:
    QString writeNested(int depth)
    {
        DSRDocument doc(T::DT_ComprehensiveSR);
        DSRDocumentTree& t = doc.getTree();
        if (!add(t, T::RT_isRoot, T::VT_Container, T::AM_afterCurrent, "ROOT"))
            return {};
        for (int i = 0; i < depth; ++i)
            if (!add(t, T::RT_contains, T::VT_Container, T::AM_belowCurrent, "LEVEL"))
                return {};
        const QString path = m_dir.filePath(QStringLiteral("nested-%1.dcm").arg(depth));
        return save(doc, path) ? path : QString();
    }
    QTemporaryDir m_dir;
};

void TestAiHostile::srNestedDeeperThanAnyReportIsRefused()
{
    // 100 content levels: within what DCMTK itself can parse (the nesting
    // pre-scan allows 200 items), beyond what the SR reader accepts (64).
    // Before the fix the reader stopped at 64 and showed half a tree.
    const QString path = writeNested(100);
    QVERIFY(!path.isEmpty());
    const auto r = ai::readStructuredReport(path);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("nested more than 64")), qPrintable(r.errorMessage()));
}

void TestAiHostile::srShallowTreeIsStillRead()
{
    const QString path = writeNested(20);
    QVERIFY(!path.isEmpty());
    const auto r = ai::readStructuredReport(path);
    QVERIFY2(r, qPrintable(r ? QString() : r.errorMessage()));
}

void TestAiHostile::srReferenceToAnAncestorIsRefused()
{
    // Root > A > B, and below B a by-reference item naming a sibling of A;
    // then its Referenced Content Item Identifier is rewritten to "1.1"
    // (A itself): following references from B leads back to A, forever.
    DSRDocument doc(T::DT_ComprehensiveSR);
    DSRDocumentTree& t = doc.getTree();
    QVERIFY(add(t, T::RT_isRoot, T::VT_Container, T::AM_afterCurrent, "ROOT"));
    QVERIFY(add(t, T::RT_contains, T::VT_Container, T::AM_belowCurrent, "A"));
    QVERIFY(add(t, T::RT_contains, T::VT_Text, T::AM_afterCurrent, "SIBLING"));
    QVERIFY(t.getCurrentContentItem().setStringValue("target").good());
    const size_t sibling = t.getNodeID();
    QVERIFY(t.gotoPrevious() > 0); // back to A
    QVERIFY(add(t, T::RT_contains, T::VT_Container, T::AM_belowCurrent, "B"));
    QVERIFY(t.addByReferenceRelationship(T::RT_contains, sibling) > 0);
    const QString path = m_dir.filePath(QStringLiteral("cycle.dcm"));
    QVERIFY(save(doc, path));

    DcmFileFormat file;
    QVERIFY(file.loadFile(QFile::encodeName(path).constData()).good());
    std::vector<DcmElement*> ids;
    referencedIds(*file.getDataset(), ids);
    QCOMPARE(int(ids.size()), 1);
    const Uint32 ancestor[] = {1, 1};
    QVERIFY(ids.front()->putUint32Array(ancestor, 2).good());
    QVERIFY(file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());

    const auto r = ai::readStructuredReport(path);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("refers back to itself")), qPrintable(r.errorMessage()));
}

QTEST_GUILESS_MAIN(TestAiHostile)
#include "tst_ai_hostile.moc"

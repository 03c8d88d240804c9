// SPDX-License-Identifier: Apache-2.0
// Regression tests for the crashes and hangs a mutation run found in the
// DICOM readers (issue 15). Every hostile file is generated here, byte by
// byte (hostile_dicom.h); each test would crash, hang or allocate without
// bound without its fix, and asserts the sentence the person gets instead.

#include "core/dicom/header_reader.h"
#include "core/dicom/input_guard.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "core/pacs/dimse_client.h"
#include "hostile_dicom.h"
#include "test_data.h"
#include "test_support.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <future>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace custos;
using namespace custos::dicom;

namespace {

bool anyErrorContains(const Catalog& c, const QString& text)
{
    for (const FileError& e : c.errors)
        if (e.message.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

QString errorsOf(const Catalog& c)
{
    QStringList out;
    for (const FileError& e : c.errors)
        out << e.file + QStringLiteral(": ") + e.message;
    return out.join(QLatin1Char('\n'));
}

// Loads every stack of a catalog; returns the load errors.
QStringList loadAll(const Catalog& catalog)
{
    QStringList errors;
    for (const Study& study : catalog.studies)
        for (const Series& series : study.series)
            for (const Stack& stack : series.stacks) {
                LoadReport report;
                auto volume = loadStack(catalog, stack, {}, &report);
                if (!volume)
                    errors << volume.errorMessage();
                for (const auto& e : report.errors)
                    errors << e.message;
            }
    return errors;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void deeplyNestedSequencesAreRefusedNotRecursed_data();
    void deeplyNestedSequencesAreRefusedNotRecursed();
    void realFilesPassTheNestingCheck();
    void rleZeroLengthFragmentIsAnErrorNotACrash();
    void rleHeaderPointingOutsideItsFragmentIsAnError();
    void hugeFrameCountIsRefusedBeforeAllocation_data();
    void hugeFrameCountIsRefusedBeforeAllocation();
    void hugeImageSizeIsRefusedBeforeAllocation();
    void seriesTooLargeForMemoryIsRefusedAtScan();
    void elementLongerThanTheFileIsRefusedBeforeAllocation_data();
    void elementLongerThanTheFileIsRefusedBeforeAllocation();
    void elementLongerThanTheBytesInMemoryIsRefusedBeforeAllocation_data();
    void elementLongerThanTheBytesInMemoryIsRefusedBeforeAllocation();
    void deeplyNestedRetrievedInstanceIsRefusedNotRecursed();
    void dcmtkExceptionOnADamagedDicomdirIsAnError_data();
    void dcmtkExceptionOnADamagedDicomdirIsAnError();
    void fifoGivenAsAFileNeverBlocks();
    void fifoInAFolderIsSkipped();
    void emptyNamedFileAndEmptyDicomdirAreReported();
    void bareDatasetWithoutMetaHeaderIsRead();
};

void TestHostileInput::deeplyNestedSequencesAreRefusedNotRecursed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("undefined lengths, 10,000 deep") << hostile::deeplyNestedUndefined(10000);
    QTest::newRow("defined lengths, 10,000 deep") << hostile::deeplyNestedDefined(10000);
    QTest::newRow("undefined lengths, 100,000 deep") << hostile::deeplyNestedUndefined(100000);
}

void TestHostileInput::deeplyNestedSequencesAreRefusedNotRecursed()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("nested.dcm"));
    QVERIFY(hostile::write(file, bytes));

    // Without the pre-scan DCMTK recurses once per level and the process
    // dies of a stack overflow (SIGSEGV) right here.
    const auto header = readInstanceHeader(file);
    QVERIFY(!header);
    QVERIFY2(header.errorMessage().contains(QLatin1String("nested more than")), qPrintable(header.errorMessage()));

    const Catalog catalog = scanPaths({file});
    QVERIFY(catalog.instances.empty());
    QVERIFY2(anyErrorContains(catalog, QStringLiteral("nested more than")), qPrintable(errorsOf(catalog)));

    // The check itself on the bytes, and a shallow nesting passes it. The
    // file check reads only a window (most of these files lie past it) and
    // must refuse all the same.
    QVERIFY(bytes.size() > 64 * 1024);
    QVERIFY(!checkDicomInput(file));
    QVERIFY(!checkNestingDepth(bytes));
    QVERIFY(checkNestingDepth(hostile::deeplyNestedUndefined(50)));
    QVERIFY(checkNestingDepth(hostile::deeplyNestedDefined(50)));
}

void TestHostileInput::realFilesPassTheNestingCheck()
{
    CUSTOS_REQUIRE_TESTDATA();
    // No real file (SR, SEG, enhanced multi-frame, deflated, big endian,
    // no meta header) may be refused by the pre-scan.
    int checked = 0, truncated = 0;
    QDirIterator it(testdata::root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (probeFile(f) == Probe::NotDicom)
            continue;
        const auto r = checkDicomInput(f);
        // The file check reads a window and steps over pixel data; on the
        // whole file's bytes the same check must say the same.
        {
            QFile whole(f);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            const auto all = checkNestingDepth(whole.readAll());
            QVERIFY2(bool(all) == bool(r) && all.errorMessage() == r.errorMessage(),
                     qPrintable(f + QStringLiteral(": file check '") + r.errorMessage() +
                                QStringLiteral("', bytes check '") + all.errorMessage() + QStringLiteral("'")));
        }
        // Only the files pydicom ships truncated on purpose may fail, and
        // only for what they are: truncated, never "nested too deep".
        if (!r) {
            QVERIFY2((f.contains(QLatin1String("truncated")) || f.endsWith(QLatin1String("SC_rgb_jpeg.dcm"))) &&
                         r.errorMessage().contains(QLatin1String("truncated")),
                     qPrintable(f + QStringLiteral(": ") + r.errorMessage()));
            ++truncated;
        }
        ++checked;
    }
    QVERIFY2(checked >= 60, qPrintable(QStringLiteral("only %1 DICOM files in the test data").arg(checked)));
    QVERIFY(truncated <= 3);
}

void TestHostileInput::rleZeroLengthFragmentIsAnErrorNotACrash()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("rle-empty-fragment.dcm"));
    const QByteArray empty = hostile::encapsulated(hostile::kRle, 8, 8, "1", {QByteArray()});
    QVERIFY(hostile::write(file, empty));
    // The header reader refuses it at once.
    const Catalog bad = scanPaths({file});
    QVERIFY(bad.instances.empty());
    QVERIFY2(anyErrorContains(bad, QStringLiteral("empty")), qPrintable(errorsOf(bad)));

    // A good RLE image loads...
    const QString good = dir.filePath(QStringLiteral("rle-good.dcm"));
    QVERIFY(hostile::write(good, hostile::encapsulated(hostile::kRle, 8, 8, "1", {hostile::rleFragment(64, 7)})));
    const Catalog ok = scanPaths({good});
    QCOMPARE(int(ok.instances.size()), 1);
    auto volume = loadStack(ok, ok.studies.at(0).series.at(0).stacks.at(0));
    QVERIFY2(volume, qPrintable(volume ? QString() : volume.errorMessage()));
    QCOMPARE(int(std::to_integer<int>(volume.value()->data()[0])), 7);
    QCOMPARE(int(std::to_integer<int>(volume.value()->data()[63])), 7);

    // ...and when the file is swapped for the empty fragment after the scan,
    // the decoder's own check refuses it (SIGSEGV in DCMTK's RLE decoder
    // without it).
    QVERIFY(hostile::write(good, empty));
    const QStringList errors = loadAll(ok);
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("empty")), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestHostileInput::rleHeaderPointingOutsideItsFragmentIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Segment count 1, first offset far beyond the 64-byte fragment.
    hostile::Bytes header;
    header.u32(1).u32(0x7FFFFFF0u);
    for (int i = 2; i < 16; ++i)
        header.u32(0);
    QByteArray fragment = header.data() + QByteArray(16, '\x01');
    const QString file = dir.filePath(QStringLiteral("rle-bad-offsets.dcm"));
    QVERIFY(hostile::write(file, hostile::encapsulated(hostile::kRle, 8, 8, "1", {fragment})));
    const QStringList errors = loadAll(scanPaths({file}));
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("RLE")), qPrintable(errors.join(QLatin1Char('\n'))));

    // Fifteen segments where an 8-bit grey image has one.
    hostile::Bytes many;
    many.u32(15);
    for (int i = 1; i < 16; ++i)
        many.u32(quint32(64 + i));
    QVERIFY(hostile::write(file, hostile::encapsulated(hostile::kRle, 8, 8, "1", {many.data() + QByteArray(64, '\0')})));
    const QStringList errors2 = loadAll(scanPaths({file}));
    QVERIFY2(errors2.join(QLatin1Char('\n')).contains(QLatin1String("segments")), qPrintable(errors2.join(QLatin1Char('\n'))));
}

void TestHostileInput::hugeFrameCountIsRefusedBeforeAllocation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    // 2^31 - 1 frames of 8x8: std::bad_alloc in readFrames without the check.
    QTest::newRow("native 8x8") << hostile::native(8, 8, "2147483647", QByteArray(64, '\0')) << QStringLiteral("frames");
    // 1x1: small enough for the ceiling, so the pixel data length decides.
    QTest::newRow("native 1x1") << hostile::native(1, 1, "2147483647", QByteArray(2, '\0')) << QStringLiteral("shorter");
    QTest::newRow("RLE 1x1") << hostile::encapsulated(hostile::kRle, 1, 1, "2147483647", {hostile::rleFragment(1, 1)})
                             << QStringLiteral("fragments");
}

void TestHostileInput::hugeFrameCountIsRefusedBeforeAllocation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("frames.dcm"));
    QVERIFY(hostile::write(file, bytes));
    const auto header = readInstanceHeader(file);
    QVERIFY(!header);
    QVERIFY2(header.errorMessage().contains(expected), qPrintable(header.errorMessage()));
}

void TestHostileInput::hugeImageSizeIsRefusedBeforeAllocation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 65,535 x 65,535 x 16 bit, RLE: 8 GiB claimed by a 200-byte file;
    // Volume::Volume threw std::bad_alloc (uncaught) without the check.
    const QString file = dir.filePath(QStringLiteral("huge.dcm"));
    QVERIFY(hostile::write(file, hostile::encapsulated(hostile::kRle, 65535, 65535, "1", {hostile::rleFragment(64, 1)}, 16)));
    const auto header = readInstanceHeader(file);
    QVERIFY(!header);
    QVERIFY2(header.errorMessage().contains(QLatin1String("65535")), qPrintable(header.errorMessage()));
    const Catalog catalog = scanPaths({file});
    QVERIFY(catalog.instances.empty());
    QVERIFY(!catalog.errors.empty());
}

void TestHostileInput::seriesTooLargeForMemoryIsRefusedAtScan()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Twenty files of 32,768 x 32,768 each pass the per-file limits; together
    // they claim more than any machine gives a volume (the viewer allocated
    // it on its UI thread: std::bad_alloc there ended the process).
    for (int i = 0; i < 20; ++i) {
        const QByteArray uid = "2.25.5000" + QByteArray::number(i);
        hostile::Bytes b = hostile::identity(hostile::kCtImage, uid.constData());
        b.element(0x0020, 0x0013, "IS", QByteArray::number(i + 1));
        hostile::imagePixel(b, 32768, 32768, "1");
        b.u16(0x7FE0).u16(0x0010).raw("OB").u16(0).u32(0xFFFFFFFFu).item(0);
        const QByteArray fragment = hostile::rleFragment(64, 3);
        b.item(quint32(fragment.size())).raw(fragment).sequenceEnd();
        QVERIFY(hostile::write(dir.filePath(QStringLiteral("big%1.dcm").arg(i)),
                               hostile::part10(b.data(), hostile::kRle, hostile::kCtImage, uid.constData())));
    }
    const Catalog catalog = scanPaths({dir.path()});
    QCOMPARE(int(catalog.instances.size()), 20);
    QVERIFY2(anyErrorContains(catalog, QStringLiteral("too large to load")), qPrintable(errorsOf(catalog)));
    for (const Study& study : catalog.studies)
        for (const Series& series : study.series)
            QVERIFY(series.stacks.empty());
}

void TestHostileInput::elementLongerThanTheFileIsRefusedBeforeAllocation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Found by fuzz_dicom_header and fuzz_dicom_pixels (docs/fuzzing.md):
    // a deflated stream is read into memory, and DCMTK allocated the value's
    // claimed length (1.5 GB here) before it found the stream too short.
    QTest::newRow("deflated, 1.5 GB claimed") << hostile::deflatedWithHugeElement(1515870810u);
    QTest::newRow("deflated, 4 GB - 2 claimed") << hostile::deflatedWithHugeElement(0xFFFFFFFEu);
    QTest::newRow("deflated, unknown VR ZZ, 1.5 GB claimed") << hostile::deflatedWithHugeElement(1515870810u, "ZZ");
    QTest::newRow("deflated behind a (0003,0002) in the meta header, 1 GB claimed")
        << hostile::deflatedBehindForeignMetaElement(0x41414141u);
}

void TestHostileInput::elementLongerThanTheFileIsRefusedBeforeAllocation()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("claims.dcm"));
    QVERIFY(hostile::write(file, bytes));
    QElapsedTimer t;
    t.start();
    const auto header = readInstanceHeader(file);
    QVERIFY(!header);
    QVERIFY2(header.errorMessage().contains(QLatin1String("truncated or damaged")), qPrintable(header.errorMessage()));
    QVERIFY2(header.errorMessage().contains(QLatin1String("claims")), qPrintable(header.errorMessage()));
    qInfo("refused in %lld ms", t.elapsed());
}

void TestHostileInput::elementLongerThanTheBytesInMemoryIsRefusedBeforeAllocation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("implicitVr");
    // Rows in increasing claims: VmPeak only grows, so each row must ask for
    // more than the rows before it to show (without the fix) here.
    QTest::newRow("explicit VR, 1.5 GB claimed") << hostile::plainWithHugeElement(1515870810u) << false;
    QTest::newRow("implicit VR, 3 GB claimed") << hostile::plainWithHugeElement(0xC0000000u, true) << true;
    QTest::newRow("explicit VR, 4 GB - 2 claimed") << hostile::plainWithHugeElement(0xFFFFFFFEu) << false;
}

void TestHostileInput::elementLongerThanTheBytesInMemoryIsRefusedBeforeAllocation()
{
    // Found by fuzz_ai_dicom (docs/fuzzing.md): a study retrieved from a PACS
    // is read from memory, where DCMTK cannot skip a value to check its
    // length; it allocated the claimed gigabytes before finding the bytes
    // short. Every reader of retrieved bytes goes through loadDicomBuffer.
    QFETCH(QByteArray, bytes);
    QFETCH(bool, implicitVr);
    QVERIFY(bytes.size() < 1024);
    const qint64 peakBefore = testsupport::peakVirtualKiB();
    QVERIFY(peakBefore > 0);
    QElapsedTimer t;
    t.start();
    QString loadError, headerError, inspectError;
    {
        DcmFileFormat file;
        const auto loaded = loadDicomBuffer(file, bytes);
        loadError = loaded ? QString() : loaded.errorMessage();
    }
    const auto header = readInstanceHeader(std::make_shared<const QByteArray>(bytes));
    headerError = header ? QString() : header.errorMessage();
    // A WADO-RS part is inspected before it is kept.
    const auto inspected = pacs::inspectPart10(bytes);
    inspectError = inspected ? QString() : inspected.errorMessage();
    const qint64 grew = testsupport::peakVirtualKiB() - peakBefore;
    qInfo("refused in %lld ms; peak virtual size grew by %lld KiB", t.elapsed(), grew);
    QVERIFY2(grew < 256 * 1024, qPrintable(QStringLiteral("the peak virtual size grew by %1 MiB").arg(grew / 1024)));
    QVERIFY2(loadError.contains(QLatin1String("truncated or damaged")), qPrintable(loadError));
    QVERIFY2(!headerError.isEmpty(), "a header was read from a stream shorter than its last element");
    QVERIFY2(inspectError.contains(QLatin1String("truncated or damaged")), qPrintable(inspectError));

    // A true claim longer than DCMTK's read length (4 KiB; skipped, then
    // loaded through the stream's factory) is read, the value in memory.
    QByteArray value(10000, '\0');
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = char(i * 7);
    const QByteArray honest = hostile::plainWithHugeElement(quint32(value.size()), implicitVr, value);
    DcmFileFormat file;
    const auto loaded = loadDicomBuffer(file, honest);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.errorMessage()));
    DcmElement* element = nullptr;
    QVERIFY(file.getDataset()->findAndGetElement(DcmTagKey(0x0029, 0x1010), element).good());
    Uint8* read = nullptr;
    QVERIFY(element->getUint8Array(read).good());
    QCOMPARE(element->getLength(), Uint32(value.size()));
    QVERIFY(std::memcmp(read, value.constData(), std::size_t(value.size())) == 0);
    QVERIFY(pacs::inspectPart10(honest));
}

void TestHostileInput::deeplyNestedRetrievedInstanceIsRefusedNotRecursed()
{
    // inspectPart10 read WADO-RS parts with a bare DcmInputBufferStream: no
    // nesting check, so a PACS could overflow the stack of the retrieving
    // thread (SIGSEGV here without the fix).
    const auto inspected = pacs::inspectPart10(hostile::deeplyNestedUndefined(100000));
    QVERIFY(!inspected);
    QVERIFY2(inspected.errorMessage().contains(QLatin1String("nested more than")), qPrintable(inspected.errorMessage()));
    QVERIFY(pacs::inspectPart10(hostile::deeplyNestedUndefined(50)));
    // A bare dataset (no preamble, no meta header: a user's own file sent to
    // a PACS) is still read, as before.
    const auto bare = pacs::inspectPart10(hostile::identity().data());
    QVERIFY2(bare, bare ? "" : qPrintable(bare.errorMessage()));
    QCOMPARE(bare.value().sopInstanceUid, QStringLiteral("2.25.1001"));
}

void TestHostileInput::dcmtkExceptionOnADamagedDicomdirIsAnError_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("IMAGE and 100 NULs") << QByteArray("IMAGE ") + QByteArray(100, '\0');
    QTest::newRow("200 spaces and X") << QByteArray(200, ' ') + "X ";
}

void TestHostileInput::dcmtkExceptionOnADamagedDicomdirIsAnError()
{
    QFETCH(QByteArray, type);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("DICOMDIR"));
    QVERIFY(hostile::write(file, hostile::dicomdirWithRecordType(type)));
    // std::terminate (an exception out of DCMTK) without the catch.
    const auto listed = readDicomdir(file);
    QVERIFY(!listed);
    QVERIFY2(listed.errorMessage().contains(QLatin1String("damaged")), qPrintable(listed.errorMessage()));
    const Catalog catalog = scanPaths({dir.path()});
    QVERIFY2(anyErrorContains(catalog, QStringLiteral("damaged")), qPrintable(errorsOf(catalog)));
}

void TestHostileInput::fifoGivenAsAFileNeverBlocks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.dcm"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

    // Run the scan on a thread: if it blocks in open(), the test unblocks it
    // by opening the writing end, then fails (instead of hanging CTest).
    auto scan = std::async(std::launch::async, [fifo] { return scanPaths({fifo}); });
    if (scan.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        const int w = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (w >= 0)
            ::close(w);
        scan.wait();
        QFAIL("scanning a FIFO blocked");
    }
    const Catalog catalog = scan.get();
    QVERIFY(catalog.instances.empty());
    QVERIFY2(anyErrorContains(catalog, QStringLiteral("not a regular file")), qPrintable(errorsOf(catalog)));
    QCOMPARE(probeFile(fifo), Probe::NotDicom);
    QVERIFY(!checkRegularFile(fifo));
    DcmFileFormat file;
    QVERIFY(!loadDicomFile(file, fifo, 4096));
}

void TestHostileInput::fifoInAFolderIsSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), 0600), 0);
    QVERIFY(hostile::write(dir.filePath(QStringLiteral("image.dcm")), hostile::native(4, 4, "1", QByteArray(16, '\x05'))));
    auto scan = std::async(std::launch::async, [&dir] { return scanPaths({dir.path()}); });
    if (scan.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        const int w = ::open(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), O_WRONLY | O_NONBLOCK);
        if (w >= 0)
            ::close(w);
        scan.wait();
        QFAIL("scanning a folder holding a FIFO blocked");
    }
    const Catalog catalog = scan.get();
    QCOMPARE(int(catalog.instances.size()), 1);
    QVERIFY2(catalog.errors.empty(), qPrintable(errorsOf(catalog)));
}

void TestHostileInput::emptyNamedFileAndEmptyDicomdirAreReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty.dcm"));
    QVERIFY(hostile::write(empty, {}));
    const Catalog named = scanPaths({empty});
    QVERIFY2(anyErrorContains(named, QStringLiteral("empty")), qPrintable(errorsOf(named)));

    // A 0-byte DICOMDIR in a folder: the folder's other files still count,
    // and the DICOMDIR is reported, not silently ignored.
    QDir(dir.path()).mkdir(QStringLiteral("cd"));
    const QString cd = dir.filePath(QStringLiteral("cd"));
    QVERIFY(hostile::write(cd + QStringLiteral("/DICOMDIR"), {}));
    QVERIFY(hostile::write(cd + QStringLiteral("/IM1"), hostile::native(4, 4, "1", QByteArray(16, '\x05'))));
    const Catalog folder = scanPaths({cd});
    QCOMPARE(int(folder.instances.size()), 1);
    QCOMPARE(int(folder.errors.size()), 1);
    QVERIFY(folder.errors.front().file.endsWith(QLatin1String("DICOMDIR")));
    QVERIFY2(folder.errors.front().message.contains(QLatin1String("empty")), qPrintable(errorsOf(folder)));

    // A file that is simply not DICOM, named explicitly, says so too.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(hostile::write(text, "not an image at all\n"));
    const Catalog notDicom = scanPaths({text});
    QVERIFY2(anyErrorContains(notDicom, QStringLiteral("not DICOM")), qPrintable(errorsOf(notDicom)));
}

void TestHostileInput::bareDatasetWithoutMetaHeaderIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // No preamble, no meta header, and a first element in a group the old
    // probe did not expect (0009, private): explicit little endian.
    hostile::Bytes ordered;
    ordered.element(0x0009, 0x0010, "LO", "CUSTOS TEST")
        .element(0x0010, 0x0010, "PN", "Bare^Dataset")
        .element(0x0020, 0x000D, "UI", "2.25.2002")
        .element(0x0020, 0x000E, "UI", "2.25.3002");
    hostile::imagePixel(ordered, 4, 4, "1");
    ordered.element(0x7FE0, 0x0010, "OB", QByteArray(16, '\x09'));
    const QString file = dir.filePath(QStringLiteral("bare.dcm"));
    QVERIFY(hostile::write(file, ordered.data()));
    QCOMPARE(probeFile(file), Probe::Dicom);
    const Catalog catalog = scanPaths({file});
    QVERIFY2(catalog.errors.empty(), qPrintable(errorsOf(catalog)));
    QCOMPARE(int(catalog.instances.size()), 1);
    QCOMPARE(catalog.instances.front().rows, 4);

    // The real ones shipped with the test data (explicit and implicit).
    CUSTOS_REQUIRE_TESTDATA();
    for (const QString& name : {QStringLiteral("derived/CT_small_nometa_explicit.dcm"), QStringLiteral("derived/CT_small_nometa_implicit.dcm"),
                                QStringLiteral("pydicom/ExplVR_LitEndNoMeta.dcm")}) {
        const Catalog real = scanPaths({testdata::path(name)});
        QVERIFY2(real.errors.empty(), qPrintable(name + QStringLiteral(": ") + errorsOf(real)));
        QCOMPARE(int(real.instances.size()), 1);
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"

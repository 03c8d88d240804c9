// SPDX-License-Identifier: Apache-2.0
// custosd's building blocks, in one process: the frame codec with bad
// input, the forward-secure sealed trail (including the attacks it must
// detect when someone holds the machine's current state), torn-tail
// repair, and the server answering bad frames without falling over.
// The multi-user, multi-process proofs are in tst_service_users.

#include "core/audit/audit_log.h"
#include "core/crypto/aead.h"
#include "core/service/sealed_trail.h"
#include "core/service/service_client.h"
#include "core/service/service_protocol.h"
#include "core/service/service_server.h"

#include <QCborValue>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <functional>
#include <optional>
#include <thread>

#include <unistd.h>

using namespace custos;
using namespace custos::service;

namespace {

audit::Event sampleEvent(const QString& what) { return audit::events::securityAlert(QStringLiteral("tester"), what, audit::Outcome::Success); }

// Everything that follows the header, as frames, and the header itself.
struct TrailFile
{
    QByteArray header;
    std::vector<TrailEntry> frames;
};

TrailFile load(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    TrailFile t;
    t.header = f.read(detail::kHeaderBytes);
    t.frames = readTrail(path).value();
    return t;
}

void save(const QString& path, const TrailFile& t)
{
    QByteArray all = t.header;
    for (const TrailEntry& e : t.frames)
        all += detail::encodeFrame(e);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(all);
}

// Runs `work` on another thread while this one serves the event loop.
template <class F>
auto offThread(F work)
{
    std::optional<decltype(work())> out;
    std::atomic<bool> done = false;
    std::thread t([&] {
        out.emplace(work());
        done = true;
    });
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    t.join(); // the client's own timeout ends it
    return std::move(*out);
}

} // namespace

class TestServiceTrail : public QObject
{
    Q_OBJECT

private slots:
    void framesRejectBadInput();
    void eventThatIsNotPlainJsonIsRefusedNotThrown();
    void eventCborIsItsJsonFormByteForByte();
    void sealedTrailVerifies();
    void rewrittenPastEpochIsDetected();
    void oldRecordResealedWithCurrentKeyIsDetected();
    void rewrittenTailAcrossSealsIsDetected();
    void tornTailIsCutOnOpen();
    void otherVerificationKeyIsRefused();
    void serverAnswersBadFramesAndRecordsObservedPeer();
    void clientRefusesServerOfWrongAccount();

private:
    // A state folder with a trail of `epochSeconds`, and its verification key.
    struct State
    {
        std::unique_ptr<QTemporaryDir> dir;
        QString stateDir, keyFile;
        VerificationKey key;
    };
    State makeState(qint64 epochSeconds);
};

TestServiceTrail::State TestServiceTrail::makeState(qint64 epochSeconds)
{
    State s;
    s.dir = std::make_unique<QTemporaryDir>();
    s.stateDir = s.dir->filePath(QStringLiteral("state"));
    s.keyFile = s.dir->filePath(QStringLiteral("verification.key"));
    auto init = initializeTrail(s.stateDir, s.keyFile, epochSeconds);
    if (!init)
        qWarning("%s", qPrintable(init.errorMessage()));
    s.key = readVerificationKeyFile(s.keyFile).value();
    return s;
}

// fuzz_service_protocol's finding: an 8-byte CBOR map with a tagged, non-text
// key made Qt's CBOR-to-JSON conversion throw std::bad_alloc inside the
// service (any local user can send it). Built here, not stored.
void TestServiceTrail::eventThatIsNotPlainJsonIsRefusedNotThrown()
{
    const QByteArray found = QByteArray::fromBase64("crPxBwAAABKjYXYHAADQAGEAAAjuo2F2dXM=");
    // The fuzzer's input as the harness fed it: the bytes after the 4-byte length.
    for (qsizetype from = 0; from < found.size(); ++from) {
        const QCborValue v = QCborValue::fromCbor(found.mid(from));
        if (!v.isMap())
            continue;
        bool threw = false;
        try {
            (void)eventFromCbor(v);
        } catch (...) {
            threw = true;
        }
        QVERIFY2(!threw, qPrintable(QStringLiteral("threw at offset %1").arg(from)));
    }
    // Finding 9: bytes that Qt parses only in part (an error it reports, and
    // a map of an odd number of elements); QCborMap::value(key) on it wrote
    // to address 0xfa inside QtCore. The reader walks maps instead.
    const QByteArray partial = QByteArray::fromBase64("AKeVlZWVlZWVlZWVlZWVlZWVlZWVlZWVZWFuaQEAEABEqA==").mid(1);
    QCborParserError partialError;
    const auto fromPartial = eventFromCbor(QCborValue::fromCbor(partial, &partialError));
    QVERIFY(partialError.error != QCborError::NoError);
    QVERIFY(!fromPartial.ok());
    QCborMap taggedKey;
    taggedKey.insert(QCborValue(QCborTag(16), QCborValue(QByteArray(1, 'a'))), 1);
    // Refused for what it is, before any conversion (without the check, Qt
    // converts it, asking for gigabytes under a memory limit, as the fuzzer saw).
    const auto tagged = eventFromCbor(taggedKey);
    QVERIFY(!tagged.ok());
    QVERIFY2(tagged.errorMessage().contains(QStringLiteral("not plain JSON")), qPrintable(tagged.errorMessage()));
    QCborMap bytes;
    bytes.insert(QStringLiteral("userId"), QByteArray("x"));
    const auto withBytes = eventFromCbor(bytes);
    QVERIFY(!withBytes.ok());
    QVERIFY2(withBytes.errorMessage().contains(QStringLiteral("not plain JSON")), qPrintable(withBytes.errorMessage()));
}

// The service encodes and reads events as CBOR directly (no JSON in
// between, for speed). The bytes and the meaning must stay those of the JSON
// form the service used before (QCborMap::fromJsonObject of
// audit::eventToJsonObject), so that trails written before and after read
// the same, and a client of either version is understood.
void TestServiceTrail::eventCborIsItsJsonFormByteForByte()
{
    std::vector<audit::Event> events{
        audit::events::studyOpened(QStringLiteral("ada"), QStringLiteral("PID-1"), QStringLiteral("Doe^Jane"), QStringLiteral("2.25.1"), 12,
                                    QStringLiteral("treatment")),
        audit::events::securityAlert(QStringLiteral("custosd"), QStringLiteral("a sentence with \u00e9 and \U0001F600")),
        audit::events::userAuthentication(QStringLiteral("bob"), QStringLiteral("local account"), false, QStringLiteral("wrong password"),
                                          audit::events::AuthenticationType::Logout),
        audit::events::cachePurged(QStringLiteral("carl"), 3),
        audit::events::keyRotation(QStringLiteral("dora"), true),
        audit::events::auditLogRecovered(QStringLiteral("torn tail cut")),
        audit::Event{},
    };
    audit::Event full;
    full.id = {QStringLiteral("110113"), QStringLiteral("DCM"), QStringLiteral("Security Alert")};
    full.type = {QStringLiteral("110127"), QString(), QStringLiteral("Emergency Override Started")};
    full.action = QLatin1Char('R');
    full.outcome = audit::Outcome::SeriousFailure;
    full.outcomeDescription = QStringLiteral("everything");
    full.purposeOfUse = QStringLiteral("emergency");
    full.breakGlass = true;
    full.participants.push_back({QStringLiteral("u1"), QStringLiteral("User One"), {QStringLiteral("r"), QStringLiteral("s"), QStringLiteral("m")}, true,
                                 QStringLiteral("host-1")});
    full.participants.push_back({});
    full.objects.push_back({1, 1, {QStringLiteral("2"), QStringLiteral("RFC-3881"), QStringLiteral("Patient Number")}, QStringLiteral("PID"),
                            QStringLiteral("Name^Some"), QStringLiteral("12 instances")});
    full.objects.push_back({});
    events.push_back(full);
    for (const audit::Event& e : events) {
        const QJsonObject json = audit::eventToJsonObject(e);
        const QByteArray before = QCborMap::fromJsonObject(json).toCborValue().toCbor();
        const QCborMap now = eventToCbor(e);
        QCOMPARE(now.toCborValue().toCbor(), before);
        const auto viaJson = audit::eventFromJsonObject(json);
        const auto direct = eventFromCbor(QCborValue::fromCbor(before));
        QCOMPARE(direct.ok(), viaJson.ok());
        if (direct.ok())
            QCOMPARE(audit::eventToJsonObject(direct.value()), audit::eventToJsonObject(viaJson.value()));
        else
            QCOMPARE(direct.errorMessage(), viaJson.errorMessage());
    }

    // What a client may send that the JSON form never holds: each is read as
    // the JSON path read it (an outcome as an exact double, a type code
    // that is text, a participant that is not a map, an outcome out of range).
    auto bothRead = [](const QCborMap& m) {
        const auto direct = eventFromCbor(m);
        const auto viaJson = audit::eventFromJsonObject(m.toJsonObject());
        QCOMPARE(direct.ok(), viaJson.ok());
        if (direct.ok())
            QCOMPARE(audit::eventToJsonObject(direct.value()), audit::eventToJsonObject(viaJson.value()));
        else
            QCOMPARE(direct.errorMessage(), viaJson.errorMessage());
    };
    QCborMap base = eventToCbor(full);
    QCborMap m = base;
    m.insert(QLatin1String("outcome"), 4.0);
    bothRead(m);
    m.insert(QLatin1String("outcome"), 4.5);
    bothRead(m);
    m = base;
    m.insert(QLatin1String("outcome"), qint64(1) << 40);
    bothRead(m);
    m = base;
    m.insert(QLatin1String("action"), QString());
    bothRead(m);
    m = base;
    QCborArray odd{QStringLiteral("not a map"), 7};
    m.insert(QLatin1String("participants"), odd);
    m.insert(QLatin1String("objects"), QCborArray{QCborMap{{QStringLiteral("typeCode"), QStringLiteral("1")}}});
    bothRead(m);
    m = base;
    m.insert(QLatin1String("id"), QStringLiteral("not a code"));
    bothRead(m);
}

void TestServiceTrail::framesRejectBadInput()
{
    QCborMap m;
    m.insert(QStringLiteral("op"), QStringLiteral("status"));
    const QByteArray frame = encodeFrame(m);
    FrameReader r;
    r.feed(frame.left(3)); // a frame split anywhere waits for the rest
    QVERIFY(!r.next());
    r.feed(frame.mid(3) + frame);
    QCOMPARE(r.next()->message->value(QStringLiteral("op")).toString(), QStringLiteral("status"));
    QVERIFY(r.next()->message.has_value());

    const auto lengthOf = [](quint32 n) {
        QByteArray b(4, '\0');
        qToBigEndian(n, b.data());
        return b;
    };
    r.feed(lengthOf(0));
    auto empty = r.next();
    QVERIFY(!empty->message && empty->error.contains(QStringLiteral("empty")));
    r.feed(lengthOf(3) + QByteArray("\xff\xff\xff", 3));
    auto garbage = r.next();
    QVERIFY2(!garbage->message && garbage->error.contains(QStringLiteral("CBOR")), qPrintable(garbage->error));
    const QByteArray notMap = QCborValue(42).toCbor();
    r.feed(lengthOf(quint32(notMap.size())) + notMap);
    QVERIFY(r.next()->error.contains(QStringLiteral("map")));
    QVERIFY(!r.fatal());
    r.feed(lengthOf(quint32(kMaxFrameBytes + 1)));
    auto huge = r.next();
    QVERIFY(!huge->message && huge->error.contains(QStringLiteral("larger")));
    QVERIFY(r.fatal());
    r.feed(frame);
    QVERIFY(!r.next()); // the framing is lost: nothing more is read
}

void TestServiceTrail::sealedTrailVerifies()
{
    State s = makeState(1);
    auto trail = SealedTrail::open(s.stateDir);
    QVERIFY2(trail, trail ? "" : qPrintable(trail.errorMessage()));
    auto first = trail.value()->append({{sampleEvent(QStringLiteral("a")), 1001, 11}, {sampleEvent(QStringLiteral("b")), 1002, 12}});
    QVERIFY(first);
    QCOMPARE(first.value(), (std::vector<quint64>{1, 2}));
    QTest::qWait(2100); // two epochs pass
    QVERIFY(trail.value()->append({{sampleEvent(QStringLiteral("c")), 1003, 13}}));
    QVERIFY(trail.value()->epoch() >= 2);
    const TrailReport report = verifyTrail(trailPath(s.stateDir), s.key);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.records, quint64(4)); // 3 records and the seal of epoch 0
    QCOMPARE(report.sealedEpochs, quint64(1));
    QCOMPARE(report.unsealedRecords, quint64(1));
    // The sealing key on disk is the current epoch's: the first key is gone.
    auto onDisk = detail::readSealingKey(s.stateDir);
    QVERIFY(onDisk);
    QCOMPARE(onDisk.value().epoch, trail.value()->epoch());
    QVERIFY(onDisk.value().key != s.key.k0);
    QFile keyFile(sealingKeyPath(s.stateDir));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(!keyFile.readAll().contains(s.key.k0));
    // Records carry who the service saw.
    const auto frames = readTrail(trailPath(s.stateDir)).value();
    QCOMPARE(frames[0].uid, quint32(1001));
    QCOMPARE(frames[0].pid, qint64(11));
    QCOMPARE(frames[1].toRecord().event.outcomeDescription, QStringLiteral("b"));
    QCOMPARE(frames[2].kind, TrailEntry::Kind::Seal);
}

// Someone holding the machine's current state (the sealing key of the
// current epoch) edits a record of a past epoch and re-MACs it under the
// key they have, keeping its epoch number: the key of that epoch is gone.
void TestServiceTrail::rewrittenPastEpochIsDetected()
{
    State s = makeState(1);
    {
        auto trail = SealedTrail::open(s.stateDir).value();
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("export of study 1")), 1001, 11}, {sampleEvent(QStringLiteral("view")), 1001, 11}}));
        QTest::qWait(1100);
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("later")), 1002, 12}}));
    }
    QVERIFY(verifyTrail(trailPath(s.stateDir), s.key).ok);
    const auto current = detail::readSealingKey(s.stateDir).value();
    TrailFile t = load(trailPath(s.stateDir));
    QCOMPARE(t.frames[0].epoch, quint64(0));
    QCborMap payload = t.frames[0].payloadMap();
    payload.insert(QStringLiteral("event"), eventToCbor(sampleEvent(QStringLiteral("nothing happened"))));
    t.frames[0].payload = payload.toCborValue().toCbor();
    t.frames[0].mac = detail::frameMac(detail::macKey(current.key), current.keyId, t.frames[0]);
    t.frames[1].previousMac = t.frames[0].mac; // and the chain after it, as far as they can
    save(trailPath(s.stateDir), t);
    const TrailReport report = verifyTrail(trailPath(s.stateDir), s.key);
    QVERIFY(!report.ok);
    QCOMPARE(report.badSeq, quint64(1));
    QVERIFY2(report.message.contains(QStringLiteral("changed after it was sealed")), qPrintable(report.message));
}

// journald's CVE-2023-31439: an old entry re-sealed with the newest key was
// accepted. Here the re-sealed record claims the current epoch, which its
// place in the trail (and its time) do not allow.
void TestServiceTrail::oldRecordResealedWithCurrentKeyIsDetected()
{
    State s = makeState(1);
    {
        auto trail = SealedTrail::open(s.stateDir).value();
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("one")), 1001, 11}, {sampleEvent(QStringLiteral("two")), 1001, 11}}));
        QTest::qWait(1100);
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("three")), 1002, 12}}));
    }
    const auto current = detail::readSealingKey(s.stateDir).value();
    const TrailFile original = load(trailPath(s.stateDir));
    for (bool alsoItsTime : {false, true}) {
        TrailFile t = original;
        TrailEntry& old = t.frames[1];
        QCborMap payload = old.payloadMap();
        payload.insert(QStringLiteral("event"), eventToCbor(sampleEvent(QStringLiteral("rewritten"))));
        old.payload = payload.toCborValue().toCbor();
        old.epoch = current.epoch;
        if (alsoItsTime)
            old.timeMs = QDateTime::currentMSecsSinceEpoch();
        old.mac = detail::frameMac(detail::macKey(current.key), current.keyId, old);
        save(trailPath(s.stateDir), t);
        const TrailReport report = verifyTrail(trailPath(s.stateDir), s.key);
        QVERIFY(!report.ok);
        QCOMPARE(report.badSeq, quint64(2));
        QVERIFY2(report.message.contains(QStringLiteral("re-sealed")), qPrintable(report.message));
    }
    save(trailPath(s.stateDir), original);
    QVERIFY(verifyTrail(trailPath(s.stateDir), s.key).ok);
}

// The attacker rewrites everything from a past record on, seals included,
// all under the current key, with consistent seqs, chain and times.
void TestServiceTrail::rewrittenTailAcrossSealsIsDetected()
{
    State s = makeState(1);
    {
        auto trail = SealedTrail::open(s.stateDir).value();
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("one")), 1001, 11}, {sampleEvent(QStringLiteral("two")), 1001, 11}}));
        QTest::qWait(1100);
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("three")), 1002, 12}}));
    }
    const auto current = detail::readSealingKey(s.stateDir).value();
    TrailFile t = load(trailPath(s.stateDir));
    t.frames.resize(1); // keep record 1; drop "two" and the seal of epoch 0
    TrailEntry forged = t.frames[0];
    forged.seq = 2;
    forged.previousMac = t.frames[0].mac;
    forged.epoch = current.epoch;
    forged.timeMs = QDateTime::currentMSecsSinceEpoch();
    QCborMap payload = forged.payloadMap();
    payload.insert(QStringLiteral("event"), eventToCbor(sampleEvent(QStringLiteral("innocent"))));
    forged.payload = payload.toCborValue().toCbor();
    forged.mac = detail::frameMac(detail::macKey(current.key), current.keyId, forged);
    t.frames.push_back(forged);
    save(trailPath(s.stateDir), t);
    const TrailReport report = verifyTrail(trailPath(s.stateDir), s.key);
    QVERIFY(!report.ok);
    QCOMPARE(report.badSeq, quint64(2));
    QVERIFY2(report.message.contains(QStringLiteral("never sealed")), qPrintable(report.message));
}

void TestServiceTrail::tornTailIsCutOnOpen()
{
    State s = makeState(900);
    {
        auto trail = SealedTrail::open(s.stateDir).value();
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("kept")), 1001, 11}}));
    }
    // A crash in the middle of a write: a length, half a frame, zeroes.
    QFile f(trailPath(s.stateDir));
    QVERIFY(f.open(QIODevice::Append));
    QByteArray partial(4, '\0');
    qToLittleEndian<quint32>(300, partial.data());
    f.write(partial + QByteArray(100, '\0'));
    f.close();
    QVERIFY(!readTrail(trailPath(s.stateDir)).value().empty());
    auto reopened = SealedTrail::open(s.stateDir);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.errorMessage()));
    QVERIFY(reopened.value()->recoveryNote().contains(QStringLiteral("unfinished write")));
    auto next = reopened.value()->append({{sampleEvent(QStringLiteral("after")), 1001, 11}});
    QVERIFY(next);
    QCOMPARE(next.value().front(), quint64(2));
    const TrailReport report = verifyTrail(trailPath(s.stateDir), s.key);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.records, quint64(2));
}

void TestServiceTrail::otherVerificationKeyIsRefused()
{
    State a = makeState(900);
    State b = makeState(900);
    {
        auto trail = SealedTrail::open(a.stateDir).value();
        QVERIFY(trail->append({{sampleEvent(QStringLiteral("x")), 1, 1}}));
        // One writer at a time: a second service on the same state is refused.
        auto second = SealedTrail::open(a.stateDir);
        QVERIFY(!second);
        QVERIFY(second.errorMessage().contains(QStringLiteral("Another custosd")));
    }
    QVERIFY(SealedTrail::open(a.stateDir)); // and allowed once the first is gone
    const TrailReport report = verifyTrail(trailPath(a.stateDir), b.key);
    QVERIFY(!report.ok);
    QVERIFY(report.message.contains(QStringLiteral("not made with this verification key")));
    auto again = initializeTrail(a.stateDir, a.dir->filePath(QStringLiteral("second.key")), 900);
    QVERIFY(!again); // --init runs once
    auto overwrite = initializeTrail(b.dir->filePath(QStringLiteral("other")), a.keyFile, 900);
    QVERIFY(!overwrite); // and never replaces a verification key
    QVERIFY(overwrite.errorMessage().contains(QStringLiteral("already exists")));
}

void TestServiceTrail::serverAnswersBadFramesAndRecordsObservedPeer()
{
    State s = makeState(900);
    const QString socket = s.dir->filePath(QStringLiteral("custosd.sock"));
    auto server = Server::start({s.stateDir, socket});
    QVERIFY2(server, server ? "" : qPrintable(server.errorMessage()));
    Endpoint endpoint{socket, QStringLiteral("me"), quint32(::geteuid())};

    // Not CBOR: an error answer, and the connection still works.
    auto garbage = offThread([&] {
        Client c(endpoint);
        QByteArray frame(4, '\0');
        qToBigEndian<quint32>(3, frame.data());
        auto bad = c.exchangeRaw(frame + "abc");
        auto good = c.append(sampleEvent(QStringLiteral("after bad")));
        return std::pair{bad, good};
    });
    QVERIFY(garbage.first);
    QVERIFY(!garbage.first.value().value(QStringLiteral("ok")).toBool());
    QVERIFY(garbage.first.value().value(QStringLiteral("error")).toString().contains(QStringLiteral("CBOR")));
    QVERIFY2(garbage.second, garbage.second ? "" : qPrintable(garbage.second.errorMessage()));

    // Too long: an error answer, then the service closes that connection.
    auto huge = offThread([&] {
        Client c(endpoint);
        QByteArray frame(4, '\0');
        qToBigEndian<quint32>(quint32(kMaxFrameBytes) * 64, frame.data());
        return c.exchangeRaw(frame);
    });
    QVERIFY(huge);
    QVERIFY(huge.value().value(QStringLiteral("error")).toString().contains(QStringLiteral("larger")));

    // Numbers that are not integers where the service reads one (finding 10:
    // Qt's toInteger() of a NaN is undefined behaviour, which the sanitizer
    // stage stops on): answered as an id of 0, the connection still works.
    QCOMPARE(integerOf(QCborValue(std::nan(""))), qint64(0));
    QCOMPARE(integerOf(QCborValue(1e300), -1), qint64(-1));
    QCOMPARE(integerOf(QCborValue(4.5), -1), qint64(-1));
    QCOMPARE(integerOf(QCborValue(4.0)), qint64(4));
    QCOMPARE(integerOf(QCborValue(QStringLiteral("4")), 7), qint64(7));
    auto nanId = offThread([&] {
        Client c(endpoint);
        QCborMap m;
        m.insert(QStringLiteral("v"), std::nan(""));
        m.insert(QStringLiteral("id"), std::nan(""));
        m.insert(QStringLiteral("op"), QStringLiteral("status"));
        auto odd = c.exchangeRaw(encodeFrame(m));
        auto good = c.status();
        return std::pair{odd, good};
    });
    QVERIFY(nanId.first);
    QVERIFY(!nanId.first.value().value(QStringLiteral("ok")).toBool()); // no protocol version: refused, in words
    QCOMPARE(nanId.first.value().value(QStringLiteral("id")).toInteger(), qint64(0));
    QVERIFY2(nanId.second, nanId.second ? "" : qPrintable(nanId.second.errorMessage()));

    // A request without a valid event, and an unknown request.
    auto invalid = offThread([&] {
        Client c(endpoint);
        QCborMap m;
        m.insert(QStringLiteral("v"), 1);
        m.insert(QStringLiteral("op"), QStringLiteral("append"));
        m.insert(QStringLiteral("event"), 7);
        auto noEvent = c.exchangeRaw(encodeFrame(m));
        m.insert(QStringLiteral("op"), QStringLiteral("format-disk"));
        auto unknown = c.exchangeRaw(encodeFrame(m));
        return std::pair{noEvent, unknown};
    });
    QVERIFY(invalid.first && !invalid.first.value().value(QStringLiteral("ok")).toBool());
    QVERIFY(invalid.second && invalid.second.value().value(QStringLiteral("error")).toString().contains(QStringLiteral("format-disk")));

    const auto frames = readTrail(trailPath(s.stateDir)).value();
    QCOMPARE(frames.size(), std::size_t(1)); // only the good append
    QCOMPARE(frames[0].uid, quint32(::geteuid()));
    QCOMPARE(frames[0].pid, qint64(::getpid()));
    QVERIFY(verifyTrail(trailPath(s.stateDir), s.key).ok);
}

void TestServiceTrail::clientRefusesServerOfWrongAccount()
{
    State s = makeState(900);
    const QString socket = s.dir->filePath(QStringLiteral("custosd.sock"));
    auto server = Server::start({s.stateDir, socket});
    QVERIFY(server);
    Endpoint endpoint{socket, QStringLiteral("_custos"), quint32(::geteuid()) + 4242};
    auto refused = offThread([&] { return Client(endpoint).append(sampleEvent(QStringLiteral("secret"))); });
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("not the Custos service")), qPrintable(refused.errorMessage()));
    QVERIFY(readTrail(trailPath(s.stateDir)).value().empty()); // nothing was sent
}

QTEST_GUILESS_MAIN(TestServiceTrail)
#include "tst_service_trail.moc"

// SPDX-License-Identifier: Apache-2.0
// custos-bench-pacs: retrieving a CT series from a real Orthanc on loopback
// (in a private network namespace), uncompressed and JPEG-LS lossless:
// Custos over WADO-RS and over C-GET (core/study's retrieveFromPacs, as the
// viewer does it: into memory and the encrypted cache, then the volume)
// against the transfer floors: `curl` of the same WADO-RS URL into a file,
// and DCMTK `getscu` into a folder (getscu has no TLS: it goes through a
// stunnel TLS client to the same DICOM TLS port). A tool for people, not a
// test. See README.md next to this file.
//
// usage: custos-bench-pacs [--slices N] [--size N] [--work DIR] [--quick]
//
// Each run is a child process (Custos: this executable with --child), so its
// peak RSS (VmHWM) is its own; Orthanc's CPU time over the run's wall time
// says whether the PACS is the bottleneck.

#include "bench_child.h"
#include "bench_dataset.h"
#include "pacs_peer.h"

#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/dicom/header_reader.h"
#include "core/dicom/pixel_decoder.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "core/pacs/dimse_client.h"
#include "core/study/pacs_access.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>

#include <spawn.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CUSTOS_BENCH_BUILD_TYPE
#define CUSTOS_BENCH_BUILD_TYPE "unknown"
#endif

extern char** environ;

using namespace custos;

namespace {

void print(const QString& s) { std::fputs(qPrintable(s + QLatin1Char('\n')), stdout), std::fflush(stdout); }
void progress(const QString& s) { std::fputs(qPrintable(s + QLatin1Char('\n')), stderr); }

double orthancCpuSeconds(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return -1;
    return double(f[11].toLongLong() + f[12].toLongLong()) / double(sysconf(_SC_CLK_TCK)); // utime, stime
}

// The peak resident set of a process's current program (VmHWM starts again
// at exec; ru_maxrss of a spawned child keeps the parent's size at spawn).
double vmHwmMiB(const QString& pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1;
}

pid_t pidFrom(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().trimmed().toLongLong()) : 0;
}

struct Run
{
    bool ok = false;
    QString message;
    double firstS = -1;  // first image (Custos: decoded; curl: first byte; getscu: first file)
    double fullS = -1;   // every instance here
    double volumeS = -1; // Custos: and the volume decoded in memory
    double rssMiB = -1;
    double orthancCpu = -1; // Orthanc's CPU seconds / wall seconds
    qint64 bytes = 0;
    int instances = 0;
};

// Runs argv as a child, stdout to `out`; wall time, peak RSS, and Orthanc's CPU share.
// `poll` is called every 2 ms while it runs (getscu's first file).
Run spawn(const QStringList& argv, const QString& out, pid_t orthanc, const std::function<void(double)>& poll = {})
{
    Run r;
    std::vector<QByteArray> storage;
    std::vector<char*> args;
    for (const QString& a : argv)
        storage.push_back(a.toLocal8Bit());
    for (QByteArray& a : storage)
        args.push_back(a.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(out).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const QByteArray errFile = QFile::encodeName(out + QStringLiteral(".err"));
    posix_spawn_file_actions_addopen(&actions, 2, errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const double cpu0 = orthancCpuSeconds(orthanc);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        r.message = QStringLiteral("could not start %1").arg(argv.front());
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    double hwm = -1;
    for (;;) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0) {
            r.message = QStringLiteral("wait failed");
            return r;
        }
        hwm = std::max(hwm, vmHwmMiB(QString::number(pid))); // sampled every 2 ms until it exits
        if (poll)
            poll(double(clock.nsecsElapsed()) / 1e9);
        QThread::msleep(2);
    }
    r.fullS = double(clock.nsecsElapsed()) / 1e9;
    r.orthancCpu = (orthancCpuSeconds(orthanc) - cpu0) / r.fullS;
    r.rssMiB = hwm;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!r.ok) {
        QFile err(QString::fromLocal8Bit(errFile));
        const QByteArray said = err.open(QIODevice::ReadOnly) ? err.readAll().trimmed().split('\n').last() : QByteArray();
        r.message = QStringLiteral("%1 exited with %2: %3").arg(argv.front()).arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1).arg(QString::fromLocal8Bit(said));
    }
    return r;
}

std::map<QString, QString> keyValues(const QString& file)
{
    std::map<QString, QString> kv;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (const int eq = line.indexOf('='); eq > 0)
                kv[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1));
    return kv;
}

// The child: one Custos retrieval, as the viewer does it.
int child(const QString& mode, const QString& peerDir, const QString& studyUid, const QString& cacheDir)
{
    bench::Stopwatch clock;
    QDir(cacheDir).removeRecursively();
    auto store = crypto::makeMemoryKeyStore();
    auto keys = crypto::KeyManager::open(*store);
    if (!keys) {
        std::printf("status=fail\nmessage=%s\n", qPrintable(keys.errorMessage()));
        return 1;
    }
    auto cache = cache::StudyCache::open(cacheDir, keys.value());
    if (!cache) {
        std::printf("status=fail\nmessage=%s\n", qPrintable(cache.errorMessage()));
        return 1;
    }
    dicom::PixelDecoder::registerCodecs();
    testsupport::PacsPeer peer(peerDir);
    study::RetrieveRequest request;
    request.node = peer.node();
    request.studyInstanceUid = studyUid;
    request.dicomweb = mode == QLatin1String("wado");
    request.cache = cache.value();
    request.keepInMemory = true;
    request.timeoutSeconds = 120;
    std::atomic<double> first{-1};
    request.arrived = [&](const pacs::RetrievedInstance& i) {
        if (first.load() >= 0)
            return;
        // The first image: its header read and its pixels decoded, from memory.
        auto inst = dicom::readInstanceHeader(std::make_shared<const QByteArray>(i.part10));
        if (inst) {
            dicom::PixelDecoder decoder(inst.value());
            std::vector<std::byte> pixels(decoder.frameBytes());
            if (decoder.decodeFrame(0, pixels.data()))
                first = clock.seconds();
        }
    };
    const auto shift = clock.seconds(); // key store and cache opened: not the PACS's time
    study::PacsRetrieval got = study::retrieveFromPacs(request);
    const double full = clock.seconds();
    if (!got.ok) {
        std::printf("status=fail\nmessage=%s\n", qPrintable(got.error.message));
        return 1;
    }
    qint64 bytes = 0;
    for (const auto& b : got.kept)
        bytes += b->size();
    const dicom::Catalog catalog = dicom::scanMemory(got.kept);
    if (catalog.studies.empty() || catalog.studies.front().series.empty()) {
        std::printf("status=fail\nmessage=no series in what arrived\n");
        return 1;
    }
    auto volume = dicom::loadStack(catalog, catalog.studies.front().series.front().stacks.front());
    const double volumeS = clock.seconds();
    if (!volume) {
        std::printf("status=fail\nmessage=%s\n", qPrintable(volume.errorMessage()));
        return 1;
    }
    std::printf("status=ok\nfirst_s=%.6f\nfull_s=%.6f\nvolume_s=%.6f\ninstances=%d\nbytes=%lld\nvoxel_bytes=%lld\npeak_rss_mb=%.1f\n",
                first.load() - shift, full - shift, volumeS - shift, got.instances, static_cast<long long>(bytes),
                static_cast<long long>(volume.value()->totalBytes()), vmHwmMiB(QStringLiteral("self")));
    return 0;
}

bool inPrivateNetns()
{
    // /proc/self/net is this process's namespace (/sys/class/net is the mounter's).
    QFile dev(QStringLiteral("/proc/self/net/dev"));
    if (!dev.open(QIODevice::ReadOnly))
        return false;
    QStringList links;
    for (const QByteArray& line : dev.readAll().split('\n'))
        if (const int colon = line.indexOf(':'); colon > 0)
            links << QString::fromLatin1(line.left(colon).trimmed());
    return links == QStringList{QStringLiteral("lo")};
}

QString fmt(double v, const char* unit, int decimals = 2)
{
    return v < 0 ? QStringLiteral("-") : QStringLiteral("%1 %2").arg(v, 0, 'f', decimals).arg(QLatin1String(unit));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 5 && args[0] == QLatin1String("--child"))
        return child(args[1], args[2], args[3], args[4]);

    int slices = 600, size = 512;
    QString work = QDir::tempPath() + QStringLiteral("/custos-bench");
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--quick"))
            slices = 20, size = 64;
        else if (a == QLatin1String("--slices") && i + 1 < args.size())
            slices = args[++i].toInt();
        else if (a == QLatin1String("--size") && i + 1 < args.size())
            size = args[++i].toInt();
        else if (a == QLatin1String("--work") && i + 1 < args.size())
            work = args[++i];
        else {
            std::fprintf(stderr, "usage: custos-bench-pacs [--slices N] [--size N] [--work DIR] [--quick]\n"
                                 "  defaults: --slices 600 --size 512 --work $TMPDIR/custos-bench; --quick: 20 slices of 64²\n");
            return 2;
        }
    }
    // Orthanc listens on every interface: only inside a private network namespace.
    if (!inPrivateNetns()) {
        if (qEnvironmentVariableIsSet("CUSTOS_PACS_NO_NETNS") || qEnvironmentVariableIsSet("CUSTOS_BENCH_PACS_REEXEC")) {
            print(QStringLiteral("custos-bench-pacs: failed: Orthanc must run in a private network namespace, which needs root."));
            return 1;
        }
        qputenv("CUSTOS_BENCH_PACS_REEXEC", "1");
        QStringList again{QStringLiteral(CUSTOS_SOURCE_DIR "/tests/peers/pacs/netns-run.sh"), app.applicationFilePath()};
        again << args;
        std::vector<QByteArray> storage;
        std::vector<char*> cargs;
        for (const QString& a : again)
            storage.push_back(a.toLocal8Bit());
        for (QByteArray& a : storage)
            cargs.push_back(a.data());
        cargs.push_back(nullptr);
        ::execv(cargs[0], cargs.data());
        print(QStringLiteral("custos-bench-pacs: failed: netns-run.sh could not be started."));
        return 1;
    }
    for (const char* tool : {"curl", "getscu", "stunnel4", "Orthanc"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()
            && QStandardPaths::findExecutable(QLatin1String(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty()) {
            print(QStringLiteral("custos-bench-pacs: failed: %1 is not installed (scripts/setup.sh installs it).").arg(QLatin1String(tool)));
            return 1;
        }

    const QString base = work + QStringLiteral("/ct-%1x%1x%2").arg(size).arg(slices);
    progress(QStringLiteral("datasets under %1 (made once)").arg(base));
    auto raw = bench::ensureUncompressed(base, slices, size);
    if (!raw) {
        print(QStringLiteral("custos-bench-pacs: failed: %1").arg(raw.errorMessage()));
        return 1;
    }
    auto jls = bench::ensureJpegLs(base, raw.value());
    if (!jls) {
        print(QStringLiteral("custos-bench-pacs: failed: %1").arg(jls.errorMessage()));
        return 1;
    }
    const QString scratch = work + QStringLiteral("/pacs-run");
    QDir(scratch).removeRecursively();
    QDir().mkpath(scratch);
    const QString self = app.applicationFilePath();
    double load0[3] = {};
    getloadavg(load0, 3);
    print(QStringLiteral("custos-bench-pacs: a %1×%1×%2 synthetic CT series (writeDemoStudy) from Orthanc on loopback "
                         "(private network namespace); build %3; load average before %4")
              .arg(size)
              .arg(slices)
              .arg(QLatin1String(CUSTOS_BENCH_BUILD_TYPE))
              .arg(load0[0], 0, 'f', 2));
    bool allOk = true;

    for (const auto& [label, data] : {std::pair<QString, bench::DatasetFiles>{QStringLiteral("uncompressed"), raw.value()},
                                      std::pair<QString, bench::DatasetFiles>{QStringLiteral("JPEG-LS lossless"), jls.value()}}) {
        const QString peerDir = scratch + QStringLiteral("/pacs-") + QString(label).remove(QLatin1Char(' '));
        testsupport::PacsPeer peer(peerDir);
        if (const QString problem = peer.start(); !problem.isEmpty()) {
            print(QStringLiteral("%1: failed: the test PACS did not start: %2").arg(label, problem.left(300)));
            allOk = false;
            continue;
        }
        progress(QStringLiteral("%1: storing %2 files into Orthanc").arg(label).arg(data.files));
        QString studyUid;
        std::vector<pacs::StoreItem> batch;
        const QStringList names = QDir(data.dir).entryList(QDir::Files, QDir::Name);
        bool stored = true;
        for (int i = 0; i < names.size(); ++i) {
            QFile f(QDir(data.dir).filePath(names[i]));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            batch.push_back({names[i], f.readAll()});
            if (studyUid.isEmpty())
                if (auto info = pacs::inspectPart10(batch.back().part10))
                    studyUid = info.value().studyInstanceUid;
            if (batch.size() == 100 || i + 1 == names.size()) {
                auto s = pacs::DimseClient(peer.node(), 120).store(batch);
                stored = stored && s && s.value().failures.isEmpty();
                batch.clear();
            }
        }
        if (!stored || studyUid.isEmpty()) {
            print(QStringLiteral("%1: failed: Orthanc did not take the series").arg(label));
            allOk = false;
            continue;
        }
        const pid_t orthanc = pidFrom(peer.file("orthanc.pid"));
        // getscu has no TLS: a stunnel client in front of Orthanc's DICOM TLS port.
        QFile conf(peerDir + QStringLiteral("/stunnel-client.conf"));
        conf.open(QIODevice::WriteOnly);
        conf.write(QStringLiteral("foreground = yes\npid =\n[getscu]\nclient = yes\naccept = 127.0.0.1:11112\nconnect = 127.0.0.1:4242\n"
                                  "cert = %1\nkey = %2\nCAfile = %3\nverifyChain = yes\n")
                       .arg(peer.file("client.pem"), peer.file("client.key"), peer.file("ca.pem"))
                       .toUtf8());
        conf.close();
        QProcess tunnel;
        tunnel.start(QStringLiteral("stunnel4"), {conf.fileName()});
        // Listening, seen in /proc/net/tcp (port 11112 = 0x2B68, state 0A): a
        // probe connection would open a TLS session to Orthanc that sends no
        // association, and Orthanc waits for it before it answers anyone else.
        for (int i = 0; i < 100; ++i) {
            QFile tcp(QStringLiteral("/proc/self/net/tcp"));
            if (tcp.open(QIODevice::ReadOnly) && tcp.readAll().contains(":2B68 00000000:0000 0A"))
                break;
            QThread::msleep(50);
        }

        const QString url = peer.node().dicomweb + QStringLiteral("/studies/") + studyUid;
        std::vector<std::pair<QString, Run>> rows;
        // curl: the WADO-RS floor.
        {
            const QString out = scratch + QStringLiteral("/curl.txt");
            Run r = spawn({QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--cacert"), peer.file("ca.pem"),
                           QStringLiteral("-H"), QStringLiteral("Accept: multipart/related; type=\"application/dicom\"; transfer-syntax=*"),
                           QStringLiteral("-o"), scratch + QStringLiteral("/curl.body"), QStringLiteral("-w"),
                           QStringLiteral("first_s=%{time_starttransfer}\nbytes=%{size_download}\n"), url},
                          out, orthanc);
            const auto kv = keyValues(out);
            r.firstS = kv.count(QStringLiteral("first_s")) ? kv.at(QStringLiteral("first_s")).toDouble() : -1;
            r.bytes = kv.count(QStringLiteral("bytes")) ? kv.at(QStringLiteral("bytes")).toLongLong() : 0;
            r.ok = r.ok && r.bytes > 0;
            QFile::remove(scratch + QStringLiteral("/curl.body"));
            rows.emplace_back(QStringLiteral("curl WADO-RS (floor)"), r);
        }
        // getscu into a folder: the C-GET floor.
        {
            const QString dir = scratch + QStringLiteral("/getscu");
            QDir(dir).removeRecursively();
            QDir().mkpath(dir);
            double first = -1;
            QStringList command{QStringLiteral("getscu"), QStringLiteral("-S"), QStringLiteral("-aet"), QStringLiteral("CUSTOS"), QStringLiteral("-aec"),
                             QStringLiteral("ORTHANC"), QStringLiteral("-k"), QStringLiteral("0008,0052=STUDY"), QStringLiteral("-k"),
                             QStringLiteral("0020,000D=") + studyUid, QStringLiteral("-od"), dir};
            if (label.startsWith(QLatin1String("JPEG")))
                command << QStringLiteral("+xt"); // accept JPEG-LS as stored
            command << QStringLiteral("127.0.0.1") << QStringLiteral("11112");
            Run r = spawn(command, scratch + QStringLiteral("/getscu.txt"), orthanc, [&](double t) {
                if (first < 0 && !QDir(dir).isEmpty())
                    first = t;
            });
            r.firstS = first;
            r.instances = int(QDir(dir).entryList(QDir::Files).size());
            r.ok = r.ok && r.instances == data.files;
            if (r.instances != data.files && r.message.isEmpty())
                r.message = QStringLiteral("%1 of %2 files arrived").arg(r.instances).arg(data.files);
            QDir(dir).removeRecursively();
            rows.emplace_back(QStringLiteral("DCMTK getscu C-GET (floor)"), r);
        }
        for (const auto& [mode, name] : {std::pair{"wado", "Custos WADO-RS"}, std::pair{"cget", "Custos C-GET"}}) {
            const QString out = scratch + QStringLiteral("/custos.txt");
            Run r = spawn({self, QStringLiteral("--child"), QLatin1String(mode), peerDir, studyUid, scratch + QStringLiteral("/cache")}, out, orthanc);
            const auto kv = keyValues(out);
            auto num = [&](const char* k) { return kv.count(QLatin1String(k)) ? kv.at(QLatin1String(k)).toDouble() : -1.0; };
            r.ok = r.ok && kv.count(QStringLiteral("status")) && kv.at(QStringLiteral("status")) == QLatin1String("ok");
            if (kv.count(QStringLiteral("message")))
                r.message = kv.at(QStringLiteral("message"));
            r.firstS = num("first_s");
            r.fullS = num("full_s"); // from the request to the PACS (process start, keys and cache not counted)
            r.volumeS = num("volume_s");
            r.rssMiB = num("peak_rss_mb"); // its own VmHWM, at the end
            r.instances = int(num("instances"));
            r.bytes = qint64(num("voxel_bytes"));
            rows.emplace_back(QLatin1String(name), r);
        }
        QDir(scratch + QStringLiteral("/cache")).removeRecursively();
        tunnel.terminate();
        tunnel.waitForFinished(3000);
        peer.stop();

        print(QString());
        print(QStringLiteral("%1 (%2 files, %3 MiB on disk)").arg(label).arg(data.files).arg(double(data.bytes) / 1048576.0, 0, 'f', 1));
        print(QStringLiteral("  %1 %2 %3 %4 %5 %6").arg(QStringLiteral("method"), -28).arg(QStringLiteral("first image"), 12)
                  .arg(QStringLiteral("retrieved"), 11).arg(QStringLiteral("+volume"), 10).arg(QStringLiteral("peak RSS"), 11)
                  .arg(QStringLiteral("Orthanc CPU"), 12));
        double curlFull = -1, getscuFull = -1;
        for (const auto& [name, r] : rows) {
            if (!r.ok) {
                print(QStringLiteral("  %1 failed: %2").arg(name, -28).arg(r.message));
                allOk = false;
                continue;
            }
            if (name.startsWith(QLatin1String("curl")))
                curlFull = r.fullS;
            if (name.startsWith(QLatin1String("DCMTK")))
                getscuFull = r.fullS;
            print(QStringLiteral("  %1 %2 %3 %4 %5 %6").arg(name, -28).arg(fmt(r.firstS, "s", 3), 12).arg(fmt(r.fullS, "s", 3), 11)
                      .arg(r.volumeS < 0 ? QStringLiteral("") : fmt(r.volumeS, "s", 3), 10).arg(fmt(r.rssMiB, "MiB", 0), 11)
                      .arg(QStringLiteral("%1 %").arg(r.orthancCpu * 100, 0, 'f', 0), 12));
        }
        for (const auto& [name, r] : rows) {
            if (!r.ok || !name.startsWith(QLatin1String("Custos")))
                continue;
            const bool web = name.contains(QLatin1String("WADO"));
            const double floor = web ? curlFull : getscuFull;
            const double target = web ? 1.3 : 1.0;
            const double voxelMiB = double(r.bytes) / 1048576.0;
            print(QStringLiteral("  %1: retrieve %2× the %3 floor (target ≤ %4×); first image %5 s (target ≤ 1 s); "
                                 "peak RSS %6 MiB for %7 MiB of voxels (target ≤ %8 MiB)")
                      .arg(name)
                      .arg(floor > 0 ? r.fullS / floor : -1, 0, 'f', 2)
                      .arg(web ? QStringLiteral("curl") : QStringLiteral("getscu"))
                      .arg(target, 0, 'f', 1)
                      .arg(r.firstS, 0, 'f', 3)
                      .arg(r.rssMiB, 0, 'f', 0)
                      .arg(voxelMiB, 0, 'f', 0)
                      .arg(1.2 * voxelMiB + 150, 0, 'f', 0));
        }
    }
    double load1[3] = {};
    getloadavg(load1, 3);
    print(QString());
    print(QStringLiteral("load average after %1 (2 cores: anything else running shows in the figures). Custos rows include "
                         "encrypting every instance into the cache; \"+volume\" is the series decoded into the volume from memory.")
              .arg(load1[0], 0, 'f', 2));
    QDir(scratch).removeRecursively();
    return allOk ? 0 : 1;
}

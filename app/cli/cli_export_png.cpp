// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_export_png.h"

#include "core/ai/ai_reader.h"
#include "core/dicom/volume_loader.h"
#include "core/dicom/windowing.h"
#include "core/export/image_writer.h"
#include "ui/burnin/burn_in.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

// The middle slice as 8-bit grey at `window` (modality units).
QImage render(const dicom::Volume& volume)
{
    const auto& g = volume.geometry();
    const int k = g.slices / 2;
    const std::byte* slice = volume.sliceData(k);
    const std::size_t n = volume.voxelsPerSlice();
    // The same window and grey levels as the viewer's series thumbnails.
    dicom::GreyWindow window;
    if (!volume.windows.empty()) {
        window = {volume.windows.front().center, volume.windows.front().width};
    } else {
        double lo = 1e300, hi = -1e300;
        for (std::size_t v = 0; v < n; ++v) {
            const double m = volume.modalityValue(dicom::sampleValue(slice, volume.sampleType(), v * std::size_t(volume.components())));
            lo = std::min(lo, m);
            hi = std::max(hi, m);
        }
        window = dicom::windowSpanning(lo, hi);
    }
    QImage image(g.columns, g.rows, QImage::Format_Grayscale8);
    for (int j = 0; j < g.rows; ++j) {
        uchar* line = image.scanLine(j);
        for (int i = 0; i < g.columns; ++i) {
            const std::size_t v = (std::size_t(j) * std::size_t(g.columns) + std::size_t(i)) * std::size_t(volume.components());
            const double m = volume.modalityValue(dicom::sampleValue(slice, volume.sampleType(), v));
            line[i] = dicom::windowedGrey(m, window, volume.invertedGrayscale);
        }
    }
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

Result<QStringList> writeImages(const dicom::Catalog& catalog, const std::map<QString, policy::Decision>& decisions,
                                const QString& user, const QDir& out)
{
    QStringList written;
    auto fail = [&written](const QString& message) -> Result<QStringList> {
        for (const QString& f : written) {
            QFile::remove(f);
            QDir().rmdir(QFileInfo(f).absolutePath()); // only when empty: folders an earlier export filled stay
            QDir().rmdir(QFileInfo(QFileInfo(f).absolutePath()).absolutePath());
        }
        return Error{message};
    };
    std::vector<const dicom::Stack*> stacks;
    for (const dicom::Study& study : catalog.studies)
        for (const dicom::Series& series : study.series)
            for (const dicom::Stack& stack : series.stacks)
                // SEG and parametric maps have pixels but are not images of the patient.
                if (!stack.frames.empty() && !ai::isAiSopClass(catalog.instanceOf(stack.frames.front()).sopClassUid))
                    stacks.push_back(&stack);
    for (const dicom::Stack* stackPtr : stacks) {
        const dicom::Stack& stack = *stackPtr;
        const auto decision = decisions.find(stack.studyInstanceUid);
        if (decision == decisions.end() || !decision->second.allowed())
            continue;
        // core/export releases the image on the study's permit and decides the watermark line.
        auto released = exports::ImageWriter::release(decision->second.permit.get(), policy::Action::ExportImage, user, QDateTime::currentDateTime());
        if (!released)
            return fail(released.errorMessage());
        auto volume = dicom::loadStack(catalog, stack);
        if (!volume)
            return fail(t("Image %1 of the export could not be decoded: %2").arg(written.size() + 1).arg(volume.errorMessage()));
        const QImage image = ui::burnWatermark(render(*volume.value()), released.value()->watermark());
        auto path = exports::ImageWriter::writeIntoExport(*released.value(), ui::encodeImage(image, "PNG"), QStringLiteral("png"),
                                                          stack.seriesInstanceUid, out);
        if (!path)
            return fail(path.errorMessage());
        written << path.value();
    }
    if (written.isEmpty())
        return fail(t("The given files hold no images to export."));
    return written;
}

} // namespace custos::cli

// SPDX-License-Identifier: Apache-2.0
#include "ui/findings/ai_files.h"

#include "core/ai/review_sr_writer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace custos::ui {

namespace {

bool isAiInstance(const dicom::Catalog& catalog, int instance)
{
    return ai::isAiSopClass(catalog.instances[std::size_t(instance)].sopClassUid);
}

// Custos' vendor format says what it is near the top; other JSON files in a
// study folder (exports, tool settings) are not AI results.
bool looksLikeVendorJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096);
    return head.contains("custos-ai-findings") || (head.contains("\"findings\"") && head.contains("\"model\""));
}

} // namespace

void removeAiStacks(dicom::Catalog& catalog)
{
    for (dicom::Study& study : catalog.studies)
        for (dicom::Series& series : study.series)
            std::erase_if(series.stacks, [&](const dicom::Stack& stack) {
                return !stack.frames.empty() && isAiInstance(catalog, stack.frames.front().instance);
            });
}

QStringList aiFilesOf(const dicom::Catalog& catalog)
{
    QStringList files;
    QSet<QString> folders;
    for (const dicom::Instance& inst : catalog.instances) {
        if (ai::isAiSopClass(inst.sopClassUid))
            files << inst.filePath;
        folders.insert(QFileInfo(inst.filePath).absolutePath());
    }
    // The study folder is the common parent of the image folders; JSON
    // results usually sit next to the images or one folder below.
    QStringList roots = folders.values();
    std::sort(roots.begin(), roots.end());
    QStringList top;
    for (const QString& r : std::as_const(roots))
        if (top.isEmpty() || !(r + QLatin1Char('/')).startsWith(top.back() + QLatin1Char('/')))
            top << r;
    QSet<QString> seen;
    for (const QString& root : std::as_const(top)) {
        QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        int visited = 0;
        while (it.hasNext() && ++visited < 5000) {
            const QString path = it.next();
            if (!seen.contains(path) && looksLikeVendorJson(path)) {
                seen.insert(path);
                files << path;
            }
        }
    }
    return files;
}

AiFileRead readAiFiles(const QStringList& files, const dicom::Catalog& catalog)
{
    AiFileRead out;
    for (const QString& path : files) {
        auto r = ai::readAiObject(path);
        if (!r) {
            out.errors << QCoreApplication::translate("custos::ui::FindingsPanel", "%1: %2")
                              .arg(QFileInfo(path).fileName(), r.errorMessage());
            continue;
        }
        if (r.value().kind == ai::AiObjectKind::MeasurementReport) {
            // A review Custos saved is a measurement report too: it has
            // decisions in it, which an AI's report never has.
            if (auto review = ai::readReview(path)) {
                out.reviews.emplace_back(path, std::move(review).value());
                continue;
            }
        }
        out.objects.push_back(std::move(r).value());
    }
    out.matches = ai::matchToSeries(out.objects, catalog);
    return out;
}

} // namespace custos::ui

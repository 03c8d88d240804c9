// SPDX-License-Identifier: Apache-2.0
#include "ui/findings/ai_files.h"

#include "core/ai/review_sr_writer.h"
#include "core/study/study_access.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace custos::ui {

// Both live in core/study, the one way in: AI objects of a withheld study are never found.
void removeAiStacks(dicom::Catalog& catalog) { study::setAiAside(catalog); }

std::vector<dicom::Source> aiInputsOf(const dicom::Catalog& catalog) { return study::aiInputsOf(catalog); }

AiFileRead readAiFiles(const std::vector<dicom::Source>& files, const dicom::Catalog& catalog)
{
    AiFileRead out;
    for (const dicom::Source& source : files) {
        const QString& path = source.path();
        auto r = ai::readAiObject(source);
        if (!r) {
            out.errors << QCoreApplication::translate("custos::ui::FindingsPanel", "%1: %2")
                              .arg(QFileInfo(path).fileName(), r.errorMessage());
            continue;
        }
        if (r.value().kind == ai::AiObjectKind::MeasurementReport) {
            // A review Custos saved is a measurement report too: it has
            // decisions in it, which an AI's report never has.
            if (auto review = ai::readReview(source)) {
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

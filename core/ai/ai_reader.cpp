// SPDX-License-Identifier: Apache-2.0
#include "core/ai/ai_reader.h"

#include "core/ai/ai_text.h"
#include "core/ai/dicom_object.h"
#include "core/ai/parametric_map_reader.h"
#include "core/ai/segmentation_reader.h"
#include "core/ai/vendor_json.h"
#include "core/dicom/dcmtk_util.h"

#include "core/ai/sr_reader.h"
#include "core/dicom/input_guard.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <QFile>
#include <QHash>
#include <QSet>

#include <map>

namespace custos::ai {

namespace {

constexpr const char* kGspsStorage = "1.2.840.10008.5.1.4.1.1.11.1";
constexpr const char* kSrPrefix = "1.2.840.10008.5.1.4.1.1.88.";

bool looksLikeJson(const QString& path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(256).trimmed();
    return head.startsWith('{');
}

bool isDerivedModality(const QString& modality)
{
    static const QSet<QString> derived{QStringLiteral("SEG"), QStringLiteral("SR"), QStringLiteral("PR"),
                                       QStringLiteral("KO"), QStringLiteral("RWV")};
    return derived.contains(modality);
}

} // namespace

bool isAiSopClass(const QString& uid)
{
    return uid == QLatin1String(detail::kSegmentationStorage) || uid == QLatin1String(detail::kParametricMapStorage) ||
           uid == QLatin1String(kGspsStorage) || uid.startsWith(QLatin1String(kSrPrefix));
}

Result<AiObject> readAiObject(const dicom::Source& input)
{
    const QString& path = input.path();
    if (!input.inMemory()) {
        // Before anything opens it: a FIFO would block, an empty file says nothing.
        if (auto regular = dicom::checkRegularFile(path); !regular)
            return Error{Text::tr("%1 cannot be read: %2").arg(path, regular.errorMessage())};
        if (looksLikeJson(path))
            return readVendorJson(path);
    }
    auto header = detail::loadDicom(input, false);
    if (!header)
        return header.error();
    const QString sopClass = dicom::string(*header.value()->getDataset(), DCM_SOPClassUID);
    header.value().reset(); // the readers below load what they need
    if (sopClass == QLatin1String(detail::kSegmentationStorage)) {
        auto seg = readSegmentation(input);
        if (!seg)
            return seg.error();
        return std::move(seg.value().object);
    }
    if (sopClass == QLatin1String(detail::kParametricMapStorage)) {
        auto map = readParametricMap(input);
        if (!map)
            return map.error();
        return std::move(map.value().object);
    }
    if (sopClass.startsWith(QLatin1String(kSrPrefix)) || sopClass == QLatin1String(kGspsStorage)) {
        return sopClass == QLatin1String(kGspsStorage) ? readPresentationState(input) : readStructuredReport(input);
    }
    return Error{Text::tr("%1 is not an AI result Custos reads (SOP Class %2): expected a SEG, parametric map, SR, "
                          "presentation state or Custos JSON document.")
                     .arg(path, sopClass.isEmpty() ? Text::tr("none") : sopClass)};
}

std::vector<SeriesMatch> matchToSeries(const std::vector<AiObject>& objects, const dicom::Catalog& catalog)
{
    // Image series only: an AI object never annotates another AI object here.
    QHash<QString, QString> seriesOfInstance; // SOP Instance UID -> series
    QSet<QString> imageSeries;
    std::map<QString, std::pair<QString, std::size_t>> seriesOfFrame; // FoR -> (series, frames) largest
    for (const dicom::Study& study : catalog.studies)
        for (const dicom::Series& series : study.series) {
            if (series.stacks.empty() || isDerivedModality(series.modality))
                continue;
            imageSeries.insert(series.seriesInstanceUid);
            for (const int i : series.instances)
                seriesOfInstance.insert(catalog.instances[std::size_t(i)].sopInstanceUid, series.seriesInstanceUid);
            for (const dicom::Stack& stack : series.stacks) {
                auto& best = seriesOfFrame[stack.frameOfReferenceUid];
                if (!stack.frameOfReferenceUid.isEmpty() && stack.frames.size() > best.second)
                    best = {series.seriesInstanceUid, stack.frames.size()};
            }
        }

    std::vector<SeriesMatch> out;
    for (const AiObject& o : objects) {
        SeriesMatch m;
        QStringList referenced = o.referencedInstanceUids;
        for (const Finding& f : o.findings)
            for (const Region2D& r : f.regions2D)
                referenced << r.referencedSopInstanceUid;
        referenced.removeAll(QString());
        referenced.removeDuplicates();
        std::map<QString, int> hits;
        for (const QString& uid : std::as_const(referenced)) {
            const QString series = seriesOfInstance.value(uid);
            if (series.isEmpty())
                m.missingInstanceUids << uid;
            else
                ++hits[series];
        }
        if (!o.referencedSeriesUid.isEmpty() && imageSeries.contains(o.referencedSeriesUid)) {
            m.seriesInstanceUid = o.referencedSeriesUid;
            m.by = MatchedBy::ReferencedSeries;
        } else if (!hits.empty()) {
            m.seriesInstanceUid = std::max_element(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
                                      return a.second < b.second;
                                  })->first;
            m.by = MatchedBy::ReferencedInstances;
        } else if (const auto it = seriesOfFrame.find(o.frameOfReferenceUid);
                   !o.frameOfReferenceUid.isEmpty() && it != seriesOfFrame.end() && !it->second.first.isEmpty()) {
            m.seriesInstanceUid = it->second.first;
            m.by = MatchedBy::FrameOfReference;
        }
        if (m.by == MatchedBy::None)
            m.problem = Text::tr("It references no series that is loaded.");
        else if (!m.missingInstanceUids.isEmpty())
            m.problem = Text::tr("It references %n image(s) that are not loaded.", nullptr, int(m.missingInstanceUids.size()));
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace custos::ai

// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/series_sorter.h"

#include <QObject>

#include <algorithm>
#include <map>
#include <limits>
#include <numeric>

namespace custos::dicom {

namespace {

constexpr double kParallelTolerance = 1e-3; // |cos| deviation for "same orientation"
constexpr double kSamePositionMm = 1e-3;

struct Entry
{
    FrameRef ref;
    const Instance* inst;
    const FrameInfo* info;
    double distance = 0; // projection on the normal
};

bool sameDirection(const Vec3& a, const Vec3& b) { return a.normalized().dot(b.normalized()) > 1.0 - kParallelTolerance; }

bool hasGeometry(const Entry& e) { return e.info->position && e.info->rowDir && e.info->colDir; }

// Frames that can share one stack: same size, decoded format, and orientation.
bool compatible(const Entry& a, const Entry& b)
{
    if (a.inst->rows != b.inst->rows || a.inst->columns != b.inst->columns)
        return false;
    if (decodedSampleType(*a.inst) != decodedSampleType(*b.inst) ||
        decodedComponents(*a.inst) != decodedComponents(*b.inst))
        return false;
    if ((a.inst->photometric == QLatin1String("MONOCHROME1")) != (b.inst->photometric == QLatin1String("MONOCHROME1")))
        return false;
    if (hasGeometry(a) != hasGeometry(b))
        return false;
    if (!hasGeometry(a))
        return true;
    return sameDirection(*a.info->rowDir, *b.info->rowDir) && sameDirection(*a.info->colDir, *b.info->colDir);
}

bool hasDuplicatePositions(std::vector<Entry>& group)
{
    std::sort(group.begin(), group.end(), [](const Entry& a, const Entry& b) { return a.distance < b.distance; });
    for (std::size_t i = 1; i < group.size(); ++i)
        if (std::abs(group[i].distance - group[i - 1].distance) < kSamePositionMm)
            return true;
    return false;
}

// When several frames sit at one position (two acquisitions, echoes or time
// points in one series), split by the attribute that tells them apart; if
// none does, the n-th frame at each position goes to the n-th stack.
std::vector<std::vector<Entry>> splitDuplicates(std::vector<Entry> group)
{
    if (!hasGeometry(group.front()) || !hasDuplicatePositions(group))
        return {std::move(group)};

    using Key = std::function<std::optional<int>(const Entry&)>;
    const Key keys[] = {
        [](const Entry& e) { return e.inst->echoNumber; },
        [](const Entry& e) { return e.inst->temporalPositionIdentifier; },
        [](const Entry& e) { return e.inst->acquisitionNumber; },
    };
    for (const Key& key : keys) {
        std::map<int, std::vector<Entry>> parts;
        bool usable = true;
        for (const Entry& e : group) {
            auto k = key(e);
            if (!k) {
                usable = false;
                break;
            }
            parts[*k].push_back(e);
        }
        if (!usable || parts.size() < 2)
            continue;
        bool resolved = true;
        for (auto& [k, part] : parts)
            resolved = resolved && !hasDuplicatePositions(part);
        if (!resolved)
            continue;
        std::vector<std::vector<Entry>> out;
        for (auto& [k, part] : parts)
            out.push_back(std::move(part));
        return out;
    }

    // Occurrence split, in instance-number order.
    std::stable_sort(group.begin(), group.end(), [](const Entry& a, const Entry& b) {
        if (a.inst->instanceNumber != b.inst->instanceNumber)
            return a.inst->instanceNumber < b.inst->instanceNumber;
        return a.ref.frame < b.ref.frame;
    });
    std::vector<std::vector<Entry>> out;
    std::vector<double> placed; // positions, per output stack
    std::vector<std::vector<double>> positions;
    for (const Entry& e : group) {
        std::size_t target = 0;
        for (; target < positions.size(); ++target) {
            const auto& ps = positions[target];
            const bool taken = std::any_of(ps.begin(), ps.end(), [&](double d) { return std::abs(d - e.distance) < kSamePositionMm; });
            if (!taken)
                break;
        }
        if (target == positions.size()) {
            positions.emplace_back();
            out.emplace_back();
        }
        positions[target].push_back(e.distance);
        out[target].push_back(e);
    }
    return out;
}

void analyseGeometry(Stack& stack, const std::vector<Entry>& sorted)
{
    const Entry& first = sorted.front();
    stack.rowSpacing = first.info->rowSpacing;
    stack.columnSpacing = first.info->columnSpacing;
    stack.sliceThickness = first.info->sliceThickness;
    if (!hasGeometry(first))
        return;
    stack.origin = first.info->position;
    stack.rowDir = first.info->rowDir->normalized();
    stack.colDir = first.info->colDir->normalized();
    const Vec3 sliceNormal = stack.rowDir->cross(*stack.colDir).normalized();
    stack.normal = sliceNormal;
    if (sorted.size() < 2)
        return;

    std::vector<double> gaps;
    for (std::size_t i = 1; i < sorted.size(); ++i)
        gaps.push_back(sorted[i].distance - sorted[i - 1].distance);
    std::vector<double> ordered = gaps;
    std::nth_element(ordered.begin(), ordered.begin() + long(ordered.size() / 2), ordered.end());
    const double median = ordered[ordered.size() / 2];
    if (median <= kSamePositionMm)
        return;

    // The frame-to-frame step may not be along the normal (gantry tilt).
    const Vec3 step = *sorted.back().info->position - *first.info->position;
    const Vec3 stepDir = step.normalized();
    if (stepDir.dot(sliceNormal) < 1.0 - 1e-4)
        stack.warnings << QObject::tr("The slices are sheared (gantry tilt of %1°): measurements across slices are approximate.")
                              .arg(std::acos(std::clamp(stepDir.dot(sliceNormal), -1.0, 1.0)) * 180.0 / M_PI, 0, 'f', 1);

    // Positions are rounded in the files: allow 5% before calling it uneven.
    const double tolerance = std::max(0.05, median * 0.05);
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        const double ratio = gaps[i] / median;
        const long steps = std::lround(ratio);
        // A gap of (about) a whole number of steps is a missing slice; any
        // other deviation is uneven spacing.
        if (steps >= 2 && std::abs(ratio - double(steps)) <= 0.2) {
            stack.missingSliceGaps.push_back(int(i));
            const int missing = int(steps) - 1;
            stack.warnings << QObject::tr("%n slice(s) seem to be missing between slices %1 and %2 (a gap of %3 mm where %4 mm is expected).",
                                          nullptr, std::max(1, missing))
                                  .arg(i + 1)
                                  .arg(i + 2)
                                  .arg(gaps[i], 0, 'f', 2)
                                  .arg(median, 0, 'f', 2);
        }
    }
    // Spread of the gaps that are not whole-step holes.
    double lo = median, hi = median;
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        if (std::find(stack.missingSliceGaps.begin(), stack.missingSliceGaps.end(), int(i)) != stack.missingSliceGaps.end())
            continue;
        lo = std::min(lo, gaps[i]);
        hi = std::max(hi, gaps[i]);
    }
    if (!stack.missingSliceGaps.empty())
        stack.uniformSpacing = false;
    if (hi - lo > tolerance) {
        stack.uniformSpacing = false;
        stack.warnings << QObject::tr("The slice spacing is uneven: from %1 mm to %2 mm.")
                              .arg(lo, 0, 'f', 2)
                              .arg(hi, 0, 'f', 2);
    }
    stack.sliceSpacing = (sorted.back().distance - first.distance) / double(sorted.size() - 1);
    if (!stack.missingSliceGaps.empty() || !stack.uniformSpacing)
        stack.sliceSpacing = median;
    stack.isVolume = true;
}

} // namespace

std::vector<Stack> buildStacks(const std::vector<Instance>& instances, const std::vector<int>& members)
{
    // Expand instances into frames.
    std::vector<Entry> entries;
    for (int idx : members) {
        const Instance& inst = instances[std::size_t(idx)];
        if (!inst.isImage())
            continue;
        for (int f = 0; f < inst.numberOfFrames; ++f) {
            Entry e{FrameRef{idx, f}, &inst, &inst.frames[std::size_t(f)]};
            if (hasGeometry(e))
                e.distance = e.info->position->dot(e.info->rowDir->cross(*e.info->colDir).normalized());
            entries.push_back(e);
        }
    }

    // Greedy grouping of compatible frames, in file order.
    std::vector<std::vector<Entry>> groups;
    for (const Entry& e : entries) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return compatible(g.front(), e); });
        if (it == groups.end())
            groups.push_back({e});
        else
            it->push_back(e);
    }

    std::vector<Stack> stacks;
    for (auto& group : groups) {
        for (auto& part : splitDuplicates(std::move(group))) {
            if (hasGeometry(part.front())) {
                std::stable_sort(part.begin(), part.end(), [](const Entry& a, const Entry& b) { return a.distance < b.distance; });
            } else {
                std::stable_sort(part.begin(), part.end(), [](const Entry& a, const Entry& b) {
                    if (a.inst->instanceNumber != b.inst->instanceNumber)
                        return a.inst->instanceNumber < b.inst->instanceNumber;
                    if (a.ref.instance != b.ref.instance)
                        return a.ref.instance < b.ref.instance;
                    return a.ref.frame < b.ref.frame;
                });
            }
            Stack s;
            const Instance& first = *part.front().inst;
            s.seriesInstanceUid = first.seriesInstanceUid;
            s.studyInstanceUid = first.studyInstanceUid;
            s.frameOfReferenceUid = first.frameOfReferenceUid;
            s.modality = first.modality;
            s.seriesDescription = first.seriesDescription;
            s.seriesNumber = first.seriesNumber;
            s.rows = first.rows;
            s.columns = first.columns;
            s.sampleType = decodedSampleType(first);
            s.components = decodedComponents(first);
            s.photometric = first.photometric;
            for (const Entry& e : part) {
                s.frames.push_back(e.ref);
                if (!s.transferSyntaxes.contains(e.inst->transferSyntaxUid))
                    s.transferSyntaxes << e.inst->transferSyntaxUid;
                for (const VoiWindow& w : e.info->windows) {
                    const bool known = std::any_of(s.windows.begin(), s.windows.end(), [&](const VoiWindow& k) {
                        return k.center == w.center && k.width == w.width;
                    });
                    if (!known && s.windows.size() < 16)
                        s.windows.push_back(w);
                }
            }
            analyseGeometry(s, part);
            stacks.push_back(std::move(s));
        }
    }
    // Largest stack first: that is what a viewer should show for the series;
    // ties in acquisition order (lowest instance number first).
    auto firstNumber = [&](const Stack& st) {
        int n = std::numeric_limits<int>::max();
        for (const FrameRef& f : st.frames)
            n = std::min(n, instances[std::size_t(f.instance)].instanceNumber);
        return n;
    };
    std::stable_sort(stacks.begin(), stacks.end(), [&](const Stack& a, const Stack& b) {
        if (a.frames.size() != b.frames.size())
            return a.frames.size() > b.frames.size();
        return firstNumber(a) < firstNumber(b);
    });
    for (std::size_t i = 0; i < stacks.size(); ++i)
        stacks[i].stackIndexInSeries = int(i);
    return stacks;
}

std::vector<Study> buildStudies(const std::vector<Instance>& instances)
{
    std::vector<Study> studies;
    std::map<QString, std::size_t> studyIndex;
    std::map<std::pair<QString, QString>, std::size_t> seriesIndex;
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const Instance& inst = instances[i];
        auto [sit, newStudy] = studyIndex.try_emplace(inst.studyInstanceUid, studies.size());
        if (newStudy) {
            Study st;
            st.studyInstanceUid = inst.studyInstanceUid;
            st.studyDescription = inst.studyDescription;
            st.studyDate = inst.studyDate;
            st.studyTime = inst.studyTime;
            st.accessionNumber = inst.accessionNumber;
            st.patientName = inst.patientName;
            st.patientId = inst.patientId;
            st.patientBirthDate = inst.patientBirthDate;
            st.patientSex = inst.patientSex;
            studies.push_back(std::move(st));
        }
        Study& study = studies[sit->second];
        auto [serIt, newSeries] = seriesIndex.try_emplace({inst.studyInstanceUid, inst.seriesInstanceUid}, study.series.size());
        if (newSeries) {
            Series se;
            se.seriesInstanceUid = inst.seriesInstanceUid;
            se.modality = inst.modality;
            se.seriesDescription = inst.seriesDescription;
            se.seriesNumber = inst.seriesNumber;
            study.series.push_back(std::move(se));
        }
        study.series[serIt->second].instances.push_back(int(i));
    }
    for (Study& study : studies) {
        for (Series& series : study.series)
            series.stacks = buildStacks(instances, series.instances);
        std::stable_sort(study.series.begin(), study.series.end(),
                         [](const Series& a, const Series& b) { return a.seriesNumber < b.seriesNumber; });
    }
    return studies;
}

} // namespace custos::dicom

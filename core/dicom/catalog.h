// SPDX-License-Identifier: Apache-2.0
#pragma once
// The study model: patient -> study -> series -> stack -> frames.
//
// A "stack" is what a viewer shows in one viewport: frames of the same size
// and pixel format, one orientation, sorted along the slice normal. One
// SeriesInstanceUID may hold several stacks (a localizer with three planes,
// two echoes, two acquisitions at the same positions); each is its own stack.

#include "core/dicom/instance.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace custos::dicom {

struct FileError
{
    QString file;
    QString message;
};

// A file whose SOP Instance UID another file of the scan has already:
// scanned once, and named so that an export can account for it.
struct DuplicateFile
{
    QString file;
    QString sameAs; // the file kept
};

struct FrameRef
{
    int instance = -1; // index into Catalog::instances
    int frame = 0;     // frame number within that instance (0-based)
};

struct Stack
{
    QString seriesInstanceUid;
    QString studyInstanceUid;
    QString frameOfReferenceUid;
    QString modality;
    QString seriesDescription;
    int seriesNumber = 0;
    int stackIndexInSeries = 0; // 0 unless the series was split

    int rows = 0;
    int columns = 0;
    SampleType sampleType = SampleType::UInt16;
    int components = 1;
    QString photometric;

    std::vector<FrameRef> frames; // display order (geometric where possible)
    QStringList transferSyntaxes;
    QStringList warnings;
    std::vector<VoiWindow> windows; // VOI presets the files recommend (unique)

    // Geometry: valid when isVolume is true, and as far as known otherwise.
    bool isVolume = false;
    std::optional<Vec3> origin;      // position of frame 0
    std::optional<Vec3> rowDir;
    std::optional<Vec3> colDir;
    std::optional<Vec3> normal;      // direction of increasing frame index
    std::optional<double> rowSpacing;
    std::optional<double> columnSpacing;
    std::optional<double> sliceSpacing; // mean spacing along the normal
    std::optional<double> sliceThickness;
    bool uniformSpacing = true;
    std::vector<int> missingSliceGaps; // frame indices i where a gap follows frame i
};

struct Series
{
    QString seriesInstanceUid;
    QString modality;
    QString seriesDescription;
    int seriesNumber = 0;
    std::vector<int> instances;     // every instance, images or not
    std::vector<Stack> stacks;      // image stacks (empty for SR, RT plan...)
};

struct Study
{
    QString studyInstanceUid;
    QString studyDescription;
    QString studyDate;
    QString studyTime;
    QString accessionNumber;
    QString patientName;
    QString patientId;
    QString patientBirthDate;
    QString patientSex;
    std::vector<Series> series;
};

struct Catalog
{
    std::vector<Instance> instances;
    std::vector<Study> studies;
    std::vector<FileError> errors;
    std::vector<DuplicateFile> duplicates;

    const Instance& instanceOf(const FrameRef& f) const { return instances[std::size_t(f.instance)]; }
};

} // namespace custos::dicom

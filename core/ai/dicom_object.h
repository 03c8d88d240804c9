// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to core/ai: what the DICOM readers (SEG, parametric map) share:
// loading a file, the common attributes of an AiObject, the frame geometry of
// an enhanced multi-frame object, and its native pixel data.

#include "core/ai/finding.h"
#include "core/ai/target_grid.h"
#include "core/common/result.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <memory>

namespace custos::ai::detail {

inline constexpr const char* kSegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.4";
inline constexpr const char* kParametricMapStorage = "1.2.840.10008.5.1.4.1.1.30";

// Loads a DICOM file or object in memory. withPixels false: elements above
// 4 KiB of a file stay on disk (an object in memory is read whole).
Result<std::unique_ptr<DcmFileFormat>> loadDicom(const dicom::Source& source, bool withPixels);

// SOP, study, series, frame of reference, equipment, referenced series and
// instances (Referenced Series Sequence, Common Instance Reference).
void readCommon(DcmItem& dataset, AiObject& object);

// One FramePlane per frame from the shared and per-frame functional groups
// (per-frame values win), with the top-level attributes as a fallback.
std::vector<FramePlane> readFramePlanes(DcmItem& dataset, int frames);

// Number of Frames, or nullopt when absent.
std::optional<int> numberOfFrames(DcmItem& dataset);
// Items in the Per-frame Functional Groups Sequence.
int perFrameItems(DcmItem& dataset);
DcmItem* perFrameItem(DcmItem& dataset, int frame);
DcmItem* sharedItem(DcmItem& dataset);

// The native bytes of an attribute (decompressing RLE pixel data first).
struct Bytes
{
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
};
Result<Bytes> elementBytes(DcmFileFormat& file, const DcmTagKey& key);

// A coded entry of a sequence item (Code Value, Coding Scheme Designator, Code Meaning).
CodedConcept codeIn(DcmItem& item, const DcmTagKey& sequence);

// A frame-of-reference check worth doing: both known and different.
bool differentFrameOfReference(const AiObject& object, const TargetGrid& target);

// "frames 3, 4, 9 and 12 more" (1-based), for warnings.
QString frameList(const std::vector<int>& frames);

} // namespace custos::ai::detail

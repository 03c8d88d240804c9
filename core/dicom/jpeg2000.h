// SPDX-License-Identifier: Apache-2.0
#pragma once
// JPEG 2000 (and HTJ2K) through OpenJPEG: DCMTK here is built without it.

#include "core/common/result.h"
#include "core/dicom/instance.h"

#include <cstdint>
#include <vector>

class DcmPixelSequence;

namespace custos::dicom {

// The bytes of one frame's codestream, gathered from its fragments.
Result<std::vector<std::uint8_t>> frameCodestream(DcmPixelSequence& sequence, int frame, int numberOfFrames);

// Decodes a codestream (raw J2K or JP2 file format) into interleaved samples
// of decodedSampleType(inst).
Result<void> decodeJpeg2000(const std::vector<std::uint8_t>& codestream, const Instance& inst, std::byte* dst);

} // namespace custos::dicom

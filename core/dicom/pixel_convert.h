// SPDX-License-Identifier: Apache-2.0
#pragma once
// Sample-level conversions of the pixel pipeline. Internal to core/dicom.

#include "core/common/result.h"
#include "core/dicom/instance.h"

#include <cstddef>
#include <cstdint>
#include <vector>

class DcmItem;

namespace custos::dicom {

struct StoredLayout
{
    std::size_t frameBytes = 0; // bytes of one stored (uncompressed) frame
};

StoredLayout storedLayout(const Instance& inst);
// Native YBR_*_422 stores two luma samples per chroma pair.
bool isSubsampledNative(const Instance& inst);
bool needsColorConversion(const Instance& inst);

void swapBytes(std::byte* data, std::size_t bytes, int bitsAllocated);
// Unpacks `count` 1-bit pixels starting at bit `firstBit` (LSB first) to 0/1 bytes.
void unpackBits(const std::uint8_t* packed, std::size_t firstBit, std::size_t count, std::uint8_t* out);
// Masks bits above HighBit and sign-extends signed data from BitsStored.
void normalizeStoredBits(const Instance& inst, std::byte* data, std::size_t samples);
// src holds one decoded frame in `colorModel` (planar or interleaved);
// dst receives interleaved RGB (or a plain copy for grayscale).
void convertColor(const Instance& inst, const QString& colorModel, bool planar, const std::byte* src, std::byte* dst);

struct PaletteLut
{
    int firstMapped = 0;
    int bits = 8;
    std::vector<std::uint16_t> red, green, blue;
};
Result<PaletteLut> readPaletteLut(DcmItem& dataset);
// Maps stored indices (src) to interleaved 8-bit RGB (dst).
void applyPalette(const PaletteLut& lut, const Instance& inst, const std::byte* src, std::byte* dst);

} // namespace custos::dicom

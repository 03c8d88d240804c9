// SPDX-License-Identifier: Apache-2.0
#pragma once
// The pixel pipeline for one instance: decode any supported transfer syntax,
// unpack bits, sign-extend, de-planarise, convert YBR and palette colour to
// RGB. Output per frame: rows*columns*decodedComponents samples of
// decodedSampleType(instance), interleaved, native byte order. The modality
// LUT is not applied here (the Volume carries slope/intercept).

#include "core/common/result.h"
#include "core/dicom/instance.h"

#include <memory>

namespace custos::dicom {

class PixelDecoder
{
public:
    explicit PixelDecoder(const Instance& instance);
    ~PixelDecoder();
    PixelDecoder(const PixelDecoder&) = delete;
    PixelDecoder& operator=(const PixelDecoder&) = delete;

    // Bytes one decoded frame occupies.
    std::size_t frameBytes() const;
    // Decodes frame `frame` (0-based) into dst (frameBytes() large).
    Result<void> decodeFrame(int frame, void* dst);

    // Registers DCMTK's JPEG, JPEG-LS and RLE decoders (idempotent, thread-safe).
    static void registerCodecs();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::dicom

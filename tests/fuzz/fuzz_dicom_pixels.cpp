// SPDX-License-Identifier: Apache-2.0
// Pixel decode of one instance: whatever transfer syntax the input names
// (native, deflate, RLE, JPEG, JPEG-LS, JPEG 2000, bit unpacking,
// palette/YBR), its first frames are decoded as the loader decodes them:
// from a file, and from memory (a study retrieved from a PACS).

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/header_reader.h"
#include "core/dicom/pixel_decoder.h"
#include "fuzz_support.h"

#include <vector>

using namespace custos;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    dicom::silenceDcmtkLogging();
    dicom::PixelDecoder::registerCodecs();
    return 0;
}

namespace {
void decodeFirstFrames(const dicom::Instance& instance)
{
    if (!instance.isImage())
        return;
    dicom::PixelDecoder decoder(instance);
    // The header reader caps sizes at gigabytes; the fuzzer's memory limit
    // is lower, and a large frame here says nothing new.
    if (decoder.frameBytes() == 0 || decoder.frameBytes() > (std::size_t(64) << 20))
        return;
    std::vector<std::byte> frame(decoder.frameBytes());
    for (int f = 0; f < std::min(instance.numberOfFrames, 4); ++f)
        (void)decoder.decodeFrame(f, frame.data());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (auto retrieved = dicom::readInstanceHeader(fuzz::retrieved(data, size)))
        decodeFirstFrames(retrieved.value());
    const QString path = fuzz::writeInput(data, size);
    if (auto inst = dicom::readInstanceHeader(path))
        decodeFirstFrames(inst.value());
    return 0;
}

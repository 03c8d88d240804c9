// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/pixel_convert.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QObject>

#include <algorithm>
#include <cstring>

namespace custos::dicom {

bool isSubsampledNative(const Instance& inst)
{
    return !inst.pixelDataEncapsulated && inst.samplesPerPixel == 3 &&
           (inst.photometric == QLatin1String("YBR_FULL_422") || inst.photometric == QLatin1String("YBR_PARTIAL_422"));
}

StoredLayout storedLayout(const Instance& inst)
{
    const std::size_t pixels = std::size_t(inst.rows) * std::size_t(inst.columns);
    if (inst.bitsAllocated == 1)
        return {pixels}; // unpacked to one byte per pixel
    const std::size_t bytesPerSample = std::size_t(inst.bitsAllocated / 8);
    if (isSubsampledNative(inst))
        return {pixels * 2 * bytesPerSample};
    return {pixels * std::size_t(inst.samplesPerPixel) * bytesPerSample};
}

bool needsColorConversion(const Instance& inst)
{
    return inst.samplesPerPixel == 3 && inst.photometric != QLatin1String("RGB");
}

void swapBytes(std::byte* data, std::size_t bytes, int bitsAllocated)
{
    if (bitsAllocated == 16) {
        for (std::size_t i = 0; i + 1 < bytes; i += 2)
            std::swap(data[i], data[i + 1]);
    } else if (bitsAllocated == 32) {
        for (std::size_t i = 0; i + 3 < bytes; i += 4) {
            std::swap(data[i], data[i + 3]);
            std::swap(data[i + 1], data[i + 2]);
        }
    }
}

void unpackBits(const std::uint8_t* packed, std::size_t firstBit, std::size_t count, std::uint8_t* out)
{
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t bit = firstBit + i;
        out[i] = (packed[bit >> 3] >> (bit & 7)) & 1u;
    }
}

namespace {

template <class T>
void normalize(T* data, std::size_t n, int bitsStored, int highBit, bool isSigned)
{
    using U = std::make_unsigned_t<T>;
    const int shift = highBit + 1 - bitsStored;
    const U mask = U((U(1) << bitsStored) - 1);
    if (isSigned) {
        const int up = int(sizeof(T) * 8) - bitsStored;
        for (std::size_t i = 0; i < n; ++i) {
            const U v = U((U(data[i]) >> shift) & mask);
            data[i] = T(T(U(v << up)) >> up); // arithmetic shift sign-extends
        }
    } else {
        for (std::size_t i = 0; i < n; ++i)
            data[i] = T((U(data[i]) >> shift) & mask);
    }
}

std::uint8_t clamp8(double v) { return std::uint8_t(std::clamp(std::lround(v), 0L, 255L)); }

void ybrToRgb(std::uint8_t y, std::uint8_t cb, std::uint8_t cr, bool partial, std::uint8_t* rgb)
{
    if (partial) {
        const double yy = 1.1644 * (y - 16.0);
        rgb[0] = clamp8(yy + 1.5960 * (cr - 128.0));
        rgb[1] = clamp8(yy - 0.3917 * (cb - 128.0) - 0.8129 * (cr - 128.0));
        rgb[2] = clamp8(yy + 2.0172 * (cb - 128.0));
    } else {
        rgb[0] = clamp8(y + 1.402 * (cr - 128.0));
        rgb[1] = clamp8(y - 0.344136 * (cb - 128.0) - 0.714136 * (cr - 128.0));
        rgb[2] = clamp8(y + 1.772 * (cb - 128.0));
    }
}

} // namespace

void normalizeStoredBits(const Instance& inst, std::byte* data, std::size_t samples)
{
    if (inst.bitsStored >= inst.bitsAllocated && inst.highBit == inst.bitsAllocated - 1)
        return;
    const bool isSigned = inst.pixelRepresentation == 1;
    switch (inst.bitsAllocated) {
    case 8: normalize(reinterpret_cast<std::int8_t*>(data), samples, inst.bitsStored, inst.highBit, isSigned); break;
    case 16: normalize(reinterpret_cast<std::int16_t*>(data), samples, inst.bitsStored, inst.highBit, isSigned); break;
    case 32: normalize(reinterpret_cast<std::int32_t*>(data), samples, inst.bitsStored, inst.highBit, isSigned); break;
    default: break;
    }
}

void convertColor(const Instance& inst, const QString& colorModel, bool planar, const std::byte* src, std::byte* dst)
{
    const std::size_t pixels = std::size_t(inst.rows) * std::size_t(inst.columns);
    const std::size_t bps = std::size_t(std::max(1, inst.bitsAllocated / 8));
    if (inst.samplesPerPixel != 3) {
        std::memcpy(dst, src, pixels * bps);
        return;
    }
    const bool subsampled = isSubsampledNative(inst) && colorModel == inst.photometric;
    const bool ybr = colorModel.startsWith(QLatin1String("YBR_FULL")) || colorModel.startsWith(QLatin1String("YBR_PARTIAL"));
    const bool partial = colorModel.startsWith(QLatin1String("YBR_PARTIAL"));

    if (subsampled && bps == 1) {
        const auto* s = reinterpret_cast<const std::uint8_t*>(src);
        auto* d = reinterpret_cast<std::uint8_t*>(dst);
        for (std::size_t p = 0; p < pixels; p += 2) {
            const std::uint8_t y1 = s[0], y2 = s[1], cb = s[2], cr = s[3];
            ybrToRgb(y1, cb, cr, partial, d + p * 3);
            if (p + 1 < pixels)
                ybrToRgb(y2, cb, cr, partial, d + (p + 1) * 3);
            s += 4;
        }
        return;
    }

    // Interleave first (planar configuration 1).
    if (planar) {
        for (std::size_t p = 0; p < pixels; ++p)
            for (std::size_t c = 0; c < 3; ++c)
                std::memcpy(dst + (p * 3 + c) * bps, src + (c * pixels + p) * bps, bps);
    } else {
        std::memcpy(dst, src, pixels * 3 * bps);
    }
    if (ybr && bps == 1) {
        auto* d = reinterpret_cast<std::uint8_t*>(dst);
        for (std::size_t p = 0; p < pixels; ++p)
            ybrToRgb(d[p * 3], d[p * 3 + 1], d[p * 3 + 2], partial, d + p * 3);
    }
}

Result<PaletteLut> readPaletteLut(DcmItem& ds)
{
    PaletteLut lut;
    const DcmTagKey descriptors[] = {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
                                     DCM_BluePaletteColorLookupTableDescriptor};
    const DcmTagKey data[] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                              DCM_BluePaletteColorLookupTableData};
    std::vector<std::uint16_t>* out[] = {&lut.red, &lut.green, &lut.blue};
    for (int c = 0; c < 3; ++c) {
        Uint16 entries = 0, first = 0, bits = 0;
        if (ds.findAndGetUint16(descriptors[c], entries, 0).bad() || ds.findAndGetUint16(descriptors[c], first, 1).bad() ||
            ds.findAndGetUint16(descriptors[c], bits, 2).bad())
            return Error{QObject::tr("the palette colour lookup table is missing or incomplete")};
        const std::size_t count = entries == 0 ? 65536 : entries;
        lut.firstMapped = first;
        lut.bits = bits;
        const Uint16* values = nullptr;
        unsigned long n = 0;
        if (ds.findAndGetUint16Array(data[c], values, &n).bad() || !values)
            return Error{QObject::tr("segmented palette colour lookup tables are not supported")};
        if (bits == 8 && n * 2 >= count) {
            // 8-bit entries are packed two per 16-bit word.
            const auto* bytes = reinterpret_cast<const std::uint8_t*>(values);
            out[c]->assign(bytes, bytes + count);
        } else {
            if (n < count)
                return Error{QObject::tr("the palette colour lookup table is shorter than its descriptor says")};
            out[c]->assign(values, values + count);
        }
    }
    return lut;
}

void applyPalette(const PaletteLut& lut, const Instance& inst, const std::byte* src, std::byte* dst)
{
    const std::size_t pixels = std::size_t(inst.rows) * std::size_t(inst.columns);
    auto* d = reinterpret_cast<std::uint8_t*>(dst);
    const int shift = lut.bits > 8 ? lut.bits - 8 : 0;
    const std::size_t last = lut.red.size() - 1;
    for (std::size_t p = 0; p < pixels; ++p) {
        const int stored = inst.bitsAllocated == 16 ? int(reinterpret_cast<const std::uint16_t*>(src)[p])
                                                    : int(reinterpret_cast<const std::uint8_t*>(src)[p]);
        const std::size_t i = std::size_t(std::clamp(stored - lut.firstMapped, 0, int(last)));
        d[p * 3 + 0] = std::uint8_t(lut.red[i] >> shift);
        d[p * 3 + 1] = std::uint8_t(lut.green[i] >> shift);
        d[p * 3 + 2] = std::uint8_t(lut.blue[i] >> shift);
    }
}

} // namespace custos::dicom

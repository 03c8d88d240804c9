// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/instance.h"

namespace custos::dicom {

int decodedComponents(const Instance& instance)
{
    return (instance.samplesPerPixel == 3 || instance.photometric == QLatin1String("PALETTE COLOR")) ? 3 : 1;
}

SampleType decodedSampleType(const Instance& instance)
{
    if (instance.photometric == QLatin1String("PALETTE COLOR"))
        return SampleType::UInt8; // the palette is applied while decoding
    const bool isSigned = instance.pixelRepresentation == 1 && instance.samplesPerPixel == 1;
    switch (instance.bitsAllocated) {
    case 1: return SampleType::UInt8; // unpacked to 0/1 per pixel
    case 8: return isSigned ? SampleType::Int8 : SampleType::UInt8;
    case 16: return isSigned ? SampleType::Int16 : SampleType::UInt16;
    default: return isSigned ? SampleType::Int32 : SampleType::UInt32;
    }
}

QString sampleTypeName(SampleType t)
{
    switch (t) {
    case SampleType::UInt8: return QStringLiteral("uint8");
    case SampleType::Int8: return QStringLiteral("int8");
    case SampleType::UInt16: return QStringLiteral("uint16");
    case SampleType::Int16: return QStringLiteral("int16");
    case SampleType::UInt32: return QStringLiteral("uint32");
    case SampleType::Int32: return QStringLiteral("int32");
    case SampleType::Float32: return QStringLiteral("float32");
    }
    return {};
}

} // namespace custos::dicom

// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a scan learns from one DICOM file's header: enough to group, sort and
// later decode it, without touching the pixel data.

#include "core/dicom/types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace custos::dicom {

struct Instance
{
    QString filePath; // empty for an instance held in memory
    // The whole Part 10 byte stream of an instance that never was a file
    // (retrieved from a PACS): its pixels are decoded from here. Null for files.
    std::shared_ptr<const QByteArray> memory;

    // Identity
    QString sopClassUid;
    QString sopInstanceUid;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString frameOfReferenceUid;
    QString transferSyntaxUid;

    // Patient and study (PHI: never logged, never printed by `info`)
    QString patientName;
    QString patientId;
    QString patientBirthDate;
    QString patientSex;
    QString accessionNumber;
    QString studyDate;
    QString studyTime;
    QString studyDescription;
    QString institutionName;

    // Series
    QString modality;
    QString seriesDescription;
    QString bodyPartExamined;
    int seriesNumber = 0;

    // Ordering hints (never the primary sort key)
    int instanceNumber = 0;
    std::optional<int> acquisitionNumber;
    std::optional<int> echoNumber;
    std::optional<int> temporalPositionIdentifier;

    // Image pixel module
    bool hasPixelData = false;
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int highBit = 0;
    int pixelRepresentation = 0; // 0 unsigned, 1 two's complement
    int planarConfiguration = 0;
    int numberOfFrames = 1;
    QString photometric;         // e.g. MONOCHROME2, RGB, YBR_FULL_422, PALETTE COLOR
    QStringList imageType;

    // Where native (uncompressed, not deflated) pixel data starts in the file,
    // so frames can be read straight into the volume buffer. -1 if unknown.
    std::int64_t pixelDataOffset = -1;
    bool pixelDataEncapsulated = false;
    bool bigEndian = false;

    std::vector<FrameInfo> frames; // size == numberOfFrames for images

    bool isImage() const { return hasPixelData && rows > 0 && columns > 0 && bitsAllocated > 0; }
};

// The sample type frames of this instance decode to (see PixelDecoder).
SampleType decodedSampleType(const Instance& instance);
// Samples per pixel after decoding: 3 for every colour model, else 1.
int decodedComponents(const Instance& instance);

} // namespace custos::dicom

// SPDX-License-Identifier: Apache-2.0
// AI results stored as DICOM: SEG, SR (TID 1500 and others), parametric
// maps and GSPS, dispatched by SOP class exactly as the viewer reads them.

#include "core/ai/ai_reader.h"
#include "core/dicom/dcmtk_util.h"
#include "fuzz_support.h"

using namespace custos;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    dicom::silenceDcmtkLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Never ".json": the DICOM path, even for inputs starting with '{'.
    const QString path = fuzz::writeInput(data, size, QStringLiteral("object.dcm"));
    (void)ai::readAiObject(path);
    return 0;
}

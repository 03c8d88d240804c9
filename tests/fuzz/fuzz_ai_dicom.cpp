// SPDX-License-Identifier: Apache-2.0
// AI results stored as DICOM: SEG, SR (TID 1500 and others), parametric
// maps and GSPS, dispatched by SOP class exactly as the viewer reads them:
// from a file (a study folder) and from memory (a study retrieved from a
// PACS, which never is a file), the two ways in.

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
    // The same bytes as a retrieved instance, given a Part 10 preamble when
    // they lack one (a PACS always delivers Part 10).
    (void)ai::readAiObject(dicom::Source(QStringLiteral("1.2.3"), fuzz::retrieved(data, size)));
    return 0;
}

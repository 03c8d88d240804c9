// SPDX-License-Identifier: Apache-2.0
// DICOM file scan + header parse: the nesting pre-scan, the probe, the
// header reader and grouping into studies, as a folder scan runs them; and
// the same bytes read from memory, as a study retrieved from a PACS is.

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/header_reader.h"
#include "core/dicom/input_guard.h"
#include "core/dicom/scanner.h"
#include "fuzz_support.h"

using namespace custos;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    dicom::silenceDcmtkLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)dicom::checkNestingDepth(fuzz::bytes(data, size));
    if (auto retrieved = dicom::readInstanceHeader(fuzz::retrieved(data, size)))
        (void)dicom::buildStudies({retrieved.value()});
    const QString path = fuzz::writeInput(data, size);
    if (dicom::probeFile(path) == dicom::Probe::NotDicom)
        return 0;
    auto inst = dicom::readInstanceHeader(path);
    if (inst)
        (void)dicom::buildStudies({inst.value()});
    return 0;
}

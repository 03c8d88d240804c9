// SPDX-License-Identifier: Apache-2.0
// DICOMDIR: the directory record walk and the file references it yields.

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/header_reader.h"
#include "fuzz_support.h"

using namespace custos;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    dicom::silenceDcmtkLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("DICOMDIR"));
    if (dicom::probeFile(path) == dicom::Probe::NotDicom)
        return 0;
    (void)dicom::readDicomdir(path);
    return 0;
}

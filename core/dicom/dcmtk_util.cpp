// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/dcmtk_util.h"

#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace custos::dicom {

void silenceDcmtkLogging()
{
    static std::once_flag once;
    std::call_once(once, [] { OFLog::configure(OFLogger::OFF_LOG_LEVEL); });
}

void warmUpDcmtk()
{
    silenceDcmtkLogging();
    const DcmDataDictionary& dictionary = dcmDataDict.rdlock();
    (void)dictionary.isDictionaryLoaded();
    dcmDataDict.rdunlock();
}

} // namespace custos::dicom

// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/dcmtk_util.h"

#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/oflog/oflog.h>

#include <algorithm>
#include <mutex>
#include <vector>

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

OFCondition encodePart10(DcmFileFormat& file, E_TransferSyntax xfer, QByteArray& out)
{
    // The dataset's own length plus room for the meta header.
    const std::size_t size = std::size_t(file.getDataset()->calcElementLength(xfer, EET_ExplicitLength)) + 8192;
    std::vector<char> chunk(std::min<std::size_t>(size + size % 2, std::size_t(4) << 20));
    DcmOutputBufferStream stream(chunk.data(), offile_off_t(chunk.size()));
    out.reserve(out.size() + qsizetype(size));
    file.transferInit();
    OFCondition c = EC_StreamNotifyClient;
    while (c == EC_StreamNotifyClient) {
        c = file.write(stream, xfer, EET_ExplicitLength, nullptr, EGL_recalcGL, EPD_noChange, 0, 0, 0, EWM_createNewMeta);
        void* data = nullptr;
        offile_off_t length = 0;
        stream.flushBuffer(data, length);
        out.append(static_cast<const char*>(data), qsizetype(length));
    }
    file.transferEnd();
    return c;
}

} // namespace custos::dicom

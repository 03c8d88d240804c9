// SPDX-License-Identifier: Apache-2.0
#pragma once
// The benchmark's data: the demo CT series written once by writeDemoStudy, and
// a JPEG-LS lossless copy made file by file with DCMTK's dcmcjpls. Both are
// kept between runs; a stamp file next to each folder records the options it
// was made with, so a change of options (or an interrupted run) remakes it.

#include "core/common/result.h"

#include <QString>

namespace custos::bench {

struct DatasetFiles
{
    QString dir;     // the folder that holds the files (what every reader gets)
    int files = 0;
    qint64 bytes = 0;
};

// Writes a slices × size × size demo CT under base/uncompressed unless it is
// already there with the same options.
Result<DatasetFiles> ensureUncompressed(const QString& base, int slices, int size);

// Converts every file of source into base/jpegls (lossless JPEG-LS, two
// dcmcjpls processes at a time) unless that copy is already complete.
Result<DatasetFiles> ensureJpegLs(const QString& base, const DatasetFiles& source);

// Reads every file once so the runs start from a warm page cache.
void warmPageCache(const DatasetFiles& data);

} // namespace custos::bench

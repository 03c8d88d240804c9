// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/source.h"

#include "core/dicom/input_guard.h"
#include "core/dicom/instance.h"

#include <QFileInfo>

namespace custos::dicom {

Source Source::of(const Instance& instance)
{
    if (instance.memory)
        return Source(instance.sopInstanceUid, instance.memory);
    return Source(instance.filePath);
}

std::int64_t Source::size() const
{
    if (m_bytes)
        return m_bytes->size();
    const QFileInfo info(m_path);
    return info.exists() ? info.size() : -1;
}

Result<void> loadDicom(DcmFileFormat& file, const Source& source, std::uint32_t maxReadLength)
{
    if (source.inMemory())
        return loadDicomBuffer(file, *source.bytes());
    return loadDicomFile(file, source.path(), maxReadLength);
}

} // namespace custos::dicom

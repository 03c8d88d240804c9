// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where a DICOM object comes from: a file, or a Part 10 byte stream in memory
// (an instance retrieved from a PACS, which never touches disk in
// plaintext). Readers that take a Source read both the same way; a QString
// converts to a file Source, so callers with paths need not change.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

class DcmFileFormat;

namespace custos::dicom {

struct Instance;

class Source
{
public:
    Source() = default;
    Source(const QString& path) : m_path(path) {} // NOLINT(google-explicit-constructor): a path is a Source
    Source(const char* path) : m_path(QString::fromUtf8(path)) {} // NOLINT(google-explicit-constructor)
    // `name` is what messages call it (for an instance from a PACS, its SOP Instance UID).
    Source(QString name, std::shared_ptr<const QByteArray> bytes) : m_path(std::move(name)), m_bytes(std::move(bytes)) {}

    // The instance's own file or bytes.
    static Source of(const Instance& instance);

    bool inMemory() const { return bool(m_bytes); }
    bool empty() const { return !m_bytes && m_path.isEmpty(); }
    // The file's path; in memory, the name given.
    const QString& path() const { return m_path; }
    const std::shared_ptr<const QByteArray>& bytes() const { return m_bytes; }
    // Bytes in memory or the file's size; -1 when the file cannot be seen.
    std::int64_t size() const;

private:
    QString m_path;
    std::shared_ptr<const QByteArray> m_bytes;
};

// loadDicomFile for a file, loadDicomBuffer for bytes in memory (which loads
// every value: maxReadLength only applies to files).
Result<void> loadDicom(DcmFileFormat& file, const Source& source, std::uint32_t maxReadLength);

} // namespace custos::dicom

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small helpers around DCMTK's attribute access. Internal to core/dicom.
// Note: DCMTK's findAndGet* write 0 into the output when a tag is missing;
// these helpers check the condition and return an empty optional instead.

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <QByteArray>

#include <QObject>
#include <QString>

#include <optional>

namespace custos::dicom {

// index -1: the whole (multi-valued) string with backslashes.
inline QString string(DcmItem& item, const DcmTagKey& key, long index = 0)
{
    OFString value;
    const OFCondition c = index < 0 ? item.findAndGetOFStringArray(key, value)
                                    : item.findAndGetOFString(key, value, static_cast<unsigned long>(index));
    if (c.bad())
        return {};
    return QString::fromUtf8(value.c_str(), qsizetype(value.length())).trimmed();
}

inline std::optional<double> float64(DcmItem& item, const DcmTagKey& key, unsigned long index = 0)
{
    Float64 v = 0;
    if (item.findAndGetFloat64(key, v, index).bad())
        return std::nullopt;
    return v;
}

inline std::optional<int> int32(DcmItem& item, const DcmTagKey& key)
{
    Sint32 v = 0;
    if (item.findAndGetSint32(key, v).good())
        return int(v);
    // IS values with stray characters: fall back to the string.
    bool ok = false;
    const int parsed = string(item, key).toInt(&ok);
    return ok ? std::optional<int>(parsed) : std::nullopt;
}

inline std::optional<int> uint16(DcmItem& item, const DcmTagKey& key)
{
    Uint16 v = 0;
    if (item.findAndGetUint16(key, v).bad())
        return std::nullopt;
    return int(v);
}

// A sentence for a person, from a failed DcmFileFormat::loadFile.
QString explainLoadFailure(const OFCondition& cond);

// DCMTK logs warnings (sometimes with attribute values) to stderr. Custos
// keeps PHI out of logs, so DCMTK's logger is switched off; every problem
// reaches the person as an Error value instead.
void silenceDcmtkLogging();

// Loads DCMTK's data dictionary (a text file Debian's DCMTK parses on first
// use, under a lock every parsing thread waits on: about 20 ms here) and
// silences its logging. The viewer calls it in the background at start, so
// that opening the first study does not pay for it.
void warmUpDcmtk();

// Appends the Part 10 bytes of `file` (in `xfer`, explicit lengths, a new
// meta header) to `out`, written through a memory buffer of at most 4 MiB a
// round: no temporary file, and a failed write is the caller's to report.
OFCondition encodePart10(DcmFileFormat& file, E_TransferSyntax xfer, QByteArray& out);

inline QString explainCondition(const OFCondition& c)
{
    return QString::fromLatin1(c.text());
}

} // namespace custos::dicom

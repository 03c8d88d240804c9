// SPDX-License-Identifier: Apache-2.0
#pragma once
// Generates hostile DICOM files byte by byte, for regression tests of the
// crashes and hangs that fuzzing and mutation runs found. Nothing here is
// committed data: every file is written by the test that needs it.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <vector>

#include <zlib.h>

namespace custos::hostile {

class Bytes
{
public:
    Bytes& u16(quint16 v)
    {
        m_b.append(char(v & 0xFF)).append(char(v >> 8));
        return *this;
    }
    Bytes& u32(quint32 v)
    {
        return u16(quint16(v & 0xFFFF)).u16(quint16(v >> 16));
    }
    Bytes& raw(const QByteArray& b)
    {
        m_b.append(b);
        return *this;
    }
    // One explicit-VR little-endian element; the value is padded to even length.
    Bytes& element(quint16 group, quint16 elem, const char* vr, QByteArray value)
    {
        if (value.size() % 2)
            value.append(QByteArray(vr) == "UI" || QByteArray(vr) == "OB" ? '\0' : ' ');
        u16(group).u16(elem).raw(QByteArray(vr, 2));
        const QByteArray v(vr, 2);
        if (v == "OB" || v == "OW" || v == "SQ" || v == "UN" || v == "UT")
            u16(0).u32(quint32(value.size()));
        else
            u16(quint16(value.size()));
        return raw(value);
    }
    Bytes& us(quint16 group, quint16 elem, quint16 value) { return element(group, elem, "US", Bytes().u16(value).data()); }
    Bytes& sequenceUndefined(quint16 group, quint16 elem)
    {
        return u16(group).u16(elem).raw("SQ").u16(0).u32(0xFFFFFFFFu);
    }
    Bytes& itemUndefined() { return u16(0xFFFE).u16(0xE000).u32(0xFFFFFFFFu); }
    Bytes& item(quint32 length) { return u16(0xFFFE).u16(0xE000).u32(length); }
    Bytes& itemEnd() { return u16(0xFFFE).u16(0xE00D).u32(0); }
    Bytes& sequenceEnd() { return u16(0xFFFE).u16(0xE0DD).u32(0); }

    const QByteArray& data() const { return m_b; }

private:
    QByteArray m_b;
};

inline constexpr const char* kCtImage = "1.2.840.10008.5.1.4.1.1.2";
inline constexpr const char* kExplicitLE = "1.2.840.10008.1.2.1";
inline constexpr const char* kRle = "1.2.840.10008.1.2.5";

// Preamble, DICM and a meta header naming the transfer syntax.
inline QByteArray part10(const QByteArray& dataset, const char* transferSyntax, const char* sopClass = kCtImage,
                         const char* sopInstance = "2.25.1001")
{
    Bytes meta;
    meta.element(0x0002, 0x0001, "OB", QByteArray("\0\1", 2))
        .element(0x0002, 0x0002, "UI", sopClass)
        .element(0x0002, 0x0003, "UI", sopInstance)
        .element(0x0002, 0x0010, "UI", transferSyntax);
    Bytes head;
    head.raw(QByteArray(128, '\0')).raw("DICM").element(0x0002, 0x0000, "UL", Bytes().u32(quint32(meta.data().size())).data());
    return head.data() + meta.data() + dataset;
}

// The identifying elements every test image starts with (group 0008..0020).
inline Bytes identity(const char* sopClass = kCtImage, const char* sopInstance = "2.25.1001")
{
    Bytes b;
    b.element(0x0008, 0x0016, "UI", sopClass)
        .element(0x0008, 0x0018, "UI", sopInstance)
        .element(0x0008, 0x0060, "CS", "CT")
        .element(0x0010, 0x0010, "PN", "Hostile^Input")
        .element(0x0020, 0x000D, "UI", "2.25.2001")
        .element(0x0020, 0x000E, "UI", "2.25.3001");
    return b;
}

// Image pixel module for 8-bit monochrome (group 0028), in tag order.
inline void imagePixel(Bytes& b, quint16 rows, quint16 columns, const QByteArray& frames, quint16 bits = 8)
{
    b.us(0x0028, 0x0002, 1).element(0x0028, 0x0004, "CS", "MONOCHROME2");
    if (!frames.isEmpty())
        b.element(0x0028, 0x0008, "IS", frames);
    b.us(0x0028, 0x0010, rows)
        .us(0x0028, 0x0011, columns)
        .us(0x0028, 0x0100, bits)
        .us(0x0028, 0x0101, bits)
        .us(0x0028, 0x0102, quint16(bits - 1))
        .us(0x0028, 0x0103, 0);
}

// Sequences nested `depth` levels deep (undefined lengths), in the Content
// Sequence (0040,A730): DCMTK's recursive reader overflowed its stack on this.
inline QByteArray deeplyNestedUndefined(int depth)
{
    Bytes b = identity();
    for (int i = 0; i < depth; ++i)
        b.sequenceUndefined(0x0040, 0xA730).itemUndefined();
    for (int i = 0; i < depth; ++i)
        b.itemEnd().sequenceEnd();
    return part10(b.data(), kExplicitLE);
}

// The same with every length defined (no delimiters to count).
inline QByteArray deeplyNestedDefined(int depth)
{
    // Lengths from the inside out: an item holds one sequence element
    // (12-byte header) whose value is one item (8-byte header).
    std::vector<quint32> itemLength(std::size_t(depth), 0);
    for (int i = depth - 2; i >= 0; --i)
        itemLength[std::size_t(i)] = 12 + 8 + itemLength[std::size_t(i) + 1];
    Bytes b = identity();
    for (int i = 0; i < depth; ++i) {
        b.u16(0x0040).u16(0xA730).raw("SQ").u16(0).u32(8 + itemLength[std::size_t(i)]);
        b.item(itemLength[std::size_t(i)]);
    }
    return part10(b.data(), kExplicitLE);
}

// An encapsulated image whose pixel data is the given fragments (after an
// empty basic offset table).
inline QByteArray encapsulated(const char* transferSyntax, quint16 rows, quint16 columns, const QByteArray& frames,
                               const std::vector<QByteArray>& fragments, quint16 bits = 8)
{
    Bytes b = identity();
    imagePixel(b, rows, columns, frames, bits);
    b.u16(0x7FE0).u16(0x0010).raw("OB").u16(0).u32(0xFFFFFFFFu);
    b.item(0);
    for (const QByteArray& f : fragments)
        b.item(quint32(f.size())).raw(f);
    b.sequenceEnd();
    return part10(b.data(), transferSyntax);
}

// A native (uncompressed) 8-bit image with `pixels` as its pixel data.
inline QByteArray native(quint16 rows, quint16 columns, const QByteArray& frames, const QByteArray& pixels)
{
    Bytes b = identity();
    imagePixel(b, rows, columns, frames);
    b.element(0x7FE0, 0x0010, "OB", pixels);
    return part10(b.data(), kExplicitLE);
}

// A valid RLE fragment for an 8-bit monochrome frame of `n` pixels, all `value`.
inline QByteArray rleFragment(int n, quint8 value)
{
    Bytes header;
    header.u32(1).u32(64);
    for (int i = 2; i < 16; ++i)
        header.u32(0);
    QByteArray segment;
    while (n > 0) {
        const int run = std::min(n, 128);
        segment.append(char(qint8(1 - run))).append(char(value)); // replicate run
        n -= run;
    }
    if (segment.size() % 2)
        segment.append('\0');
    return header.data() + segment;
}

// A DICOMDIR whose one record has a Directory Record Type (CS, at most 16
// characters) of `type`: found by fuzz_dicomdir, DCMTK 3.6.7 throws
// std::out_of_range from DcmByteString::verify on "IMAGE " + 100 NULs or on
// 200 spaces + "X", and nothing caught it (std::terminate).
inline QByteArray dicomdirWithRecordType(const QByteArray& type)
{
    Bytes record;
    record.element(0x0004, 0x1430, "CS", type);
    Bytes b;
    b.u16(0x0004).u16(0x1220).raw("SQ").u16(0).u32(quint32(8 + record.data().size()));
    b.item(quint32(record.data().size())).raw(record.data());
    return part10(b.data(), kExplicitLE, "1.2.840.10008.1.3.10", "2.25.4001");
}

// Raw deflate (no zlib header), as the Deflated Explicit VR Little Endian
// transfer syntax stores the dataset.
inline QByteArray rawDeflate(const QByteArray& in)
{
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(in.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline constexpr const char* kDeflated = "1.2.840.10008.1.2.1.99";

// A deflated file whose dataset ends in an element claiming `claimed` bytes
// (found by fuzz_dicom_header: DCMTK allocated and zero-filled the claimed
// 1.5 GB before noticing the stream was short).
// `vr` "ZZ" is the fuzzer's own find: a VR no edition defines, which DCMTK
// reads with a 4-byte length (PS3.5 7.1.2).
inline QByteArray deflatedWithHugeElement(quint32 claimed, const char* vr = "OB")
{
    Bytes b = identity();
    b.u16(0x0029).u16(0x1010).raw(QByteArray(vr, 2)).u16(0).u32(claimed).raw(QByteArray(16, 'Z'));
    return part10(rawDeflate(b.data()), kDeflated);
}

// The same claim behind a meta header that holds an element of another group
// (found by fuzz_dicom_header, an 8 KB file): DCMTK ends the meta header by its
// group length (0002,0000) and reads the (0003,0002) inside it as meta; the
// pre-scan ended it where group 0002 stopped, inflated from the wrong byte,
// saw no claim, and DCMTK allocated 1 GB for the value.
inline QByteArray deflatedBehindForeignMetaElement(quint32 claimed)
{
    Bytes meta;
    meta.element(0x0002, 0x0001, "OB", QByteArray("\0\1", 2))
        .element(0x0002, 0x0002, "UI", kCtImage)
        .element(0x0003, 0x0002, "UI", "2.25.1001") // the fuzzer's flipped group byte
        .element(0x0002, 0x0010, "UI", kDeflated);
    Bytes head;
    head.raw(QByteArray(128, '\0')).raw("DICM").element(0x0002, 0x0000, "UL", Bytes().u32(quint32(meta.data().size())).data());
    Bytes b = identity();
    b.u16(0x4141).u16(0x4141).raw("AA").u16(0).u32(claimed).raw(QByteArray(16, 'A'));
    return head.data() + meta.data() + rawDeflate(b.data());
}

inline constexpr const char* kImplicitLE = "1.2.840.10008.1.2";

// A plain (not deflated) Part 10 stream whose last element claims `claimed`
// bytes and holds 16. Harmless from a file (DCMTK skips the value and finds
// the file short); from memory, as a study retrieved from a PACS is read,
// DCMTK allocated the claimed length first (found by fuzz_ai_dicom: 4.2 GB
// asked for by a 9 KB object, an implicit-VR (0000,0000) behind a damaged
// meta header).
// `value` is what follows (a correct claim gives a readable stream).
inline QByteArray plainWithHugeElement(quint32 claimed, bool implicitVr = false, const QByteArray& value = QByteArray(16, 'Z'))
{
    if (implicitVr) {
        Bytes i;
        i.u16(0x0008).u16(0x0016).u32(26).raw(QByteArray(kCtImage) + QByteArray(26 - int(qstrlen(kCtImage)), '\0'));
        i.u16(0x0029).u16(0x1010).u32(claimed).raw(value);
        return part10(i.data(), kImplicitLE);
    }
    Bytes b = identity();
    b.u16(0x0029).u16(0x1010).raw("OB").u16(0).u32(claimed).raw(value);
    return part10(b.data(), kExplicitLE);
}

inline bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace custos::hostile

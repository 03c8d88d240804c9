// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/input_guard.h"

#include "core/common/read_at.h"

#include "core/dicom/dcmtk_util.h"

#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrma.h>
#include <dcmtk/dcmdata/dctag.h>

#include <QFile>
#include <QObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace custos::dicom {

namespace {

constexpr std::uint32_t kUndefined = 0xFFFFFFFFu;
// A deflated dataset is inflated for the walk; beyond this it is refused
// (DCMTK would inflate it all into memory as well).
constexpr std::size_t kMaxInflatedBytes = std::size_t(1) << 29;

struct Encoding
{
    bool explicitVr = true;
    bool bigEndian = false;
};

class Walker
{
public:
    // strict: every value must fit the stream (a deflated dataset, which
    // DCMTK reads into memory whole); else a value running past the end only
    // ends the walk (from a file DCMTK loads values above 4 KiB on demand).
    Walker(const std::uint8_t* data, std::size_t size, int maxDepth, bool strict = false)
        : m_p(data), m_have(size), m_n(size), m_maxDepth(maxDepth), m_strict(strict)
    {
    }
    // A file of `size` bytes of which only the first `have` are in `data`:
    // element headers past them are read from `fd` as the walk reaches them
    // (a series' pixel data is stepped over, never read).
    Walker(const std::uint8_t* data, std::size_t have, std::size_t size, int fd, int maxDepth)
        : m_p(data), m_have(have), m_n(size), m_fd(fd), m_maxDepth(maxDepth), m_strict(false)
    {
    }

    // Walks from `pos` with encoding `enc`. Returns false when the nesting is
    // too deep; `stoppedAt` is where the walk ended (m_n when it reached the end).
    bool walk(std::size_t pos, Encoding enc, bool metaThenDataset, Encoding dataset, std::size_t& stoppedAt,
              bool& lostStep)
    {
        lostStep = false;
        bool inMeta = metaThenDataset;
        while (pos < m_n) {
            // Leave every defined-length container the position has passed.
            while (!m_frames.empty() && m_frames.back().end != kUndefinedEnd && pos >= m_frames.back().end)
                pop();
            if (m_n - pos < 8)
                break;
            const Encoding cur = m_frames.empty() ? enc : m_frames.back().enc;
            const std::uint16_t group = u16(pos, cur.bigEndian);
            const std::uint16_t element = u16(pos + 2, cur.bigEndian);
            if (inMeta && m_frames.empty() && group != 0x0002) {
                inMeta = false;
                enc = dataset;
                if (m_switchAt == 0)
                    m_switchAt = pos;
                stoppedAt = pos;
                return true; // the caller continues with the dataset's encoding
            }
            if (group == 0xFFFE) {
                const std::uint32_t length = u32(pos + 4, cur.bigEndian);
                if (element == 0xE000) {
                    // Item lengths are not checked: DCMTK allocates nothing for
                    // an item, and tolerates real files whose last item overruns.
                    if (!m_frames.empty() && m_frames.back().kind == Kind::Fragments) {
                        if (length == kUndefined) {
                            lostStep = true;
                            break;
                        }
                        pos += 8 + std::size_t(length);
                        continue;
                    }
                    push(Kind::Item, length == kUndefined ? kUndefinedEnd : pos + 8 + length, cur);
                    if (m_items > m_maxDepth)
                        return false;
                    pos += 8;
                    continue;
                }
                if (element == 0xE00D) {
                    popThrough(Kind::Item);
                    pos += 8;
                    continue;
                }
                if (element == 0xE0DD) {
                    popThrough(Kind::Sequence);
                    pos += 8;
                    continue;
                }
                lostStep = true;
                break;
            }
            std::uint32_t length = 0;
            std::size_t header = 8;
            bool sequence = false;
            bool unknownUndefined = false;
            if (cur.explicitVr) {
                const std::uint8_t* vr = bytes(pos + 4, 2);
                const char v0 = char(vr[0]), v1 = char(vr[1]);
                // As DCMTK reads it: the long-form VRs, and any other pair of
                // capitals (a VR of a later edition, PS3.5 7.1.2), have a
                // 4-byte length; anything else a 2-byte length.
                const bool letters = v0 >= 'A' && v0 <= 'Z' && v1 >= 'A' && v1 <= 'Z';
                if (letters && (isLongForm(v0, v1) || !isShortForm(v0, v1))) {
                    if (m_n - pos < 12) {
                        lostStep = true;
                        break;
                    }
                    length = u32(pos + 8, cur.bigEndian);
                    header = 12;
                } else {
                    length = u16(pos + 6, cur.bigEndian);
                }
                sequence = v0 == 'S' && v1 == 'Q';
                unknownUndefined = v0 == 'U' && v1 == 'N' && length == kUndefined;
            } else {
                length = u32(pos + 4, cur.bigEndian);
                // Implicit VR: DCMTK asks its dictionary; undefined-length
                // elements of unknown type are read as sequences too.
                sequence = DcmTag(group, element).getEVR() == EVR_SQ;
            }
            if (length != kUndefined && !fits(pos, header, length, group, element)) {
                if (m_strict)
                    return false;
                lostStep = true; // a file read from disk: DCMTK leaves long values there
                break;
            }
            const bool pixelData = group == 0x7FE0 && element == 0x0010;
            if (pixelData && length == kUndefined) {
                push(Kind::Fragments, kUndefinedEnd, cur);
                pos += header;
                continue;
            }
            if (sequence || length == kUndefined) {
                Encoding inner = cur;
                if (unknownUndefined) // DCMTK reads UN of undefined length as implicit little endian
                    inner = Encoding{false, false};
                push(Kind::Sequence, length == kUndefined ? kUndefinedEnd : pos + header + length, inner);
                pos += header;
                continue;
            }
            pos += header + std::size_t(length);
        }
        stoppedAt = pos;
        return true;
    }

    int items() const { return m_items; }
    // Set when walk() stopped at an element longer than what follows it.
    const QString& overrun() const { return m_overrun; }

private:
    static constexpr std::size_t kUndefinedEnd = ~std::size_t(0);
    enum class Kind { Sequence, Item, Fragments };
    struct Frame
    {
        Kind kind;
        std::size_t end;
        Encoding enc;
    };

    static bool isShortForm(char a, char b)
    {
        static const char* const kShort[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO",
                                             "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"};
        for (const char* v : kShort)
            if (v[0] == a && v[1] == b)
                return true;
        return false;
    }

    static bool isLongForm(char a, char b)
    {
        static const char* const kLong[] = {"OB", "OW", "OF", "OD", "OL", "OV", "SQ", "UT", "UN", "UC", "UR", "SV", "UV"};
        for (const char* v : kLong)
            if (v[0] == a && v[1] == b)
                return true;
        return false;
    }

    // `count` (≤ 8) bytes at `at`, at + count ≤ m_n: from the window, or
    // read from the file (zeros if it shrank meanwhile: the walk then stops
    // or errs, and DCMTK's own read finds the file as it is).
    const std::uint8_t* bytes(std::size_t at, std::size_t count)
    {
        if (at + count <= m_have)
            return m_p + at;
        if (m_blockFilled != 0 && at >= m_blockAt && at + count <= m_blockAt + m_blockFilled)
            return m_block.data() + (at - m_blockAt);
        // A block at a time, so that many small elements past the window
        // (a hostile file) cost one read per 64 KiB, not one per element.
        m_block.assign(kBlock, 0);
        m_blockAt = at;
        const std::size_t want = std::min(kBlock, m_n - at);
        m_blockFilled = m_fd >= 0 ? readAt(m_fd, m_block.data(), want, std::int64_t(at)) : 0;
        m_blockFilled = std::max(m_blockFilled, std::min(count, want)); // zeros if the file shrank meanwhile
        return m_block.data();
    }
    std::uint16_t u16(std::size_t at, bool be)
    {
        const std::uint8_t* q = bytes(at, 2);
        return be ? std::uint16_t((q[0] << 8) | q[1]) : std::uint16_t(q[0] | (q[1] << 8));
    }
    std::uint32_t u32(std::size_t at, bool be)
    {
        const std::uint8_t* q = bytes(at, 4);
        const std::uint32_t a = q[0], b = q[1], c = q[2], d = q[3];
        return be ? (a << 24) | (b << 16) | (c << 8) | d : a | (b << 8) | (c << 16) | (d << 24);
    }
    // DCMTK allocates (and zero-fills) an element's declared length before
    // it finds the stream too short: a 200-byte deflated file claiming a
    // 1.5 GB value costs 1.5 GB and seconds. A value longer than the rest of
    // the stream is refused before DCMTK sees it.
    bool fits(std::size_t pos, std::size_t header, std::uint32_t length, std::uint16_t group, std::uint16_t element)
    {
        if (pos + header + std::size_t(length) <= m_n)
            return true;
        const auto hex = [](std::uint16_t v) { return QString::number(v, 16).rightJustified(4, QLatin1Char('0')).toUpper(); };
        m_overrun = QObject::tr("The file is truncated or damaged: its element (%1,%2) claims %3 bytes, but only %4 "
                                "follow it.")
                        .arg(hex(group), hex(element))
                        .arg(length)
                        .arg(m_n - std::min(m_n, pos + header));
        return false;
    }

    void push(Kind kind, std::size_t end, Encoding enc)
    {
        m_frames.push_back({kind, end, enc});
        if (kind == Kind::Item)
            ++m_items;
    }
    void pop()
    {
        if (m_frames.back().kind == Kind::Item)
            --m_items;
        m_frames.pop_back();
    }
    // A delimiter closes the innermost open container of its kind (and
    // whatever defined-length containers were left open inside it).
    void popThrough(Kind kind)
    {
        for (std::size_t i = m_frames.size(); i-- > 0;) {
            const bool fragments = kind == Kind::Sequence && m_frames[i].kind == Kind::Fragments;
            if (m_frames[i].kind == kind || fragments) {
                while (m_frames.size() > i)
                    pop();
                return;
            }
        }
    }

    const std::uint8_t* m_p;
    std::size_t m_have; // bytes of the stream in m_p
    std::size_t m_n;    // bytes of the stream
    int m_fd = -1;      // where bytes past m_have are read from
    static constexpr std::size_t kBlock = 64 * 1024;
    std::vector<std::uint8_t> m_block; // bytes [m_blockAt, m_blockAt + m_blockFilled) past the window
    std::size_t m_blockAt = 0;
    std::size_t m_blockFilled = 0;
    int m_maxDepth;
    bool m_strict;
    int m_items = 0;
    std::size_t m_switchAt = 0;
    QString m_overrun;
    std::vector<Frame> m_frames;
};

// Where the walk lost step: undefined-length item openings minus item
// delimiters, in either byte order, from `from` on. Cannot be exact without
// the walk, but counts every opening DCMTK's recursion needs.
int rawItemBalance(const std::uint8_t* p, std::size_t n, std::size_t from)
{
    static constexpr std::uint8_t kOpenLE[8] = {0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF};
    static constexpr std::uint8_t kOpenBE[8] = {0xFF, 0xFE, 0xE0, 0x00, 0xFF, 0xFF, 0xFF, 0xFF};
    static constexpr std::uint8_t kCloseLE[4] = {0xFE, 0xFF, 0x0D, 0xE0};
    static constexpr std::uint8_t kCloseBE[4] = {0xFF, 0xFE, 0xE0, 0x0D};
    int balance = 0, deepest = 0;
    for (std::size_t i = from; i + 8 <= n; ++i) {
        if (p[i] != 0xFE && p[i] != 0xFF)
            continue;
        if (std::memcmp(p + i, kOpenLE, 8) == 0 || std::memcmp(p + i, kOpenBE, 8) == 0) {
            deepest = std::max(deepest, ++balance);
            i += 7;
        } else if ((std::memcmp(p + i, kCloseLE, 4) == 0 || std::memcmp(p + i, kCloseBE, 4) == 0) && balance > 0) {
            --balance;
            i += 7;
        }
    }
    return deepest;
}

QString tooDeep(int maxDepth)
{
    return QObject::tr("The file's sequences are nested more than %1 levels deep; such a file is damaged or made to "
                       "crash readers, and Custos does not read it.")
        .arg(maxDepth);
}

bool inflateRaw(const std::uint8_t* in, std::size_t n, QByteArray& out)
{
    z_stream zs{};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        return false;
    zs.next_in = const_cast<Bytef*>(in);
    zs.avail_in = uInt(std::min<std::size_t>(n, 0xFFFFFFFFu));
    int rc = Z_OK;
    char buf[65536];
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (std::size_t(out.size()) > kMaxInflatedBytes) {
            inflateEnd(&zs);
            return false;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;
    }
    inflateEnd(&zs);
    return true; // a damaged deflate stream: what was inflated is walked
}

// Where DCMTK ends the meta header when it starts with its group length
// (0002,0000) UL: that many bytes after it, whatever elements lie inside
// (DCMTK reads a (0003,0002) there as part of the meta header, with a
// warning). 0 when there is no group length or it points past the file.
std::size_t metaEndByGroupLength(const std::uint8_t* p, std::size_t n, std::size_t start)
{
    static constexpr std::uint8_t kGroupLength[8] = {0x02, 0x00, 0x00, 0x00, 'U', 'L', 0x04, 0x00};
    if (n < start + 12 || std::memcmp(p + start, kGroupLength, 8) != 0)
        return 0;
    const std::uint32_t length = std::uint32_t(p[start + 8]) | (std::uint32_t(p[start + 9]) << 8) |
                                 (std::uint32_t(p[start + 10]) << 16) | (std::uint32_t(p[start + 11]) << 24);
    const std::size_t end = start + 12 + std::size_t(length);
    return end < n ? end : 0;
}

// The deflated dataset from `from` on, inflated (within kMaxInflatedBytes)
// and walked strictly: every value must fit what was inflated, because DCMTK
// allocates a value's claimed length before it reads it.
Result<void> checkDeflatedDataset(const std::uint8_t* p, std::size_t n, int maxDepth);

Encoding guessEncoding(const std::uint8_t* p, std::size_t n)
{
    if (n < 8)
        return {};
    const bool letters = p[4] >= 'A' && p[4] <= 'Z' && p[5] >= 'A' && p[5] <= 'Z';
    const std::uint16_t groupLE = std::uint16_t(p[0] | (p[1] << 8));
    const std::uint16_t groupBE = std::uint16_t((p[0] << 8) | p[1]);
    // DCMTK's own guess: the byte order whose group number is smaller.
    return Encoding{letters, groupBE < groupLE};
}

} // namespace

Result<void> checkRegularFile(const QString& path)
{
    auto fd = openRegularFile(path);
    if (!fd)
        return fd.error();
    ::close(fd.value());
    return {};
}

Result<int> openRegularFile(const QString& path, std::int64_t* size)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st{};
    // stat first: a FIFO is refused without opening it at all.
    if (::stat(native.constData(), &st) != 0) {
        if (errno == ENOENT)
            return Error{QObject::tr("The file does not exist.")};
        return Error{QObject::tr("The file could not be opened: %1.").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }
    if (S_ISDIR(st.st_mode))
        return Error{QObject::tr("This is a folder, not a file.")};
    if (!S_ISREG(st.st_mode))
        return Error{QObject::tr("This is not a regular file (it is a pipe, socket or device), so Custos does not read it.")};
    // The file may have been swapped since: open without blocking and check
    // what was actually opened.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Error{QObject::tr("The file could not be opened: %1.").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    const int rc = ::fstat(fd, &st);
    if (rc != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{QObject::tr("This is not a regular file (it is a pipe, socket or device), so Custos does not read it.")};
    }
    if (st.st_size == 0) {
        ::close(fd);
        return Error{QObject::tr("The file is empty (0 bytes).")};
    }
    if (size)
        *size = std::int64_t(st.st_size);
    return fd;
}

namespace {

// checkNestingDepth over a stream of `n` bytes whose first `have` are at `p`
// (the rest readable from `fd`). Sets `needAll` instead of deciding when the
// check must see every byte: a deflated dataset, a walk that lost step, or an
// encoding guessed from bytes outside the window.
Result<void> checkStream(const std::uint8_t* p, std::size_t have, std::size_t n, int fd, int maxDepth, bool& needAll)
{
    needAll = false;

    std::size_t start = 0;
    bool hasMeta = false;
    if (n >= 132 && std::memcmp(p + 128, "DICM", 4) == 0) {
        start = 132;
        hasMeta = true;
    }
    Encoding dataset = guessEncoding(p + start, n - start);
    bool deflated = false;
    bool syntaxNamed = !hasMeta;
    if (hasMeta) {
        syntaxNamed = true;
        // The meta header names the dataset's encoding.
        const QByteArray head = QByteArray::fromRawData(reinterpret_cast<const char*>(p + start),
                                                        qsizetype(std::min<std::size_t>(4096, have - std::min(have, start))));
        if (head.contains("1.2.840.10008.1.2.1.99"))
            deflated = true;
        else if (head.contains(QByteArray("1.2.840.10008.1.2.2\0", 20)) || head.contains("1.2.840.10008.1.2.2 "))
            dataset = Encoding{true, true};
        else if (head.contains(QByteArray("1.2.840.10008.1.2\0", 18)) || head.contains("1.2.840.10008.1.2 "))
            dataset = Encoding{false, false};
        else if (head.contains("1.2.840.10008.1.2."))
            dataset = Encoding{true, false};
        else
            syntaxNamed = false; // no transfer syntax: DCMTK guesses from the dataset, so do we
    }

    if (have < n && deflated) {
        needAll = true;
        return {};
    }
    Walker walker(p, have, n, fd, maxDepth);
    std::size_t stopped = n;
    bool lost = false;
    if (!walker.walk(start, hasMeta ? Encoding{true, false} : dataset, hasMeta, dataset, stopped, lost))
        return Error{walker.overrun().isEmpty() ? tooDeep(maxDepth) : walker.overrun()};
    if (hasMeta && !syntaxNamed && stopped < n) {
        if (stopped + 8 > have && have < n) {
            needAll = true;
            return {};
        }
        dataset = guessEncoding(p + stopped, n - stopped);
    }
    if (hasMeta && deflated) {
        // Where does the deflated stream start? DCMTK ends the meta header by
        // its group length when there is one, the walk where group 0002 ends:
        // they part when the meta header holds another group (found by
        // fuzz_dicom_header: a (0003,0002) inside it made the walk inflate
        // from the wrong byte, see nothing, and let DCMTK allocate 1 GB for a
        // value it then found missing). Each start DCMTK may take is checked.
        std::vector<std::size_t> starts;
        if (!lost && stopped < n)
            starts.push_back(stopped);
        if (const std::size_t byLength = metaEndByGroupLength(p, n, start); byLength != 0 && (starts.empty() || byLength != stopped))
            starts.push_back(byLength);
        for (const std::size_t from : starts)
            if (auto r = checkDeflatedDataset(p + from, n - from, maxDepth); !r)
                return r;
        if (!starts.empty())
            return {};
    }
    if (hasMeta && !lost && stopped < n) {
        if (!walker.walk(stopped, dataset, false, dataset, stopped, lost))
            return Error{walker.overrun().isEmpty() ? tooDeep(maxDepth) : walker.overrun()};
    }
    if (lost && have < n) {
        needAll = true;
        return {};
    }
    if (lost && walker.items() + rawItemBalance(p, n, stopped) > maxDepth)
        return Error{tooDeep(maxDepth)};
    return {};
}

} // namespace

Result<void> checkNestingDepth(const QByteArray& bytes, int maxDepth)
{
    bool needAll = false;
    const std::size_t n = std::size_t(bytes.size());
    return checkStream(reinterpret_cast<const std::uint8_t*>(bytes.constData()), n, n, -1, maxDepth, needAll);
}

namespace {

Result<void> checkDeflatedDataset(const std::uint8_t* p, std::size_t n, int maxDepth)
{
    QByteArray inflated;
    if (!inflateRaw(p, n, inflated))
        return Error{QObject::tr("The file's deflated data cannot be inflated within 512 MiB, so Custos does not read it.")};
    // The inflated dataset is explicit little endian.
    const auto* q = reinterpret_cast<const std::uint8_t*>(inflated.constData());
    const std::size_t m = std::size_t(inflated.size());
    Walker inner(q, m, maxDepth, true);
    std::size_t end = m;
    bool lost = false;
    if (!inner.walk(0, Encoding{true, false}, false, Encoding{true, false}, end, lost))
        return Error{inner.overrun().isEmpty() ? tooDeep(maxDepth) : inner.overrun()};
    if (lost && inner.items() + rawItemBalance(q, m, end) > maxDepth)
        return Error{tooDeep(maxDepth)};
    return {};
}

} // namespace

Result<void> checkDicomInput(const QString& path, int maxDepth)
{
    std::int64_t fileSize = 0;
    auto opened = openRegularFile(path, &fileSize);
    if (!opened)
        return opened.error();
    // The first 64 KiB hold the header of any image (a series' pixel data
    // is stepped over by its length): read them, not the whole file. Mapping
    // each file instead cost a page fault and an munmap per file, and in a
    // scan on several threads every munmap stops the others to flush their
    // TLBs: a third of the scan of a 600-slice series on this machine.
    {
        constexpr std::size_t kWindow = 64 * 1024;
        thread_local std::vector<std::uint8_t> window(kWindow);
        const int fd = opened.value();
        const std::size_t size = std::size_t(fileSize);
        const std::size_t want = std::min(size, kWindow);
        if (readAt(fd, window.data(), want, 0) == want) {
            bool needAll = false;
            auto r = checkStream(window.data(), want, size, fd, maxDepth, needAll);
            if (!needAll) {
                ::close(fd);
                return r;
            }
        }
        ::close(fd);
    }
    // Damaged, deflated or odd files: the whole file is walked.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The file could not be opened: %1.").arg(f.errorString())};
    const qint64 size = f.size();
    uchar* mapped = f.map(0, size);
    if (!mapped) {
        // Not mappable (unusual file systems): read it.
        const QByteArray all = f.readAll();
        return checkNestingDepth(all, maxDepth);
    }
    // fromRawData: no copy; the mapping lives until f is closed.
    const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), qsizetype(size));
    return checkNestingDepth(view, maxDepth);
}

namespace {
Result<void> loadChecked(DcmFileFormat& file, const QString& path, std::uint32_t maxReadLength);

// DCMTK checks a value's length against the bytes left only where it can
// defer loading the value: it asks the stream for a factory, skips the
// value, and fails when the skip comes up short. DcmInputBufferStream gives
// no factory, so from a buffer DCMTK allocated whatever length an element
// claimed (up to 4 GiB) before it found the stream short (fuzz_ai_dicom,
// docs/fuzzing.md). This stream over the bytes gives one, so a buffer is
// read with DCMTK's own check, as a file is.
class BytesProducer final : public DcmProducer
{
public:
    BytesProducer(const QByteArray& bytes, offile_off_t offset)
        : m_bytes(bytes), m_pos(std::clamp<offile_off_t>(offset, 0, offile_off_t(bytes.size())))
    {
    }
    OFBool good() const override { return OFTrue; }
    OFCondition status() const override { return EC_Normal; }
    OFBool eos() override { return m_pos >= size(); }
    offile_off_t avail() override { return size() - m_pos; }
    offile_off_t read(void* buf, offile_off_t buflen) override
    {
        const offile_off_t n = std::clamp<offile_off_t>(buflen, 0, avail());
        if (n > 0)
            std::memcpy(buf, m_bytes.constData() + m_pos, std::size_t(n));
        m_pos += n;
        return n;
    }
    offile_off_t skip(offile_off_t skiplen) override
    {
        const offile_off_t n = std::clamp<offile_off_t>(skiplen, 0, avail());
        m_pos += n;
        return n;
    }
    void putback(offile_off_t num) override { m_pos -= std::clamp<offile_off_t>(num, 0, m_pos); }

private:
    offile_off_t size() const { return offile_off_t(m_bytes.size()); }
    QByteArray m_bytes; // implicitly shared: no copy of the data
    offile_off_t m_pos;
};

class BytesInputStream final : public DcmInputStream
{
public:
    BytesInputStream(const QByteArray& bytes, offile_off_t offset)
        : DcmInputStream(&m_producer) // DcmInputStream only stores the pointer, as DcmInputFileStream does
        , m_producer(bytes, offset)
        , m_bytes(bytes)
        , m_offset(offset)
    {
    }
    DcmInputStreamFactory* newFactory() const override;

private:
    BytesProducer m_producer;
    QByteArray m_bytes;
    offile_off_t m_offset;
};

class BytesStreamFactory final : public DcmInputStreamFactory
{
public:
    BytesStreamFactory(const QByteArray& bytes, offile_off_t offset) : m_bytes(bytes), m_offset(offset) {}
    DcmInputStream* create() const override { return new BytesInputStream(m_bytes, m_offset); }
    DcmInputStreamFactory* clone() const override { return new BytesStreamFactory(*this); }
    // Only informative in DCMTK (nothing in dcmdata branches on it); the
    // stream behaves as a file's does.
    DcmInputStreamFactoryType ident() const override { return DFT_DcmInputFileStreamFactory; }

private:
    QByteArray m_bytes;
    offile_off_t m_offset;
};

DcmInputStreamFactory* BytesInputStream::newFactory() const
{
    // As DcmInputFileStream: none once a filter (inflate) is installed; a
    // deflated dataset is walked strictly by checkNestingDepth instead.
    if (currentProducer() != &m_producer)
        return nullptr;
    return new BytesStreamFactory(m_bytes, m_offset + tell());
}
} // namespace

Result<void> loadDicomFile(DcmFileFormat& file, const QString& path, std::uint32_t maxReadLength)
{
    silenceDcmtkLogging();
    if (auto r = checkDicomInput(path); !r)
        return r;
    try {
        return loadChecked(file, path, maxReadLength);
    } catch (const std::bad_alloc&) {
        return Error{QObject::tr("The file asks for more memory than Custos can give; it is damaged or hostile.")};
    } catch (const std::exception&) {
        // DCMTK 3.6.7 itself throws here on some damaged values (found by
        // fuzz_dicomdir: std::out_of_range from DcmByteString::verify while
        // reading a Directory Record Type of 201 characters).
        return Error{QObject::tr("The file is damaged: DCMTK failed while parsing it.")};
    }
}

Result<void> loadDicomBuffer(DcmFileFormat& file, const QByteArray& bytes, bool part10Optional)
{
    silenceDcmtkLogging();
    if (!part10Optional && (bytes.size() < 132 || bytes.mid(128, 4) != "DICM"))
        return Error{QObject::tr("The received object is not a DICOM Part 10 stream (no DICM marker).")};
    if (auto r = checkNestingDepth(bytes); !r)
        return r;
    try {
        BytesInputStream in(bytes, 0);
        file.transferInit();
        // Values longer than DCMTK's default read length are skipped, and
        // their lengths checked against the bytes left, then loaded below:
        // every value is in memory on return, as before, and none was
        // allocated at a length the bytes could not fill.
        OFCondition cond = file.read(in, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
        file.transferEnd();
        if (cond.good())
            cond = file.loadAllDataIntoMemory();
        if (cond.bad())
            return Error{explainLoadFailure(cond)};
        return {};
    } catch (const std::bad_alloc&) {
        return Error{QObject::tr("The file asks for more memory than Custos can give; it is damaged or hostile.")};
    } catch (const std::exception&) {
        return Error{QObject::tr("The file is damaged: DCMTK failed while parsing it.")};
    }
}

namespace {

Result<void> loadChecked(DcmFileFormat& file, const QString& path, std::uint32_t maxReadLength)
{
    const OFFilename name(QFile::encodeName(path).constData());
    OFCondition cond = file.loadFile(name, EXS_Unknown, EGL_noChange, maxReadLength, ERM_autoDetect);
    if (cond.good())
        return {};
    // A bare dataset (no preamble, no meta header) whose first element fooled
    // DCMTK's guess: say the encoding outright, the common ones first.
    bool preamble = false;
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray head = f.read(132);
            preamble = head.size() == 132 && head.mid(128, 4) == "DICM";
        }
    }
    if (!preamble) {
        for (const E_TransferSyntax xfer : {EXS_LittleEndianImplicit, EXS_LittleEndianExplicit}) {
            // loadFile clears what the failed attempt left behind.
            if (file.loadFile(name, xfer, EGL_noChange, maxReadLength, ERM_dataset).good())
                return {};
        }
    }
    return Error{explainLoadFailure(cond)};
}

} // namespace

} // namespace custos::dicom

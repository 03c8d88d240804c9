// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/pixel_decoder.h"

#include "core/common/read_at.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"
#include "core/dicom/jpeg2000.h"
#include "core/dicom/pixel_convert.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>

#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <mutex>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace custos::dicom {

namespace {

bool isJpeg2000(const QString& uid)
{
    return uid == QLatin1String("1.2.840.10008.1.2.4.90") || uid == QLatin1String("1.2.840.10008.1.2.4.91") ||
           uid == QLatin1String("1.2.840.10008.1.2.4.201") || uid == QLatin1String("1.2.840.10008.1.2.4.202") ||
           uid == QLatin1String("1.2.840.10008.1.2.4.203");
}

QString frameError(int frame, const QString& why)
{
    return QObject::tr("Frame %1 could not be decoded: %2").arg(frame + 1).arg(why);
}

} // namespace

struct PixelDecoder::Impl
{
    const Instance& inst;
    StoredLayout layout;
    std::size_t outFrameBytes = 0;
    // Lazily opened DCMTK dataset (encapsulated, deflated, big-endian, palette).
    std::unique_ptr<DcmFileFormat> file;
    DcmFileCache cache;
    Uint32 nextFragment = 0;
    int lastFrame = -2;
    int fd = -1;
    std::vector<std::byte> scratch;
    PaletteLut palette;
    bool paletteLoaded = false;

    explicit Impl(const Instance& i) : inst(i), layout(storedLayout(i))
    {
        outFrameBytes = std::size_t(i.rows) * std::size_t(i.columns) * std::size_t(decodedComponents(i)) *
                        bytesPerSample(decodedSampleType(i));
    }
    ~Impl()
    {
        if (fd >= 0)
            ::close(fd);
    }

    Result<void> openDataset()
    {
        if (file)
            return {};
        file = std::make_unique<DcmFileFormat>();
        if (inst.memory) { // retrieved from a PACS: it never was a file
            if (auto loaded = loadDicomBuffer(*file, *inst.memory); !loaded) {
                file.reset();
                return Error{QObject::tr("The received instance could not be read again: %1").arg(loaded.errorMessage())};
            }
            return {};
        }
        // The file may have changed since the scan: the same checks again.
        if (auto loaded = loadDicomFile(*file, inst.filePath, 4096); !loaded) {
            file.reset();
            return Error{QObject::tr("The file could not be read again: %1").arg(loaded.errorMessage())};
        }
        return {};
    }

    // DCMTK's RLE decoder trusts the fragment: an empty one, or a header
    // whose segment offsets point outside it, crashes it. PS3.5 G: a 64-byte
    // header of 16 little-endian 32-bit words, the segment count (1..15)
    // and then the segment offsets, the first at 64, ascending, inside the
    // fragment. Each frame is exactly one fragment (PS3.5 A.4.2).
    Result<void> checkRleFrame(DcmPixelSequence& seq, int frame)
    {
        const unsigned long fragments = seq.card() > 0 ? seq.card() - 1 : 0;
        if (fragments != static_cast<unsigned long>(inst.numberOfFrames))
            return Error{QObject::tr("the RLE data holds %1 fragments for %2 frames; each frame must be one fragment")
                             .arg(fragments)
                             .arg(inst.numberOfFrames)};
        DcmPixelItem* item = nullptr;
        if (seq.getItem(item, static_cast<unsigned long>(frame) + 1).bad() || !item)
            return Error{QObject::tr("the RLE data has no fragment for this frame")};
        const Uint32 length = item->getLength();
        if (length < 64)
            return Error{QObject::tr("the RLE fragment is %1 bytes long, shorter than its 64-byte header").arg(length)};
        Uint8* bytes = nullptr;
        if (item->getUint8Array(bytes).bad() || !bytes)
            return Error{QObject::tr("the RLE fragment could not be read")};
        const auto word = [bytes](int i) {
            const Uint8* b = bytes + 4 * i;
            return Uint32(b[0]) | (Uint32(b[1]) << 8) | (Uint32(b[2]) << 16) | (Uint32(b[3]) << 24);
        };
        const Uint32 segments = word(0);
        const Uint32 expected = Uint32(inst.samplesPerPixel) * Uint32(std::max(1, inst.bitsAllocated / 8));
        if (segments < 1 || segments > 15 || segments != expected)
            return Error{QObject::tr("the RLE header names %1 segments where the image needs %2").arg(segments).arg(expected)};
        Uint32 previous = 63;
        for (Uint32 i = 1; i <= segments; ++i) {
            const Uint32 offset = word(int(i));
            if (offset <= previous || offset >= length || (i == 1 && offset != 64))
                return Error{QObject::tr("the RLE header's segment offsets are damaged")};
            previous = offset;
        }
        return {};
    }

    Result<void> loadPalette()
    {
        if (paletteLoaded)
            return {};
        if (auto r = openDataset(); !r)
            return r;
        auto p = readPaletteLut(*file->getDataset());
        if (!p)
            return p.error();
        palette = std::move(p).value();
        paletteLoaded = true;
        return {};
    }

    // Reads the stored bytes of one native frame.
    Result<void> readNative(int frame, std::byte* dst)
    {
        const std::size_t bytes = layout.frameBytes;
        if (inst.pixelDataOffset >= 0 && inst.bitsAllocated != 1 && !inst.memory) {
            if (fd < 0) {
                fd = ::open(QFile::encodeName(inst.filePath).constData(), O_RDONLY | O_CLOEXEC);
                if (fd < 0)
                    return Error{QObject::tr("The file could not be opened again: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
            }
            const std::int64_t base = std::int64_t(inst.pixelDataOffset) + std::int64_t(bytes) * std::int64_t(frame);
            if (readAt(fd, dst, bytes, base) != bytes)
                return Error{QObject::tr("the file ends before the frame's pixel data does")};
            if (inst.bigEndian)
                swapBytes(dst, bytes, inst.bitsAllocated);
            return {};
        }
        // Deflated, small (already in memory) or bit-packed data: DCMTK
        // hands out the value in local byte order, by the VR's word size.
        if (auto r = openDataset(); !r)
            return r;
        DcmElement* element = nullptr;
        if (file->getDataset()->findAndGetElement(DCM_PixelData, element).bad() || !element)
            return Error{QObject::tr("the pixel data is missing")};
        const std::size_t total = element->getLength();
        // DCMTK allocates the declared length when it loads the value: a
        // value claiming more than the file holds is damage, not a frame
        // (deflated data is checked against its inflated size by the pre-scan).
        if (inst.transferSyntaxUid != QLatin1String("1.2.840.10008.1.2.1.99") &&
            qint64(total) > (inst.memory ? qint64(inst.memory->size()) : QFileInfo(inst.filePath).size()))
            return Error{QObject::tr("the pixel data claims %1 bytes, more than the whole file holds").arg(total)};
        if (inst.bitsAllocated == 1) {
            // Bits of consecutive frames are packed without padding.
            Uint8* all = nullptr;
            const std::size_t pixels = std::size_t(inst.rows) * std::size_t(inst.columns);
            const std::size_t firstBit = pixels * std::size_t(frame);
            if (element->getUint8Array(all).bad() || !all || (firstBit + pixels + 7) / 8 > total)
                return Error{QObject::tr("the pixel data is shorter than the frame")};
            unpackBits(all, firstBit, pixels, reinterpret_cast<std::uint8_t*>(dst));
            return {};
        }
        if (bytes * std::size_t(frame + 1) > total)
            return Error{QObject::tr("the pixel data is shorter than the frame")};
        const OFCondition c = element->getPartialValue(dst, Uint32(bytes * std::size_t(frame)), Uint32(bytes), &cache);
        if (c.bad())
            return Error{QObject::tr("the pixel data could not be read (%1)").arg(explainCondition(c))};
        // 32-bit samples in a big-endian OW value: DCMTK swapped 16-bit
        // words; the two halves of each sample still need swapping.
        if (inst.bitsAllocated == 32 && inst.bigEndian && element->getVR() == EVR_OW) {
            auto* w = reinterpret_cast<std::uint16_t*>(dst);
            for (std::size_t i = 0; i + 1 < bytes / 2; i += 2)
                std::swap(w[i], w[i + 1]);
        }
        return {};
    }

    Result<void> decodeEncapsulated(int frame, std::byte* dst, QString& colorModel)
    {
        if (auto r = openDataset(); !r)
            return r;
        DcmDataset* ds = file->getDataset();
        DcmElement* element = nullptr;
        if (ds->findAndGetElement(DCM_PixelData, element).bad() || !element)
            return Error{QObject::tr("the pixel data is missing")};
        auto* pixelData = static_cast<DcmPixelData*>(element);

        if (isJpeg2000(inst.transferSyntaxUid)) {
            DcmPixelSequence* seq = nullptr;
            if (pixelData->getEncapsulatedRepresentation(ds->getOriginalXfer(), nullptr, seq).bad() || !seq)
                return Error{QObject::tr("the compressed pixel data is malformed")};
            auto code = frameCodestream(*seq, frame, inst.numberOfFrames);
            if (!code)
                return code.error();
            colorModel = QStringLiteral("RGB");
            return decodeJpeg2000(code.value(), inst, dst);
        }

        // No DCMTK codec may see an empty fragment.
        DcmPixelSequence* seq = nullptr;
        if (pixelData->getEncapsulatedRepresentation(ds->getOriginalXfer(), nullptr, seq).bad() || !seq)
            return Error{QObject::tr("the compressed pixel data is malformed")};
        for (unsigned long i = 1; i < seq->card(); ++i) {
            DcmPixelItem* item = nullptr;
            if (seq->getItem(item, i).bad() || !item || item->getLength() == 0)
                return Error{QObject::tr("fragment %1 of the compressed pixel data is empty").arg(i)};
        }
        if (inst.transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.5"))
            if (auto r = checkRleFrame(*seq, frame); !r)
                return r;

        // JPEG, JPEG-LS, RLE through DCMTK's codecs. Frames decoded in order
        // reuse the fragment index DCMTK hands back.
        Uint32 start = (frame == lastFrame + 1) ? nextFragment : 0;
        OFString model;
        const Uint32 bufSize = Uint32((layout.frameBytes + 1) & ~std::size_t(1));
        const OFCondition c = pixelData->getUncompressedFrame(ds, Uint32(frame), start, dst, bufSize, model, &cache);
        if (c.bad())
            return Error{QString::fromLatin1(c.text())};
        nextFragment = start;
        lastFrame = frame;
        colorModel = QString::fromLatin1(model.c_str());
        return {};
    }
};

PixelDecoder::PixelDecoder(const Instance& instance) : d(std::make_unique<Impl>(instance)) {}
PixelDecoder::~PixelDecoder() = default;

std::size_t PixelDecoder::frameBytes() const { return d->outFrameBytes; }

void PixelDecoder::registerCodecs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        silenceDcmtkLogging();
        DJDecoderRegistration::registerCodecs(EDC_photometricInterpretation, EUC_never, EPC_colorByPixel);
        DJLSDecoderRegistration::registerCodecs(EJLSUC_never, EJLSPC_colorByPixel);
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

Result<void> PixelDecoder::decodeFrame(int frame, void* out)
{
    const Instance& inst = d->inst;
    if (frame < 0 || frame >= inst.numberOfFrames)
        return Error{frameError(frame, QObject::tr("the image has only %1 frame(s)").arg(inst.numberOfFrames))};
    auto* dst = static_cast<std::byte*>(out);

    // Decode into dst directly when the stored layout already is the output
    // layout (the common grayscale case); otherwise through scratch.
    // DCMTK's codecs want an even buffer size (odd-sized 8-bit frames exist).
    const bool direct = d->layout.frameBytes == d->outFrameBytes && d->layout.frameBytes % 2 == 0 &&
                        !needsColorConversion(inst) &&
                        !(inst.samplesPerPixel == 3 && inst.planarConfiguration == 1 && !inst.pixelDataEncapsulated);
    std::byte* target = dst;
    if (!direct) {
        d->scratch.resize(std::max(d->layout.frameBytes, d->outFrameBytes) + 1);
        target = d->scratch.data();
    }

    QString colorModel = inst.photometric;
    Result<void> r = inst.pixelDataEncapsulated ? d->decodeEncapsulated(frame, target, colorModel)
                                                : d->readNative(frame, target);
    if (!r)
        return Error{frameError(frame, r.errorMessage())};

    if (inst.photometric == QLatin1String("PALETTE COLOR")) {
        if (auto p = d->loadPalette(); !p)
            return Error{frameError(frame, p.errorMessage())};
        applyPalette(d->palette, inst, target, dst);
        return {};
    }
    if (!direct) {
        const bool planar = inst.samplesPerPixel == 3 && inst.planarConfiguration == 1 && !inst.pixelDataEncapsulated;
        convertColor(inst, colorModel, planar, target, dst);
    }
    if (inst.samplesPerPixel == 1 && inst.bitsAllocated > 1)
        normalizeStoredBits(inst, dst, std::size_t(inst.rows) * std::size_t(inst.columns));
    return {};
}

} // namespace custos::dicom

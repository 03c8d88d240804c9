// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/jpeg2000.h"

#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <openjpeg.h>

#include <QObject>

#include <algorithm>
#include <cstring>
#include <memory>

namespace custos::dicom {

namespace {

struct MemoryStream
{
    const std::uint8_t* data;
    std::size_t size;
    std::size_t pos;
};

OPJ_SIZE_T readFn(void* buffer, OPJ_SIZE_T bytes, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    if (s->pos >= s->size)
        return OPJ_SIZE_T(-1);
    const std::size_t n = std::min<std::size_t>(bytes, s->size - s->pos);
    std::memcpy(buffer, s->data + s->pos, n);
    s->pos += n;
    return n;
}

OPJ_OFF_T skipFn(OPJ_OFF_T bytes, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    if (bytes < 0) {
        const std::size_t back = std::min<std::size_t>(std::size_t(-bytes), s->pos);
        s->pos -= back;
        return -OPJ_OFF_T(back);
    }
    const std::size_t n = std::min<std::size_t>(std::size_t(bytes), s->size - s->pos);
    s->pos += n;
    return OPJ_OFF_T(n);
}

OPJ_BOOL seekFn(OPJ_OFF_T to, void* user)
{
    auto* s = static_cast<MemoryStream*>(user);
    if (to < 0 || std::size_t(to) > s->size)
        return OPJ_FALSE;
    s->pos = std::size_t(to);
    return OPJ_TRUE;
}

void quiet(const char*, void*) {}

struct CodecDeleter { void operator()(opj_codec_t* c) const { opj_destroy_codec(c); } };
struct StreamDeleter { void operator()(opj_stream_t* s) const { opj_stream_destroy(s); } };
struct ImageDeleter { void operator()(opj_image_t* i) const { opj_image_destroy(i); } };

Result<std::vector<std::uint8_t>> fragmentBytes(DcmPixelSequence& seq, unsigned long index)
{
    DcmPixelItem* item = nullptr;
    if (seq.getItem(item, index).bad() || !item)
        return Error{QObject::tr("fragment %1 is missing").arg(index)};
    Uint8* bytes = nullptr;
    if (item->getLength() == 0)
        return std::vector<std::uint8_t>{};
    if (item->getUint8Array(bytes).bad() || !bytes)
        return Error{QObject::tr("fragment %1 could not be read").arg(index)};
    return std::vector<std::uint8_t>(bytes, bytes + item->getLength());
}

template <class T>
void store(const opj_image_t& img, std::size_t pixels, int comps, std::byte* dst)
{
    T* out = reinterpret_cast<T*>(dst);
    for (int c = 0; c < comps; ++c) {
        const OPJ_INT32* in = img.comps[c].data;
        for (std::size_t p = 0; p < pixels; ++p)
            out[p * std::size_t(comps) + std::size_t(c)] = T(in[p]);
    }
}

} // namespace

Result<std::vector<std::uint8_t>> frameCodestream(DcmPixelSequence& seq, int frame, int numberOfFrames)
{
    const unsigned long items = seq.card();
    if (items < 2)
        return Error{QObject::tr("the compressed pixel data holds no fragments")};
    const unsigned long fragments = items - 1; // item 0 is the basic offset table

    std::vector<unsigned long> starts; // first fragment of each frame
    if (numberOfFrames == 1) {
        starts = {1};
    } else if (fragments == static_cast<unsigned long>(numberOfFrames)) {
        for (int f = 0; f < numberOfFrames; ++f)
            starts.push_back(1 + static_cast<unsigned long>(f));
    } else {
        // Several fragments per frame: a frame starts where a codestream
        // starts (SOC marker FF 4F, or a JP2 signature box).
        for (unsigned long i = 1; i < items; ++i) {
            auto bytes = fragmentBytes(seq, i);
            if (!bytes)
                return bytes.error();
            const auto& b = bytes.value();
            const bool soc = b.size() >= 2 && b[0] == 0xFF && b[1] == 0x4F;
            const bool jp2 = b.size() >= 12 && b[4] == 'j' && b[5] == 'P';
            if (soc || jp2)
                starts.push_back(i);
        }
        if (starts.size() != std::size_t(numberOfFrames))
            return Error{QObject::tr("the fragments could not be matched to %1 frames").arg(numberOfFrames)};
    }
    if (std::size_t(frame) >= starts.size())
        return Error{QObject::tr("the compressed pixel data has no fragment for this frame")};
    const unsigned long first = starts[std::size_t(frame)];
    const unsigned long end = std::size_t(frame) + 1 < starts.size() ? starts[std::size_t(frame) + 1] : items;
    std::vector<std::uint8_t> out;
    for (unsigned long i = first; i < end; ++i) {
        auto bytes = fragmentBytes(seq, i);
        if (!bytes)
            return bytes.error();
        out.insert(out.end(), bytes.value().begin(), bytes.value().end());
    }
    return out;
}

Result<void> decodeJpeg2000(const std::vector<std::uint8_t>& code, const Instance& inst, std::byte* dst)
{
    if (code.size() < 4)
        return Error{QObject::tr("the JPEG 2000 codestream is empty")};
    const bool jp2 = code.size() >= 12 && code[4] == 'j' && code[5] == 'P';
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    opj_set_error_handler(codec.get(), quiet, nullptr);
    opj_set_warning_handler(codec.get(), quiet, nullptr);
    opj_set_info_handler(codec.get(), quiet, nullptr);
    opj_dparameters_t params;
    opj_set_default_decoder_parameters(&params);
    if (!opj_setup_decoder(codec.get(), &params))
        return Error{QObject::tr("the JPEG 2000 decoder could not be set up")};

    MemoryStream mem{code.data(), code.size(), 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(1 << 16, OPJ_TRUE));
    opj_stream_set_user_data(stream.get(), &mem, nullptr);
    opj_stream_set_user_data_length(stream.get(), code.size());
    opj_stream_set_read_function(stream.get(), readFn);
    opj_stream_set_skip_function(stream.get(), skipFn);
    opj_stream_set_seek_function(stream.get(), seekFn);

    opj_image_t* raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw))
        return Error{QObject::tr("the JPEG 2000 header is damaged")};
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return Error{QObject::tr("the JPEG 2000 codestream is damaged or truncated")};

    const int comps = decodedComponents(inst);
    if (int(image->numcomps) < comps)
        return Error{QObject::tr("the JPEG 2000 image has %1 components, the header says %2").arg(image->numcomps).arg(comps)};
    for (int c = 0; c < comps; ++c) {
        const auto& comp = image->comps[c];
        if (int(comp.w) != inst.columns || int(comp.h) != inst.rows || !comp.data)
            return Error{QObject::tr("the JPEG 2000 image is %1×%2, the header says %3×%4")
                             .arg(comp.w).arg(comp.h).arg(inst.columns).arg(inst.rows)};
    }
    const std::size_t pixels = std::size_t(inst.rows) * std::size_t(inst.columns);
    // The DICOM header decides signedness and width (codestreams disagree
    // with it in the wild; DICOM's Pixel Representation wins).
    switch (decodedSampleType(inst)) {
    case SampleType::UInt8: store<std::uint8_t>(*image, pixels, comps, dst); break;
    case SampleType::Int8: store<std::int8_t>(*image, pixels, comps, dst); break;
    case SampleType::UInt16: store<std::uint16_t>(*image, pixels, comps, dst); break;
    case SampleType::Int16: store<std::int16_t>(*image, pixels, comps, dst); break;
    case SampleType::UInt32: store<std::uint32_t>(*image, pixels, comps, dst); break;
    case SampleType::Int32: store<std::int32_t>(*image, pixels, comps, dst); break;
    case SampleType::Float32: return Error{QObject::tr("floating point JPEG 2000 is not supported")};
    }
    return {};
}

} // namespace custos::dicom

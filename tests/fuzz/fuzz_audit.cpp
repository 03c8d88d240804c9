// SPDX-License-Identifier: Apache-2.0
// The audit trail's segment reader and verifier (core/audit, the format in
// audit_format_p.h). The first byte picks what the rest is:
//   even: a segment file as it lies on disk (header, frames), walked by
//         verifySegments as `custos-cli audit verify` does: what someone
//         who can write the folder but holds no key can hand it;
//   odd:  records' canonical JSON, one per line, which the harness seals
//         with the test DEK and MAC key exactly as AuditLog does (frame seq
//         = line number), so that the link parser, the hash chain and the
//         record parser behind AES-GCM and the MAC are fuzzed too; with
//         bit 1 set the harness also writes each record's "previousHash"
//         as the hash of the record before it (the fuzzer cannot compute
//         SHA-256), so that the walk goes past the first link.
// The checkpoint and incident decoders read the same bytes.

#include "core/audit/audit_log_p.h"
#include "core/crypto/aead.h"
#include "fuzz_support.h"
#include "fuzz_test_keys.h"

#include <QJsonDocument>
#include <QtEndian>

using namespace custos;

namespace {

struct Setup
{
    QString folder = fuzz::freshDir(QStringLiteral("audit"));
    crypto::DekStore deks{fuzz::testKeys(), folder};
    crypto::DekStore::Dek dek;
    QByteArray macKey;

    Setup()
    {
        auto current = deks.current(1);
        auto mac = fuzz::testKeys()->macKey(audit::detail::kMacKeyName);
        if (!current || !mac)
            std::abort();
        dek = current.value();
        macKey = mac.value();
    }
};

Setup& setup()
{
    static Setup s;
    return s;
}

QByteArray sealedFrame(const QByteArray& canonical, quint32 segment, quint64 seq, const Setup& s, QByteArray& plain)
{
    // As sealRecord: the MAC over the canonical bytes spliced in as the last member.
    plain = canonical.chopped(canonical.isEmpty() ? 0 : 1) + ",\"mac\":\"" +
            crypto::hmacSha256(s.macKey, canonical).toHex() + "\"}";
    const QByteArray aad = QByteArrayLiteral("custos/audit/v1/") + QByteArray::number(segment) + '/' + QByteArray::number(seq);
    auto sealed = crypto::seal(s.dek.key, plain, aad);
    if (!sealed)
        return {};
    QByteArray frame(12, '\0');
    qToLittleEndian(quint32(8 + sealed.value().size()), frame.data());
    qToLittleEndian(seq, frame.data() + 4);
    return frame + sealed.value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    Setup& s = setup();
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    QByteArray segment;
    if (data[0] % 2 == 0) {
        segment = input;
        (void)audit::detail::decodeCheckpoint(input);
        (void)audit::detail::decodeIncidents(input);
    } else {
        segment = audit::detail::encodeHeader(1, s.dek.id);
        const bool chain = data[0] & 2;
        quint64 seq = 0;
        QByteArray previousPlain;
        for (QByteArray line : input.split('\n')) {
            if (++seq > 64)
                break;
            static const QByteArray key = QByteArrayLiteral("\"previousHash\":\"");
            if (const qsizetype at = line.lastIndexOf(key); chain && seq > 1 && at >= 0 && line.size() >= at + key.size() + 64)
                line.replace(at + key.size(), 64, crypto::sha256(previousPlain).toHex());
            segment += sealedFrame(line, 1, seq, s, previousPlain);
            (void)audit::recordFromJson(QJsonDocument::fromJson(line).object());
        }
    }
    const QString path = s.folder + QLatin1Char('/') + audit::detail::segmentFileName(1);
    if (!fuzz::writeFile(path, segment))
        return 0;
    const Result<std::optional<QByteArray>> noCheckpoint{std::optional<QByteArray>()};
    (void)audit::detail::verifySegments({{1, path, -1}}, s.deks, s.macKey, {}, noCheckpoint);
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
// The encrypted study cache's object and index readers (core/cache). Each
// input gets a fresh cache folder holding one genuine object ("fuzz"),
// written by putBlob with the test keys; then the first byte picks what the
// rest of the input becomes ((byte & 0x7F) % 3; bit 7: getBlob, not getVolume):
//   0: the object file itself, raw (what someone who can write the folder
//      but holds no key can put there), read with getVolume or getBlob;
//   1: a structured object: "header JSON \0 meta \0 payload". The harness
//      seals the meta and the payload's chunks with the object's DEK and
//      the aad the header's version and chunk count give (a missing "dek"
//      is filled in), so the header checks, the volume description and
//      the allocation behind AES-GCM are fuzzed;
//   2: the index body, MACed with the index key by the harness, then the
//      cache is opened again (loadIndex, stats, verify, lookups).

#include "core/cache/study_cache.h"
#include "core/crypto/aead.h"
#include "fuzz_support.h"
#include "fuzz_test_keys.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace custos;

namespace {

const QString kKey = QStringLiteral("fuzz");

QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xff);
    return b;
}

QByteArray aad(qint64 version, const QString& part)
{
    return QStringLiteral("custos/cache/v1/%1/%2/%3").arg(kKey).arg(version).arg(part).toUtf8();
}

QString objectPath(const QString& folder)
{
    return folder + QStringLiteral("/objects/") +
           QString::fromLatin1(QCryptographicHash::hash(kKey.toUtf8(), QCryptographicHash::Sha256).toHex()) +
           QStringLiteral(".obj");
}

// "header \0 meta \0 payload" sealed as writeObject would seal it.
QByteArray structuredObject(const QByteArray& input, const QString& folder, const QByteArray& dekId)
{
    const QList<QByteArray> parts = input.split('\0');
    QJsonObject header = QJsonDocument::fromJson(parts.value(0)).object();
    if (!header.contains(QStringLiteral("dek")))
        header[QStringLiteral("dek")] = QString::fromLatin1(dekId.toHex());
    const QByteArray meta = parts.value(1);
    const QByteArray payload = parts.size() > 2 ? input.mid(parts.value(0).size() + parts.value(1).size() + 2) : QByteArray();
    auto key = crypto::DekStore(fuzz::testKeys(), folder).key(QByteArray::fromHex(header[QStringLiteral("dek")].toString().toLatin1()));
    if (!key)
        return {};
    const qint64 version = header[QStringLiteral("version")].toString().toLongLong();
    const qint64 chunks = header[QStringLiteral("chunks")].toString().toLongLong();
    const qint64 chunk = header[QStringLiteral("chunkBytes")].toString().toLongLong();
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    auto sealedMeta = crypto::seal(key.value(), meta, aad(version, QStringLiteral("meta")));
    if (!sealedMeta)
        return {};
    QByteArray out = QByteArrayLiteral("CUSTOSC1") + u32(quint32(headerBytes.size())) + headerBytes +
                     u32(quint32(sealedMeta.value().size())) + sealedMeta.value();
    if (chunk > 0 && chunks > 0 && chunks <= 16) {
        for (qint64 c = 0; c < chunks; ++c) {
            const QByteArray slice = c * chunk < payload.size() ? payload.mid(qsizetype(c * chunk), qsizetype(std::min<qint64>(chunk, 1 << 20))) : QByteArray();
            auto sealed = crypto::seal(key.value(), slice, aad(version, QStringLiteral("%1/%2").arg(c).arg(chunks)));
            if (!sealed)
                return {};
            out += u32(quint32(sealed.value().size())) + sealed.value();
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const QString folder = fuzz::freshDir(QStringLiteral("cache"));
    cache::CacheOptions options;
    options.threads = 1;
    auto opened = cache::StudyCache::open(folder, fuzz::testKeys(), options);
    if (!opened || !opened.value()->putBlob(kKey, QByteArrayLiteral("a genuine object")))
        std::abort(); // the harness itself is broken, not the input
    auto cache = opened.value();

    switch ((data[0] & 0x7F) % 3) {
    case 0:
    case 1: {
        QByteArray object = input;
        if ((data[0] & 0x7F) % 3 == 1) {
            QFile genuine(objectPath(folder));
            if (!genuine.open(QIODevice::ReadOnly))
                std::abort();
            const QByteArray head = genuine.readAll();
            const QJsonObject header = QJsonDocument::fromJson(head.mid(12, qsizetype(head.size() >= 12 ? quint8(head[8]) | (quint8(head[9]) << 8) : 0))).object();
            object = structuredObject(input, folder, QByteArray::fromHex(header[QStringLiteral("dek")].toString().toLatin1()));
        }
        if (!fuzz::writeFile(objectPath(folder), object))
            return 0;
        if (data[0] & 0x80)
            (void)cache->getBlob(kKey);
        else
            (void)cache->getVolume(kKey);
        (void)cache->verify();
        break;
    }
    default: {
        auto mac = fuzz::testKeys()->macKey(QStringLiteral("cache-index-mac"));
        if (!mac)
            std::abort();
        cache.reset();
        if (!fuzz::writeFile(folder + QStringLiteral("/index.dat"), crypto::hmacSha256(mac.value(), input).toHex() + '\n' + input))
            return 0;
        auto again = cache::StudyCache::open(folder, fuzz::testKeys(), options);
        if (!again)
            return 0;
        (void)again.value()->stats();
        (void)again.value()->getBlob(kKey);
        (void)again.value()->verify();
        (void)again.value()->evictExpired();
        break;
    }
    }
    return 0;
}

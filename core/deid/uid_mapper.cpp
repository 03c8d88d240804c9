// SPDX-License-Identifier: Apache-2.0
// Keyed UID derivation: HMAC-SHA256 so nobody without the secret can tell
// which original UID a new one came from, yet the same secret gives the same
// mapping on every run (a study exported twice stays one study).

#include "core/deid/uid_mapper.h"

#include "core/deid/deidentifier.h"

#include "core/dicom/uid.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace custos::deid {
namespace {

std::array<unsigned char, 32> hmacSha256(const QByteArray& key, const QByteArray& context, const QByteArray& data)
{
    std::array<unsigned char, 32> out{};
    unsigned int len = 0;
    // The context keeps UIDs, pseudonyms and date shifts from ever sharing a digest.
    const QByteArray message = context + '\0' + data;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(message.constData()),
         size_t(message.size()), out.data(), &len);
    return out;
}


// PS3.5 B.2: the digest's first 16 bytes as the 128-bit number under 2.25.
QString uidFromDigest(const std::array<unsigned char, 32>& digest)
{
    return dicom::uidFrom128Bits(QByteArray(reinterpret_cast<const char*>(digest.data()), 16));
}

} // namespace

UidMapper::UidMapper(QByteArray secret) : m_secret(std::move(secret)) {}

QString UidMapper::map(const QString& uid)
{
    QString key = uid.trimmed();
    while (key.endsWith(QChar(u'\0'))) // UI values are padded with NUL
        key.chop(1);
    key = key.trimmed();
    if (key.isEmpty())
        return {};
    std::lock_guard lock(m_mutex);
    auto it = m_map.constFind(key);
    if (it != m_map.constEnd())
        return *it;
    const QString mapped = uidFromDigest(hmacSha256(m_secret, "uid", key.toLatin1()));
    m_map.insert(key, mapped);
    return mapped;
}

int UidMapper::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_map.size());
}

QString UidMapper::pseudonym(const QString& value) const
{
    const auto digest = hmacSha256(m_secret, "pseudonym", value.trimmed().toUtf8());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest.data()), 8).toHex().toUpper());
}

int UidMapper::dateShiftDays(const QString& patientKey) const
{
    const auto digest = hmacSha256(m_secret, "dateshift", patientKey.trimmed().toUtf8());
    const unsigned v = (unsigned(digest[0]) << 8) | digest[1];
    return -1 - int(v % 3650);
}

} // namespace custos::deid

// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/aead.h"

#include <QObject>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstring>
#include <memory>
#include <mutex>

#if defined(Q_OS_UNIX)
#include <pthread.h>
#endif

namespace custos::crypto {

namespace {

// OpenSSL's EVP update calls take an int length; larger buffers go in slices.
constexpr qsizetype kMaxSlice = qsizetype(1) << 30;

// The most recent OpenSSL error as text, and the thread's error queue emptied
// so that a stale entry never explains a later, unrelated failure.
QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return QStringLiteral("unknown OpenSSL error");
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// One cipher context per thread, reset (which cleanses the key schedule)
// as soon as each call is done: saves an allocation pair per message
// without leaving key material behind.
class ThreadCipherCtx
{
public:
    ThreadCipherCtx()
    {
        static thread_local std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(
            EVP_CIPHER_CTX_new());
        m_ctx = ctx.get();
    }
    ~ThreadCipherCtx()
    {
        if (m_ctx) EVP_CIPHER_CTX_reset(m_ctx);
    }
    ThreadCipherCtx(const ThreadCipherCtx&) = delete;
    ThreadCipherCtx& operator=(const ThreadCipherCtx&) = delete;
    EVP_CIPHER_CTX* get() const { return m_ctx; }
    explicit operator bool() const { return m_ctx != nullptr; }

private:
    EVP_CIPHER_CTX* m_ctx = nullptr;
};

// Random nonces, drawn from RAND_bytes in batches: on OpenSSL 3.0 one
// RAND_bytes call costs about 1.5 us, a third of sealing 16 KiB, while 256
// nonces cost about 2 us together. Nonces are public (they are stored next to
// the ciphertext), so a buffer of future ones holds nothing secret; it must
// only never be handed out twice, so a fork() discards every thread's buffer.
std::atomic<unsigned> g_forkGeneration{0};

class NoncePool
{
public:
    bool take(unsigned char* out)
    {
#if defined(Q_OS_UNIX)
        static std::once_flag registered;
        std::call_once(registered,
                       [] { pthread_atfork(nullptr, nullptr, [] { ++g_forkGeneration; }); });
#endif
        const unsigned generation = g_forkGeneration.load(std::memory_order_relaxed);
        if (m_next == kCount || generation != m_generation) {
            if (RAND_bytes(m_bytes, int(sizeof m_bytes)) != 1) {
                m_next = kCount;
                return false;
            }
            m_next = 0;
            m_generation = generation;
        }
        std::memcpy(out, m_bytes + m_next * kNonceBytes, kNonceBytes);
        OPENSSL_cleanse(m_bytes + m_next * kNonceBytes, kNonceBytes);
        ++m_next;
        return true;
    }

private:
    static constexpr int kCount = 256;
    unsigned char m_bytes[kCount * kNonceBytes] = {};
    int m_next = kCount;
    unsigned m_generation = 0;
};

// Fetched once: an explicit fetch avoids OpenSSL 3's implicit provider
// lookup on every EVP_*Init call, which is measurable for small records.
const EVP_CIPHER* aes256Gcm()
{
    static const EVP_CIPHER* const cipher = [] {
        EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
        return fetched ? static_cast<const EVP_CIPHER*>(fetched) : EVP_aes_256_gcm();
    }();
    return cipher;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

Error keySizeError(qsizetype size)
{
    return Error{QObject::tr("The encryption key has %1 bytes; AES-256 needs exactly %2.")
                     .arg(size)
                     .arg(kKeyBytes)};
}

Error internalError(const char* step)
{
    return Error{QStringLiteral("AES-256-GCM failed in %1: %2")
                     .arg(QLatin1String(step), takeOpenSslError())};
}

// Runs `update` over [in, in + size) in slices that fit OpenSSL's int lengths.
template <class Update>
bool sliced(EVP_CIPHER_CTX* ctx, Update update, const unsigned char* in, unsigned char* out,
            qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const int slice = int(std::min(kMaxSlice, size - done));
        int written = 0;
        if (update(ctx, out ? out + done : nullptr, &written, in + done, slice) != 1) return false;
        // GCM is a stream mode: every plaintext byte comes out at once.
        if (out && written != slice) return false;
        done += slice;
    }
    return true;
}

Result<QByteArray> sealImpl(const QByteArray& key, const QByteArray& nonce,
                            const QByteArray& plaintext, const QByteArray& aad)
{
    if (key.size() != kKeyBytes) return keySizeError(key.size());
    if (nonce.size() != kNonceBytes)
        return Error{QObject::tr("The GCM nonce has %1 bytes; Custos uses exactly %2.")
                         .arg(nonce.size())
                         .arg(kNonceBytes)};

    ThreadCipherCtx ctx;
    if (!ctx) return internalError("allocating a cipher context");
    if (EVP_EncryptInit_ex2(ctx.get(), aes256Gcm(), bytes(key), bytes(nonce), nullptr) != 1)
        return internalError("initialising encryption");

    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    unsigned char* o = bytes(out);
    std::copy_n(bytes(nonce), kNonceBytes, o);

    if (!aad.isEmpty() && !sliced(ctx.get(), EVP_EncryptUpdate, bytes(aad), nullptr, aad.size()))
        return internalError("authenticating the associated data");
    if (!sliced(ctx.get(), EVP_EncryptUpdate, bytes(plaintext), o + kNonceBytes, plaintext.size()))
        return internalError("encrypting");
    int finalBytes = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), o + kNonceBytes + plaintext.size(), &finalBytes) != 1 ||
        finalBytes != 0)
        return internalError("finishing encryption");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes,
                            o + kNonceBytes + plaintext.size()) != 1)
        return internalError("reading the tag");
    return out;
}

} // namespace

Result<QByteArray> randomBytes(int count)
{
    if (count < 0)
        return Error{
            QObject::tr("Cannot make a negative number (%1) of random bytes.").arg(count)};
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(bytes(out), count) != 1)
        return Error{
            QObject::tr("The secure random generator failed: %1").arg(takeOpenSslError())};
    return out;
}

Result<QByteArray> seal(const QByteArray& key, const QByteArray& plaintext, const QByteArray& aad)
{
    // Random 96-bit nonces: with at most 2^32 messages per key (the DEK usage
    // limit keeps us far below) the chance of a repeat stays under 2^-32.
    static thread_local NoncePool pool;
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (!pool.take(bytes(nonce)))
        return Error{
            QObject::tr("The secure random generator failed: %1").arg(takeOpenSslError())};
    return sealImpl(key, nonce, plaintext, aad);
}

Result<QByteArray> sealWithNonce(const QByteArray& key, const QByteArray& nonce,
                                 const QByteArray& plaintext, const QByteArray& aad)
{
    return sealImpl(key, nonce, plaintext, aad);
}

Result<QByteArray> open(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad)
{
    if (key.size() != kKeyBytes) return keySizeError(key.size());
    if (sealed.size() < kNonceBytes + kTagBytes)
        return Error{
            QObject::tr(
                "The encrypted data is %1 bytes long, shorter than its nonce and tag (%2 bytes): "
                "it is truncated or not Custos data.")
                .arg(sealed.size())
                .arg(kNonceBytes + kTagBytes)};

    const unsigned char* in = bytes(sealed);
    const qsizetype ctSize = sealed.size() - kNonceBytes - kTagBytes;

    ThreadCipherCtx ctx;
    if (!ctx) return internalError("allocating a cipher context");
    if (EVP_DecryptInit_ex2(ctx.get(), aes256Gcm(), bytes(key), in, nullptr) != 1)
        return internalError("initialising decryption");
    // EVP wants a writable tag buffer; it is compared in constant time by EVP_DecryptFinal_ex.
    unsigned char tag[kTagBytes];
    std::copy_n(in + kNonceBytes + ctSize, kTagBytes, tag);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) != 1)
        return internalError("setting the tag");

    if (!aad.isEmpty() && !sliced(ctx.get(), EVP_DecryptUpdate, bytes(aad), nullptr, aad.size()))
        return internalError("authenticating the associated data");
    QByteArray plain(ctSize, Qt::Uninitialized);
    if (!sliced(ctx.get(), EVP_DecryptUpdate, in + kNonceBytes, bytes(plain), ctSize)) {
        wipe(plain);
        return internalError("decrypting");
    }
    int finalBytes = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + ctSize, &finalBytes) != 1) {
        // Unauthenticated plaintext never leaves this function.
        wipe(plain);
        ERR_clear_error();
        return Error{
            QObject::tr("The data failed its integrity check (wrong key or modified).")};
    }
    return plain;
}

Result<void> openInto(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad, void* out,
                      qsizetype outBytes)
{
    if (key.size() != kKeyBytes) return keySizeError(key.size());
    const qsizetype ctSize = sealed.size() - kNonceBytes - kTagBytes;
    if (ctSize < 0 || ctSize != outBytes)
        return Error{QObject::tr("The encrypted data is %1 bytes long, which does not fit the %2 bytes it should hold: "
                                 "it is truncated or not Custos data.")
                         .arg(sealed.size())
                         .arg(outBytes)};
    const unsigned char* in = bytes(sealed);
    auto* plain = static_cast<unsigned char*>(out);
    ThreadCipherCtx ctx;
    if (!ctx) return internalError("allocating a cipher context");
    if (EVP_DecryptInit_ex2(ctx.get(), aes256Gcm(), bytes(key), in, nullptr) != 1)
        return internalError("initialising decryption");
    unsigned char tag[kTagBytes];
    std::copy_n(in + kNonceBytes + ctSize, kTagBytes, tag);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) != 1)
        return internalError("setting the tag");
    if (!aad.isEmpty() && !sliced(ctx.get(), EVP_DecryptUpdate, bytes(aad), nullptr, aad.size()))
        return internalError("authenticating the associated data");
    if (!sliced(ctx.get(), EVP_DecryptUpdate, in + kNonceBytes, plain, ctSize)) {
        OPENSSL_cleanse(plain, std::size_t(ctSize));
        return internalError("decrypting");
    }
    int finalBytes = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), plain + ctSize, &finalBytes) != 1) {
        OPENSSL_cleanse(plain, std::size_t(ctSize));
        ERR_clear_error();
        return Error{QObject::tr("The data failed its integrity check (wrong key or modified).")};
    }
    return {};
}

namespace {

// OpenSSL 3 looks an algorithm up in its provider store (a lock, a hash
// lookup, a reference count) on every call that names it the old way
// (EVP_sha256() in EVP_Digest, HMAC()). custosd MACs every audit record it
// appends and hashes every ticket it checks; the lookups were a quarter of
// that work. The algorithms are fetched once and kept for the process.
const EVP_MD* fetchedSha256()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

struct MacCtxDeleter
{
    void operator()(EVP_MAC_CTX* ctx) const { EVP_MAC_CTX_free(ctx); }
};
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter>;

// An HMAC-SHA256 context with its digest chosen and no key, one per thread;
// each call works on a copy of it (so no key outlives the call: freeing the
// copy cleanses it) and the digest is never looked up again.
const EVP_MAC_CTX* hmacSha256Template()
{
    static thread_local const MacCtx ctx = [] {
        static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        MacCtx c(mac ? EVP_MAC_CTX_new(mac) : nullptr);
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
        if (c && EVP_MAC_CTX_set_params(c.get(), params) != 1)
            c.reset();
        ERR_clear_error();
        return c;
    }();
    return ctx.get();
}

} // namespace

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    const EVP_MD* md = fetchedSha256();
    if (EVP_Digest(data.constData(), size_t(data.size()), bytes(out), &size, md ? md : EVP_sha256(),
                   nullptr) != 1 ||
        size != 32) {
        ERR_clear_error();
        return {};
    }
    return out;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    static const unsigned char empty = 0;
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (key.size() > INT_MAX) return {};
    const unsigned char* k = key.isEmpty() ? &empty : bytes(key);
    if (const EVP_MAC_CTX* tmpl = hmacSha256Template()) {
        const MacCtx ctx(EVP_MAC_CTX_dup(tmpl));
        size_t length = 0;
        if (!ctx || EVP_MAC_init(ctx.get(), k, size_t(key.size()), nullptr) != 1 ||
            EVP_MAC_update(ctx.get(), bytes(data), size_t(data.size())) != 1 ||
            EVP_MAC_final(ctx.get(), bytes(out), &length, size_t(out.size())) != 1 || length != 32) {
            ERR_clear_error();
            return {};
        }
        return out;
    }
    if (!HMAC(EVP_sha256(), k, int(key.size()), bytes(data), size_t(data.size()), bytes(out),
              &size) ||
        size != 32) {
        ERR_clear_error();
        return {};
    }
    return out;
}

QByteArray hkdfSha256(const QByteArray& ikm, const QByteArray& salt, const QByteArray& info,
                      int length)
{
    if (length <= 0 || length > 255 * 32) return {};
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf) {
        ERR_clear_error();
        return {};
    }
    EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx) {
        ERR_clear_error();
        return {};
    }

    static const unsigned char empty = 0;
    auto octets = [](const QByteArray& a) {
        return const_cast<unsigned char*>(a.isEmpty() ? &empty : bytes(a));
    };
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] =
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, octets(ikm), size_t(ikm.size()));
    // RFC 5869: an absent salt is HashLen zero bytes; OpenSSL does the same for an absent
    // parameter.
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, octets(salt),
                                                        size_t(salt.size()));
    if (!info.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, octets(info),
                                                        size_t(info.size()));
    params[n] = OSSL_PARAM_construct_end();

    QByteArray out(length, Qt::Uninitialized);
    const bool ok = EVP_KDF_derive(ctx, bytes(out), size_t(length), params) == 1;
    EVP_KDF_CTX_free(ctx);
    if (!ok) {
        ERR_clear_error();
        wipe(out);
        return {};
    }
    return out;
}

void wipe(QByteArray& secret)
{
    // A buffer still shared with another owner is only released here: that
    // owner wipes it when it lets go. Overwriting it in place would silently
    // turn a key someone is still using into zeros.
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace custos::crypto

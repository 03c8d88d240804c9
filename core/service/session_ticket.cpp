// SPDX-License-Identifier: Apache-2.0
#include "core/service/session_ticket.h"

#include "core/crypto/aead.h"
#include "core/crypto/key_manager.h"
#include "core/policy/policy_loader.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace custos::service {

namespace {

constexpr int kCoseSign1Tag = 18;
constexpr int kAlgEdDsa = -8;

EVP_PKEY* pkey(const std::shared_ptr<void>& k) { return static_cast<EVP_PKEY*>(k.get()); }
std::shared_ptr<void> own(EVP_PKEY* k) { return std::shared_ptr<void>(k, [](void* p) { EVP_PKEY_free(static_cast<EVP_PKEY*>(p)); }); }

QByteArray protectedHeader()
{
    QCborMap h;
    h.insert(1, kAlgEdDsa);
    return h.toCborValue().toCbor();
}

QByteArray sigStructure(const QByteArray& protectedBytes, const QByteArray& payload)
{
    return QCborArray{QStringLiteral("Signature1"), protectedBytes, QByteArray(), payload}.toCborValue().toCbor();
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

QCborArray strings(const QStringList& list)
{
    QCborArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QStringList strings(const QCborValue& v)
{
    QStringList out;
    for (const QCborValue& s : v.toArray())
        out << s.toString();
    return out;
}

QDateTime secs(const QCborValue& v) { return QDateTime::fromSecsSinceEpoch(v.toInteger(), Qt::UTC); }

QString refused() { return QObject::tr("The sign-in ticket is not valid: it was not issued by this computer's Custos service or it was changed. Sign in again."); }

} // namespace

auth::Identity Ticket::identity() const
{
    auth::Identity who;
    who.subject = subject;
    who.userName = userName;
    who.displayName = displayName;
    who.issuer = issuer;
    who.roles = roles;
    who.method = method;
    who.mfa = mfa;
    who.mfaDetail = mfaDetail;
    who.authenticatedAt = authTime;
    who.expiresAt = expiresAt;
    return who;
}

Result<TicketKey> TicketKey::generate()
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    EVP_PKEY* key = nullptr;
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return Error{QObject::tr("OpenSSL could not make an Ed25519 key.")};
    TicketKey k;
    k.m_key = own(key);
    k.m_private = true;
    return k;
}

Result<TicketKey> TicketKey::fromPrivatePem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return Error{QObject::tr("The ticket signing key is not an Ed25519 private key.")};
    }
    TicketKey k;
    k.m_key = own(key);
    k.m_private = true;
    return k;
}

Result<TicketKey> TicketKey::fromPublicPem(const QByteArray& pem)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return Error{QObject::tr("The Custos service's public key is not an Ed25519 public key.")};
    }
    TicketKey k;
    k.m_key = own(key);
    return k;
}

QByteArray TicketKey::privatePem() const
{
    if (!m_private)
        return {};
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, pkey(m_key), nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray out = bioBytes(bio);
    BIO_free(bio);
    return out;
}

QByteArray TicketKey::publicPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, pkey(m_key));
    const QByteArray out = bioBytes(bio);
    BIO_free(bio);
    return out;
}

Result<QByteArray> TicketKey::sign(const Ticket& t) const
{
    if (!m_private)
        return Error{QObject::tr("Only the Custos service signs tickets.")};
    QCborMap c;
    c.insert(QStringLiteral("v"), 1);
    c.insert(QStringLiteral("sub"), t.subject);
    c.insert(QStringLiteral("iss"), t.issuer);
    c.insert(QStringLiteral("name"), t.userName);
    c.insert(QStringLiteral("display"), t.displayName);
    c.insert(QStringLiteral("roles"), strings(t.roles));
    c.insert(QStringLiteral("amr"), strings(t.amr));
    c.insert(QStringLiteral("method"), int(t.method));
    c.insert(QStringLiteral("mfa"), int(t.mfa));
    c.insert(QStringLiteral("mfaDetail"), t.mfaDetail);
    c.insert(QStringLiteral("auth_time"), t.authTime.toSecsSinceEpoch());
    c.insert(QStringLiteral("iat"), t.issuedAt.toSecsSinceEpoch());
    c.insert(QStringLiteral("exp"), t.expiresAt.toSecsSinceEpoch());
    c.insert(QStringLiteral("uid"), qint64(t.uid));
    c.insert(QStringLiteral("jti"), t.id);
    c.insert(QStringLiteral("gen"), qint64(t.generation));
    if (t.freshSignIn)
        c.insert(QStringLiteral("fresh"), true);
    const QByteArray payload = c.toCborValue().toCbor();
    const QByteArray prot = protectedHeader();
    const QByteArray tbs = sigStructure(prot, payload);
    QByteArray sig(64, '\0');
    size_t len = size_t(sig.size());
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, pkey(m_key)) == 1
                    && EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                                      reinterpret_cast<const unsigned char*>(tbs.constData()), size_t(tbs.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok || len != 64)
        return Error{QObject::tr("OpenSSL could not sign the ticket.")};
    return QCborValue(QCborKnownTags(kCoseSign1Tag), QCborArray{prot, QCborMap(), payload, sig}).toCbor();
}

Result<Ticket> TicketKey::verify(const QByteArray& cose) const
{
    if (!m_key || cose.isEmpty() || cose.size() > 16384)
        return Error{refused()};
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(cose, &error);
    // Exactly one encoding is accepted (re-encoding gives the same bytes):
    // no trailing data, no second form of the same ticket.
    if (error.error != QCborError::NoError || !v.isTag() || v.tag() != QCborTag(kCoseSign1Tag) || v.toCbor() != cose)
        return Error{refused()};
    const QCborArray a = v.taggedValue().toArray();
    if (a.size() != 4 || !a.at(0).isByteArray() || !a.at(1).isMap() || !a.at(2).isByteArray() || !a.at(3).isByteArray())
        return Error{refused()};
    const QByteArray prot = a.at(0).toByteArray(), payload = a.at(2).toByteArray(), sig = a.at(3).toByteArray();
    // The algorithm is fixed: {1: -8}, nothing else (no "alg: none", no downgrade).
    if (prot != protectedHeader() || sig.size() != 64)
        return Error{refused()};
    const QByteArray tbs = sigStructure(prot, payload);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey(m_key)) == 1
                    && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(sig.constData()), size_t(sig.size()),
                                        reinterpret_cast<const unsigned char*>(tbs.constData()), size_t(tbs.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error{refused()};
    const QCborMap c = QCborValue::fromCbor(payload).toMap();
    if (c.value(QStringLiteral("v")).toInteger() != 1)
        return Error{refused()};
    Ticket t;
    t.subject = c.value(QStringLiteral("sub")).toString();
    t.issuer = c.value(QStringLiteral("iss")).toString();
    t.userName = c.value(QStringLiteral("name")).toString();
    t.displayName = c.value(QStringLiteral("display")).toString();
    t.roles = strings(c.value(QStringLiteral("roles")));
    t.amr = strings(c.value(QStringLiteral("amr")));
    t.method = auth::AuthMethod(qBound<qint64>(qint64(0), c.value(QStringLiteral("method")).toInteger(), qint64(2)));
    t.mfa = auth::MfaMethod(qBound<qint64>(qint64(0), c.value(QStringLiteral("mfa")).toInteger(), qint64(3)));
    t.mfaDetail = c.value(QStringLiteral("mfaDetail")).toString();
    t.authTime = secs(c.value(QStringLiteral("auth_time")));
    t.issuedAt = secs(c.value(QStringLiteral("iat")));
    t.expiresAt = secs(c.value(QStringLiteral("exp")));
    t.uid = quint32(c.value(QStringLiteral("uid")).toInteger(-1));
    t.id = c.value(QStringLiteral("jti")).toByteArray();
    t.generation = quint64(c.value(QStringLiteral("gen")).toInteger());
    t.freshSignIn = c.value(QStringLiteral("fresh")).toBool(false);
    if (t.subject.isEmpty() || t.id.size() != 16 || !c.value(QStringLiteral("uid")).isInteger())
        return Error{refused()};
    return t;
}

QString ticketSigningKeyPath(const QString& stateDir) { return QDir(stateDir).filePath(QStringLiteral("ticket-signing.key")); }

QString pinnedTicketKeyPath() { return QFileInfo(policy::systemPolicyPath()).dir().filePath(QStringLiteral("service-key.pub")); }

Result<TicketKey> loadOrCreateSigningKey(const QString& stateDir, int owner)
{
    const QString path = ticketSigningKeyPath(stateDir);
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error{QObject::tr("The ticket signing key %1 cannot be read (%2).").arg(path, f.errorString())};
        return TicketKey::fromPrivatePem(f.readAll());
    }
    auto key = TicketKey::generate();
    if (!key)
        return key;
    const mode_t old = ::umask(077);
    auto written = crypto::writeFileAtomically(path, key.value().privatePem());
    ::umask(old);
    if (!written)
        return written.error();
    ::chmod(QFile::encodeName(path).constData(), 0600);
    if (owner >= 0 && ::chown(QFile::encodeName(path).constData(), uid_t(owner), gid_t(-1)) != 0)
        return Error{QObject::tr("The ticket signing key %1 could not be given to the service account.").arg(path)};
    return key;
}

Result<TicketKey> loadPinnedTicketKey(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{QObject::tr("The Custos service's public key %1 is missing, so no sign-in can be trusted. Ask IT to run custosd --init (the installer does).")
                         .arg(path)};
    auto bytes = policy::readProtectedPolicyFile(path);
    if (!bytes)
        return bytes.error();
    return TicketKey::fromPublicPem(bytes.value());
}

Result<void> writePinnedTicketKey(const TicketKey& key, const QString& path)
{
    const mode_t old = ::umask(022);
    auto written = crypto::writeFileAtomically(path, key.publicPem());
    ::umask(old);
    if (!written)
        return written.error();
    if (::chmod(QFile::encodeName(path).constData(), 0644) != 0)
        return Error{QObject::tr("%1 could not be made readable.").arg(path)};
    return {};
}

Result<void> checkTicketUse(const Ticket& ticket, quint32 uid, const QDateTime& now)
{
    if (ticket.uid != uid)
        return Error{QObject::tr("This sign-in ticket belongs to another operating-system user; it is refused. Sign in yourself.")};
    if (!ticket.expiresAt.isValid() || ticket.expiresAt <= now)
        return Error{QObject::tr("Your sign-in expired at %1. Sign in again.").arg(ticket.expiresAt.toLocalTime().toString(Qt::ISODate))};
    return {};
}

TicketVerifier::TicketVerifier(TicketKey key, quint32 uid) : m_key(std::move(key)), m_uid(uid) {}

Result<Ticket> TicketVerifier::check(const QByteArray& ticket, const QDateTime& now)
{
    auto t = verified(ticket);
    if (!t)
        return t;
    if (auto usable = checkTicketUse(t.value(), m_uid, now); !usable)
        return usable.error();
    return t;
}

Result<Ticket> TicketVerifier::verified(const QByteArray& ticket)
{
    std::lock_guard lock(m_mutex);
    // Same bytes as last time (usually the same shared buffer): no second
    // signature check, only the uid and the clock.
    const bool same = ticket.constData() == m_last.constData() && ticket.size() == m_last.size();
    if (!m_cached || (!same && ticket != m_last)) {
        m_last = ticket;
        m_cached = m_key.verify(ticket);
    }
    return *m_cached;
}

policy::RequesterSource ticketRequester(std::shared_ptr<TicketVerifier> verifier, std::function<QByteArray()> ticket, policy::RequesterSource base,
                                        std::function<void(const QString&)> problem)
{
    return [verifier, ticket, base, problem] {
        policy::Requester r = base ? base() : policy::Requester{policy::Requester::State::Active, {}};
        const QByteArray bytes = ticket ? ticket() : QByteArray();
        if (bytes.isEmpty()) {
            r.state = policy::Requester::State::SignedOut;
            r.identity = {};
            return r;
        }
        auto t = verifier->verified(bytes);
        if (t && t.value().uid == verifier->uid() && t.value().expiresAt <= QDateTime::currentDateTimeUtc()) {
            r.state = policy::Requester::State::Expired; // "Your session has expired. Sign in again."
            r.identity = t.value().identity();
            return r;
        }
        if (t)
            if (auto usable = checkTicketUse(t.value(), verifier->uid()); !usable)
                t = usable.error();
        if (!t) {
            if (problem)
                problem(t.errorMessage());
            r.state = policy::Requester::State::SignedOut;
            r.identity = {};
            return r;
        }
        r.identity = t.value().identity();
        return r;
    };
}

} // namespace custos::service

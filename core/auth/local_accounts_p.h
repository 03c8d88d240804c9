// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private to LocalAccountStore's sources (local_accounts.cpp, step_up.cpp):
// the file format, the account record and the store's implementation.

#include "core/auth/local_accounts.h"

#include "core/crypto/aead.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <mutex>

namespace custos::auth {
namespace detail {


// accounts.dat, version 1: "CUSTOSAC" | u32 version (big-endian) | DEK id[16] |
// AES-256-GCM(nonce | payload | tag) with the header and the file name as aad.
inline const QByteArray kMagic = QByteArrayLiteral("CUSTOSAC");
inline constexpr quint32 kFormatVersion = 1;
inline constexpr int kDekIdBytes = 16;
inline constexpr int kHeaderBytes = 8 + 4 + kDekIdBytes;
inline const QString kFileName = QStringLiteral("accounts.dat");
inline const QString kLockName = QStringLiteral("accounts.lock");
// The keychain's change counter of the file: a copy older than it is refused.
inline const QString kGenerationName = QStringLiteral("accounts-generation");
inline const QString kMethod = QStringLiteral("local account");

struct Account
{
    QString name, displayName, passwordHash;
    QStringList roles;
    totp::Parameters totp;
    QByteArray secretDek, sealedSecret; // the TOTP secret, sealed once more
    quint64 lastStep = 0;               // last accepted TOTP step (replay)
    RecoveryCodes recovery;             // unused codes only
    int failedAttempts = 0;
    qint64 lockedUntil = 0, created = 0, modified = 0, lastSignIn = 0; // ms since epoch, UTC
};

struct State
{
    quint64 generation = 0;
    std::vector<Account> accounts;
    Account* find(const QString& name)
    {
        auto it = std::find_if(accounts.begin(), accounts.end(),
                               [&](const Account& a) { return a.name == name; });
        return it == accounts.end() ? nullptr : &*it;
    }
};

inline QByteArray secretAad(const QString& name)
{
    return QByteArrayLiteral("custos/accounts/totp/v1/") + name.toUtf8();
}
// The payload is a QDataStream (Qt 6.0 format) of the generation and the
// accounts; a stream that ends early or has bytes left over is refused
// (it cannot be, once the tag checked out, unless the format changed).
inline QDataStream& operator<<(QDataStream& s, const Account& a)
{
    return s << a.name << a.displayName << a.passwordHash << a.roles << quint8(a.totp.algorithm)
             << qint32(a.totp.digits) << qint32(a.totp.period) << a.secretDek << a.sealedSecret
             << a.lastStep << a.recovery.salt << a.recovery.hashes << qint32(a.failedAttempts)
             << a.lockedUntil << a.created << a.modified << a.lastSignIn;
}

// Reads what `s << list` wrote (a u32 count, then the elements). Qt 6.4's own
// reading reserves the stored count before it reads one element, so a count
// of 2^32 - 16 asked for 100 GB and threw (found by fuzz_sealed, behind the
// file's authentication). Every element takes at least 4 bytes: a count the
// bytes left cannot hold is refused as corrupt before anything is reserved.
template <typename List>
inline QDataStream& readBoundedList(QDataStream& s, List& list)
{
    quint32 count = 0;
    s >> count;
    list.clear();
    const qint64 left = s.device() ? s.device()->bytesAvailable() : 0;
    if (s.status() != QDataStream::Ok || qint64(count) * 4 > left) {
        s.setStatus(QDataStream::ReadCorruptData);
        return s;
    }
    for (quint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        typename List::value_type item;
        s >> item;
        list.append(std::move(item));
    }
    return s;
}

inline QDataStream& operator>>(QDataStream& s, Account& a)
{
    quint8 algorithm = 0;
    qint32 digits = 0, period = 0, failed = 0;
    s >> a.name >> a.displayName >> a.passwordHash;
    readBoundedList(s, a.roles) >> algorithm >> digits >> period >> a.secretDek >> a.sealedSecret >> a.lastStep >>
        a.recovery.salt;
    readBoundedList(s, a.recovery.hashes) >> failed >> a.lockedUntil >> a.created >> a.modified >> a.lastSignIn;
    a.totp = {totp::Algorithm(qMin<quint8>(algorithm, 2)), digits, period};
    a.failedAttempts = failed;
    return s;
}

inline QString normalizedName(const QString& name)
{
    return name.trimmed().toLower();
}

// Step-up records of single sign-on identities: "sso.<hash>".
inline bool isStepUpRecord(const QString& name)
{
    return name.startsWith(QLatin1String("sso."));
}

inline bool validName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

inline bool looksLikeTotp(const QString& code, int digits)
{
    QString compact = code;
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
    return compact.size() == digits && allDigits.match(compact).hasMatch();
}

inline AccountSummary summaryOf(const Account& a, const QDateTime& now)
{
    auto time = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    };
    AccountSummary s{a.name,
                     a.displayName,
                     a.roles,
                     !a.sealedSecret.isEmpty(),
                     a.totp,
                     int(a.recovery.hashes.size()),
                     a.failedAttempts,
                     time(a.lockedUntil),
                     0,
                     time(a.created),
                     time(a.modified),
                     time(a.lastSignIn)};
    if (a.lockedUntil > now.toMSecsSinceEpoch())
        s.lockedForSeconds = (a.lockedUntil - now.toMSecsSinceEpoch() + 999) / 1000;
    return s;
}

inline QString wrongCredentials()
{
    return QCoreApplication::translate("custos::auth", "Wrong user name, password or code.");
}


} // namespace detail

using namespace detail;

struct LocalAccountStore::Impl
{
    QString folder;
    std::shared_ptr<crypto::KeyManager> keys;
    std::unique_ptr<crypto::DekStore> deks;
    LocalAccountOptions options;
    mutable std::mutex mutex;
    QString dummyHash; // verified for unknown names, so that they take as long as known ones

    QString filePath() const { return QDir(folder).filePath(kFileName); }
    QDateTime now() const
    {
        return options.clock ? options.clock().toUTC() : QDateTime::currentDateTimeUtc();
    }
    void record(const audit::Event& event) const
    {
        if (options.audit) options.audit(event);
    }

    void recordChange(const QString& account, const QString& description) const
    {
        // CID 70 110137 "User Security Attributes Changed", about the account.
        audit::Event e = audit::events::securityAlert(options.administrator, description,
                                                      audit::Outcome::Success);
        e.type = {QStringLiteral("110137"), QStringLiteral("DCM"),
                  QStringLiteral("User Security Attributes Changed")};
        audit::ParticipantObject who;
        who.typeCode = 1;      // person
        who.typeCodeRole = 11; // security user entity
        who.idType = {QStringLiteral("11"), QStringLiteral("RFC-3881"),
                      QStringLiteral("User Identifier")};
        who.id = QStringLiteral("local:") + account;
        who.name = account;
        e.objects = {who};
        record(e);
    }

    Result<quint64> keychainGeneration() const
    {
        auto stored = keys->store().read(kGenerationName);
        if (!stored) return stored.error();
        return stored.value() ? stored.value()->toULongLong() : quint64(0);
    }

    Result<State> load() const
    {
        auto counter = keychainGeneration();
        if (!counter) return counter.error();
        QFile file(filePath());
        if (!file.exists()) {
            // A deleted file locks everybody out but grants nothing: start
            // empty (numbering on) and say so in the audit trail.
            if (counter.value() > 0)
                record(audit::events::securityAlert(
                    options.administrator,
                    QStringLiteral("The local accounts file %1 is missing although %2 changes were "
                                   "recorded; starting with no local accounts.")
                        .arg(filePath(), QString::number(counter.value()))));
            return State{counter.value(), {}};
        }
        const QString refused =
            QCoreApplication::translate("custos::auth",
                                        "The local accounts file %1 was refused: it was changed "
                                        "outside Custos, is damaged, or belongs to another "
                                        "keychain. Local sign-in stays off until an administrator "
                                        "restores it from a backup or removes it.")
                .arg(filePath());
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate(
                             "custos::auth", "The local accounts file %1 could not be read: %2.")
                             .arg(filePath(), file.errorString())};
        const QByteArray data = file.readAll();
        if (data.size() < kHeaderBytes + crypto::kNonceBytes + crypto::kTagBytes ||
            !data.startsWith(kMagic) ||
            qFromBigEndian<quint32>(data.constData() + 8) != kFormatVersion)
            return Error{refused};
        const QByteArray dekId = data.mid(12, kDekIdBytes);
        auto key = deks->key(dekId);
        if (!key) return Error{refused + QLatin1Char(' ') + key.errorMessage()};
        auto plain = crypto::open(key.value(), data.mid(kHeaderBytes),
                                  data.left(kHeaderBytes) + kFileName.toUtf8());
        if (!plain) return Error{refused};
        State state;
        {
            QDataStream in(plain.value());
            in.setVersion(QDataStream::Qt_6_0);
            quint32 count = 0;
            in >> state.generation >> count;
            for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
                in >> state.accounts.emplace_back();
            const bool complete = in.status() == QDataStream::Ok && in.atEnd();
            crypto::wipe(plain.value());
            if (!complete) return Error{refused};
        }
        if (state.generation < counter.value())
            return Error{
                QCoreApplication::translate(
                    "custos::auth",
                    "The local accounts file %1 is an older copy (change %2; the keychain records "
                    "change %3). It is refused because it could undo a lockout, a used code or a "
                    "removed account.")
                    .arg(filePath(), QString::number(state.generation),
                         QString::number(counter.value()))};
        return state;
    }

    Result<void> save(State& state)
    {
        auto counter = keychainGeneration();
        if (!counter) return counter.error();
        state.generation = std::max(state.generation, counter.value()) + 1;
        QByteArray plain;
        {
            QDataStream out(&plain, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_0);
            out << state.generation << quint32(state.accounts.size());
            for (const Account& a : state.accounts)
                out << a;
        }
        auto dek = deks->current();
        if (!dek) return dek.error();
        QByteArray header = kMagic;
        header.resize(8 + 4);
        qToBigEndian<quint32>(kFormatVersion, header.data() + 8);
        header += dek.value().id;
        auto sealed = crypto::seal(dek.value().key, plain, header + kFileName.toUtf8());
        crypto::wipe(plain);
        if (!sealed) return sealed.error();
        if (auto written = crypto::writeFileAtomically(filePath(), header + sealed.value());
            !written)
            return written;
        // After the file: a crash in between leaves a file newer than the
        // counter, which is accepted; never the other way round.
        return keys->store().write(kGenerationName, QByteArray::number(state.generation));
    }

    // Runs `body` with this process's mutex and the folder's lock file held.
    template <class T, class F> Result<T> locked(F&& body) const
    {
        std::lock_guard guard(mutex);
        QLockFile lock(QDir(folder).filePath(kLockName));
        if (!lock.tryLock(20000))
            return Error{QCoreApplication::translate("custos::auth",
                                                     "The local accounts in %1 are busy (another "
                                                     "Custos process holds %2); try again.")
                             .arg(folder, kLockName)};
        return body();
    }

    // Counts a failed sign-in towards the lockout (threshold, then doubling
    // lock times). Returns the message for the person, with the lock if any.
    QString countFailure(Account& a, QString message, qint64 nowMs, QString& auditDetail) const
    {
        const LockoutPolicy& policy = options.lockout;
        ++a.failedAttempts;
        if (a.failedAttempts >= policy.threshold) {
            const int doublings = std::min(a.failedAttempts - policy.threshold, 30);
            const qint64 seconds = std::min(policy.firstSeconds << doublings, policy.maximumSeconds);
            a.lockedUntil = nowMs + seconds * 1000;
            auditDetail += QStringLiteral("; account locked for %1 s after %2 failures").arg(seconds).arg(a.failedAttempts);
            message += QLatin1Char(' ') +
                       QCoreApplication::translate("custos::auth", "The account is now locked for %1 seconds.").arg(seconds);
        }
        return message;
    }

    // The refusal while `a` is locked out, or nothing.
    std::optional<Error> lockedOut(const Account& a, qint64 nowMs, QString& auditDetail) const
    {
        if (a.lockedUntil <= nowMs)
            return std::nullopt;
        const qint64 left = (a.lockedUntil - nowMs + 999) / 1000;
        auditDetail = QStringLiteral("account locked, %1 s left").arg(left);
        return Error{QCoreApplication::translate("custos::auth",
                                                 "The account %1 is locked for %2 more seconds after repeated failed sign-ins.")
                         .arg(a.name, QString::number(left))};
    }

    // A fresh TOTP secret and recovery codes for `a`.
    Result<Enrollment> enrol(Account& a, const totp::Parameters& parameters)
    {
        if (auto valid = totp::validate(parameters); !valid) return valid.error();
        auto secret = totp::generateSecret(parameters.algorithm);
        auto dek = deks->current();
        auto codes = makeRecoveryCodes(kRecoveryCodes);
        if (!secret || !dek || !codes)
            return !secret ? secret.error() : !dek ? dek.error() : codes.error();
        auto sealed = crypto::seal(dek.value().key, secret.value(), secretAad(a.name));
        if (!sealed) return sealed.error();
        Enrollment e{
            a.name, parameters, totp::otpauthUri(a.name, secret.value(), parameters), {}, {}};
        crypto::wipe(secret.value());
        auto qr = encodeQr(e.otpauthUri.toUtf8());
        if (!qr) return qr.error();
        e.qr = std::move(qr.value());
        e.recoveryCodes = codes.value().first;
        a.recovery = codes.value().second;
        a.totp = parameters;
        a.secretDek = dek.value().id;
        a.sealedSecret = sealed.value();
        a.lastStep = 0;
        a.failedAttempts = 0;
        a.lockedUntil = 0;
        return e;
    }

    // The second factor of a sign-in whose password was right. Returns the
    // MFA kind or an error; `auditDetail` says what happened, for the trail.
    Result<MfaMethod> checkCode(Account& a, const QString& code, qint64 unixSeconds,
                                QString& auditDetail)
    {
        if (looksLikeTotp(code, a.totp.digits)) {
            auto secretKey = deks->key(a.secretDek);
            if (!secretKey) return secretKey.error();
            auto secret = crypto::open(secretKey.value(), a.sealedSecret, secretAad(a.name));
            if (!secret)
                return Error{QCoreApplication::translate(
                                 "custos::auth",
                                 "The one-time code secret of %1 could not be decrypted; "
                                 "reset it with custos-cli users reset-mfa.")
                                 .arg(a.name)};
            const auto step = totp::verify(secret.value(), code, unixSeconds, a.totp);
            crypto::wipe(secret.value());
            if (!step) {
                auditDetail = QStringLiteral("wrong one-time code");
                return Error{wrongCredentials()};
            }
            if (*step <= a.lastStep) {
                auditDetail = QStringLiteral("one-time code already used (replay)");
                return Error{QCoreApplication::translate("custos::auth",
                                                         "This code was already used. Wait for the "
                                                         "next code of your authenticator app.")};
            }
            a.lastStep = *step;
            auditDetail = QStringLiteral("TOTP (%1, %2 digits)")
                              .arg(totp::algorithmName(a.totp.algorithm))
                              .arg(a.totp.digits);
            return MfaMethod::Totp;
        }
        if (!useRecoveryCode(a.recovery, code)) {
            auditDetail = QStringLiteral("wrong one-time or recovery code");
            return Error{wrongCredentials()};
        }
        auditDetail = QStringLiteral("recovery code (%1 left)").arg(a.recovery.hashes.size());
        return MfaMethod::RecoveryCode;
    }
};

} // namespace custos::auth

// SPDX-License-Identifier: Apache-2.0
// Argon2id password hashes; the local account store (sign-in with TOTP or a
// recovery code, replay, lockout with back-off, tamper and rollback
// refusal, nothing readable on disk) over in-memory keys with an injected
// clock; and `custos-cli users` end to end with the real keychain.

#include "app/common/services.h"
#include "audit_reader.h"
#include "core/auth/local_accounts.h"
#include "core/crypto/key_store.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <thread>

using namespace custos;
using namespace custos::auth;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const qint64 kStart = 1700000010; // a little after a step boundary

QByteArray secretOf(const QString& otpauthUri)
{
    return totp::base32Decode(QUrlQuery(QUrl(otpauthUri)).queryItemValue(QStringLiteral("secret")))
        .value_or(QByteArray());
}

QString codeAt(const Enrollment& e, qint64 unixSeconds)
{
    return totp::totp(secretOf(e.otpauthUri), unixSeconds, e.parameters);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// The error message of a result that should have failed; empty if it succeeded.
template <class T> QString refusalOf(const Result<T>& result)
{
    return result.ok() ? QString() : result.errorMessage();
}

struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

CliRun cli(const QString& dataDir, const QStringList& args, const QByteArray& input = {},
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CUSTOS_CLI_PATH),
            QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestLocalAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<crypto::KeyStore> m_keyStore;
    std::shared_ptr<crypto::KeyManager> m_keys;
    qint64 m_now = kStart;
    std::vector<audit::Event> m_events;

    QString folder() const { return m_dir->filePath(QStringLiteral("accounts")); }

    LocalAccountOptions options()
    {
        LocalAccountOptions o;
        o.passwordCost = Argon2Cost::cheap();
        o.clock = [this] { return QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC); };
        o.audit = [this](const audit::Event& e) { m_events.push_back(e); };
        o.administrator = QStringLiteral("test-admin");
        return o;
    }

    std::shared_ptr<LocalAccountStore> openStore()
    {
        auto store = LocalAccountStore::open(folder(), m_keys, options());
        if (!store) qWarning("%s", qPrintable(store.errorMessage()));
        return store ? store.value() : nullptr;
    }

    Enrollment addAlice(LocalAccountStore& store, totp::Parameters p = {})
    {
        auto e = store.addUser(
            QStringLiteral("alice"), QStringLiteral("Alice Example"),
            {QStringLiteral("radiologist"), QStringLiteral("compliance-officer")}, kPassword, p);
        if (!e) qWarning("%s", qPrintable(e.errorMessage()));
        return e ? e.value() : Enrollment{};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_keyStore = crypto::makeMemoryKeyStore();
        m_keys = crypto::KeyManager::open(*m_keyStore).value();
        m_now = kStart;
        m_events.clear();
    }

    void verifiesArgon2idPasswords()
    {
        auto hash = hashPassword(kPassword, Argon2Cost::cheap());
        QVERIFY(hash.ok());
        QVERIFY(hash.value().startsWith(QLatin1String("$argon2id$v=19$m=8192,t=1,p=1$")));
        QCOMPARE(verifyPassword(kPassword, hash.value()).value(), true);
        QCOMPARE(verifyPassword(kPassword + QLatin1Char('!'), hash.value()).value(), false);
        QCOMPARE(verifyPassword(QString(), hash.value()).value(), false);
        // A fresh salt each time.
        QVERIFY(hashPassword(kPassword, Argon2Cost::cheap()).value() != hash.value());
        // Unicode: composed and decomposed forms are the same password (NFKC).
        const auto nfc =
            hashPassword(QStringLiteral("Zürich-Röntgen"), Argon2Cost::cheap()).value();
        QCOMPARE(verifyPassword(QStringLiteral("Zu\u0308rich-Ro\u0308ntgen"), nfc).value(), true);
        QVERIFY(!hashPassword(QString(), Argon2Cost::cheap()).ok());
    }

    void refusesTamperedPasswordHashes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("malformed");
        QTest::addRow("hash byte changed")
            << QStringLiteral("$") << QString() << false; // last character of the hash, see below
        QTest::addRow("argon2i instead of argon2id")
            << QStringLiteral("$argon2id$") << QStringLiteral("$argon2i$") << true;
        QTest::addRow("version 16") << QStringLiteral("v=19") << QStringLiteral("v=16") << true;
        QTest::addRow("4 TiB of memory")
            << QStringLiteral("m=8192") << QStringLiteral("m=4294967295") << true;
        QTest::addRow("time cost changed")
            << QStringLiteral("t=1") << QStringLiteral("t=2") << false;
        QTest::addRow("truncated") << QStringLiteral("TRUNCATE") << QString() << true;
    }
    void refusesTamperedPasswordHashes()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, malformed);
        QString hash = hashPassword(kPassword, Argon2Cost::cheap()).value();
        if (from == QLatin1String("$"))
            hash[hash.size() - 2] =
                hash[hash.size() - 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        else if (from == QLatin1String("TRUNCATE"))
            hash.chop(20);
        else
            hash.replace(from, to);
        auto checked = verifyPassword(kPassword, hash);
        if (malformed) {
            QVERIFY(!checked.ok());
            QVERIFY(!checked.errorMessage().isEmpty());
        } else {
            QVERIFY(checked.ok());
            QCOMPARE(checked.value(), false);
        }
    }

    void enforcesPasswordPolicy()
    {
        const PasswordPolicy policy;
        QVERIFY(!checkPasswordPolicy(QString(), policy).ok());
        QVERIFY(refusalOf(checkPasswordPolicy(QStringLiteral("short"), policy))
                    .contains(QLatin1String("12")));
        QVERIFY(checkPasswordPolicy(QStringLiteral("twelve chars"), policy).ok());
        QVERIFY(checkPasswordPolicy(QStringLiteral("demo"), PasswordPolicy{4, 64}).ok());
    }

    void defaultArgon2CostIsUsable()
    {
        QElapsedTimer timer;
        timer.start();
        auto hash = hashPassword(kPassword);
        const qint64 hashMs = timer.restart();
        QVERIFY(hash.ok());
        QVERIFY(hash.value().startsWith(QLatin1String("$argon2id$v=19$m=65536,t=3,p=1$")));
        QCOMPARE(verifyPassword(kPassword, hash.value()).value(), true);
        qInfo("Argon2id t=3 m=64MiB p=1: hash %lld ms, verify %lld ms", hashMs, timer.elapsed());
    }

    void signsInWithPasswordAndTotp()
    {
        auto store = openStore();
        QVERIFY(store);
        const Enrollment e = addAlice(*store);
        QCOMPARE(e.userName, QStringLiteral("alice"));
        QCOMPARE(e.recoveryCodes.size(), LocalAccountStore::kRecoveryCodes);
        QVERIFY(!e.qr.empty());
        QCOMPARE(secretOf(e.otpauthUri).size(), 20);
        auto id = store->authenticate(QStringLiteral(" Alice "), kPassword, codeAt(e, m_now));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.errorMessage()));
        QCOMPARE(id.value().subject, QStringLiteral("local:alice"));
        QCOMPARE(id.value().displayName, QStringLiteral("Alice Example"));
        QCOMPARE(id.value().issuer, QStringLiteral("local"));
        QCOMPARE(id.value().roles, QStringList({QStringLiteral("radiologist"),
                                                QStringLiteral("compliance-officer")}));
        QCOMPARE(id.value().method, AuthMethod::LocalAccount);
        QCOMPARE(id.value().mfa, MfaMethod::Totp);
        QVERIFY(id.value().valid());
        QCOMPARE(id.value().authenticatedAt.toSecsSinceEpoch(), m_now);
        QVERIFY(id.value().expiresAt > id.value().authenticatedAt);
        // Audited: the account change, then a successful 110114 Login.
        QCOMPARE(m_events.front().type.code, QStringLiteral("110137"));
        const audit::Event& login = m_events.back();
        QCOMPARE(login.id.code, QStringLiteral("110114"));
        QCOMPARE(login.type.code, QStringLiteral("110122"));
        QCOMPARE(login.outcome, audit::Outcome::Success);
        QCOMPARE(login.participants.front().userId, QStringLiteral("alice"));
    }

    void supportsSha256AndEightDigits()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store, {totp::Algorithm::Sha256, 8, 30});
        QCOMPARE(secretOf(e.otpauthUri).size(), 32);
        QVERIFY(e.otpauthUri.contains(QLatin1String("algorithm=SHA256&digits=8")));
        QCOMPARE(codeAt(e, m_now).size(), 8);
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now)).ok());
    }

    void failuresDoNotSayWhichFactorWasWrong()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store);
        const QString code = codeAt(e, m_now);
        const QString wrongCode =
            QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
        const auto wrongPassword =
            store->authenticate(QStringLiteral("alice"), kPassword + QLatin1Char('x'), code);
        const auto wrongTotp = store->authenticate(QStringLiteral("alice"), kPassword, wrongCode);
        const auto unknownUser = store->authenticate(QStringLiteral("mallory"), kPassword, code);
        const auto noCode = store->authenticate(QStringLiteral("alice"), kPassword, QString());
        for (const auto* r : {&wrongPassword, &wrongTotp, &unknownUser, &noCode})
            QVERIFY(!r->ok());
        QCOMPARE(wrongPassword.errorMessage(), wrongTotp.errorMessage());
        QCOMPARE(wrongPassword.errorMessage(), unknownUser.errorMessage());
        QCOMPARE(wrongPassword.errorMessage(), noCode.errorMessage());
        // The trail knows which, and never holds what was typed.
        QCOMPARE(m_events.size(), std::size_t(5));
        for (std::size_t i = 1; i < m_events.size(); ++i) {
            QCOMPARE(m_events[i].id.code, QStringLiteral("110114"));
            QCOMPARE(m_events[i].outcome, audit::Outcome::MinorFailure);
            QVERIFY(!m_events[i].outcomeDescription.contains(kPassword));
            QVERIFY(!m_events[i].outcomeDescription.contains(code));
        }
        QVERIFY(m_events[1].outcomeDescription.contains(QLatin1String("wrong password")));
        QVERIFY(m_events[2].outcomeDescription.contains(QLatin1String("wrong one-time code")));
        QCOMPARE(m_events[3].participants.front().userId, QStringLiteral("(unknown)"));
        // Four failures in a row, below the lockout threshold: the right code still works.
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, code).ok());
    }

    void refusesReplayedCodes()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store);
        const QString code = codeAt(e, m_now);
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, code).ok());
        auto again = store->authenticate(QStringLiteral("alice"), kPassword, code);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(QLatin1String("already used")),
                 qPrintable(again.errorMessage()));
        QVERIFY(m_events.back().outcomeDescription.contains(QLatin1String("replay")));
        // The previous step's code is inside the window but before the accepted step.
        m_now += 30;
        QVERIFY(
            !store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now - 30)).ok());
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now)).ok());
        // A reopened store remembers the accepted step.
        store.reset();
        store = openStore();
        QVERIFY(!store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now)).ok());
        QVERIFY(
            store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now + 30)).ok());
    }

    void locksOutWithExponentialBackoff()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store);
        // The message of a sign-in that must fail ("" if it succeeded).
        auto refusal = [&](const QString& password) {
            auto r = store->authenticate(QStringLiteral("alice"), password, codeAt(e, m_now));
            return r.ok() ? QString() : r.errorMessage();
        };
        auto fail = [&] { return refusal(QStringLiteral("wrong password!")); };
        for (int i = 0; i < 4; ++i)
            QVERIFY(!fail().contains(QLatin1String("locked")));
        QVERIFY(fail().contains(QLatin1String("locked for 30 seconds")));
        // While locked, even the right password and code are refused, unchecked.
        const QString locked = refusal(kPassword);
        QVERIFY2(locked.contains(QLatin1String("locked for 30 more seconds")), qPrintable(locked));
        m_now += 20;
        QVERIFY(refusal(kPassword).contains(QLatin1String("10 more seconds")));
        QCOMPARE(store->listUsers().value().front().lockedForSeconds, 10);
        m_now += 11;
        QVERIFY(fail().contains(QLatin1String("locked for 60 seconds")));
        m_now += 61;
        QVERIFY(fail().contains(QLatin1String("locked for 120 seconds")));
        for (int i = 0; i < 8; ++i) {
            m_now += 3601;
            (void)fail();
        }
        QCOMPARE(store->listUsers().value().front().lockedForSeconds, 3600); // capped at one hour
        // A lockout survives reopening; after it, a right sign-in resets the count.
        store.reset();
        store = openStore();
        QVERIFY(refusal(kPassword).contains(QLatin1String("locked")));
        m_now += 3601;
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now)).ok());
        QCOMPARE(store->listUsers().value().front().failedAttempts, 0);
        for (int i = 0; i < 4; ++i)
            (void)fail();
        QVERIFY(!store->listUsers().value().front().lockedForSeconds);
    }

    void countsEveryFailureUnderConcurrency()
    {
        auto store = openStore();
        (void)addAlice(*store);
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                if (!store
                         ->authenticate(QStringLiteral("alice"), QStringLiteral("nope nope nope"),
                                        QStringLiteral("000000"))
                         .ok())
                    ++failures;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 4);
        QCOMPARE(store->listUsers().value().front().failedAttempts, 4);
    }

    void acceptsEachRecoveryCodeOnce()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store);
        auto id = store->authenticate(QStringLiteral("alice"), kPassword, e.recoveryCodes[0]);
        QVERIFY(id.ok());
        QCOMPARE(id.value().mfa, MfaMethod::RecoveryCode);
        QVERIFY(!store->authenticate(QStringLiteral("alice"), kPassword, e.recoveryCodes[0]).ok());
        // Typed in upper case without dashes, with O for 0 and I for 1, it still counts.
        QString typed = e.recoveryCodes[1].toUpper().remove(QLatin1Char('-'));
        typed.replace(QLatin1Char('0'), QLatin1Char('O'))
            .replace(QLatin1Char('1'), QLatin1Char('I'));
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, typed).ok());
        QCOMPARE(store->listUsers().value().front().recoveryCodesLeft,
                 LocalAccountStore::kRecoveryCodes - 2);
        // A recovery code does not replace the password.
        QVERIFY(!store
                     ->authenticate(QStringLiteral("alice"), QStringLiteral("guess guess guess"),
                                    e.recoveryCodes[2])
                     .ok());
    }

    void resetMfaInvalidatesOldSecretAndCodes()
    {
        auto store = openStore();
        const Enrollment before = addAlice(*store);
        auto after = store->resetMfa(QStringLiteral("alice"));
        QVERIFY(after.ok());
        QVERIFY(secretOf(after.value().otpauthUri) != secretOf(before.otpauthUri));
        QVERIFY(
            !store->authenticate(QStringLiteral("alice"), kPassword, codeAt(before, m_now)).ok());
        QVERIFY(
            !store->authenticate(QStringLiteral("alice"), kPassword, before.recoveryCodes[0]).ok());
        QVERIFY(
            store->authenticate(QStringLiteral("alice"), kPassword, codeAt(after.value(), m_now))
                .ok());
        QVERIFY(
            store->authenticate(QStringLiteral("alice"), kPassword, after.value().recoveryCodes[0])
                .ok());
        QVERIFY(!store->resetMfa(QStringLiteral("bob")).ok());
    }

    void validatesNewAccounts()
    {
        auto store = openStore();
        const QStringList roles{QStringLiteral("radiologist")};
        QVERIFY(refusalOf(store->addUser(QStringLiteral("bob"), {}, {QStringLiteral("superuser")},
                                         kPassword))
                    .contains(QLatin1String("superuser")));
        QVERIFY(!store->addUser(QStringLiteral("bob"), {}, {}, kPassword).ok());
        QVERIFY(!store->addUser(QStringLiteral("bob smith"), {}, roles, kPassword).ok());
        QVERIFY(!store->addUser(QStringLiteral("-bob"), {}, roles, kPassword).ok());
        QVERIFY(
            !store->addUser(QStringLiteral("bob"), {}, roles, QStringLiteral("too short")).ok());
        QVERIFY(!store
                     ->addUser(QStringLiteral("bob"), {}, roles, kPassword,
                               {totp::Algorithm::Sha1, 9, 30})
                     .ok());
        QVERIFY(store->addUser(QStringLiteral("Bob"), {}, roles, kPassword).ok());
        QVERIFY(refusalOf(store->addUser(QStringLiteral("bob"), {}, roles, kPassword))
                    .contains(QLatin1String("exists")));
        const auto users = store->listUsers().value();
        QCOMPARE(users.size(), std::size_t(1));
        QCOMPARE(users.front().name, QStringLiteral("bob"));
        QCOMPARE(users.front().displayName, QStringLiteral("bob"));
        QVERIFY(users.front().mfaEnrolled);
    }

    void removesAccounts()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store);
        QVERIFY(store->removeUser(QStringLiteral("alice")).ok());
        QVERIFY(store->listUsers().value().empty());
        QVERIFY(!store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now)).ok());
        QVERIFY(
            m_events.back().outcomeDescription.contains(QLatin1String("no such local account")));
        QVERIFY(!store->removeUser(QStringLiteral("alice")).ok());
    }

    void persistsAcrossReopen()
    {
        Enrollment e;
        {
            auto store = openStore();
            e = addAlice(*store);
        }
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->listUsers().value().size(), std::size_t(1));
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now)).ok());
        // Two stores on one folder (viewer and custos-cli) see each other's changes.
        auto second = openStore();
        QVERIFY(
            second->addUser(QStringLiteral("bob"), {}, {QStringLiteral("technologist")}, kPassword)
                .ok());
        QCOMPARE(store->listUsers().value().size(), std::size_t(2));
    }

    void refusesEditedFile_data()
    {
        QTest::addColumn<int>("offset"); // byte to flip; -1 truncate; -2 append; -3 empty
        QTest::addRow("magic") << 0;
        QTest::addRow("version") << 11;
        QTest::addRow("data key id") << 15;
        QTest::addRow("nonce") << 30;
        QTest::addRow("ciphertext") << 100;
        QTest::addRow("truncated") << -1;
        QTest::addRow("appended") << -2;
        QTest::addRow("emptied") << -3;
    }
    void refusesEditedFile()
    {
        QFETCH(int, offset);
        auto store = openStore();
        const Enrollment e = addAlice(*store);
        QByteArray data = readAll(store->path());
        QVERIFY(data.size() > 200);
        if (offset >= 0)
            data[offset] = char(data[offset] ^ 0x01);
        else if (offset == -1)
            data.chop(data.size() / 2);
        else if (offset == -2)
            data.append('\0');
        else
            data.clear();
        QVERIFY(writeAll(store->path(), data));
        auto reopened = LocalAccountStore::open(folder(), m_keys, options());
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.errorMessage().contains(QLatin1String("refused")),
                 qPrintable(reopened.errorMessage()));
        QCOMPARE(m_events.back().id.code, QStringLiteral("110113"));
        // A store that was already open refuses too, and changes nothing.
        auto signIn = store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now));
        QVERIFY(!signIn.ok());
        QVERIFY(signIn.errorMessage().contains(QLatin1String("refused")));
        QCOMPARE(readAll(store->path()), data);
    }

    void refusesAnOlderCopy()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store);
        const QByteArray beforeLockout = readAll(store->path());
        for (int i = 0; i < 5; ++i)
            (void)store->authenticate(QStringLiteral("alice"), QStringLiteral("wrong password!"),
                                      QStringLiteral("000000"));
        QVERIFY(store->listUsers().value().front().lockedForSeconds > 0);
        QVERIFY(writeAll(store->path(), beforeLockout)); // put the unlocked copy back
        auto reopened = LocalAccountStore::open(folder(), m_keys, options());
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.errorMessage().contains(QLatin1String("older copy")),
                 qPrintable(reopened.errorMessage()));
        QVERIFY(!store->authenticate(QStringLiteral("alice"), kPassword, codeAt(e, m_now)).ok());
    }

    void keepsNothingReadableOnDisk()
    {
        auto store = openStore();
        const Enrollment e = addAlice(*store, {totp::Algorithm::Sha256, 6, 30});
        QVERIFY(store->authenticate(QStringLiteral("alice"), kPassword, e.recoveryCodes[0]).ok());
        const QByteArray secret = secretOf(e.otpauthUri);
        QList<QByteArray> needles{kPassword.toUtf8(),
                                  secret,
                                  secret.toHex(),
                                  secret.toBase64(),
                                  totp::base32Encode(secret).toLatin1(),
                                  QByteArrayLiteral("alice"),
                                  QByteArrayLiteral("Alice Example"),
                                  QByteArrayLiteral("radiologist"),
                                  QByteArrayLiteral("argon2")};
        for (const QString& code : e.recoveryCodes)
            needles << code.toLatin1() << code.toLatin1().replace("-", "");
        int files = 0;
        for (QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString path = it.next();
            const QByteArray content = readAll(path);
            ++files;
            for (const QByteArray& needle : needles)
                QVERIFY2(
                    !content.contains(needle),
                    qPrintable(
                        QStringLiteral("%1 contains %2").arg(path, QString::fromLatin1(needle))));
        }
        QVERIFY(files >= 2); // accounts.dat and keys.dek at least
    }

    // custos-cli users, with the real keychain (tests/run-with-keyring.sh).
    void cliManagesAccounts()
    {
        const QString data = m_dir->filePath(QStringLiteral("cli-data"));
        auto add =
            cli(data,
                {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("carol"),
                 QStringLiteral("--role"), QStringLiteral("radiologist"), QStringLiteral("--role"),
                 QStringLiteral("administrator"), QStringLiteral("--display-name"),
                 QStringLiteral("Dr. Carol"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--digits"), QStringLiteral("8"), QStringLiteral("--algorithm"),
                 QStringLiteral("sha256")},
                kPassword.toUtf8() + "\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QRegularExpression uriPattern(QStringLiteral("otpauth://totp/\\S+"));
        const QString uri = uriPattern.match(add.out).captured(0);
        QVERIFY2(uri.contains(QLatin1String("algorithm=SHA256&digits=8")), qPrintable(add.out));
        QVERIFY(add.out.contains(QChar(0x2588))); // the QR code
        const auto codes =
            QRegularExpression(QStringLiteral("^  ([0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})$"),
                               QRegularExpression::MultilineOption)
                .globalMatch(add.out);
        QStringList recovery;
        for (auto it = codes; it.hasNext();)
            recovery << it.next().captured(1);
        QCOMPARE(recovery.size(), 10);

        // carol administers accounts: from now on `users` needs her session
        // (ManageUsers); before her, nobody could have been allowed.
        const Enrollment enrolled{
            QStringLiteral("carol"), {totp::Algorithm::Sha256, 8, 30}, uri, {}, {}};
        const auto nobody = cli(data, {QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(nobody.exitCode, 3);
        QVERIFY2(nobody.err.contains(QLatin1String("not signed in")), qPrintable(nobody.err));
        const auto login = cli(data, {QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("carol"),
                                      QStringLiteral("--password-stdin"), QStringLiteral("--otp"),
                                      codeAt(enrolled, QDateTime::currentSecsSinceEpoch())},
                               kPassword.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));

        auto list =
            cli(data, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject carol = QJsonDocument::fromJson(list.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("users"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(carol.value(QStringLiteral("name")).toString(), QStringLiteral("carol"));
        QCOMPARE(carol.value(QStringLiteral("roles")).toArray().size(), 2);
        QCOMPARE(carol.value(QStringLiteral("mfaEnrolled")).toBool(), true);
        QCOMPARE(carol.value(QStringLiteral("locked")).toBool(), false);
        QVERIFY(!list.out.contains(totp::base32Encode(secretOf(uri))) &&
                !list.out.contains(recovery[0]));

        // The viewer's side: the same store through the same keychain signs carol in.
        // (Keys only: the audit trail stays custos-cli's while it runs.)
        auto keyStore = crypto::makeSystemKeyStore(app::keychainScope(data));
        auto keys = crypto::KeyManager::open(*keyStore);
        QVERIFY2(keys.ok(), keys.ok() ? "" : qPrintable(keys.errorMessage()));
        auto store = LocalAccountStore::open(LocalAccountStore::defaultFolder(data), keys.value());
        QVERIFY(store.ok());
        auto id = store.value()->authenticate(QStringLiteral("carol"), kPassword,
                                              codeAt(enrolled, QDateTime::currentSecsSinceEpoch() + 30)); // the CLI used this step's code
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.errorMessage()));
        QCOMPARE(id.value().roles,
                 QStringList({QStringLiteral("radiologist"), QStringLiteral("administrator")}));

        auto reset = cli(
            data, {QStringLiteral("users"), QStringLiteral("reset-mfa"), QStringLiteral("carol")});
        QCOMPARE(reset.exitCode, 0);
        QVERIFY(uriPattern.match(reset.out).captured(0) != uri);
        QVERIFY(!store.value()->authenticate(QStringLiteral("carol"), kPassword, recovery[0]).ok());

        auto badRole = cli(data,
                           {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("dave"),
                            QStringLiteral("--role"), QStringLiteral("root"),
                            QStringLiteral("--password-stdin")},
                           kPassword.toUtf8() + "\n");
        QCOMPARE(badRole.exitCode, 2); // refused before any password is read or key is touched
        QVERIFY(badRole.err.contains(QLatin1String("Unknown role \"root\"")));
        QCOMPARE(cli(data, {QStringLiteral("users"), QStringLiteral("frobnicate")}).exitCode, 2);

        QCOMPARE(
            cli(data, {QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("carol")})
                .exitCode,
            0);
        QVERIFY(cli(data, {QStringLiteral("users"), QStringLiteral("list")})
                    .out.contains(QLatin1String("No local accounts")));
        QVERIFY(
            cli(data, {QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("carol")})
                .exitCode != 0);

        // Every change is in the audit trail, without secrets.
        // (Read as an auditor would: `audit show` needs a role that may ViewAuditTrail.)
        const QString trail = QString::fromUtf8(testsupport::auditTrail(data));
        // add, reset-mfa, remove (by the store), and the Guard's ManageUsers decisions (same event type)
        QVERIFY2(trail.count(QLatin1String("User Security Attributes Changed")) >= 3, qPrintable(trail));
        QVERIFY(trail.contains(QLatin1String("ManageUsers denied")));
        QVERIFY(!trail.contains(recovery[1]) && !trail.contains(kPassword));
    }

    void cliRefusesWithoutKeychain()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        auto run = cli(m_dir->filePath(QStringLiteral("no-keychain")),
                       {QStringLiteral("users"), QStringLiteral("list")}, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("keychain")), qPrintable(run.err));
        QVERIFY(
            !QFile::exists(m_dir->filePath(QStringLiteral("no-keychain/accounts/accounts.dat"))));
    }
};

QTEST_GUILESS_MAIN(TestLocalAccounts)
#include "tst_local_accounts.moc"

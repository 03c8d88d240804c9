// SPDX-License-Identifier: Apache-2.0
// Primitives against published test vectors, AEAD rejections, and the key
// hierarchy (KeyManager, DekStore, atomic writes) over an in-memory key store.

#include "core/crypto/aead.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <map>
#include <thread>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace custos;
using namespace custos::crypto;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray repeated(char byte, int count)
{
    return QByteArray(count, byte);
}

QByteArray counting(int from, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out.append(char(from + i));
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

bool writeRaw(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray flipBit(QByteArray data, qsizetype index)
{
    data[index] = char(data[index] ^ 0x01);
    return data;
}

} // namespace

class tst_Crypto : public QObject
{
    Q_OBJECT

private slots:
    // --- primitives against published vectors ---
    void gcmMatchesSpecVectors_data();
    void gcmMatchesSpecVectors();
    void hmacMatchesRfc4231_data();
    void hmacMatchesRfc4231();
    void sha256MatchesFips180_data();
    void sha256MatchesFips180();
    void hkdfMatchesRfc5869_data();
    void hkdfMatchesRfc5869();

    // --- AEAD behaviour ---
    void sealRoundTripsEverySize_data();
    void sealRoundTripsEverySize();
    void openRejectsTamperingAndWrongContext_data();
    void openRejectsTamperingAndWrongContext();
    void sealRejectsBadKeys_data();
    void sealRejectsBadKeys();
    void noncesNeverRepeat();
    void noncesDifferAcrossFork();
    void randomBytesRejectsNegativeCount();
    void wipeLeavesSharedCopiesIntact();

    // --- KeyManager ---
    void wrapsAndUnwrapsDataKeys();
    void unwrapRejectsSwappedDekId();
    void reopenedManagerFindsSameKek();
    void macKeyIsStableAndSeparateFromKek();
    void openRejectsDamagedKek();
    void rotationKeepsPreviousKekReadableUntilCommit();

    // --- DekStore ---
    void currentRollsToNewDekAtUsageLimit_data();
    void currentRollsToNewDekAtUsageLimit();
    void currentRejectsMoreUsesThanLimit();
    void keysSurviveReopeningTheStore();
    void reservedUsesAreNeverHandedOutTwice();
    void twoStoresOnOneFolderKeepEachOthersKeys();
    void currentIsThreadSafe();
    void destroyCryptoShredsOneKey();
    void destroyAllRemovesTheFile();
    void rotationRewrapsEveryDek();
    void rotationResumesAfterRestart();
    void modifiedDekFileIsRejected_data();
    void modifiedDekFileIsRejected();

    // --- atomic writes ---
    void atomicWriteReplacesContentCompletely();
    void atomicWriteFailureKeepsOldContent_data();
    void atomicWriteFailureKeepsOldContent();
};

// McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", test cases
// 13-16 (AES-256), the vectors NIST SP 800-38D's validation uses.
void tst_Crypto::gcmMatchesSpecVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zeroKey(32, '\0');
    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray p64 = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray c64 = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");

    QTest::newRow("TC13 empty, no aad")
        << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray() << QByteArray()
        << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("TC14 one block, no aad")
        << zeroKey << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
        << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("TC15 four blocks, no aad")
        << key << nonce << p64 << QByteArray() << c64 << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("TC16 partial block, with aad")
        << key << nonce << p64.left(60) << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << c64.left(60) << hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void tst_Crypto::gcmMatchesSpecVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    auto sealed = sealWithNonce(key, nonce, plaintext, aad);
    QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.errorMessage()));
    QCOMPARE(sealed.value().size(), kNonceBytes + ciphertext.size() + kTagBytes);
    QCOMPARE(sealed.value().left(kNonceBytes).toHex(), nonce.toHex());
    QCOMPARE(sealed.value().mid(kNonceBytes, ciphertext.size()).toHex(), ciphertext.toHex());
    QCOMPARE(sealed.value().right(kTagBytes).toHex(), tag.toHex());

    auto opened = crypto::open(key, nonce + ciphertext + tag, aad);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    QCOMPARE(opened.value().toHex(), plaintext.toHex());
}

void tst_Crypto::hmacMatchesRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");

    QTest::newRow("1 short key")
        << repeated('\x0b', 20) << QByteArray("Hi There")
        << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("2 key shorter than output")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("3 combined length > block")
        << repeated('\xaa', 20) << repeated('\xdd', 50)
        << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("4 counting key")
        << counting(1, 25) << repeated('\xcd', 50)
        << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("6 key longer than block")
        << repeated('\xaa', 131)
        << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("7 key and data longer than block")
        << repeated('\xaa', 131)
        << QByteArray("This is a test using a larger than block-size key and a larger than "
                      "block-size data. The key "
                      "needs to be hashed before being used by the HMAC algorithm.")
        << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void tst_Crypto::hmacMatchesRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    QCOMPARE(hmacSha256(key, data).toHex(), mac.toHex());
}

void tst_Crypto::sha256MatchesFips180_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty")
        << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("one block: abc")
        << QByteArray("abc")
        << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a")
        << repeated('a', 1000000)
        << hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void tst_Crypto::sha256MatchesFips180()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(sha256(message).toHex(), digest.toHex());
}

void tst_Crypto::hkdfMatchesRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");

    QTest::newRow("1 basic")
        << repeated('\x0b', 22) << counting(0x00, 13) << counting(0xf0, 10)
        << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
               "34007208d5b887185865");
    QTest::newRow("2 long inputs")
        << counting(0x00, 80) << counting(0x60, 80) << counting(0xb0, 80)
        << hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
               "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
               "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("3 no salt, no info")
        << repeated('\x0b', 22) << QByteArray() << QByteArray()
        << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
               "9d201395faa4b61a96c8");
}

void tst_Crypto::hkdfMatchesRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    QCOMPARE(hkdfSha256(ikm, salt, info, int(okm.size())).toHex(), okm.toHex());
}

void tst_Crypto::sealRoundTripsEverySize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 15, 16, 17, 4096, 1 << 20})
        QTest::addRow("%d bytes", size) << size;
}

void tst_Crypto::sealRoundTripsEverySize()
{
    QFETCH(int, size);
    const QByteArray key = randomBytes(kKeyBytes).value();
    const QByteArray plain = randomBytes(size).value();
    const QByteArray aad("study/1.2.3/instance/4");
    auto sealed = seal(key, plain, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed.value().size(), qsizetype(size) + kNonceBytes + kTagBytes);
    if (size >= 16) QVERIFY(!sealed.value().contains(plain.left(16)));
    auto opened = crypto::open(key, sealed.value(), aad);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), plain);
}

void tst_Crypto::openRejectsTamperingAndWrongContext_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QString>("expected"); // a phrase the message must hold

    const QByteArray key = randomBytes(kKeyBytes).value();
    const QByteArray aad("custos/cache/v1/study-A/series-1");
    const QByteArray sealed =
        seal(key, QByteArray("PATIENT^NAME and 4 KiB of pixels").repeated(100), aad).value();
    const QString integrity = QStringLiteral("integrity check");

    QTest::newRow("wrong key") << randomBytes(kKeyBytes).value() << sealed << aad << integrity;
    QTest::newRow("nonce bit flipped") << key << flipBit(sealed, 3) << aad << integrity;
    QTest::newRow("ciphertext bit flipped (first)")
        << key << flipBit(sealed, kNonceBytes) << aad << integrity;
    QTest::newRow("ciphertext bit flipped (middle)")
        << key << flipBit(sealed, sealed.size() / 2) << aad << integrity;
    QTest::newRow("tag bit flipped")
        << key << flipBit(sealed, sealed.size() - 1) << aad << integrity;
    QTest::newRow("swapped object identity (aad)")
        << key << sealed << QByteArray("custos/cache/v1/study-B/series-1") << integrity;
    QTest::newRow("aad missing") << key << sealed << QByteArray() << integrity;
    QTest::newRow("truncated by one byte") << key << sealed.chopped(1) << aad << integrity;
    QTest::newRow("tag removed") << key << sealed.chopped(kTagBytes) << aad << integrity;
    QTest::newRow("shorter than nonce + tag")
        << key << sealed.left(kNonceBytes + kTagBytes - 1) << aad << QStringLiteral("truncated");
    QTest::newRow("empty input") << key << QByteArray() << aad << QStringLiteral("truncated");
    QTest::newRow("empty key") << QByteArray() << sealed << aad << QStringLiteral("32");
    QTest::newRow("128-bit key") << key.left(16) << sealed << aad << QStringLiteral("32");
}

void tst_Crypto::openRejectsTamperingAndWrongContext()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, sealed);
    QFETCH(QByteArray, aad);
    QFETCH(QString, expected);
    auto opened = crypto::open(key, sealed, aad);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorMessage().contains(expected), qPrintable(opened.errorMessage()));
    QVERIFY(opened.errorMessage().endsWith(QLatin1Char('.')));
}

void tst_Crypto::sealRejectsBadKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("16 bytes") << QByteArray(16, 'k');
    QTest::newRow("33 bytes") << QByteArray(33, 'k');
}

void tst_Crypto::sealRejectsBadKeys()
{
    QFETCH(QByteArray, key);
    auto sealed = seal(key, "x", {});
    QVERIFY(!sealed.ok());
    QVERIFY2(sealed.errorMessage().contains(QStringLiteral("AES-256 needs exactly 32")),
             qPrintable(sealed.errorMessage()));
    QVERIFY(!sealWithNonce(QByteArray(32, 'k'), QByteArray(8, 'n'), "x", {}).ok());
}

void tst_Crypto::noncesNeverRepeat()
{
    const QByteArray key = randomBytes(kKeyBytes).value();
    const QByteArray plain("the same plaintext every time");
    QSet<QByteArray> nonces;
    QSet<QByteArray> ciphertexts;
    constexpr int kSeals = 10000;
    for (int i = 0; i < kSeals; ++i) {
        const QByteArray sealed = seal(key, plain, "aad").value();
        nonces.insert(sealed.left(kNonceBytes));
        ciphertexts.insert(sealed.mid(kNonceBytes));
    }
    QCOMPARE(nonces.size(), kSeals);
    QCOMPARE(ciphertexts.size(), kSeals);
}

void tst_Crypto::noncesDifferAcrossFork()
{
#if !defined(Q_OS_UNIX)
    QSKIP("fork() is POSIX only.");
#else
    // seal() draws nonces from a per-thread batch of random bytes; a forked
    // child must not hand out the parent's next ones.
    const QByteArray key = randomBytes(kKeyBytes).value();
    QVERIFY(seal(key, "warm the batch", {}).ok());
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        auto sealed = seal(key, "child", {});
        const QByteArray nonce =
            sealed.ok() ? sealed.value().left(kNonceBytes) : QByteArray(kNonceBytes, '\0');
        const bool sent = ::write(fds[1], nonce.constData(), size_t(nonce.size())) == kNonceBytes;
        ::_exit(sent ? 0 : 1);
    }
    ::close(fds[1]);
    const QByteArray parentNonce = seal(key, "parent", {}).value().left(kNonceBytes);
    char childNonce[kNonceBytes] = {};
    const ssize_t got = ::read(fds[0], childNonce, sizeof childNonce);
    ::close(fds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QCOMPARE(got, ssize_t(kNonceBytes));
    QVERIFY(QByteArray(childNonce, kNonceBytes) != parentNonce);
#endif
}

void tst_Crypto::randomBytesRejectsNegativeCount()
{
    QVERIFY(!randomBytes(-1).ok());
    QCOMPARE(randomBytes(0).value().size(), 0);
    QVERIFY(randomBytes(32).value() != randomBytes(32).value());
}

void tst_Crypto::wipeLeavesSharedCopiesIntact()
{
    QByteArray mine = randomBytes(kKeyBytes).value();
    const QByteArray theirs = mine; // shares the buffer
    const QByteArray expected(theirs.constData(), theirs.size());
    wipe(mine);
    QVERIFY(mine.isEmpty());
    QCOMPARE(theirs, expected); // a key someone still uses is never zeroed under them

    QByteArray owned = randomBytes(kKeyBytes).value();
    wipe(owned);
    QVERIFY(owned.isEmpty());
}

// ---------------------------------------------------------------------------

void tst_Crypto::wrapsAndUnwrapsDataKeys()
{
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store);
    QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.errorMessage()));
    const QByteArray id = randomBytes(16).value();
    const QByteArray dek = randomBytes(kKeyBytes).value();
    auto wrapped = keys.value()->wrap(id, dek);
    QVERIFY(wrapped.ok());
    QVERIFY(!wrapped.value().contains(dek));
    auto unwrapped = keys.value()->unwrap(id, wrapped.value());
    QVERIFY(unwrapped.ok());
    QCOMPARE(unwrapped.value(), dek);
    QCOMPARE(keys.value()->kekId().size(), 8);
    QVERIFY(!keys.value()->rotating());
}

void tst_Crypto::unwrapRejectsSwappedDekId()
{
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store).value();
    const QByteArray idA = randomBytes(16).value();
    const QByteArray idB = randomBytes(16).value();
    auto wrappedA = keys->wrap(idA, randomBytes(kKeyBytes).value()).value();
    auto swapped = keys->unwrap(idB, wrappedA);
    QVERIFY(!swapped.ok());
    QVERIFY2(swapped.errorMessage().contains(QString::fromLatin1(idB.toHex())),
             qPrintable(swapped.errorMessage()));

    // A KEK of another keychain cannot unwrap it either.
    auto otherStore = makeMemoryKeyStore();
    QVERIFY(!KeyManager::open(*otherStore).value()->unwrap(idA, wrappedA).ok());
}

void tst_Crypto::reopenedManagerFindsSameKek()
{
    auto store = makeMemoryKeyStore();
    QVERIFY(!store->read("kek").value().has_value());
    auto first = KeyManager::open(*store).value();
    const auto stored = store->read("kek").value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->size(), kKeyBytes);

    const QByteArray id = randomBytes(16).value();
    const QByteArray dek = randomBytes(kKeyBytes).value();
    const QByteArray wrapped = first->wrap(id, dek).value();
    auto second = KeyManager::open(*store).value();
    QCOMPARE(second->kekId(), first->kekId());
    QCOMPARE(second->unwrap(id, wrapped).value(), dek);
}

void tst_Crypto::macKeyIsStableAndSeparateFromKek()
{
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store).value();
    const QByteArray mac = keys->macKey("audit-mac").value();
    QCOMPARE(mac.size(), 32);
    QCOMPARE(keys->macKey("audit-mac").value(), mac);
    QVERIFY(keys->macKey("other-mac").value() != mac);
    QVERIFY(mac != *store->read("kek").value());
    // The KEK is never handed out under the guise of a MAC key.
    QVERIFY(!keys->macKey("kek").ok());
    QVERIFY(!keys->macKey("kek.previous").ok());
    // Not rotated with the KEK.
    QVERIFY(keys->beginRotation().ok());
    QVERIFY(keys->commitRotation().ok());
    QCOMPARE(keys->macKey("audit-mac").value(), mac);
}

void tst_Crypto::openRejectsDamagedKek()
{
    auto store = makeMemoryKeyStore();
    QVERIFY(store->write("kek", QByteArray(5, 'x')).ok());
    auto keys = KeyManager::open(*store);
    QVERIFY(!keys.ok());
    QVERIFY2(keys.errorMessage().contains("5 bytes"), qPrintable(keys.errorMessage()));
    // ...and it is left alone, not silently replaced.
    QCOMPARE(*store->read("kek").value(), QByteArray(5, 'x'));
}

void tst_Crypto::rotationKeepsPreviousKekReadableUntilCommit()
{
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store).value();
    const QByteArray oldKekId = keys->kekId();
    const QByteArray id = randomBytes(16).value();
    const QByteArray dek = randomBytes(kKeyBytes).value();
    const QByteArray wrappedOld = keys->wrap(id, dek).value();

    QVERIFY(keys->beginRotation().ok());
    QVERIFY(keys->rotating());
    QVERIFY(keys->kekId() != oldKekId);
    QVERIFY(!keys->beginRotation().ok()); // one at a time
    QCOMPARE(keys->unwrap(id, wrappedOld).value(), dek);
    const QByteArray wrappedNew = keys->wrap(id, dek).value();

    QVERIFY(keys->commitRotation().ok());
    QVERIFY(!keys->rotating());
    QVERIFY(!store->read("kek.previous").value().has_value());
    QVERIFY(!keys->unwrap(id, wrappedOld).ok()); // the old KEK is gone
    QCOMPARE(keys->unwrap(id, wrappedNew).value(), dek);
}

// ---------------------------------------------------------------------------

void tst_Crypto::currentRollsToNewDekAtUsageLimit_data()
{
    QTest::addColumn<quint64>("limit");
    QTest::addColumn<quint64>("uses");
    QTest::addColumn<QString>("pattern"); // one letter per current() call: same letter, same DEK

    QTest::newRow("limit 3, one use each") << quint64(3) << quint64(1) << QStringLiteral("aaabbbc");
    QTest::newRow("limit 10, four uses each")
        << quint64(10) << quint64(4) << QStringLiteral("aabbccd");
    QTest::newRow("limit 1") << quint64(1) << quint64(1) << QStringLiteral("abcd");
    QTest::newRow("uses equal the limit") << quint64(5) << quint64(5) << QStringLiteral("abc");
}

void tst_Crypto::currentRollsToNewDekAtUsageLimit()
{
    QFETCH(quint64, limit);
    QFETCH(quint64, uses);
    QFETCH(QString, pattern);

    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    DekStore deks(KeyManager::open(*store).value(), dir.path(), limit);
    std::map<QChar, QByteArray> idOf;
    QSet<QByteArray> seen;
    for (QChar letter : pattern) {
        auto dek = deks.current(uses);
        QVERIFY2(dek.ok(), qPrintable(dek.ok() ? QString() : dek.errorMessage()));
        QCOMPARE(dek.value().id.size(), 16);
        QCOMPARE(dek.value().key.size(), kKeyBytes);
        if (idOf.count(letter) == 0) {
            QVERIFY2(!seen.contains(dek.value().id), "a full DEK was handed out again");
            idOf[letter] = dek.value().id;
            seen.insert(dek.value().id);
        }
        QCOMPARE(dek.value().id.toHex(), idOf[letter].toHex());
        // Persisted before it was returned.
        QVERIFY(readAll(deks.path()).contains(dek.value().id));
    }
    QCOMPARE(deks.count(), int(idOf.size()));
}

void tst_Crypto::currentRejectsMoreUsesThanLimit()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    DekStore deks(KeyManager::open(*store).value(), dir.path(), 8);
    auto dek = deks.current(9);
    QVERIFY(!dek.ok());
    QVERIFY2(dek.errorMessage().contains("9"), qPrintable(dek.errorMessage()));
}

void tst_Crypto::keysSurviveReopeningTheStore()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    QByteArray id, key;
    {
        DekStore deks(KeyManager::open(*store).value(), dir.path());
        auto dek = deks.current().value();
        id = dek.id;
        key = dek.key;
    }
    const QByteArray file = readAll(QDir(dir.path()).filePath("keys.dek"));
    QVERIFY(!file.isEmpty());
    QVERIFY2(!file.contains(key), "an unwrapped DEK reached the disk");
    QVERIFY(!file.contains(*store->read("kek").value()));

    DekStore reopened(KeyManager::open(*store).value(), dir.path());
    QCOMPARE(reopened.count(), 1);
    auto found = reopened.key(id);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.errorMessage()));
    QCOMPARE(found.value(), key);
    QCOMPARE(reopened.current().value().id, id); // still the newest, under its limit
}

void tst_Crypto::reservedUsesAreNeverHandedOutTwice()
{
    // Uses are persisted in reservations. After a "crash" (the store is
    // dropped without a word) the next store must assume the whole
    // reservation was used, so the limit holds across restarts.
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    const quint64 limit = 5000;
    QByteArray first;
    {
        DekStore deks(KeyManager::open(*store).value(), dir.path(), limit);
        first = deks.current(1).value().id;
    }
    DekStore after(KeyManager::open(*store).value(), dir.path(), limit);
    // 1 used + the reserve (4096) + 1000 > 5000: a new DEK.
    const QByteArray next = after.current(1000).value().id;
    QVERIFY(next != first);
    QCOMPARE(after.count(), 2);
}

void tst_Crypto::twoStoresOnOneFolderKeepEachOthersKeys()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store).value();
    DekStore a(keys, dir.path(), 2);
    DekStore b(keys, dir.path(), 2);
    // Each store reserves uses for itself; a reservation is never shared.
    const QByteArray first = a.current(2).value().id; // full
    const QByteArray second =
        b.current(1).value().id; // b sees the full one and adds its own (reserving both uses)
    QVERIFY(first != second);
    const QByteArray third =
        a.current(1).value().id; // a re-reads the file: second is b's, so a third one
    QVERIFY(third != first && third != second);
    QCOMPARE(b.current(1).value().id, second); // b's reservation still holds one use
    QCOMPARE(a.count(), 3);
    QCOMPARE(b.count(), 3);
    QVERIFY(a.key(second).ok());
    QVERIFY(b.key(first).ok());
    QVERIFY(b.key(third).ok());
}

void tst_Crypto::currentIsThreadSafe()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    const quint64 limit = 100;
    DekStore deks(KeyManager::open(*store).value(), dir.path(), limit);
    constexpr int kThreads = 4;
    constexpr int kCalls = 500;
    std::vector<std::vector<QByteArray>> ids(kThreads);
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kCalls; ++i) {
                auto dek = deks.current(1);
                if (!dek.ok() || dek.value().key.size() != kKeyBytes)
                    ++failures;
                else
                    ids[size_t(t)].push_back(dek.value().id);
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QHash<QByteArray, int> usesPerDek;
    for (const auto& list : ids)
        for (const QByteArray& id : list)
            ++usesPerDek[id];
    for (auto it = usesPerDek.cbegin(); it != usesPerDek.cend(); ++it)
        QVERIFY2(quint64(it.value()) <= limit, "a DEK was used beyond its limit");
    QCOMPARE(usesPerDek.size(), kThreads * kCalls / int(limit));
    QCOMPARE(deks.count(), usesPerDek.size());
}

void tst_Crypto::destroyCryptoShredsOneKey()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store).value();
    DekStore deks(keys, dir.path(), 1);
    const auto doomed = deks.current().value();
    const auto kept = deks.current().value();
    const QByteArray secret = seal(doomed.key, "PHI", "object-1").value();
    QVERIFY(readAll(deks.path()).contains(doomed.id));

    QVERIFY(deks.destroy(doomed.id).ok());
    auto gone = deks.key(doomed.id);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.errorMessage().contains("destroyed"), qPrintable(gone.errorMessage()));
    const QByteArray file = readAll(deks.path());
    QVERIFY(!file.contains(doomed.id));
    QVERIFY(file.contains(kept.id));
    QCOMPARE(deks.key(kept.id).value(), kept.key);
    QCOMPARE(deks.count(), 1);
    QCOMPARE(filesIn(dir.path()), QStringList{"keys.dek"});

    // A fresh store on the folder cannot bring it back either.
    DekStore reopened(keys, dir.path(), 1);
    QVERIFY(!reopened.key(doomed.id).ok());
    Q_UNUSED(secret)
    QVERIFY(deks.destroy(doomed.id).ok()); // destroying twice is not an error
}

void tst_Crypto::destroyAllRemovesTheFile()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    DekStore deks(KeyManager::open(*store).value(), dir.path(), 1);
    const auto a = deks.current().value();
    const auto b = deks.current().value();
    QVERIFY(writeRaw(deks.path() + ".tmp-0123456789abcdef", "leftover of a crash"));
    QVERIFY(deks.destroyAll().ok());
    QVERIFY(!QFile::exists(deks.path()));
    QVERIFY(filesIn(dir.path()).isEmpty());
    QVERIFY(!deks.key(a.id).ok());
    QVERIFY(!deks.key(b.id).ok());
    QCOMPARE(deks.count(), 0);
    // The store stays usable: the next current() starts afresh.
    const auto c = deks.current().value();
    QVERIFY(c.id != a.id && c.id != b.id);
}

void tst_Crypto::rotationRewrapsEveryDek()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store).value();
    DekStore deks(keys, dir.path(), 1);
    std::vector<DekStore::Dek> all;
    for (int i = 0; i < 3; ++i)
        all.push_back(deks.current().value());
    const QByteArray oldKek = *store->read("kek").value();
    const QByteArray before = readAll(deks.path());

    QVERIFY(keys->beginRotation().ok());
    auto rewrapped = deks.rewrapAll();
    QVERIFY2(rewrapped.ok(), qPrintable(rewrapped.errorMessage()));
    QVERIFY(keys->commitRotation().ok());

    const QByteArray after = readAll(deks.path());
    QVERIFY(after != before);
    QCOMPARE(after.size(), before.size());
    // Every DEK still readable, by a store that knows only the new KEK...
    DekStore reopened(KeyManager::open(*store).value(), dir.path(), 1);
    for (const auto& dek : all)
        QCOMPARE(reopened.key(dek.id).value(), dek.key);
    // ...and no longer by the old KEK: every wrapped key changed.
    auto oldStore = makeMemoryKeyStore();
    QVERIFY(oldStore->write("kek", oldKek).ok());
    QVERIFY(oldStore->write("dek-file-mac", *store->read("dek-file-mac").value()).ok());
    DekStore withOldKek(KeyManager::open(*oldStore).value(), dir.path(), 1);
    for (const auto& dek : all)
        QVERIFY(!withOldKek.key(dek.id).ok());
    QCOMPARE(filesIn(dir.path()), QStringList{"keys.dek"});
}

void tst_Crypto::rotationResumesAfterRestart()
{
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    QByteArray id, key;
    {
        auto keys = KeyManager::open(*store).value();
        DekStore deks(keys, dir.path());
        auto dek = deks.current().value();
        id = dek.id;
        key = dek.key;
        QVERIFY(keys->beginRotation().ok());
        // "crash" before rewrapAll
    }
    auto keys = KeyManager::open(*store).value();
    QVERIFY(keys->rotating()); // found "kek.previous"
    DekStore deks(keys, dir.path());
    QCOMPARE(deks.key(id).value(), key); // through the previous KEK
    QVERIFY(deks.rewrapAll().ok());
    QVERIFY(keys->commitRotation().ok());
    DekStore fresh(KeyManager::open(*store).value(), dir.path());
    QCOMPARE(fresh.key(id).value(), key);
}

void tst_Crypto::modifiedDekFileIsRejected_data()
{
    QTest::addColumn<int>("offset"); // byte to flip; -1: truncate by one; -2: append one
    QTest::addColumn<QString>("expected");
    // Layout (see key_manager.cpp): magic 8 | version 4 | count 4 | id 16 | kekId 8 | created 8 |
    // reserved 8 | length 2 | wrapped 60 | ... | MAC 32
    QTest::newRow("magic") << 0 << QStringLiteral("not a Custos key file");
    QTest::newRow("version") << 11 << QStringLiteral("format version");
    QTest::newRow("count") << 15 << QStringLiteral("integrity check");
    QTest::newRow("DEK id") << 16 << QStringLiteral("integrity check");
    QTest::newRow("KEK id") << 32 << QStringLiteral("integrity check");
    QTest::newRow("usage count") << 55 << QStringLiteral("integrity check");
    QTest::newRow("wrapped key") << 70 << QStringLiteral("integrity check");
    QTest::newRow("MAC") << 1000000
                         << QStringLiteral("integrity check"); // clamped to the last byte
    QTest::newRow("truncated by one byte") << -1 << QStringLiteral("integrity check");
    QTest::newRow("one byte appended") << -2 << QStringLiteral("integrity check");
}

void tst_Crypto::modifiedDekFileIsRejected()
{
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = makeMemoryKeyStore();
    auto keys = KeyManager::open(*store).value();
    QByteArray id;
    {
        DekStore deks(keys, dir.path(), 1);
        id = deks.current().value().id;
        QVERIFY(deks.current().ok());
    }
    const QString path = QDir(dir.path()).filePath("keys.dek");
    QByteArray file = readAll(path);
    if (offset == -1)
        file.chop(1);
    else if (offset == -2)
        file.append('\0');
    else
        file = flipBit(file, std::min<qsizetype>(offset, file.size() - 1));
    QVERIFY(writeRaw(path, file));

    DekStore deks(keys, dir.path(), 1);
    auto key = deks.key(id);
    QVERIFY(!key.ok());
    QVERIFY2(key.errorMessage().contains(expected), qPrintable(key.errorMessage()));
    QVERIFY2(key.errorMessage().contains(path), qPrintable(key.errorMessage()));
    // Nothing new is written over a damaged file either.
    QVERIFY(!deks.current().ok());
    QCOMPARE(readAll(path), file);
}

// ---------------------------------------------------------------------------

void tst_Crypto::atomicWriteReplacesContentCompletely()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath("study.bin");
    QVERIFY(writeFileAtomically(path, "old content").ok());
    QCOMPARE(readAll(path), QByteArray("old content"));
    const QByteArray big = randomBytes(3 << 20).value();
    QVERIFY(writeFileAtomically(path, big).ok());
    QCOMPARE(readAll(path), big);
    QVERIFY(writeFileAtomically(path, QByteArray()).ok());
    QCOMPARE(readAll(path), QByteArray());
    QCOMPARE(filesIn(dir.path()), QStringList{"study.bin"});
#if defined(Q_OS_UNIX)
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
#endif
}

void tst_Crypto::atomicWriteFailureKeepsOldContent_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("folder missing") << QStringLiteral("missing");
#if defined(Q_OS_UNIX)
    // The file-size limit makes write() fail part-way, as a full disk does.
    QTest::newRow("write fails part-way") << QStringLiteral("fsize");
#endif
}

void tst_Crypto::atomicWriteFailureKeepsOldContent()
{
    QFETCH(QString, failure);
    QTemporaryDir dir;
    QString path = QDir(dir.path()).filePath("keys.dek");
    QVERIFY(writeFileAtomically(path, "old content").ok());

    Result<void> written;
    if (failure == "missing") {
        written = writeFileAtomically(QDir(dir.path()).filePath("no/such/folder/keys.dek"), "new");
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains("No such file or directory"),
                 qPrintable(written.errorMessage()));
    }
#if defined(Q_OS_UNIX)
    if (failure == "fsize") {
        struct rlimit saved;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        written = writeFileAtomically(path, QByteArray(1 << 20, 'n'));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains("File too large"),
                 qPrintable(written.errorMessage()));
        QVERIFY2(written.errorMessage().contains("previous version is kept"),
                 qPrintable(written.errorMessage()));
    }
#endif
    QCOMPARE(readAll(path), QByteArray("old content"));
    QCOMPARE(filesIn(dir.path()), QStringList{"keys.dek"}); // no temp file left behind
}

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_crypto.moc"

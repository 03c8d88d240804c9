// SPDX-License-Identifier: Apache-2.0
// Hostile stored state of core/auth, found by fuzzing (docs/fuzzing.md).
// Each input is generated here, byte by byte; nothing is committed.

#include "core/auth/local_accounts.h"
#include "core/auth/local_accounts_p.h"
#include "core/crypto/aead.h"
#include "core/crypto/key_store.h"
#include "test_support.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;

class TestAuthHostile : public QObject
{
    Q_OBJECT
private slots:
    void hugeListCountInAnAuthenticatedAccountsFileIsRefused_data();
    void hugeListCountInAnAuthenticatedAccountsFileIsRefused();
};

void TestAuthHostile::hugeListCountInAnAuthenticatedAccountsFileIsRefused_data()
{
    QTest::addColumn<int>("field"); // 0: the roles, 1: the recovery-code hashes
    QTest::addColumn<quint32>("count");
    // VmPeak only grows: each row asks for more than all rows before it
    // together, so each row's allocation would show on its own.
    QTest::newRow("roles, 2^26") << 0 << 0x4000000u;           // 1.5 GiB reserved for nothing
    QTest::newRow("recovery hashes, 2^27") << 1 << 0x8000000u; // 3 GiB
    QTest::newRow("roles, 2^32 - 16") << 0 << 0xFFFFFFF0u;     // 100 GB: malloc says no
    QTest::newRow("recovery hashes, 2^32 - 16") << 1 << 0xFFFFFFF0u;
}

// Found by fuzz_sealed (its harness seals the fuzzer's plaintext with a test
// key, as the store does): Qt 6.4's QDataStream reserves a list's stored
// count before reading one element, so an authenticated accounts file
// whose account claims 2^32 - 16 roles asked for 100 GB (over libFuzzer's
// limit; Qt carries on when malloc says no), and 2^26 roles make it reserve
// 1.5 GiB it never uses. Only the holder of the keychain's key can write such
// a file, but a damaged or future-format file must still be a refusal with a
// sentence, without allocating more than the file could hold.
void TestAuthHostile::hugeListCountInAnAuthenticatedAccountsFileIsRefused()
{
    QFETCH(int, field);
    QFETCH(quint32, count);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<crypto::KeyStore> store = crypto::makeMemoryKeyStore();
    auto keys = crypto::KeyManager::open(*store);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.errorMessage()));
    const QString folder = dir.filePath(QStringLiteral("accounts"));
    QVERIFY(QDir().mkpath(folder));

    // One account, as operator<< writes it, cut at the hostile count.
    QByteArray plain;
    {
        QDataStream out(&plain, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << quint64(1) << quint32(1) << QStringLiteral("ada") << QStringLiteral("Ada") << QStringLiteral("$argon2id$x");
        if (field == 1)
            out << QStringList{QStringLiteral("radiologist")} << quint8(0) << qint32(6) << qint32(30) << QByteArray(16, '\0')
                << QByteArray(44, '\0') << quint64(0) << QByteArray(16, '\0');
        out << count;
    }
    // Sealed as the store seals it (header, DEK of the folder, aad).
    auto dek = crypto::DekStore(keys.value(), folder).current(1);
    QVERIFY(dek);
    QByteArray header = auth::detail::kMagic;
    header.append(4, '\0');
    qToBigEndian(auth::detail::kFormatVersion, header.data() + 8);
    header += dek.value().id;
    auto sealed = crypto::seal(dek.value().key, plain, header + auth::detail::kFileName.toUtf8());
    QVERIFY(sealed);
    QFile file(QDir(folder).filePath(auth::detail::kFileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(header + sealed.value()), header.size() + sealed.value().size());
    file.close();

    const qint64 peakBefore = testsupport::peakVirtualKiB();
    QVERIFY(peakBefore > 0);
    QElapsedTimer t;
    t.start();
    auth::LocalAccountOptions options;
    options.administrator = QStringLiteral("test");
    const auto opened = auth::LocalAccountStore::open(folder, keys.value(), options);
    QVERIFY(!opened);
    QVERIFY2(opened.errorMessage().contains(QLatin1String("was refused")), qPrintable(opened.errorMessage()));
    const qint64 grew = testsupport::peakVirtualKiB() - peakBefore;
    qInfo("refused in %lld ms; peak virtual size grew by %lld KiB", t.elapsed(), grew);
    QVERIFY2(grew < 256 * 1024, qPrintable(QStringLiteral("the peak virtual size grew by %1 MiB").arg(grew / 1024)));
}

QTEST_GUILESS_MAIN(TestAuthHostile)
#include "tst_auth_hostile.moc"

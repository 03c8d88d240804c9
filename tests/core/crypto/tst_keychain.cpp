// SPDX-License-Identifier: Apache-2.0
// The system key store against the real Secret Service (gnome-keyring on a
// private D-Bus session: run under tests/run-with-keyring.sh), and its
// behaviour when there is no Secret Service at all or one that never answers.

#include "core/crypto/aead.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>
#include <thread>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace custos;
using namespace custos::crypto;

namespace {

const char kProbeArgument[] = "--probe-keychain";

QString uniqueScope(const char* what)
{
    return QStringLiteral("tst_keychain-%1-%2")
        .arg(QLatin1String(what), QString::fromLatin1(randomBytes(6).value().toHex()));
}

using testsupport::filesContaining;

// Child-process mode: one keychain read, reported on stdout as
// "OK" or "ERROR <milliseconds> <message>".
int probeKeychain()
{
    QElapsedTimer timer;
    timer.start();
    auto store = makeSystemKeyStore(QStringLiteral("tst_keychain-probe"));
    auto keys = KeyManager::open(*store);
    QTextStream out(stdout);
    if (keys.ok())
        out << "OK\n";
    else
        out << "ERROR " << timer.elapsed() << ' ' << keys.errorMessage() << '\n';
    return 0;
}

#if defined(Q_OS_UNIX)
// A Unix socket that accepts connections (the kernel queues them) and never
// says a word: a D-Bus peer that hangs, like a keyring waiting on a prompt.
class SilentSocket
{
public:
    explicit SilentSocket(const QString& path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        if (m_fd < 0 || size_t(name.size()) >= sizeof address.sun_path) return;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        m_listening = ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                      ::listen(m_fd, 16) == 0;
    }
    ~SilentSocket()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    bool listening() const { return m_listening; }

private:
    int m_fd = -1;
    bool m_listening = false;
};
#endif

} // namespace

class tst_Keychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundTripsBinarySecrets_data();
    void roundTripsBinarySecrets();
    void missingEntryIsNotAnError();
    void scopesDoNotSeeEachOther();
    void worksFromThreadsWithoutEventLoops();
    void keyManagerCreatesKekOnceAndFindsItAgain();
    void kekNeverReachesAFile();
    void failsClearlyWithoutSecretService_data();
    void failsClearlyWithoutSecretService();

private:
    KeyStore& store(const char* what);
    std::vector<std::unique_ptr<KeyStore>> m_stores; // each on its own scope; emptied at the end
};

KeyStore& tst_Keychain::store(const char* what)
{
    m_stores.push_back(makeSystemKeyStore(uniqueScope(what)));
    return *m_stores.back();
}

void tst_Keychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        CUSTOS_SKIP_UNLESS_CI("No D-Bus session: run this test through tests/run-with-keyring.sh (ctest does).");
    // Fail early and clearly if the keyring of the harness is not usable.
    auto probe = makeSystemKeyStore(uniqueScope("probe"))->read(QStringLiteral("nothing"));
    QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.errorMessage()));
    QVERIFY(!probe.value().has_value());
}

void tst_Keychain::cleanupTestCase()
{
    // Entries of this run are removed; the keyring itself is thrown away by the harness.
    for (const auto& keychain : m_stores)
        for (const char* name : {"kek", "kek.previous", "dek-file-mac", "secret"})
            (void)keychain->remove(QString::fromLatin1(name));
}

void tst_Keychain::roundTripsBinarySecrets_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("zero bytes inside") << QByteArray("\x01\x00\x02\x00\x00\xff", 6);
    QTest::newRow("all zeros (32)") << QByteArray(32, '\0');
    QTest::newRow("every byte value") << [] {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        return all;
    }();
    QTest::newRow("random key") << randomBytes(32).value();
    QTest::newRow("not UTF-8") << QByteArray("\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc", 8);
}

void tst_Keychain::roundTripsBinarySecrets()
{
    QFETCH(QByteArray, secret);
    KeyStore& keychain = store("roundtrip");
    QVERIFY(keychain.description().contains("Secret Service"));

    auto written = keychain.write(QStringLiteral("secret"), secret);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    auto read = keychain.read(QStringLiteral("secret"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.errorMessage()));
    QVERIFY(read.value().has_value());
    QCOMPARE(read.value()->toHex(), secret.toHex());

    // Overwrite, then remove.
    const QByteArray other = randomBytes(17).value();
    QVERIFY(keychain.write(QStringLiteral("secret"), other).ok());
    QCOMPARE(*keychain.read(QStringLiteral("secret")).value(), other);
    QVERIFY(keychain.remove(QStringLiteral("secret")).ok());
    auto gone = keychain.read(QStringLiteral("secret"));
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().has_value());
}

void tst_Keychain::missingEntryIsNotAnError()
{
    KeyStore& keychain = store("missing");
    auto read = keychain.read(QStringLiteral("never-written"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.errorMessage()));
    QVERIFY(!read.value().has_value());
    // Removing what is not there leaves the keychain as wanted.
    auto removed = keychain.remove(QStringLiteral("never-written"));
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
}

void tst_Keychain::scopesDoNotSeeEachOther()
{
    KeyStore& a = store("scope-a");
    KeyStore& b = store("scope-b");
    const QByteArray secretA = randomBytes(32).value();
    QVERIFY(a.write(QStringLiteral("kek"), secretA).ok());
    QVERIFY(!b.read(QStringLiteral("kek")).value().has_value());

    const QByteArray secretB = randomBytes(32).value();
    QVERIFY(b.write(QStringLiteral("kek"), secretB).ok());
    QCOMPARE(*a.read(QStringLiteral("kek")).value(), secretA);
    QCOMPARE(*b.read(QStringLiteral("kek")).value(), secretB);
    QVERIFY(b.remove(QStringLiteral("kek")).ok());
    QCOMPARE(*a.read(QStringLiteral("kek")).value(), secretA);
}

void tst_Keychain::worksFromThreadsWithoutEventLoops()
{
    // QtKeychain's jobs are asynchronous and single-threaded underneath;
    // callers on plain threads (no event loop, several at once) must still
    // get answers.
    KeyStore& keychain = store("threads");
    constexpr int kThreads = 3;
    std::vector<QByteArray> secrets;
    for (int i = 0; i < kThreads; ++i)
        secrets.push_back(randomBytes(32).value());
    std::vector<QString> failures(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&, i] {
            const QString name = QStringLiteral("t%1").arg(i);
            for (int round = 0; round < 5; ++round) {
                auto written = keychain.write(name, secrets[size_t(i)]);
                auto read = keychain.read(name);
                if (!written.ok())
                    failures[size_t(i)] = written.errorMessage();
                else if (!read.ok())
                    failures[size_t(i)] = read.errorMessage();
                else if (!read.value() || *read.value() != secrets[size_t(i)])
                    failures[size_t(i)] = QStringLiteral("read back something else");
            }
            (void)keychain.remove(name);
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (const QString& failure : failures)
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_Keychain::keyManagerCreatesKekOnceAndFindsItAgain()
{
    const QString scope = uniqueScope("kek");
    m_stores.push_back(makeSystemKeyStore(scope));
    KeyStore& first = *m_stores.back();
    QVERIFY(!first.read(QStringLiteral("kek")).value().has_value());

    auto keys = KeyManager::open(first);
    QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.errorMessage()));
    const auto kek = first.read(QStringLiteral("kek")).value();
    QVERIFY(kek.has_value());
    QCOMPARE(kek->size(), kKeyBytes);

    const QByteArray id = randomBytes(16).value();
    const QByteArray dek = randomBytes(kKeyBytes).value();
    const QByteArray wrapped = keys.value()->wrap(id, dek).value();

    // A second store object, as a second run of the application would make.
    m_stores.push_back(makeSystemKeyStore(scope));
    auto again = KeyManager::open(*m_stores.back());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.errorMessage()));
    QCOMPARE(again.value()->kekId(), keys.value()->kekId());
    QCOMPARE(again.value()->unwrap(id, wrapped).value(), dek);
    QCOMPARE(*m_stores.back()->read(QStringLiteral("kek")).value(), *kek);
}

void tst_Keychain::kekNeverReachesAFile()
{
    KeyStore& keychain = store("no-file");
    QTemporaryDir data;
    QVERIFY(data.isValid());
    auto keys = KeyManager::open(keychain).value();
    QByteArray dekKey;
    {
        DekStore deks(keys, QDir(data.path()).filePath("cache"), 2);
        for (int i = 0; i < 5; ++i)
            dekKey = deks.current().value().key;
        QVERIFY(keys->beginRotation().ok());
        QVERIFY(deks.rewrapAll().ok());
        QVERIFY(keys->commitRotation().ok());
    }
    const QByteArray kek = *keychain.read(QStringLiteral("kek")).value();
    QVERIFY(QFile::exists(QDir(data.path()).filePath("cache/keys.dek")));

    // The data folder holds the wrapped DEKs and nothing in the clear.
    for (const QByteArray& needle : {kek, kek.toBase64(), kek.toHex(), dekKey})
        QCOMPARE(filesContaining(data.path(), needle), QStringList());

    // Nor does anything under HOME (the harness's throw-away home, which
    // holds gnome-keyring's own storage: encrypted, so no match there either).
    const QString home = QDir::homePath();
    if (home != QDir::rootPath() && qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        for (const QByteArray& needle : {kek, kek.toBase64(), kek.toHex()})
            QCOMPARE(filesContaining(home, needle), QStringList());
    }
}

void tst_Keychain::failsClearlyWithoutSecretService_data()
{
    QTest::addColumn<QString>("busAddress"); // "%1" is replaced by a temporary folder
    QTest::addColumn<QString>("expected");
    QTest::newRow("no session bus")
        << QStringLiteral("unix:path=%1/no-such-bus") << QStringLiteral("not available");
    QTest::newRow("a bus that never answers") << QStringLiteral("unix:path=%1/silent-bus")
                                              << QStringLiteral("did not answer within 15 seconds");
}

void tst_Keychain::failsClearlyWithoutSecretService()
{
#if !defined(Q_OS_UNIX)
    QSKIP("D-Bus is the keychain transport on Linux only.");
#else
    QFETCH(QString, busAddress);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    SilentSocket silent(QDir(dir.path()).filePath("silent-bus"));
    QVERIFY(silent.listening());

    // A child process: the bus address is read once per process.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress.arg(dir.path()));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kProbeArgument)});
    QVERIFY(child.waitForStarted());
    const bool finished = child.waitForFinished(60000);
    const qint64 elapsed = timer.elapsed();
    if (!finished) child.kill();
    QVERIFY2(finished, "the keychain call hung instead of failing");
    const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    qInfo("child answered after %lld ms: %s", elapsed, qPrintable(output));

    QVERIFY2(output.startsWith("ERROR "), qPrintable(output));
    QVERIFY2(output.contains(expected), qPrintable(output));
    QVERIFY2(output.contains("system keychain (Secret Service"), qPrintable(output));
    QVERIFY2(output.contains("in memory only"), qPrintable(output));
    QVERIFY2(elapsed < 25000, "the 15-second timeout did not hold");
#endif
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && std::strcmp(argv[1], kProbeArgument) == 0) return probeKeychain();
    tst_Keychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"

#pragma once
// Small helpers shared by the test suites.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace custos::testsupport {

// CI sets CI=true. There a test that cannot reach its peer (a program, a
// service, root) fails: a skip would let the suite pass without testing.
inline bool underCi()
{
    const QByteArray ci = qgetenv("CI").toLower();
    return !ci.isEmpty() && ci != "0" && ci != "false";
}

} // namespace custos::testsupport

// A missing peer: a failure under CI, a skip on a developer's machine.
#define CUSTOS_SKIP_UNLESS_CI(reason)                                                              \
    do {                                                                                           \
        if (custos::testsupport::underCi())                                                        \
            QFAIL(qPrintable(QStringLiteral("CI=true, so this is a failure, not a skip: %1")      \
                                 .arg(QString::fromUtf8(reason))));                               \
        QSKIP(reason);                                                                             \
    } while (false)

namespace custos::testsupport {

// Every regular file below `root` whose bytes contain `needle`: how the tests
// prove that a secret or a patient's identity never reached the disk.
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace custos::testsupport

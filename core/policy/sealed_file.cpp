// SPDX-License-Identifier: Apache-2.0
#include "core/policy/sealed_file_p.h"

#include "core/crypto/aead.h"
#include "core/crypto/key_manager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace custos::policy::detail {

namespace {

const QByteArray kMagic = QByteArrayLiteral("CUSTOS-POLICY-STATE-1");

// lupdate extracts Text::tr("...") under "custos::policy", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::policy)
};

// The file's name is bound into the ciphertext: one state file cannot be
// swapped for another.
QByteArray aad(const QString& fileName) { return QByteArrayLiteral("custos/policy-state/v1/") + fileName.toUtf8(); }

} // namespace

Result<std::optional<QJsonObject>> readSealed(const std::shared_ptr<crypto::KeyManager>& keys, const QString& folder,
                                              const QString& fileName)
{
    QFile f(QDir(folder).filePath(fileName));
    if (!f.exists())
        return std::optional<QJsonObject>();
    if (!f.open(QIODevice::ReadOnly))
        return Error{Text::tr("%1 could not be read: %2").arg(f.fileName(), f.errorString())};
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.size() < 3 || lines[0] != kMagic)
        return Error{Text::tr("%1 is damaged (not a Custos state file).").arg(f.fileName())};
    crypto::DekStore deks(keys, folder);
    auto key = deks.key(QByteArray::fromHex(lines[1]));
    if (!key)
        return Error{Text::tr("%1 cannot be opened: %2").arg(f.fileName(), key.errorMessage())};
    auto plain = crypto::open(key.value(), QByteArray::fromBase64(lines[2]), aad(fileName));
    if (!plain)
        return Error{Text::tr("%1 failed its integrity check: it was changed outside Custos.").arg(f.fileName())};
    return std::optional<QJsonObject>(QJsonDocument::fromJson(plain.value()).object());
}

Result<void> writeSealed(const std::shared_ptr<crypto::KeyManager>& keys, const QString& folder, const QString& fileName,
                         const QJsonObject& content)
{
    if (!QDir().mkpath(folder))
        return Error{Text::tr("The folder %1 could not be created.").arg(folder)};
    crypto::DekStore deks(keys, folder);
    auto dek = deks.current(1);
    if (!dek)
        return dek.error();
    auto sealed = crypto::seal(dek.value().key, QJsonDocument(content).toJson(QJsonDocument::Compact), aad(fileName));
    if (!sealed)
        return sealed.error();
    return crypto::writeFileAtomically(QDir(folder).filePath(fileName),
                                       kMagic + '\n' + dek.value().id.toHex() + '\n' + sealed.value().toBase64() + '\n');
}

} // namespace custos::policy::detail

// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/pacs_credentials.h"

#include <QCoreApplication>

#include <algorithm>

namespace custos::pacs {

namespace {

// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};

// Node names are case-insensitive in the policy.
QString entryName(const QString& node)
{
    return QStringLiteral("pacs-basic/") + node.toLower();
}

void wipe(QByteArray& bytes)
{
    std::fill(bytes.begin(), bytes.end(), '\0');
}

} // namespace

CredentialStore::CredentialStore(std::shared_ptr<crypto::KeyStore> keychain)
    : m_keychain(std::move(keychain))
{
}

QString CredentialStore::keychainName() const
{
    return m_keychain ? m_keychain->description() : QString();
}

Result<std::optional<BasicCredentials>> CredentialStore::basic(const QString& node) const
{
    if (!m_keychain)
        return Error{Text::tr("There is no keychain, so no PACS password can be kept.")};
    auto read = m_keychain->read(entryName(node));
    if (!read) return read.error();
    if (!read.value()) return std::optional<BasicCredentials>();
    QByteArray bytes = std::move(*read.value());
    // The user name, a NUL, the password (UTF-8): a user name cannot hold a NUL.
    const qsizetype cut = bytes.indexOf('\0');
    if (cut <= 0) {
        wipe(bytes);
        return Error{Text::tr("The keychain entry for the PACS \"%1\" is damaged; store the user "
                              "name and password again.")
                         .arg(node)};
    }
    BasicCredentials c;
    c.user = QString::fromUtf8(bytes.constData(), cut);
    c.password = QString::fromUtf8(bytes.constData() + cut + 1, bytes.size() - cut - 1);
    wipe(bytes);
    return std::optional<BasicCredentials>(std::move(c));
}

Result<void> CredentialStore::storeBasic(const QString& node, const BasicCredentials& credentials)
{
    if (!m_keychain)
        return Error{Text::tr("There is no keychain, so no PACS password can be kept.")};
    if (credentials.user.isEmpty() || credentials.user.contains(QLatin1Char(':')) ||
        credentials.user.contains(QChar(0)))
        return Error{Text::tr("A PACS user name must not be empty or contain a colon.")};
    if (credentials.password.isEmpty())
        return Error{Text::tr("The PACS password is empty; nothing was stored.")};
    QByteArray bytes = credentials.user.toUtf8() + '\0' + credentials.password.toUtf8();
    auto written = m_keychain->write(entryName(node), bytes);
    wipe(bytes);
    return written;
}

Result<void> CredentialStore::forgetBasic(const QString& node)
{
    if (!m_keychain)
        return Error{Text::tr("There is no keychain, so no PACS password can be kept.")};
    return m_keychain->remove(entryName(node));
}

} // namespace custos::pacs

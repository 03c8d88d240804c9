// SPDX-License-Identifier: Apache-2.0
#include "core/policy/json_locator_p.h"

#include <QSet>

namespace custos::policy::detail {

JsonLocator::JsonLocator(const QByteArray& utf8) : m_text(utf8)
{
    skipSpace();
    if (m_pos < m_text.size())
        value(QString());
}

QString JsonLocator::child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonLocator::element(const QString& path, int index) { return path + QStringLiteral("[%1]").arg(index); }

int JsonLocator::lineAtOffset(const QByteArray& utf8, int offset)
{
    return int(utf8.left(offset).count('\n')) + 1;
}

int JsonLocator::lineOf(const QString& path) const
{
    QString p = path;
    for (;;) {
        if (const auto it = m_lines.constFind(p); it != m_lines.constEnd())
            return it.value();
        if (p.isEmpty())
            return 1;
        // Up one level: drop "[n]" or ".key".
        const int bracket = p.lastIndexOf(QLatin1Char('['));
        const int dot = p.lastIndexOf(QLatin1Char('.'));
        p = p.left(std::max(std::max(bracket, dot), 0));
    }
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLocator::string()
{
    // At the opening quote. Escapes are kept simple: only \" and \\ matter
    // for finding the end; keys in a policy are plain identifiers.
    ++m_pos;
    QByteArray raw;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
        if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
            ++m_pos;
        raw += m_text[m_pos++];
    }
    ++m_pos; // closing quote
    return QString::fromUtf8(raw);
}

void JsonLocator::value(const QString& path)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_text[m_pos];
    if (c == '{') {
        object(path);
    } else if (c == '[') {
        array(path);
    } else if (c == '"') {
        string();
    } else {
        while (m_pos < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text[m_pos]))
            ++m_pos;
    }
}

void JsonLocator::object(const QString& path)
{
    ++m_pos; // {
    QSet<QString> seen;
    for (;;) {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] == '}') {
            ++m_pos;
            return;
        }
        if (m_text[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        const int keyLine = m_line;
        const QString key = string();
        if (seen.contains(key))
            m_duplicates << QStringLiteral("line %1: %2: the field \"%3\" appears twice").arg(keyLine).arg(path.isEmpty() ? QStringLiteral("(top level)") : clipped(path), clipped(key));
        seen.insert(key);
        skipSpace();
        ++m_pos; // :
        value(child(path, key));
    }
}

void JsonLocator::array(const QString& path)
{
    ++m_pos; // [
    int index = 0;
    for (;;) {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] == ']') {
            ++m_pos;
            return;
        }
        if (m_text[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        value(element(path, index++));
    }
}

} // namespace custos::policy::detail

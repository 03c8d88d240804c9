// SPDX-License-Identifier: Apache-2.0
#pragma once
// Line numbers for JSON values. QJsonDocument parses but forgets where each
// value was; a person fixing a policy file needs "line 14". One tokenizer
// pass over the (already syntax-checked) text maps each value's path
// ("roles.technologist.permissions[2]") to the line it starts on, and
// notices duplicate keys, which QJsonDocument would silently resolve.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace custos::policy::detail {

// A value quoted back in an error message, cut to `max` characters: a
// 50 MB field must not come back as a 50 MB message.
inline QString clipped(const QString& text, qsizetype max = 80)
{
    if (text.size() <= max)
        return text;
    return text.left(max) + QStringLiteral("… (%1 characters)").arg(text.size());
}

class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& utf8);

    // The line (1-based) of the value at `path`; for a path that is not
    // there (a missing field), the line of its nearest existing parent.
    int lineOf(const QString& path) const;
    // "a.b: duplicate key \"x\"" style notes, with lines, for each repeated key.
    const QStringList& duplicateKeys() const { return m_duplicates; }

    static QString child(const QString& path, const QString& key);
    static QString element(const QString& path, int index);
    // The line of a byte offset (QJsonParseError::offset).
    static int lineAtOffset(const QByteArray& utf8, int offset);

private:
    void skipSpace();
    void value(const QString& path);
    QString string();
    void object(const QString& path);
    void array(const QString& path);

    const QByteArray& m_text;
    int m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
    QStringList m_duplicates;
};

} // namespace custos::policy::detail

// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_protocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include "core/audit/audit_log.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QObject>
#include <QtEndian>

namespace custos::service {

QByteArray encodeFrame(const QCborMap& message)
{
    const QByteArray body = message.toCborValue().toCbor();
    QByteArray out(4, '\0');
    qToBigEndian(quint32(body.size()), out.data());
    return out + body;
}

void FrameReader::feed(const QByteArray& bytes)
{
    if (!m_fatal)
        m_buffer.append(bytes);
}

std::optional<FrameReader::Item> FrameReader::next()
{
    if (m_fatal || m_buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > quint32(kMaxFrameBytes)) {
        m_fatal = true;
        m_buffer.clear();
        return Item{std::nullopt, QObject::tr("A message of %1 bytes is larger than the %2 bytes allowed; the connection is closed.")
                                      .arg(length)
                                      .arg(kMaxFrameBytes)};
    }
    if (m_buffer.size() < qsizetype(4 + length))
        return std::nullopt;
    const QByteArray body = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);
    if (length == 0)
        return Item{std::nullopt, QObject::tr("An empty message was received.")};
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError)
        return Item{std::nullopt, QObject::tr("A message is not valid CBOR (%1).").arg(error.errorString())};
    if (!value.isMap())
        return Item{std::nullopt, QObject::tr("A message must be a CBOR map.")};
    return Item{value.toMap(), {}};
}

QCborMap eventToCbor(const audit::Event& event)
{
    return QCborMap::fromJsonObject(audit::eventToJsonObject(event));
}

namespace {

// An audit event is plain JSON carried as CBOR: maps with text keys, arrays,
// text, numbers, booleans and null, a few levels deep. Anything else (tags,
// byte strings, simple values, non-text keys, deep nesting) is refused before
// Qt's CBOR-to-JSON conversion sees it: that conversion turned an 8-byte map
// with a tagged, non-text key into a std::bad_alloc (fuzz_service_protocol),
// and any local user can send the service such a message.
bool isPlainJson(const QCborValue& v, int depth, qsizetype& budget)
{
    if (depth > 8 || --budget < 0)
        return false;
    switch (v.type()) {
    case QCborValue::Integer:
    case QCborValue::Double:
    case QCborValue::String:
    case QCborValue::True:
    case QCborValue::False:
    case QCborValue::Null:
        return true;
    case QCborValue::Array: {
        const QCborArray a = v.toArray();
        for (const QCborValue& item : a)
            if (!isPlainJson(item, depth + 1, budget))
                return false;
        return true;
    }
    case QCborValue::Map: {
        const QCborMap m = v.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            if (!it.key().isString() || !isPlainJson(it.value(), depth + 1, budget))
                return false;
        return true;
    }
    default:
        return false;
    }
}

// The conversion itself, of a value isPlainJson accepted, done here rather
// than by QCborMap::toJsonObject: Qt's conversion crashed (a SEGV deep in
// QtCore) on a map that passed the check above (fuzz_service_protocol,
// finding 8), and any local user can send the service such a message.
QJsonValue plainToJson(const QCborValue& v)
{
    switch (v.type()) {
    case QCborValue::Integer: return QJsonValue(v.toInteger());
    case QCborValue::Double: return QJsonValue(v.toDouble());
    case QCborValue::String: return QJsonValue(v.toString());
    case QCborValue::True: return QJsonValue(true);
    case QCborValue::False: return QJsonValue(false);
    case QCborValue::Array: {
        QJsonArray out;
        const QCborArray a = v.toArray();
        for (const QCborValue& item : a)
            out.append(plainToJson(item));
        return out;
    }
    case QCborValue::Map: {
        QJsonObject out;
        const QCborMap m = v.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            out.insert(it.key().toString(), plainToJson(it.value()));
        return out;
    }
    default: return QJsonValue(QJsonValue::Null);
    }
}

} // namespace

Result<audit::Event> eventFromCbor(const QCborValue& value)
{
    if (!value.isMap())
        return Error{QObject::tr("The audit event is missing or not a map.")};
    qsizetype budget = 10000;
    if (!isPlainJson(value, 0, budget))
        return Error{QObject::tr("The audit event holds something that is not plain JSON (a tag, bytes, a non-text key, or too deep).")};
    return audit::eventFromJsonObject(plainToJson(value).toObject());
}

QCborMap errorReply(qint64 id, const QString& message)
{
    QCborMap m;
    m.insert(QStringLiteral("id"), id);
    m.insert(QStringLiteral("ok"), false);
    m.insert(QStringLiteral("error"), message);
    return m;
}

} // namespace custos::service

// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_protocol.h"

#include "core/audit/audit_log.h"

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

Result<audit::Event> eventFromCbor(const QCborValue& value)
{
    if (!value.isMap())
        return Error{QObject::tr("The audit event is missing or not a map.")};
    return audit::eventFromJsonObject(value.toMap().toJsonObject());
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

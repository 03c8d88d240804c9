// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_protocol.h"

#include "core/audit/audit_log.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QObject>
#include <QtEndian>

#include <cmath>
#include <limits>
#include <optional>

namespace custos::service {

void appendCbor(QByteArray& out, const QCborValue& value)
{
    // Qt 6.4's QCborStreamWriter(QByteArray*) writes from the start, not
    // after what is there (its documentation says "append"): a QBuffer
    // opened to append. (QCborValue::toCbor() grows its buffer write by
    // write; the callers reserve.)
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly | QIODevice::Append);
    QCborStreamWriter writer(&buffer);
    value.toCbor(writer);
}

QByteArray encodeFrame(const QCborMap& message)
{
    // Written in place behind room for the length, into a buffer reserved
    // for a usual message.
    QByteArray out;
    out.reserve(1024);
    out.append(4, '\0');
    appendCbor(out, message.toCborValue());
    qToBigEndian(quint32(out.size() - 4), out.data());
    return out;
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
    if (length == 0) {
        m_buffer.remove(0, 4);
        return Item{std::nullopt, QObject::tr("An empty message was received.")};
    }
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(m_buffer.constData() + 4, qsizetype(length), &error);
    m_buffer.remove(0, 4 + qsizetype(length));
    if (error.error != QCborError::NoError)
        return Item{std::nullopt, QObject::tr("A message is not valid CBOR (%1).").arg(error.errorString())};
    if (!value.isMap())
        return Item{std::nullopt, QObject::tr("A message must be a CBOR map.")};
    return Item{value.toMap(), {}};
}

namespace {

// ---- The event's JSON form (audit::eventToJsonObject), built and read as
// CBOR directly. It used to go Event -> QJsonObject -> QCborMap on the way
// out and CBOR -> QJsonObject -> Event on the way in: the conversions took
// about 40 % of custosd's time per record. The bytes are the same as before
// (keys in the order QJsonObject keeps them, sorted; empty text and codes
// left out; the same value types), which tst_service_trail checks against
// the JSON path, so trails written before and after read the same.

void putText(QCborMap& m, QLatin1String key, const QString& value)
{
    if (!value.isEmpty())
        m.insert(key, value);
}

void putCode(QCborMap& m, QLatin1String key, const audit::Code& code)
{
    if (code.code.isEmpty() && code.codingScheme.isEmpty() && code.meaning.isEmpty())
        return;
    QCborMap c;
    putText(c, QLatin1String("code"), code.code);
    putText(c, QLatin1String("meaning"), code.meaning);
    putText(c, QLatin1String("scheme"), code.codingScheme);
    m.insert(key, c);
}

// Maps are read by walking them, never by QCborMap::value(key): on a map
// that Qt parsed only in part (an odd number of elements), value() reads
// past its end and crashed inside QtCore (fuzz_service_protocol, finding 9),
// while the walk stays within the pairs it has. As QJsonObject kept the
// last of two equal keys, the last one counts here too.
template <class Each>
void forEachEntry(const QCborValue& v, Each each)
{
    const QCborMap m = v.toMap();
    for (auto it = m.constBegin(); it != m.constEnd(); ++it)
        if (it.key().isString())
            each(it.key().toString(), QCborValue(it.value()));
}

audit::Code codeOf(const QCborValue& v)
{
    audit::Code c;
    forEachEntry(v, [&c](const QString& key, const QCborValue& value) {
        if (key == QLatin1String("code"))
            c.code = value.toString();
        else if (key == QLatin1String("scheme"))
            c.codingScheme = value.toString();
        else if (key == QLatin1String("meaning"))
            c.meaning = value.toString();
    });
    return c;
}

// A number as an exact integer: an integer, or a finite double with no
// fraction inside qint64's range; nothing else. (QCborValue::toInteger()
// converts any double, and for a NaN or a huge one that is undefined
// behaviour: fuzz_service_protocol, finding 10.)
std::optional<qint64> exactInteger(const QCborValue& v)
{
    if (v.isInteger())
        return v.toInteger();
    if (v.isDouble()) {
        const double d = v.toDouble();
        // 2^63 is exactly representable; everything below it converts.
        if (std::isfinite(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0 && std::trunc(d) == d)
            return qint64(d);
    }
    return std::nullopt;
}

// As QJsonValue::toInt(fallback): an exact integer in int's range.
int intOf(const QCborValue& v, int fallback)
{
    const auto i = exactInteger(v);
    return i && *i >= std::numeric_limits<int>::min() && *i <= std::numeric_limits<int>::max() ? int(*i) : fallback;
}

} // namespace

QCborMap eventToCbor(const audit::Event& e)
{
    QCborMap o;
    o.insert(QLatin1String("action"), QString(e.action));
    if (e.breakGlass)
        o.insert(QLatin1String("breakGlass"), true);
    putCode(o, QLatin1String("id"), e.id);
    QCborArray objects;
    for (const audit::ParticipantObject& p : e.objects) {
        QCborMap j;
        putText(j, QLatin1String("detail"), p.detail);
        putText(j, QLatin1String("id"), p.id);
        putCode(j, QLatin1String("idType"), p.idType);
        putText(j, QLatin1String("name"), p.name);
        j.insert(QLatin1String("typeCode"), p.typeCode);
        j.insert(QLatin1String("typeCodeRole"), p.typeCodeRole);
        objects.append(j);
    }
    if (!objects.isEmpty())
        o.insert(QLatin1String("objects"), objects);
    o.insert(QLatin1String("outcome"), int(e.outcome));
    putText(o, QLatin1String("outcomeDescription"), e.outcomeDescription);
    QCborArray participants;
    for (const audit::ActiveParticipant& p : e.participants) {
        QCborMap j;
        putText(j, QLatin1String("networkAccessPoint"), p.networkAccessPoint);
        if (p.requestor)
            j.insert(QLatin1String("requestor"), true);
        putCode(j, QLatin1String("role"), p.role);
        putText(j, QLatin1String("userId"), p.userId);
        putText(j, QLatin1String("userName"), p.userName);
        participants.append(j);
    }
    if (!participants.isEmpty())
        o.insert(QLatin1String("participants"), participants);
    putText(o, QLatin1String("purposeOfUse"), e.purposeOfUse);
    putCode(o, QLatin1String("type"), e.type);
    return o;
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

} // namespace

Result<audit::Event> eventFromCbor(const QCborValue& value)
{
    if (!value.isMap())
        return Error{QObject::tr("The audit event is missing or not a map.")};
    qsizetype budget = 10000;
    if (!isPlainJson(value, 0, budget))
        return Error{QObject::tr("The audit event holds something that is not plain JSON (a tag, bytes, a non-text key, or too deep).")};
    // Read as audit::eventFromJsonObject reads the JSON form, with the same
    // checks and the same sentences. (Qt's own CBOR-to-JSON conversion is
    // never used on what a client sent: it crashed in QtCore on a map that
    // passed the check above, fuzz_service_protocol's finding 8.)
    QCborValue id, type, action, outcome, participants, objects;
    audit::Event e;
    forEachEntry(value, [&](const QString& key, const QCborValue& v) {
        if (key == QLatin1String("id"))
            id = v;
        else if (key == QLatin1String("type"))
            type = v;
        else if (key == QLatin1String("action"))
            action = v;
        else if (key == QLatin1String("outcome"))
            outcome = v;
        else if (key == QLatin1String("outcomeDescription"))
            e.outcomeDescription = v.toString();
        else if (key == QLatin1String("purposeOfUse"))
            e.purposeOfUse = v.toString();
        else if (key == QLatin1String("breakGlass"))
            e.breakGlass = v.isTrue();
        else if (key == QLatin1String("participants"))
            participants = v;
        else if (key == QLatin1String("objects"))
            objects = v;
    });
    e.id = codeOf(id);
    if (e.id.code.isEmpty())
        return Error{QObject::tr("The audit record's event has no event ID code.")};
    e.type = codeOf(type);
    const QString letter = action.toString();
    if (letter.size() != 1)
        return Error{QObject::tr("The audit record's event action \"%1\" is not one letter.").arg(letter)};
    e.action = letter.front();
    const int code = intOf(outcome, -1);
    if (code != 0 && code != 4 && code != 8 && code != 12)
        return Error{QObject::tr("The audit record's event outcome %1 is not 0, 4, 8 or 12.").arg(code)};
    e.outcome = audit::Outcome(code);
    const QCborArray people = participants.toArray();
    e.participants.reserve(std::size_t(people.size()));
    for (const QCborValue& v : people) {
        audit::ActiveParticipant p;
        forEachEntry(v, [&p](const QString& key, const QCborValue& x) {
            if (key == QLatin1String("userId"))
                p.userId = x.toString();
            else if (key == QLatin1String("userName"))
                p.userName = x.toString();
            else if (key == QLatin1String("role"))
                p.role = codeOf(x);
            else if (key == QLatin1String("requestor"))
                p.requestor = x.isTrue();
            else if (key == QLatin1String("networkAccessPoint"))
                p.networkAccessPoint = x.toString();
        });
        e.participants.push_back(std::move(p));
    }
    const QCborArray things = objects.toArray();
    e.objects.reserve(std::size_t(things.size()));
    for (const QCborValue& v : things) {
        audit::ParticipantObject p;
        forEachEntry(v, [&p](const QString& key, const QCborValue& x) {
            if (key == QLatin1String("typeCode"))
                p.typeCode = intOf(x, 2);
            else if (key == QLatin1String("typeCodeRole"))
                p.typeCodeRole = intOf(x, 0);
            else if (key == QLatin1String("idType"))
                p.idType = codeOf(x);
            else if (key == QLatin1String("id"))
                p.id = x.toString();
            else if (key == QLatin1String("name"))
                p.name = x.toString();
            else if (key == QLatin1String("detail"))
                p.detail = x.toString();
        });
        e.objects.push_back(std::move(p));
    }
    return e;
}

qint64 integerOf(const QCborValue& v, qint64 fallback)
{
    return exactInteger(v).value_or(fallback);
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

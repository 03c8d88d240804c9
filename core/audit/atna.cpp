// SPDX-License-Identifier: Apache-2.0
// The record's JSON form (also the canonical bytes the log MACs and hashes,
// see audit_log.cpp), DICOM PS3.15 A.5 AuditMessage XML and RFC 5424
// syslog messages.

#include <QObject>
#include "core/audit/audit_log.h"
#include "core/audit/purpose.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace custos::audit {

namespace {

// ---------------------------------------------------------------- JSON

// Empty fields are left out: records stay small (the log and its
// verification handle every byte of them) and absent means empty.
void putText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty()) o.insert(QLatin1String(key), value);
}

void putCode(QJsonObject& o, const char* key, const Code& code)
{
    if (code.code.isEmpty() && code.codingScheme.isEmpty() && code.meaning.isEmpty()) return;
    QJsonObject c;
    putText(c, "code", code.code);
    putText(c, "scheme", code.codingScheme);
    putText(c, "meaning", code.meaning);
    o.insert(QLatin1String(key), c);
}

Code codeFrom(const QJsonValue& v)
{
    const QJsonObject c = v.toObject();
    return {c.value(QLatin1String("code")).toString(), c.value(QLatin1String("scheme")).toString(),
            c.value(QLatin1String("meaning")).toString()};
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject eventToJson(const Event& e)
{
    QJsonObject o;
    putCode(o, "id", e.id);
    putCode(o, "type", e.type);
    o.insert(QLatin1String("action"), QString(e.action));
    o.insert(QLatin1String("outcome"), int(e.outcome));
    putText(o, "outcomeDescription", e.outcomeDescription);
    putText(o, "purposeOfUse", e.purposeOfUse);
    if (e.breakGlass) o.insert(QLatin1String("breakGlass"), true);
    QJsonArray participants;
    for (const ActiveParticipant& p : e.participants) {
        QJsonObject j;
        putText(j, "userId", p.userId);
        putText(j, "userName", p.userName);
        putCode(j, "role", p.role);
        if (p.requestor) j.insert(QLatin1String("requestor"), true);
        putText(j, "networkAccessPoint", p.networkAccessPoint);
        participants.append(j);
    }
    if (!participants.isEmpty()) o.insert(QLatin1String("participants"), participants);
    QJsonArray objects;
    for (const ParticipantObject& p : e.objects) {
        QJsonObject j;
        j.insert(QLatin1String("typeCode"), p.typeCode);
        j.insert(QLatin1String("typeCodeRole"), p.typeCodeRole);
        putCode(j, "idType", p.idType);
        putText(j, "id", p.id);
        putText(j, "name", p.name);
        putText(j, "detail", p.detail);
        objects.append(j);
    }
    if (!objects.isEmpty()) o.insert(QLatin1String("objects"), objects);
    return o;
}

Result<Event> eventFromJson(const QJsonObject& o)
{
    Event e;
    e.id = codeFrom(o.value(QLatin1String("id")));
    if (e.id.code.isEmpty())
        return Error{QObject::tr("The audit record's event has no event ID code.")};
    e.type = codeFrom(o.value(QLatin1String("type")));
    const QString action = text(o, "action");
    if (action.size() != 1)
        return Error{QObject::tr("The audit record's event action \"%1\" is not one letter.")
                         .arg(action)};
    e.action = action.front();
    const int outcome = o.value(QLatin1String("outcome")).toInt(-1);
    if (outcome != 0 && outcome != 4 && outcome != 8 && outcome != 12)
        return Error{QObject::tr("The audit record's event outcome %1 is not 0, 4, 8 or 12.")
                         .arg(outcome)};
    e.outcome = Outcome(outcome);
    e.outcomeDescription = text(o, "outcomeDescription");
    e.purposeOfUse = text(o, "purposeOfUse");
    e.breakGlass = o.value(QLatin1String("breakGlass")).toBool();
    for (const QJsonValue& v : o.value(QLatin1String("participants")).toArray()) {
        const QJsonObject j = v.toObject();
        ActiveParticipant p;
        p.userId = text(j, "userId");
        p.userName = text(j, "userName");
        p.role = codeFrom(j.value(QLatin1String("role")));
        p.requestor = j.value(QLatin1String("requestor")).toBool();
        p.networkAccessPoint = text(j, "networkAccessPoint");
        e.participants.push_back(std::move(p));
    }
    for (const QJsonValue& v : o.value(QLatin1String("objects")).toArray()) {
        const QJsonObject j = v.toObject();
        ParticipantObject p;
        p.typeCode = j.value(QLatin1String("typeCode")).toInt(2);
        p.typeCodeRole = j.value(QLatin1String("typeCodeRole")).toInt(0);
        p.idType = codeFrom(j.value(QLatin1String("idType")));
        p.id = text(j, "id");
        p.name = text(j, "name");
        p.detail = text(j, "detail");
        e.objects.push_back(std::move(p));
    }
    return e;
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// ---------------------------------------------------------------- XML

// XML 1.0 cannot carry most control characters, even escaped; a patient
// name with one must not make the whole message invalid.
QString xmlSafe(const QString& in)
{
    QString out = in;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < out.size() &&
            QChar::isLowSurrogate(out.at(i + 1).unicode())) {
            ++i; // a valid pair: keep both halves
            continue;
        }
        const bool control = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        if (control || QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF)
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

void writeAttribute(QXmlStreamWriter& w, const char* name, const QString& value)
{
    w.writeAttribute(QLatin1String(name), xmlSafe(value));
}

void writeCode(QXmlStreamWriter& w, const char* element, const Code& code)
{
    w.writeEmptyElement(QLatin1String(element));
    writeAttribute(w, "csd-code", code.code);
    if (!code.codingScheme.isEmpty()) writeAttribute(w, "codeSystemName", code.codingScheme);
    if (!code.meaning.isEmpty()) writeAttribute(w, "originalText", code.meaning);
}

void writeEventIdentification(QXmlStreamWriter& w, const Record& record)
{
    const Event& e = record.event;
    w.writeStartElement(QStringLiteral("EventIdentification"));
    writeAttribute(w, "EventActionCode", QString(e.action));
    writeAttribute(w, "EventDateTime", isoTime(record.time));
    writeAttribute(w, "EventOutcomeIndicator", QString::number(int(e.outcome)));
    writeCode(w, "EventID", e.id);
    if (!e.type.code.isEmpty()) writeCode(w, "EventTypeCode", e.type);
    if (!e.outcomeDescription.isEmpty())
        w.writeTextElement(QStringLiteral("EventOutcomeDescription"),
                           xmlSafe(e.outcomeDescription));
    // A purpose the program states is one of Custos' codes (purpose.h), with
    // its English words; one a person typed is their words. Break-glass
    // access is HL7 ActReason "BTG" (break the glass).
    if (const QString words = purpose::englishText(e.purposeOfUse); !words.isEmpty())
        writeCode(w, "PurposeOfUse", {e.purposeOfUse, QStringLiteral("99CUSTOS-PURPOSE"), words});
    else if (!e.purposeOfUse.isEmpty())
        writeCode(w, "PurposeOfUse",
                  {QStringLiteral("custos-purpose"), QStringLiteral("Custos"), e.purposeOfUse});
    if (e.breakGlass)
        writeCode(w, "PurposeOfUse",
                  {QStringLiteral("BTG"), QStringLiteral("HL7 ActReason"),
                   QStringLiteral("break the glass")});
    w.writeEndElement();
}

void writeParticipant(QXmlStreamWriter& w, const ActiveParticipant& p)
{
    w.writeStartElement(QStringLiteral("ActiveParticipant"));
    writeAttribute(w, "UserID", p.userId);
    if (!p.userName.isEmpty()) writeAttribute(w, "UserName", p.userName);
    writeAttribute(w, "UserIsRequestor",
                   p.requestor ? QStringLiteral("true") : QStringLiteral("false"));
    if (!p.networkAccessPoint.isEmpty()) {
        writeAttribute(w, "NetworkAccessPointID", p.networkAccessPoint);
        writeAttribute(w, "NetworkAccessPointTypeCode", QStringLiteral("1")); // machine name
    }
    if (!p.role.code.isEmpty()) writeCode(w, "RoleIDCode", p.role);
    w.writeEndElement();
}

void writeObject(QXmlStreamWriter& w, const ParticipantObject& o)
{
    w.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
    writeAttribute(w, "ParticipantObjectID", o.id);
    writeAttribute(w, "ParticipantObjectTypeCode", QString::number(o.typeCode));
    if (o.typeCodeRole > 0)
        writeAttribute(w, "ParticipantObjectTypeCodeRole", QString::number(o.typeCodeRole));
    writeCode(w, "ParticipantObjectIDTypeCode", o.idType);
    if (!o.name.isEmpty())
        w.writeTextElement(QStringLiteral("ParticipantObjectName"), xmlSafe(o.name));
    if (!o.detail.isEmpty())
        w.writeTextElement(QStringLiteral("ParticipantObjectDescription"), xmlSafe(o.detail));
    w.writeEndElement();
}

// ---------------------------------------------------------------- syslog

// RFC 5424 header fields are printable US-ASCII without spaces, bounded.
QByteArray headerField(const QString& value, int maxLength)
{
    QByteArray out = value.toUtf8().left(maxLength);
    for (char& c : out)
        if (c < 33 || c > 126) c = '_';
    return out.isEmpty() ? QByteArray("-") : out;
}

// RFC 5424 6.3.3: '"', '\' and ']' are escaped inside PARAM-VALUE.
QByteArray sdParamValue(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '"' || c == '\\' || c == ']') out.append('\\');
        out.append(c);
    }
    return out;
}

} // namespace

QJsonObject toJson(const Record& record)
{
    QJsonObject o;
    o.insert(QLatin1String("seq"), qint64(record.seq));
    o.insert(QLatin1String("time"), isoTime(record.time));
    o.insert(QLatin1String("host"), record.host);
    o.insert(QLatin1String("pid"), record.processId);
    o.insert(QLatin1String("event"), eventToJson(record.event));
    o.insert(QLatin1String("previousHash"), QString::fromLatin1(record.previousHash.toHex()));
    if (!record.note.isEmpty())
        o.insert(QLatin1String("note"), record.note);
    if (!record.hash.isEmpty())
        o.insert(QLatin1String("hash"), QString::fromLatin1(record.hash.toHex()));
    return o;
}

Result<Record> recordFromJson(const QJsonObject& o)
{
    Record r;
    const qint64 seq = o.value(QLatin1String("seq")).toInteger(0);
    if (seq <= 0) return Error{QObject::tr("The audit record has no valid sequence number.")};
    r.seq = quint64(seq);
    r.time = QDateTime::fromString(text(o, "time"), Qt::ISODateWithMs);
    if (!r.time.isValid())
        return Error{QObject::tr("Audit record %1 has no valid time (\"%2\").")
                         .arg(seq)
                         .arg(text(o, "time"))};
    r.time = r.time.toUTC();
    r.host = text(o, "host");
    r.processId = o.value(QLatin1String("pid")).toInteger(0);
    auto event = eventFromJson(o.value(QLatin1String("event")).toObject());
    if (!event)
        return Error{QObject::tr("Audit record %1: %2").arg(seq).arg(event.errorMessage())};
    r.event = std::move(event).value();
    r.note = text(o, "note");
    r.previousHash = QByteArray::fromHex(text(o, "previousHash").toLatin1());
    if (r.previousHash.size() != 32)
        return Error{QObject::tr("Audit record %1 has no valid previous-record hash.").arg(seq)};
    if (o.contains(QLatin1String("hash"))) {
        r.hash = QByteArray::fromHex(text(o, "hash").toLatin1());
        if (r.hash.size() != 32)
            return Error{QObject::tr("Audit record %1 has an invalid hash.").arg(seq)};
    }
    return r;
}

QJsonObject eventToJsonObject(const Event& event)
{
    return eventToJson(event);
}

Result<Event> eventFromJsonObject(const QJsonObject& json)
{
    return eventFromJson(json);
}

QString toAtnaXml(const Record& record)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("AuditMessage"));
    writeEventIdentification(w, record);
    for (const ActiveParticipant& p : record.event.participants)
        writeParticipant(w, p);
    w.writeStartElement(QStringLiteral("AuditSourceIdentification"));
    writeAttribute(w, "AuditSourceID",
                   record.host.isEmpty() ? QStringLiteral("custos") : record.host);
    // RFC 3881 / DICOM audit source type 1: end-user display device.
    writeCode(
        w, "AuditSourceTypeCode",
        {QStringLiteral("1"), QStringLiteral("DCM"), QStringLiteral("End User Display Device")});
    w.writeEndElement();
    for (const ParticipantObject& o : record.event.objects)
        writeObject(w, o);
    w.writeEndElement();
    return xml;
}

QByteArray toSyslogMessage(const Record& record, const QString& appName)
{
    // Facility authpriv (10): the log carries security events. Severity
    // notice (5) for success, warning (4) for any failure: <85> or <84>.
    const int severity = record.event.outcome == Outcome::Success ? 5 : 4;
    QByteArray out = '<' + QByteArray::number(10 * 8 + severity) + ">1 ";
    out += record.time.isValid() ? isoTime(record.time).toLatin1() : QByteArray("-");
    out += ' ' + headerField(record.host, 255);
    out += ' ' + headerField(appName, 48);
    out += ' ' + (record.processId > 0 ? QByteArray::number(record.processId) : QByteArray("-"));
    // IHE ITI TF-2 3.20.6.2: ATNA messages carry MSGID "IHE+RFC-3881".
    out += " IHE+RFC-3881 ";
    // 32473 is the enterprise number RFC 5612 sets aside for examples and
    // private use; the receiver de-duplicates by seq.
    out += "[custos@32473 seq=\"" + sdParamValue(QByteArray::number(record.seq)) + "\" hash=\"" +
           sdParamValue(record.hash.toHex()) + '"';
    if (!record.note.isEmpty())
        out += " note=\"" + sdParamValue(record.note.toUtf8()) + '"';
    out += "] ";
    out += "\xEF\xBB\xBF"; // RFC 5424 6.4: a UTF-8 MSG starts with the BOM
    out += toAtnaXml(record).toUtf8();
    return out;
}

} // namespace custos::audit

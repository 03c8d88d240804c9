// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd's wire protocol over a local socket (a Unix socket on Linux and
// macOS; QLocalSocket/QLocalServer). One message is one frame:
//
//   u32 length (big-endian) | CBOR map (QCborValue), at most kMaxFrameBytes
//
// Requests:  {"v": 1, "id": N, "op": "append", "event": <event map>}
//            {"v": 1, "id": N, "op": "status"}
//            {"v": 1, "id": N, "op": "ssoSignIn", "idToken", "nonce", ...}  (service_accounts.h)
// Replies:   {"id": N, "ok": true, "seq": S}            (append: durable)
//            {"id": N, "ok": true, "mode": ..., ...}     (status)
//            {"id": N, "ok": false, "error": "a sentence for a person"}
//
// A frame that is too long, empty or not CBOR is answered with an error
// and, when the framing itself is lost (length too large), the connection
// is closed: the reader never guesses where the next frame starts.
// The event map is the audit event's JSON form (audit::eventToJsonObject)
// carried as CBOR. Who sent it is never read from the message: the server
// takes the uid and pid from the kernel (peer_credentials.h).

#include "core/audit/audit_event.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <optional>
#include <vector>

namespace custos::service {

inline constexpr qint64 kMaxFrameBytes = 1 << 20; // 1 MiB: an audit event is a few hundred bytes
inline constexpr int kProtocolVersion = 1;

// The length prefix and the CBOR bytes of `message`.
QByteArray encodeFrame(const QCborMap& message);
// The CBOR bytes of `value` appended to `out` (reserve `out` first: Qt's
// encoder writes a few bytes at a time).
void appendCbor(QByteArray& out, const QCborValue& value);

// Accumulates bytes from a stream and cuts them into frames.
class FrameReader
{
public:
    struct Item
    {
        std::optional<QCborMap> message; // set: a well-formed frame
        QString error;                   // otherwise why not (the frame was skipped)
    };
    void feed(const QByteArray& bytes);
    // The next complete frame, if any. After a fatal error (an impossible
    // length) fatal() is true and nothing more is read.
    std::optional<Item> next();
    bool fatal() const { return m_fatal; }
    qint64 buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    bool m_fatal = false;
};

// A number a client sent, as an integer: its value, or `fallback` for
// anything that is not an integer or an exactly integral, finite double in
// range. (QCborValue::toInteger() converts any double, and for a NaN or a
// huge one that conversion is undefined behaviour: fuzz_service_protocol,
// finding 10, through custosd's reading of a message's "id".)
qint64 integerOf(const QCborValue& value, qint64 fallback = 0);

QCborMap eventToCbor(const audit::Event& event);
Result<audit::Event> eventFromCbor(const QCborValue& value);

QCborMap errorReply(qint64 id, const QString& message);

} // namespace custos::service

// SPDX-License-Identifier: Apache-2.0
#pragma once
// A streaming parser for multipart/related bodies (RFC 2046/2387), as
// WADO-RS sends them: bytes are fed as they arrive and each part is handed
// on the moment its closing boundary is seen, so instances reach the volume
// while the rest of the series is still on the wire. Only the part being
// received is buffered. complete() is true only after the closing
// delimiter: a body that stops early was not delivered, whatever came.

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace custos::pacs {

class MultipartParser
{
public:
    // headers: lower-case names. Returning false stops the parser (failed()).
    using PartSink = std::function<bool(const QMap<QByteArray, QByteArray>& headers, QByteArray&& body)>;

    MultipartParser(QByteArray boundary, PartSink sink);

    // The boundary parameter of a Content-Type header ("" when none).
    static QByteArray boundaryOf(const QByteArray& contentType);

    // Returns false once the body is malformed or the sink said stop.
    bool feed(const QByteArray& bytes);
    bool complete() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    QString problem() const { return m_problem; }
    int parts() const { return m_parts; }

private:
    enum class State { Preamble, Headers, Body, AfterBoundary, Done, Failed };
    bool fail(const QString& why);
    QByteArray m_delimiter; // "\r\n--" + boundary
    PartSink m_sink;
    QByteArray m_buffer;
    qsizetype m_pos = 0;      // where the unread bytes of m_buffer start
    qsizetype m_scanFrom = 0; // from m_pos: where the boundary search goes on
    State m_state = State::Preamble;
    QMap<QByteArray, QByteArray> m_headers;
    QString m_problem;
    int m_parts = 0;
};

} // namespace custos::pacs

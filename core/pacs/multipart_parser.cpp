// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/multipart_parser.h"

#include <QCoreApplication>
#include <QList>

namespace custos::pacs {

namespace {
QString t(const char* s) { return QCoreApplication::translate("custos::pacs", s); }
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
} // namespace

MultipartParser::MultipartParser(QByteArray boundary, PartSink sink)
    : m_delimiter(QByteArray("\r\n--") + boundary), m_sink(std::move(sink))
{
    if (boundary.isEmpty() || boundary.size() > 70)
        fail(t("The answer is multipart without a usable boundary."));
    // The first boundary may start the body without a preceding CRLF.
    m_buffer = "\r\n";
}

QByteArray MultipartParser::boundaryOf(const QByteArray& contentType)
{
    for (QByteArray param : contentType.split(';')) {
        param = param.trimmed();
        if (param.toLower().startsWith("boundary=")) {
            QByteArray value = param.mid(9).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

bool MultipartParser::fail(const QString& why)
{
    m_state = State::Failed;
    m_problem = why;
    m_buffer.clear();
    return false;
}

bool MultipartParser::feed(const QByteArray& bytes)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true; // the epilogue is ignored
    m_buffer.append(bytes);
    for (;;) {
        switch (m_state) {
        case State::Preamble: {
            const qsizetype at = m_buffer.indexOf(m_delimiter, m_scanFrom);
            if (at < 0) {
                m_scanFrom = std::max<qsizetype>(0, m_buffer.size() - m_delimiter.size());
                if (m_buffer.size() > kMaxHeaderBytes)
                    return fail(t("The answer does not start with its multipart boundary."));
                return true;
            }
            m_buffer.remove(0, at + m_delimiter.size());
            m_scanFrom = 0;
            m_state = State::AfterBoundary;
            break;
        }
        case State::AfterBoundary: {
            if (m_buffer.size() < 2)
                return true;
            if (m_buffer.startsWith("--")) {
                m_state = State::Done;
                m_buffer.clear();
                return true;
            }
            // Transport padding (spaces) may follow a boundary before its CRLF.
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return m_buffer.size() > 1024 ? fail(t("A multipart boundary line is malformed.")) : true;
            if (!m_buffer.left(eol).trimmed().isEmpty())
                return fail(t("A multipart boundary line is malformed."));
            m_buffer.remove(0, eol + 2);
            m_headers.clear();
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            const bool noHeaders = m_buffer.startsWith("\r\n");
            if (!noHeaders && end < 0)
                return m_buffer.size() > kMaxHeaderBytes ? fail(t("A part's headers are too long.")) : true;
            const qsizetype headerEnd = noHeaders ? 0 : end;
            for (const QByteArray& line : m_buffer.left(headerEnd).split('\n')) {
                const QByteArray l = line.trimmed();
                const qsizetype colon = l.indexOf(':');
                if (colon > 0)
                    m_headers.insert(l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed());
            }
            m_buffer.remove(0, noHeaders ? 2 : end + 4);
            m_scanFrom = 0;
            m_state = State::Body;
            // The delimiter search needs the CRLF that precedes a boundary;
            // an empty body is followed directly by "--boundary".
            m_buffer.prepend("\r\n");
            m_scanFrom = 0;
            break;
        }
        case State::Body: {
            const qsizetype at = m_buffer.indexOf(m_delimiter, m_scanFrom);
            if (at < 0) {
                m_scanFrom = std::max<qsizetype>(0, m_buffer.size() - m_delimiter.size());
                return true;
            }
            QByteArray body = m_buffer.mid(2, at - 2); // without the CRLF put in front
            m_buffer.remove(0, at + m_delimiter.size());
            m_scanFrom = 0;
            ++m_parts;
            m_state = State::AfterBoundary;
            if (!m_sink(m_headers, std::move(body)))
                return fail(t("Stopped."));
            break;
        }
        case State::Done:
        case State::Failed:
            return m_state == State::Done;
        }
    }
}

} // namespace custos::pacs

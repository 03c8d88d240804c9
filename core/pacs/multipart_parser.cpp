// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/multipart_parser.h"

#include <QCoreApplication>
#include <QList>

namespace custos::pacs {

namespace {
// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
} // namespace

MultipartParser::MultipartParser(QByteArray boundary, PartSink sink)
    : m_delimiter(QByteArray("\r\n--") + boundary), m_sink(std::move(sink))
{
    if (boundary.isEmpty() || boundary.size() > 70)
        fail(Text::tr("The answer is multipart without a usable boundary."));
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

// What was read is skipped by moving m_pos, and dropped from the buffer
// once per feed (what is left then is at most part of one part). It used to
// be removed part by part: each removal moved everything behind it, and a
// feed of 16 MiB (Qt's read buffer) holding 32 instances moved ~256 MiB.
bool MultipartParser::feed(const QByteArray& bytes)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true; // the epilogue is ignored
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
    const auto rest = [this] { return m_buffer.size() - m_pos; };
    const auto at = [this](const char* text) { return QByteArrayView(m_buffer).sliced(m_pos).startsWith(QByteArrayView(text)); };
    for (;;) {
        switch (m_state) {
        case State::Preamble: {
            const qsizetype found = m_buffer.indexOf(m_delimiter, m_pos + m_scanFrom);
            if (found < 0) {
                m_scanFrom = std::max<qsizetype>(0, rest() - m_delimiter.size());
                if (rest() > kMaxHeaderBytes)
                    return fail(Text::tr("The answer does not start with its multipart boundary."));
                return true;
            }
            m_pos = found + m_delimiter.size();
            m_scanFrom = 0;
            m_state = State::AfterBoundary;
            break;
        }
        case State::AfterBoundary: {
            if (rest() < 2)
                return true;
            if (at("--")) {
                m_state = State::Done;
                m_buffer.clear();
                m_pos = 0;
                return true;
            }
            // Transport padding (spaces) may follow a boundary before its CRLF.
            const qsizetype eol = m_buffer.indexOf("\r\n", m_pos);
            if (eol < 0)
                return rest() > 1024 ? fail(Text::tr("A multipart boundary line is malformed.")) : true;
            if (!QByteArrayView(m_buffer).sliced(m_pos, eol - m_pos).trimmed().isEmpty())
                return fail(Text::tr("A multipart boundary line is malformed."));
            m_pos = eol + 2;
            m_headers.clear();
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            const bool noHeaders = at("\r\n");
            const qsizetype end = noHeaders ? m_pos : m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0)
                return rest() > kMaxHeaderBytes ? fail(Text::tr("A part's headers are too long.")) : true;
            for (const QByteArray& line : m_buffer.mid(m_pos, end - m_pos).split('\n')) {
                const QByteArray l = line.trimmed();
                const qsizetype colon = l.indexOf(':');
                if (colon > 0)
                    m_headers.insert(l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed());
            }
            // The CRLF that ends the headers stays: the delimiter search
            // needs the CRLF that precedes a boundary, and an empty body is
            // followed directly by "--boundary".
            m_pos = noHeaders ? m_pos : end + 2;
            m_scanFrom = 0;
            m_state = State::Body;
            break;
        }
        case State::Body: {
            const qsizetype found = m_buffer.indexOf(m_delimiter, m_pos + m_scanFrom);
            if (found < 0) {
                m_scanFrom = std::max<qsizetype>(0, rest() - m_delimiter.size());
                return true;
            }
            // Without the CRLF in front (none where the delimiter follows at once).
            QByteArray body = m_buffer.mid(m_pos + 2, std::max<qsizetype>(0, found - m_pos - 2));
            m_pos = found + m_delimiter.size();
            m_scanFrom = 0;
            ++m_parts;
            m_state = State::AfterBoundary;
            if (!m_sink(m_headers, std::move(body)))
                return fail(Text::tr("Stopped."));
            break;
        }
        case State::Done:
        case State::Failed:
            return m_state == State::Done;
        }
    }
}

} // namespace custos::pacs

// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidc_loopback_listener.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace custos::auth {

namespace {

// A browser's GET with its headers fits easily; anything larger is not one.
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr int kConnectionTimeoutMs = 10000;

QByteArray page(const QString& title, const QString& message)
{
    const QString html =
        QObject::tr("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    "<title>%1</title><style>body{font-family:sans-serif;background:#1e1e1e;"
                    "color:#ddd;margin:4em auto;max-width:36em;line-height:1.4}</style></head>"
                    "<body><h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), message.toHtmlEscaped());
    return html.toUtf8();
}

void respond(QTcpSocket* socket, int status, const QByteArray& body)
{
    static const QMap<int, QByteArray> reasons{{200, "OK"},
                                               {400, "Bad Request"},
                                               {404, "Not Found"},
                                               {405, "Method Not Allowed"},
                                               {431, "Request Header Fields Too Large"}};
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) +
                "\r\n"
                "Cache-Control: no-store\r\n"
                "Referrer-Policy: no-referrer\r\n"
                "X-Content-Type-Options: nosniff\r\n"
                "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
                "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace

struct LoopbackRedirectListener::Impl
{
    QTcpServer server;
    QString host;
    QString path;
    std::optional<PendingAuthorization> pending;
    Done done;
    bool answered = false;
};

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>())
{
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = d->server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            // A connection that never sends a full request is dropped.
            QTimer::singleShot(kConnectionTimeoutMs, socket, [socket] { socket->abort(); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 && buffer->size() > kMaxRequestBytes) {
                    respond(socket, 431, page(QObject::tr("Request too large"), QString()));
                    return;
                }
                if (end < 0) return;
                const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
                buffer->clear();
                disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

                const QList<QByteArray> parts = requestLine.split(' ');
                if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
                    respond(socket, 400, page(QObject::tr("Bad request"), QString()));
                    return;
                }
                if (parts[0] != "GET") {
                    respond(socket, 405, page(QObject::tr("Method not allowed"), QString()));
                    return;
                }
                const QByteArray& target = parts[1];
                const qsizetype question = target.indexOf('?');
                const QByteArray targetPath = question < 0 ? target : target.left(question);
                if (targetPath != d->path.toUtf8() || !d->pending || d->answered) {
                    respond(socket, 404,
                            page(QObject::tr("Not found"),
                                 d->answered ? QObject::tr("This sign-in has already finished.")
                                             : QString()));
                    return;
                }
                handleCallback(socket, question < 0 ? QByteArray() : target.mid(question + 1));
            });
        }
    });
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

Result<void> LoopbackRedirectListener::listen(const QString& host, const QString& path)
{
    const QHostAddress address(host);
    if (address.isNull() || !address.isLoopback())
        return Error{
            QObject::tr("The sign-in redirect must listen on a loopback IP address, not \"%1\".")
                .arg(host)};
    if (!d->server.listen(address, 0))
        return Error{QObject::tr("Custos could not open its sign-in address on %1: %2.")
                         .arg(host, d->server.errorString())};
    d->host = host;
    d->path = path;
    return Ok{};
}

QString LoopbackRedirectListener::redirectUri() const
{
    if (!d->server.isListening()) return {};
    const bool v6 = d->host.contains(QLatin1Char(':'));
    return QStringLiteral("http://%1:%2%3")
        .arg(v6 ? QStringLiteral("[%1]").arg(d->host) : d->host)
        .arg(d->server.serverPort())
        .arg(d->path);
}

quint16 LoopbackRedirectListener::port() const
{
    return d->server.serverPort();
}

void LoopbackRedirectListener::expect(const PendingAuthorization& pending, Done done)
{
    d->pending = pending;
    d->done = std::move(done);
    d->answered = false;
}

void LoopbackRedirectListener::close()
{
    d->server.close();
    d->done = nullptr;
    d->pending.reset();
    for (QTcpSocket* socket : d->server.findChildren<QTcpSocket*>())
        socket->abort();
}

void LoopbackRedirectListener::handleCallback(QTcpSocket* socket, const QByteArray& query)
{
    d->answered = true;
    d->server.close(); // exactly one callback
    Result<AuthorizationResponse> result = checkAuthorizationResponse(query, *d->pending);
    if (result)
        respond(socket, 200,
                page(QObject::tr("Signed in to Custos"),
                     QObject::tr("You can close this window and return to Custos.")));
    else
        respond(socket, 400,
                page(QObject::tr("Sign-in failed"),
                     QObject::tr("%1 You can close this window and try again in Custos.")
                         .arg(result.errorMessage())));
    // Reported from the event loop, so the callback may delete this listener.
    QTimer::singleShot(0, this, [done = std::move(d->done), result = std::move(result)]() mutable {
        if (done) done(std::move(result));
    });
    d->done = nullptr;
}

} // namespace custos::auth

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The loopback redirect of a native app (RFC 8252 §7.3): an HTTP listener on
// 127.0.0.1 (or ::1) with a port the kernel picks, that takes exactly one
// authorization response on the redirect path, checks it (state, iss,
// error, code: checkAuthorizationResponse), answers the browser with a small
// page ("You can close this window") and stops listening. Requests for other
// paths (a browser's favicon) get 404 and do not count.

#include "core/auth/oidc_protocol.h"
#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTcpSocket;

namespace custos::auth {

class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<AuthorizationResponse>)>;

    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening on `host` with an ephemeral port.
    Result<void> listen(const QString& host = QStringLiteral("127.0.0.1"),
                        const QString& path = QStringLiteral("/callback"));
    // http://127.0.0.1:PORT/callback; empty before listen().
    QString redirectUri() const;
    quint16 port() const;

    // Waits for the one response to `pending`; `done` is called once, from
    // the event loop, after the browser has been answered. Calling expect()
    // before the browser can arrive is the caller's job (before opening it).
    void expect(const PendingAuthorization& pending, Done done);

    // Stops listening and drops open connections; `done` is not called.
    void close();

private:
    void handleCallback(QTcpSocket* socket, const QByteArray& query);

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::auth

// SPDX-License-Identifier: Apache-2.0
// custosd: the Custos system service (a thin main(); the logic is in
// core/service). It runs under its own system account and keeps the
// machine's audit trail, which the people it records cannot rewrite.
//
//   custosd --foreground --state-dir DIR --socket PATH
//   custosd --init --state-dir DIR --verification-key-file FILE
//           [--service-account NAME] [--epoch-seconds N] [--public-key-file FILE]
//
// --init also makes the Ed25519 key that signs session tickets (in the
// state folder) and pins its public key in a root-owned, world-readable
// file beside the site policy (/etc/custos/service-key.pub). Run again
// over an existing state, it keeps the trail and the key and writes the
// pinned public key once more.

#include "core/policy/policy_loader.h"
#include "core/service/peer_credentials.h"
#include "core/service/sealed_trail.h"
#include "core/service/service_config.h"
#include "core/service/service_server.h"
#include "core/service/session_ticket.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

void printErr(const QString& text) { std::fprintf(stderr, "custosd: %s\n", qUtf8Printable(text)); }

} // namespace

int main(int argc, char** argv)
{
    ::umask(077); // nothing the service writes is for anyone else
    // Qt's own poll() loop rather than GLib's: custosd needs nothing of
    // GLib, and GLib's adds a source and a poll record every time a socket
    // notifier is switched (QLocalSocket switches its write notifier for
    // every answer), measurable per durable append.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custosd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Custos system service: the machine's sealed audit trail."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption foreground(QStringLiteral("foreground"), QStringLiteral("Run in the foreground (as systemd or a test starts it)."));
    const QCommandLineOption init(QStringLiteral("init"), QStringLiteral("Create the state and write the verification key once."));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), QStringLiteral("The service's state folder (default /var/lib/custos)."),
                                      QStringLiteral("DIR"), QStringLiteral("/var/lib/custos"));
    const QCommandLineOption socket(QStringLiteral("socket"), QStringLiteral("The socket to listen on (default %1).").arg(QLatin1String(custos::service::kDefaultSocket)),
                                    QStringLiteral("PATH"), QString::fromLatin1(custos::service::kDefaultSocket));
    const QCommandLineOption keyFile(QStringLiteral("verification-key-file"), QStringLiteral("--init: where to write the verification key (root only)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption account(QStringLiteral("service-account"), QStringLiteral("--init: the account the state folder is given to (default _custos)."),
                                     QStringLiteral("NAME"), QString::fromLatin1(custos::service::kDefaultAccount));
    const QCommandLineOption epoch(QStringLiteral("epoch-seconds"), QStringLiteral("--init: how long one sealing epoch lasts (default 900)."),
                                   QStringLiteral("N"), QString::number(custos::service::kDefaultEpochSeconds));
    const QCommandLineOption publicKey(QStringLiteral("public-key-file"),
                                       QStringLiteral("--init: where to pin the ticket public key (default %1).").arg(custos::service::pinnedTicketKeyPath()),
                                       QStringLiteral("FILE"), custos::service::pinnedTicketKeyPath());
    parser.addOptions({foreground, init, stateDir, socket, keyFile, account, epoch, publicKey});
    parser.process(app);

    if (parser.isSet(init)) {
        if (!parser.isSet(keyFile) && !QFileInfo::exists(custos::service::trailPath(parser.value(stateDir)))) {
            printErr(QStringLiteral("--init needs --verification-key-file FILE."));
            return 2;
        }
        int owner = -1;
        if (::geteuid() == 0) {
            auto uid = custos::service::userId(parser.value(account));
            if (!uid) {
                printErr(uid.errorMessage());
                return 2;
            }
            owner = int(uid.value());
        }
        bool ok = false;
        const qint64 seconds = parser.value(epoch).toLongLong(&ok);
        if (!ok || seconds < 1) {
            printErr(QStringLiteral("--epoch-seconds needs a whole number of seconds, at least 1."));
            return 2;
        }
        const bool existing = QFileInfo::exists(custos::service::trailPath(parser.value(stateDir)));
        if (!existing) {
            if (auto done = custos::service::initializeTrail(parser.value(stateDir), parser.value(keyFile), seconds, owner); !done) {
                printErr(done.errorMessage());
                return 1;
            }
        }
        // The ticket key: made once, kept; its public half pinned (again) for every client.
        auto signing = custos::service::loadOrCreateSigningKey(parser.value(stateDir), owner);
        if (!signing) {
            printErr(signing.errorMessage());
            return 1;
        }
        // Only root pins the key where clients trust it (a person's own
        // --init, e.g. to try the service, pins nothing unless told where).
        if (::geteuid() == 0 || parser.isSet(publicKey)) {
            if (auto pinned = custos::service::writePinnedTicketKey(signing.value(), parser.value(publicKey)); !pinned) {
                printErr(pinned.errorMessage());
                return 1;
            }
        } else {
            printErr(QStringLiteral("not root: the ticket public key was not pinned in %1 (give --public-key-file to write it elsewhere).")
                         .arg(parser.value(publicKey)));
        }
        if (existing) {
            std::printf("custosd: %s already holds a trail (kept); the ticket public key is pinned in %s.\n",
                        qUtf8Printable(parser.value(stateDir)), qUtf8Printable(parser.value(publicKey)));
            return 0;
        }
        std::printf("custosd: state in %s; verification key written to %s. Store that file off this machine (it proves the trail later) "
                    "and remove it from here.\n",
                    qUtf8Printable(parser.value(stateDir)), qUtf8Printable(parser.value(keyFile)));
        return 0;
    }
    if (!parser.isSet(foreground)) {
        printErr(QStringLiteral("Start it with --foreground (systemd, launchd and the tests do), or --init once at set-up."));
        return 2;
    }
    if (::geteuid() == 0)
        printErr(QStringLiteral("warning: running as root; install it to run as its own account (%1).").arg(QLatin1String(custos::service::kDefaultAccount)));

    custos::service::ServerOptions options;
    options.stateDir = parser.value(stateDir);
    options.socketPath = parser.value(socket);
    // Site mode: forwarding to the site's collector is not optional.
    if (custos::service::siteMode()) {
        auto policy = custos::policy::loadSitePolicy();
        if (!policy) {
            printErr(policy.errorMessage());
            return 1;
        }
        auto ceiling = custos::service::backlogCeiling(*policy.value());
        if (!ceiling) {
            printErr(ceiling.errorMessage());
            return 1;
        }
        options.policy = policy.value();
        const custos::policy::AuditCollectorPolicy& collector = policy.value()->auditCollector;
        if (!collector.host.isEmpty()) {
            options.collector.host = collector.host;
            options.collector.port = quint16(collector.port);
            options.collector.caFile = collector.caFile;
            // The service's own TLS client certificate, if the collector asks for one.
            const QDir state(options.stateDir);
            if (QFileInfo::exists(state.filePath(QStringLiteral("collector-client.pem")))) {
                options.collector.clientCertFile = state.filePath(QStringLiteral("collector-client.pem"));
                options.collector.clientKeyFile = state.filePath(QStringLiteral("collector-client.key"));
            }
            options.maxBacklogRecords = ceiling.value().records;
            options.maxBacklogSeconds = ceiling.value().seconds;
        }
    }
    auto server = custos::service::Server::start(options);
    if (!server) {
        printErr(server.errorMessage());
        return 1;
    }
    // SIGTERM/SIGINT: stop cleanly (pending records are written and answered first).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    }
    std::printf("custosd: listening on %s\n", qUtf8Printable(parser.value(socket)));
    std::fflush(stdout);
    const int code = app.exec();
    server.value().reset();
    return code;
}

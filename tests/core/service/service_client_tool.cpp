// SPDX-License-Identifier: Apache-2.0
// custos-t12-client: a client process for tst_service. Appends COUNT audit
// events through custosd and prints one line per acknowledged record
// ("ack SEQ TAG-I"), so the test can check that nothing acknowledged was
// lost and nothing was recorded twice. Every event claims to come from
// "root" (pid 1 in its own words): the service must record who it saw.
//
//   custos-t12-client --socket PATH --account NAME --count N --tag TAG [--status]
//                     [--ticket-file FILE] [--phi]
// --ticket-file: a ticket as custos-cli keeps it ("CUSTOS-TICKET-1", base64),
// sent with every append; --phi: the events say patient data was accessed
// (DICOM 110103), which the service records only with a valid ticket.

#include "core/audit/audit_event.h"
#include "core/service/peer_credentials.h"
#include "core/service/service_client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCborMap>
#include <QFile>

#include <cstdio>

#include <unistd.h>

using namespace custos;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption socket(QStringLiteral("socket"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption account(QStringLiteral("account"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption tag(QStringLiteral("tag"), QString(), QStringLiteral("TAG"), QStringLiteral("t"));
    const QCommandLineOption ticketFile(QStringLiteral("ticket-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption phi(QStringLiteral("phi"), QString());
    // --sso-proof FILE: a file of two lines (ID token, nonce) handed to custosd's
    // ssoSignIn as this OS user; prints "ticket" or the refusal, exit 1.
    const QCommandLineOption ssoProof(QStringLiteral("sso-proof"), QString(), QStringLiteral("FILE"));
    // --reauth-since SECS: a re-authentication asked for at SECS (seconds since 1970).
    const QCommandLineOption reauthSince(QStringLiteral("reauth-since"), QString(), QStringLiteral("SECS"));
    parser.addOptions({socket, account, count, tag, ticketFile, phi, ssoProof, reauthSince});
    parser.process(app);
    service::Endpoint endpoint;
    endpoint.socketPath = parser.value(socket);
    endpoint.account = parser.value(account);
    auto uid = service::userId(endpoint.account);
    if (!uid) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(uid.errorMessage()));
        return 2;
    }
    endpoint.uid = uid.value();
    service::Client client(endpoint);
    if (parser.isSet(ticketFile)) {
        QFile f(parser.value(ticketFile));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(f.fileName()));
            return 2;
        }
        client.setTicket(QByteArray::fromBase64(f.readAll().split('\n').value(1)));
    }
    if (parser.isSet(ssoProof)) {
        QFile f(parser.value(ssoProof));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(f.fileName()));
            return 2;
        }
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCborMap ask;
        ask.insert(QStringLiteral("op"), QStringLiteral("ssoSignIn"));
        ask.insert(QStringLiteral("idToken"), lines.value(0));
        ask.insert(QStringLiteral("nonce"), QString::fromUtf8(lines.value(1)));
        if (parser.isSet(reauthSince))
            ask.insert(QStringLiteral("reauthSince"), parser.value(reauthSince).toLongLong());
        auto reply = client.call(ask);
        if (!reply) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(reply.errorMessage()));
            return 1;
        }
        std::printf("ticket %s\n", reply.value().value(QStringLiteral("ticket")).toByteArray().toBase64().constData());
        return 0;
    }
    std::printf("pid %lld\n", static_cast<long long>(::getpid()));
    std::fflush(stdout);
    const int n = parser.value(count).toInt();
    for (int i = 0; i < n; ++i) {
        const QString what = QStringLiteral("%1-%2").arg(parser.value(tag)).arg(i);
        audit::Event e = audit::events::securityAlert(QStringLiteral("root"), what, audit::Outcome::Success);
        e.purposeOfUse = QStringLiteral("claimed pid 1");
        if (parser.isSet(phi)) {
            e.id = {QStringLiteral("110103"), QStringLiteral("DCM"), QStringLiteral("DICOM Instances Accessed")};
            e.type = {};
            e.action = QLatin1Char('R');
        }
        auto seq = client.append(e);
        if (!seq) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(seq.errorMessage()));
            return 1;
        }
        std::printf("ack %llu %s\n", static_cast<unsigned long long>(seq.value()), qUtf8Printable(what));
        std::fflush(stdout);
    }
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_security.h"

#include "app/cli/cli_compliance.h"
#include "app/cli/cli_guard.h"

#include "app/common/services.h"
#include "core/service/sealed_trail.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

// An administrative command: a session whose role the Guard allows `action`
// (recorded either way). nullopt: go on; otherwise the exit code.
std::optional<int> requireAdministration(const std::shared_ptr<app::Services>& services, policy::Action action, const QString& what,
                                         const QString& destination = {})
{
    auto guard = openGuard(services);
    if (!guard) {
        printErr(guard.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    policy::Subject subject;
    subject.description = what;
    subject.destination = destination;
    if (auto refused = guard.value()->require(action, subject, what)) {
        printErr(t("Nothing was done.\n"));
        return refused;
    }
    return std::nullopt;
}

// Whether another process holds the trail's writer lock (the flock the
// audit log takes on audit.lock), so this one could not open it.
bool trailHeldByAnotherProcess(const QString& folder)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(QDir(folder).filePath(QStringLiteral("audit.lock")));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // also releases the shared lock, if it was taken
    return held;
#else
    Q_UNUSED(folder);
    return false;
#endif
}

} // namespace

int runKeys(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("rotate"), t("Make a new key-encryption key and re-wrap every data key."));
    const QCommandLineOption data(QStringLiteral("data"), t("Also re-encrypt the cached data under new data keys."));
    parser.addOption(data);
    if (auto done = parseCommand(parser, QStringLiteral("keys"), args))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("rotate")}) {
        printErr(t("Usage: custos-cli keys rotate [--data]\n"));
        return UsageError;
    }
    auto services = openServices(global, true);
    if (!services->keys() || !services->auditLog())
        return PartialFailure;
    if (auto refused = requireAdministration(services, policy::Action::ManageCache, QStringLiteral("custos-cli keys rotate")))
        return *refused;
    auto fail = [&](const QString& what, const QString& why) {
        printErr(t("Key rotation failed while %1: %2\nThe previous key stays valid; nothing was lost.\n").arg(what, why));
        services->record(audit::events::securityAlert(services->user(), QStringLiteral("Key rotation failed: ") + why));
        return PartialFailure;
    };
    if (auto r = services->keys()->beginRotation(); !r)
        return fail(t("making the new key"), r.errorMessage());
    if (services->cache())
        if (auto r = services->cache()->rewrapKeys(); !r)
            return fail(t("re-wrapping the cache keys"), r.errorMessage());
    if (auto r = services->auditLog()->rewrapKeys(); !r)
        return fail(t("re-wrapping the audit keys"), r.errorMessage());
    if (auto r = services->keys()->commitRotation(); !r)
        return fail(t("retiring the old key"), r.errorMessage());
    if (parser.isSet(data) && services->cache())
        if (auto r = services->cache()->reencryptAll(); !r)
            return fail(t("re-encrypting the cache"), r.errorMessage());
    services->record(audit::events::keyRotation(services->user(), parser.isSet(data)));
    printOut(parser.isSet(data) ? t("Rotated the key-encryption key and re-encrypted the cached data.\n")
                                : t("Rotated the key-encryption key; every data key was re-wrapped.\n"));
    return Success;
}

int runCache(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), t("stats, verify or purge"));
    const QCommandLineOption json(QStringLiteral("json"), t("Print JSON."));
    parser.addOption(json);
    if (auto done = parseCommand(parser, QStringLiteral("cache"), args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString command = pos.value(0);
    if (pos.size() != 1 || !(command == QLatin1String("stats") || command == QLatin1String("verify") || command == QLatin1String("purge"))) {
        printErr(t("Usage: custos-cli cache stats|verify|purge [--json]\n"));
        return UsageError;
    }
    auto services = openServices(global, true);
    auto cache = services->cache();
    if (!cache)
        return PartialFailure;
    if (auto refused = requireAdministration(services, policy::Action::ManageCache, QStringLiteral("custos-cli cache ") + command))
        return *refused;
    if (command == QLatin1String("stats")) {
        const auto s = cache->stats();
        if (parser.isSet(json))
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("folder"), s.folder},
                                                                 {QStringLiteral("objects"), s.objects},
                                                                 {QStringLiteral("bytes"), double(s.bytes)},
                                                                 {QStringLiteral("dataKeys"), s.deks},
                                                                 {QStringLiteral("maxBytes"), double(s.options.maxBytes)},
                                                                 {QStringLiteral("ttlSeconds"), double(s.options.ttlSeconds)}})
                                           .toJson()));
        else
            printOut(t("%1 objects, %2 MiB of %3 MiB, %4 data keys, kept for %5 days, in %6\n")
                         .arg(s.objects)
                         .arg(double(s.bytes) / 1048576.0, 0, 'f', 1)
                         .arg(double(s.options.maxBytes) / 1048576.0, 0, 'f', 0)
                         .arg(s.deks)
                         .arg(s.options.ttlSeconds / 86400)
                         .arg(s.folder));
        return Success;
    }
    if (command == QLatin1String("verify")) {
        const auto report = cache->verify();
        for (const QString& key : report.damaged)
            services->record(audit::events::securityAlert(services->user(), QStringLiteral("Cache object failed authentication and was removed: ") + key));
        if (report.damaged.empty()) {
            printOut(t("OK: %1 cached objects authenticated.\n").arg(report.objects));
            return Success;
        }
        printOut(t("%1 of %2 cached objects failed authentication and were removed; they will be read again from their source.\n")
                     .arg(report.damaged.size())
                     .arg(report.objects));
        return PartialFailure;
    }
    auto purged = cache->purge();
    if (!purged) {
        printErr(t("The cache could not be purged: %1\n").arg(purged.errorMessage()));
        return PartialFailure;
    }
    services->record(audit::events::cachePurged(services->user(), purged.value()));
    printOut(t("Purged %1 cached objects; their keys were destroyed (crypto-shredded).\n").arg(purged.value()));
    return Success;
}

int runAudit(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), t("verify, show or export"));
    const QCommandLineOption json(QStringLiteral("json"), t("Print JSON (show)."));
    const QCommandLineOption since(QStringLiteral("since"), t("Only records at or after this time (ISO 8601, e.g. 2026-11-29 or 2026-11-29T08:00)."), QStringLiteral("T"));
    const QCommandLineOption format(QStringLiteral("format"), t("Export format: atna-xml."), QStringLiteral("FORMAT"), QStringLiteral("atna-xml"));
    const QCommandLineOption output(QStringLiteral("output"), t("Write the export to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption verificationKey(QStringLiteral("verification-key-file"),
                                             t("verify: check the Custos service's sealed trail with the verification key custosd --init wrote."), QStringLiteral("FILE"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), t("With --verification-key-file: the service's state folder (default /var/lib/custos)."),
                                      QStringLiteral("DIR"), QStringLiteral("/var/lib/custos"));
    parser.addOptions({json, since, format, output, verificationKey, stateDir});
    if (auto done = parseCommand(parser, QStringLiteral("audit"), args))
        return *done;
    // The service's trail, proven with the key kept off the machine: no
    // keychain and no service needed, only read access to the trail (root,
    // or a copy of it).
    if (parser.isSet(verificationKey)) {
        if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
            printErr(t("--verification-key-file goes with audit verify only.\n"));
            return UsageError;
        }
        auto key = service::readVerificationKeyFile(parser.value(verificationKey));
        if (!key) {
            printErr(key.errorMessage() + QLatin1Char('\n'));
            return UsageError;
        }
        const service::TrailReport report = service::verifyTrail(service::trailPath(parser.value(stateDir)), key.value());
        printOut(report.message + QLatin1Char('\n'));
        return report.ok ? Success : PartialFailure;
    }
    const QStringList pos = parser.positionalArguments();
    const QString command = pos.value(0);
    if (pos.size() != 1 || !(command == QLatin1String("verify") || command == QLatin1String("show") || command == QLatin1String("export"))) {
        printErr(t("Usage: custos-cli audit verify | show [--since T] [--json] | export --format atna-xml [--output FILE]\n"));
        return UsageError;
    }
    if (command == QLatin1String("export") && parser.value(format) != QLatin1String("atna-xml")) {
        printErr(t("Unknown export format \"%1\"; use atna-xml.\n").arg(parser.value(format)));
        return UsageError;
    }
    QDateTime from;
    if (parser.isSet(since)) {
        from = QDateTime::fromString(parser.value(since), Qt::ISODate);
        if (!from.isValid())
            from = QDateTime(QDate::fromString(parser.value(since), Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!from.isValid()) {
            printErr(t("--since needs a date or time such as 2026-11-29 or 2026-11-29T08:00.\n"));
            return UsageError;
        }
    }
    if (command == QLatin1String("export") && !parser.isSet(output)) {
        // An export of patient data goes to a file whose folder the site allows, never to a pipe.
        printErr(t("audit export writes patient data: name the file with --output FILE (in an export destination of the site policy).\n"));
        return UsageError;
    }
    auto services = openServices(global, false);
    auto log = services->auditLog();
    if (!log && services->siteMode() && command == QLatin1String("show"))
        return runSiteAuditShow(global, from, parser.isSet(json)); // custosd's Guard decides and records the read
    if (!log && services->siteMode()) {
        printErr(t("On this computer the audit trail is kept by the Custos service, not in your data folder. "
                   "Prove it with: custos-cli audit verify --verification-key-file FILE\n"));
        return PartialFailure;
    }
    if (!log && trailHeldByAnotherProcess(QDir(services->dataDir()).filePath(QStringLiteral("audit")))) {
        // Not read beside its writer: reading it must itself be recorded in
        // it, which only the writer can do, and a record being appended
        // could read as a damaged chain.
        printErr(t("The audit trail in %1 is open in a running Custos viewer (or another custos-cli command), which is its only writer. "
                   "It is not read while it is open there: reading it must itself be recorded in it, and a record being written "
                   "could look like tampering. Quit the viewer (File > Quit) and run the command again.\n")
                     .arg(QDir::toNativeSeparators(QDir(services->dataDir()).filePath(QStringLiteral("audit")))));
        return TrailInUse;
    }
    if (!log) {
        printErr(t("The audit trail could not be opened: %1\n").arg(services->problem()));
        return PartialFailure;
    }
    // Reading the trail shows patient IDs and names: ViewAuditTrail; writing
    // it out is an export of PHI: ExportAuditTrail into an allowed folder.
    if (command == QLatin1String("show"))
        if (auto refused = requireAdministration(services, policy::Action::ViewAuditTrail, QStringLiteral("custos-cli audit show")))
            return *refused;
    if (command == QLatin1String("export"))
        if (auto refused = requireAdministration(services, policy::Action::ExportAuditTrail, QStringLiteral("custos-cli audit export"),
                                                 QFileInfo(parser.value(output)).absolutePath()))
            return *refused;
    if (command == QLatin1String("verify")) {
        const auto report = log->verify();
        if (!report.ok())
            services->record(audit::events::securityAlert(services->user(), QStringLiteral("Audit trail verification failed: ") + report.message,
                                                          audit::Outcome::SeriousFailure));
        (report.ok() ? printOut(report.message + QLatin1Char('\n')) : printOut(report.message + QLatin1Char('\n')));
        return report.ok() ? Success : PartialFailure;
    }
    auto records = log->read(1);
    if (!records) {
        printErr(t("The audit trail could not be read: %1\n").arg(records.errorMessage()));
        return PartialFailure;
    }
    std::vector<audit::Record> selected;
    for (auto& r : records.value())
        if (!from.isValid() || r.time >= from)
            selected.push_back(std::move(r));
    QString out;
    if (command == QLatin1String("export")) {
        out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AuditMessages>\n");
        for (const auto& r : selected)
            out += audit::toAtnaXml(r) + QLatin1Char('\n');
        out += QStringLiteral("</AuditMessages>\n");
    } else if (parser.isSet(json)) {
        QJsonArray arr;
        for (const auto& r : selected)
            arr.append(audit::toJson(r));
        out = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("records"), arr}}).toJson());
    } else {
        for (const auto& r : selected) {
            QStringList objects;
            for (const auto& o : r.event.objects)
                objects << o.id;
            const QString who = r.event.participants.empty() ? QString() : r.event.participants.front().userId;
            out += QStringLiteral("%1  %2  %3 %4  %5  %6  %7\n")
                       .arg(r.seq, 6)
                       .arg(r.time.toUTC().toString(Qt::ISODateWithMs))
                       .arg(r.event.id.code, r.event.id.meaning)
                       .arg(r.event.outcome == audit::Outcome::Success ? t("success") : t("failure %1").arg(int(r.event.outcome)))
                       .arg(who)
                       .arg(objects.join(QLatin1Char(',')));
        }
    }
    if (parser.isSet(output)) {
        QFile f(parser.value(output));
        if (!f.open(QIODevice::WriteOnly) || f.write(out.toUtf8()) < 0) {
            printErr(t("Could not write %1: %2\n").arg(parser.value(output), f.errorString()));
            return PartialFailure;
        }
        printOut(t("Wrote %1 records to %2.\n").arg(selected.size()).arg(parser.value(output)));
    } else {
        printOut(out);
    }
    return Success;
}

} // namespace custos::cli

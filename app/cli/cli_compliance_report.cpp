// SPDX-License-Identifier: Apache-2.0
// The compliance report from the command line: the Guard first
// (ComplianceReport; --identified also ComplianceReportIdentified), then the
// report is computed from the audit trail (site mode: the machine-wide one,
// read through custosd) and the policy in force by
// core/governance and written as HTML, PDF (QTextDocument on QPdfWriter,
// charts drawn by QPainter) and JSON. Drift alarms that are due are
// recorded first, once each, for the compliance officer.

#include "app/cli/cli_compliance_report.h"

#include "app/cli/cli_compliance.h"
#include "app/cli/cli_guard.h"
#include "app/common/services.h"
#include "core/common/owner_only.h"
#include "core/governance/compliance_report.h"
#include "core/governance/monitoring.h"
#include "core/service/sealed_trail.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSslSocket>
#include <QTextDocument>

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

QJsonObject installedSbom()
{
    // Where the package installs it (installer/install_rules.cmake: <prefix>/share/doc/custos).
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString& candidate : {dir + QStringLiteral("/../share/doc/custos/sbom.cdx.json"), dir + QStringLiteral("/doc/sbom.cdx.json"),
                                     dir + QStringLiteral("/../Resources/doc/sbom.cdx.json")}) {
        QFile f(candidate);
        if (f.open(QIODevice::ReadOnly))
            return QJsonDocument::fromJson(f.readAll()).object();
    }
    return {};
}

QJsonArray linkedComponents()
{
    return QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Custos")}, {QStringLiteral("version"), QStringLiteral(CUSTOS_VERSION)}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Qt")}, {QStringLiteral("version"), QString::fromLatin1(qVersion())}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("TLS library")}, {QStringLiteral("version"), QSslSocket::sslLibraryVersionString()}}};
}

// One acceptance-rate chart per monitored stream: weekly points, the
// baseline as a dashed line, drawn by Qt.
QImage chart(const QJsonObject& stream)
{
    QImage img(720, 220, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect plot(60, 30, 640, 150);
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(plot);
    p.drawText(QRect(0, 4, 720, 22), Qt::AlignCenter,
               QStringLiteral("%1 %2 — %3: weekly acceptance rate")
                   .arg(stream.value(QStringLiteral("modelName")).toString(), stream.value(QStringLiteral("version")).toString(),
                        stream.value(QStringLiteral("findingType")).toString()));
    for (int i = 0; i <= 4; ++i) {
        const int y = plot.bottom() - i * plot.height() / 4;
        p.setPen(QPen(QColor(200, 200, 200), 1));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::black);
        p.drawText(QRect(0, y - 8, 55, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(i * 0.25, 'f', 2));
    }
    const QJsonArray weeks = stream.value(QStringLiteral("weeklyAcceptance")).toArray();
    auto xAt = [&](int i) { return plot.left() + (weeks.size() <= 1 ? plot.width() / 2 : i * plot.width() / (weeks.size() - 1)); };
    auto yAt = [&](double v) { return plot.bottom() - int(v * plot.height()); };
    if (stream.contains(QStringLiteral("baseline"))) {
        p.setPen(QPen(QColor(0, 128, 0), 2, Qt::DashLine));
        const int y = yAt(stream.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("acceptanceRate")).toDouble());
        p.drawLine(plot.left(), y, plot.right(), y);
    }
    p.setPen(QPen(QColor(20, 60, 180), 2));
    QPoint last;
    for (int i = 0; i < weeks.size(); ++i) {
        const QPoint pt(xAt(i), yAt(weeks.at(i).toArray().at(1).toDouble()));
        if (i > 0)
            p.drawLine(last, pt);
        p.drawEllipse(pt, 3, 3);
        last = pt;
    }
    p.setPen(Qt::black);
    if (!weeks.isEmpty()) {
        p.drawText(QRect(plot.left(), plot.bottom() + 4, 200, 16), Qt::AlignLeft, weeks.first().toArray().at(0).toString());
        p.drawText(QRect(plot.right() - 200, plot.bottom() + 4, 200, 16), Qt::AlignRight, weeks.last().toArray().at(0).toString());
    }
    const QJsonObject drift = stream.value(QStringLiteral("drift")).toObject();
    if (drift.value(QStringLiteral("alarm")).toBool()) {
        p.setPen(QColor(200, 0, 0));
        p.drawText(QRect(plot.left() + 6, plot.top() + 4, 400, 16), Qt::AlignLeft,
                   QStringLiteral("DRIFT ALARM %1").arg(drift.value(QStringLiteral("alarmTime")).toString()));
    }
    return img;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    common::makeOwnerOnlyFile(path); // the report names patients (identified variant)
    return true;
}

std::optional<QDate> dateOption(const QCommandLineParser& parser, const QCommandLineOption& option, bool* bad)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!d.isValid())
        *bad = true;
    return d;
}

// Records each drift alarm the trail does not hold yet; returns how many.
int recordDueAlarms(app::Services& services, const std::vector<audit::Record>& records, const policy::Policy& policy, const QString& who)
{
    const governance::Registry registry = governance::Registry::fromPolicy(policy.aiGovernance);
    int raised = 0;
    for (const governance::StreamReport& s : governance::monitor(registry, governance::decisionsFromTrail(records), {}, {}))
        if (s.alarmAtDecision && !governance::driftAlarmRecorded(records, s)) {
            services.record(governance::driftAlarmEvent(who, s));
            ++raised;
        }
    return raised;
}

} // namespace

int runCompliance(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), t("report or monitor"));
    const QCommandLineOption out(QStringLiteral("out"), t("The folder the report is written to."), QStringLiteral("DIR"));
    const QCommandLineOption since(QStringLiteral("since"), t("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), t("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), t("html, pdf, json, comma-separated (default: all three)."), QStringLiteral("LIST"),
                                    QStringLiteral("html,pdf,json"));
    const QCommandLineOption identified(QStringLiteral("identified"), t("Name patients and studies (needs ComplianceReportIdentified)."));
    const QCommandLineOption verificationKey(QStringLiteral("verification-key-file"),
                                             t("Site mode: prove the service's trail with this verification key (needs read access to the trail)."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), t("With --verification-key-file: the service's state folder (default /var/lib/custos)."),
                                      QStringLiteral("DIR"), QStringLiteral("/var/lib/custos"));
    parser.addOptions({out, since, until, format, identified, verificationKey, stateDir});
    if (auto done = parseCommand(parser, QStringLiteral("compliance"), args))
        return *done;
    const QString command = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (command != QLatin1String("report") && command != QLatin1String("monitor"))
        || (command == QLatin1String("report") && !parser.isSet(out))) {
        printErr(t("Usage: custos-cli compliance report --out DIR [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format html,pdf,json] [--identified]\n"
                   "       custos-cli compliance monitor\n"));
        return UsageError;
    }
    bool badDate = false;
    const auto from = dateOption(parser, since, &badDate);
    const auto to = dateOption(parser, until, &badDate);
    if (badDate || (from && to && *from > *to)) {
        printErr(t("--since and --until need dates such as 2026-11-01, the first not after the second.\n"));
        return UsageError;
    }
    QSet<QString> formats;
    for (const QString& f : parser.value(format).split(QLatin1Char(','), Qt::SkipEmptyParts))
        formats.insert(f.trimmed().toLower());
    for (const QString& f : formats)
        if (f != QLatin1String("html") && f != QLatin1String("pdf") && f != QLatin1String("json")) {
            printErr(t("Unknown report format \"%1\"; use html, pdf or json.\n").arg(f));
            return UsageError;
        }

    auto services = openServices(global, false);
    const bool site = services->siteMode(); // the ticket is the one openGuard() finds below
    auto log = site ? nullptr : services->auditLog();
    if (!site && !log)
        return PartialFailure;
    if (!site && parser.isSet(verificationKey)) {
        printErr(t("--verification-key-file proves the Custos service's trail; this computer has none (personal mode).\n"));
        return UsageError;
    }
    // Site mode: the machine-wide trail, read through custosd, which decides
    // (ViewAuditTrail) and records the read; personal mode: the data folder's.
    auto readTrail = [&]() -> Result<std::vector<audit::Record>> {
        if (site)
            return readSiteTrail(services);
        return log->read(1);
    };
    auto guard = openGuard(services);
    if (!guard) {
        printErr(guard.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    const bool wantIdentified = parser.isSet(identified);
    policy::Subject subject;
    subject.description = QStringLiteral("compliance %1 %2 to %3%4")
                              .arg(command, from ? from->toString(Qt::ISODate) : QStringLiteral("start"), to ? to->toString(Qt::ISODate) : QStringLiteral("now"),
                                   wantIdentified ? QStringLiteral(" identified") : QString());
    if (auto refused = guard.value()->require(policy::Action::ComplianceReport, subject, QStringLiteral("administration")))
        return *refused;
    if (wantIdentified)
        if (auto refused = guard.value()->require(policy::Action::ComplianceReportIdentified, subject, QStringLiteral("administration")))
            return *refused;
    const auth::Identity who = guard.value()->guard->requester().identity;
    const QString person = who.userName.isEmpty() ? who.subject : who.userName;

    auto read = readTrail();
    if (!read) {
        printErr(t("The audit trail could not be read: %1\n").arg(read.errorMessage()));
        return site ? Refused : PartialFailure;
    }
    const int raised = recordDueAlarms(*services, read.value(), *guard.value()->policy, person);
    if (command == QLatin1String("monitor")) {
        printOut(QCoreApplication::translate("cli", "%n drift alarm(s) recorded for the compliance officer.\n", nullptr, raised));
        return Success;
    }
    if (raised > 0) // the report shows the alarms just recorded
        if (auto again = readTrail())
            read = std::move(again);

    const QString dir = QFileInfo(parser.value(out)).absoluteFilePath();
    if (!QDir().mkpath(dir)) {
        printErr(t("Could not create the folder %1.\n").arg(dir));
        return PartialFailure;
    }
    common::makeOwnerOnlyFolder(dir);
    QString verification;
    bool verifiedOk = false;
    if (!site) {
        const auto verified = log->verify();
        verification = verified.message;
        verifiedOk = verified.ok();
    } else if (parser.isSet(verificationKey)) {
        // The forward-secure seal, proven with the key kept off the machine.
        auto key = service::readVerificationKeyFile(parser.value(verificationKey));
        if (!key) {
            printErr(key.errorMessage() + QLatin1Char('\n'));
            return UsageError;
        }
        const service::TrailReport report = service::verifyTrail(service::trailPath(parser.value(stateDir)), key.value());
        verification = report.message;
        verifiedOk = report.ok;
    } else {
        // Said in the report, not hidden: only the verification key proves the seal.
        verification = t("The machine-wide trail is kept and sealed by the Custos service; this report did not verify it. "
                         "Prove it with --verification-key-file FILE (or custos-cli audit verify --verification-key-file FILE).");
    }

    governance::ReportInputs in;
    in.policy = guard.value()->policy.get();
    in.records = std::move(read.value());
    in.since = from.value_or(QDate());
    in.until = to.value_or(QDate());
    in.identified = wantIdentified;
    in.generatedAt = QDateTime::currentDateTimeUtc();
    in.generatedBy = person;
    in.custosVersion = QStringLiteral(CUSTOS_VERSION);
    in.auditVerification = verification;
    in.auditVerified = verifiedOk;
    in.trailKind = site ? QStringLiteral("service") : QStringLiteral("personal");
    in.sbom = installedSbom();
    in.linkedComponents = linkedComponents();
    const QJsonObject report = governance::buildReport(in);

    const QString base = wantIdentified ? QStringLiteral("compliance-report-identified") : QStringLiteral("compliance-report");
    QString error;
    QStringList written;
    const QString svgName = base + QStringLiteral("-dataflow.svg");
    const QByteArray svg = governance::dataFlowSvg(*in.policy).toUtf8();
    if (!writeFile(dir + QLatin1Char('/') + svgName, svg, &error)) {
        printErr(t("Could not write %1: %2\n").arg(svgName, error));
        return PartialFailure;
    }
    written << svgName;
    const QJsonArray streams = report.value(QStringLiteral("ai")).toObject().value(QStringLiteral("monitoring")).toArray();
    QString html = governance::renderHtml(report, svgName);
    QString chartsHtml;
    std::vector<std::pair<QString, QImage>> charts;
    for (int i = 0; i < streams.size(); ++i) {
        const QString name = base + QStringLiteral("-chart-%1.png").arg(i + 1);
        charts.emplace_back(name, chart(streams.at(i).toObject()));
        chartsHtml += QStringLiteral("<p><img src=\"%1\" width=\"720\" height=\"220\"></p>\n").arg(name);
    }
    html.replace(QStringLiteral("<!--CHARTS-->"), chartsHtml);
    if (formats.contains(QStringLiteral("json"))) {
        if (!writeFile(dir + QLatin1Char('/') + base + QStringLiteral(".json"), QJsonDocument(report).toJson(), &error)) {
            printErr(t("Could not write the JSON report: %1\n").arg(error));
            return PartialFailure;
        }
        written << base + QStringLiteral(".json");
    }
    if (formats.contains(QStringLiteral("html"))) {
        for (const auto& [name, image] : charts) {
            image.save(dir + QLatin1Char('/') + name, "PNG");
            common::makeOwnerOnlyFile(dir + QLatin1Char('/') + name);
            written << name;
        }
        if (!writeFile(dir + QLatin1Char('/') + base + QStringLiteral(".html"), html.toUtf8(), &error)) {
            printErr(t("Could not write the HTML report: %1\n").arg(error));
            return PartialFailure;
        }
        written << base + QStringLiteral(".html");
    }
    if (formats.contains(QStringLiteral("pdf"))) {
        const QString pdfPath = dir + QLatin1Char('/') + base + QStringLiteral(".pdf");
        {
            QPdfWriter pdf(pdfPath);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setResolution(150);
            pdf.setTitle(QStringLiteral("Custos compliance report"));
            pdf.setCreator(QStringLiteral("Custos %1").arg(QStringLiteral(CUSTOS_VERSION)));
            QTextDocument doc;
            for (const auto& [name, image] : charts)
                doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
            const QImage flow = QImage::fromData(svg, "SVG");
            if (!flow.isNull())
                doc.addResource(QTextDocument::ImageResource, QUrl(svgName), flow);
            doc.setHtml(html);
            doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
            doc.print(&pdf);
        }
        common::makeOwnerOnlyFile(pdfPath);
        if (QFileInfo(pdfPath).size() == 0) {
            printErr(t("The PDF report could not be written.\n"));
            return PartialFailure;
        }
        written << base + QStringLiteral(".pdf");
    }
    printOut(t("Compliance report written to %1: %2\n").arg(dir, written.join(QStringLiteral(", "))));
    return Success;
}

} // namespace custos::cli

// SPDX-License-Identifier: Apache-2.0
// `custos-cli compliance report` on a month of synthetic activity, driven
// through the real binaries with the clock moved by faketime (the Debian
// package, preloaded into each child; nothing in the product is hooked):
// people sign in on their days, a radiologist exports de-identified copies,
// keys are rotated, and the radiologists' decisions on three models' findings
// — two registered, one not, and one whose rejection rate rises halfway —
// are appended to the same audit trail by this binary re-run under faketime
// (the viewer is the only producer of decisions, and a GUI month is not a
// test: the records are the viewer's own, made by core's aiReviewAction with
// the model tag the findings panel adds). Random choices come from fixed
// seeds. Then:
//  - the report's numbers equal counts computed here from `audit show --json`;
//  - the drift alarm is recorded once, after the change, within the stated delay;
//  - the PDF renders (pdftoppm), the JSON validates against its schema;
//  - the de-identified report holds none of the test patients' identifiers
//    (byte search); the identified one does, and needs its own permission.

#include "cli_sign_in.h"
#include "core/audit/audit_event.h"
#include "core/audit/audit_log.h"
#include "core/auth/totp.h"
#include "core/governance/compliance_report.h"
#include "core/governance/model_registry.h"
#include "core/governance/monitoring.h"
#include "core/policy/schema_validator.h"
#include "app/common/services.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

#include <sys/stat.h>
#include <unistd.h>

using namespace custos;

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

const QDate kStart(2026, 10, 1);
constexpr int kDays = 30;
constexpr int kLungPerDay = 20;    // LungNet 2.3 findings decided per day
constexpr double kLungBefore = 0.2; // not accepted, days 1-15 (the validated baseline: acceptance 0.8)
constexpr double kLungAfter = 0.5;  // days 16-30

// --write-reviews DATA_DIR DAY: this binary, re-run under faketime, appends
// the decisions of one day to the trail of DATA_DIR through app::Services —
// the sink the viewer records into.
int writeReviews(const QString& dataDir, int day)
{
    auto services = app::Services::open({dataDir, false, QStringLiteral("custos")});
    if (!services->auditLog())
        return 2;
    std::mt19937 rng(1000 + day); // fixed seed per day
    std::uniform_real_distribution<double> u(0, 1);
    const QString study = QStringLiteral("1.2.826.0.1.3680043.99.%1").arg(day);
    auto decide = [&](const ai::Source& model, const QString& type, const QString& object, int n, double pNotAccepted) {
        for (int i = 0; i < n; ++i) {
            const double x = u(rng);
            const QString what = x >= pNotAccepted ? QStringLiteral("accepted")
                                 : x < pNotAccepted * 0.8 ? QStringLiteral("rejected (false positive)")
                                                           : QStringLiteral("corrected (region redrawn)");
            services->record(audit::events::aiReviewAction(QStringLiteral("rad1"), QStringLiteral("PATSECRET%1").arg(day), study, object,
                                                           what + QStringLiteral(" seg:%1").arg(i + 1) + governance::modelTag(model, type)));
        }
    };
    const ai::Source lung{QStringLiteral("LungNet"), QStringLiteral("2.3"), QStringLiteral("Acme AI")};
    const ai::Source liver{QStringLiteral("LiverSeg"), QStringLiteral("1.4.2"), QStringLiteral("Beta")};
    const ai::Source mystery{QStringLiteral("Mystery"), QStringLiteral("0.9"), QStringLiteral("Nobody")};
    decide(lung, QStringLiteral("Nodule"), study + QStringLiteral(".1"), kLungPerDay, day <= kDays / 2 ? kLungBefore : kLungAfter);
    decide(liver, QStringLiteral("Lesion"), study + QStringLiteral(".2"), 5, 0.1);
    decide(mystery, QStringLiteral("Fracture"), study + QStringLiteral(".3"), 3, 0.3);
    // The viewer greys the unregistered model's findings and says so once per study.
    const governance::Registry none = governance::Registry::fromPolicy(QJsonObject{{QStringLiteral("models"), QJsonArray()}});
    services->record(governance::unapprovedModelEvent(QStringLiteral("rad1"), study, mystery, governance::evaluate(none, mystery, QDate::currentDate())));
    return 0;
}

QDateTime fakeNow(int day, int hour) { return QDateTime(kStart.addDays(day - 1), QTime(hour, 0), Qt::UTC); }

} // namespace

class TestCliCompliance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportNumbersTraceToTheAuditTrail();
    void driftAlarmIsRecordedOnceAfterTheChangeWithinTheStatedDelay();
    void pdfRendersAndJsonValidates();
    void deidentifiedReportNamesNoPatient();
    void identifiedReportNeedsItsPermission();

private:
    Run cli(const QStringList& args, const QDateTime& at = {}, const QByteArray& input = {}) const;
    Run self(const QStringList& args, const QDateTime& at) const;
    void signIn(const QString& user, const QDateTime& at);
    void addUser(const QString& user, const QString& role, const QDateTime& at);
    QTemporaryDir m_data, m_policyDir, m_exports, m_study, m_out;
    QString m_policyFile;
    QMap<QString, QString> m_secrets;
    QJsonObject m_report;
    QJsonArray m_trail;
};

Run TestCliCompliance::cli(const QStringList& args, const QDateTime& at, const QByteArray& input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), m_policyFile);
    p.setProcessEnvironment(env);
    QStringList command = QStringList{QStringLiteral("--data-dir"), m_data.path()} + args;
    if (at.isValid()) {
        // faketime with an absolute date: the clock starts there and runs on.
        command.prepend(QStringLiteral(CUSTOS_CLI_PATH));
        command.prepend(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("faketime"), command);
    } else {
        p.start(QStringLiteral(CUSTOS_CLI_PATH), command);
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

Run TestCliCompliance::self(const QStringList& args, const QDateTime& at) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), m_policyFile);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("faketime"), QStringList{at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                    QCoreApplication::applicationFilePath()} + args);
    p.waitForFinished(180000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliCompliance::addUser(const QString& user, const QString& role, const QDateTime& at)
{
    const Run add = cli({QStringLiteral("users"), QStringLiteral("add"), user, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")}, at,
                        "correct horse battery 1\n");
    QVERIFY2(add.code == 0, add.err.constData());
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(add.out));
    QVERIFY(m.hasMatch());
    m_secrets[user] = m.captured(1);
}

void TestCliCompliance::signIn(const QString& user, const QDateTime& at)
{
    // The code of the faked moment (a few seconds pass while the process starts: the same 30 s step, or the next).
    const QString code = auth::totp::totp(auth::totp::base32Decode(m_secrets[user]).value(), at.toSecsSinceEpoch(), {});
    const Run login = cli({QStringLiteral("login"), QStringLiteral("--local"), user, QStringLiteral("--password-stdin"), QStringLiteral("--otp"), code},
                          at, "correct horse battery 1\n");
    QVERIFY2(login.code == 0, (login.out + login.err).constData());
}

void TestCliCompliance::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("faketime")).isEmpty(), "faketime is missing (scripts/setup.sh installs it)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(), "pdftoppm is missing (poppler-utils)");
    QVERIFY2(::geteuid() == 0, "the policy file must be root-owned: run the tests as root (as CI does)");
    QVERIFY(m_data.isValid() && m_policyDir.isValid() && m_exports.isValid() && m_study.isValid() && m_out.isValid());
    QJsonObject policy = QJsonDocument::fromJson(cli({QStringLiteral("policy"), QStringLiteral("example")}).out).object();
    QVERIFY(!policy.isEmpty());
    policy[QStringLiteral("exportDestinations")] = QJsonArray{m_exports.path()};
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray(); // the command line cannot take training
    policy[QStringLiteral("training")] = training;
    policy[QStringLiteral("aiGovernance")] = QJsonDocument::fromJson(R"({
      "unregisteredModels": "grey", "driftFalseAlarmRate": 0.01,
      "models": [
        {"manufacturer": "Acme AI", "modelName": "LungNet", "versions": {"minimum": "2.0", "maximum": "2.9"},
         "intendedUse": "lung nodules on chest CT", "findingTypes": ["Nodule"], "vendorTier": "phi-on-premises",
         "baa": {"reference": "BAA-2025-017", "expires": "2027-06-30"}, "validation": {"reference": "VAL-12", "date": "2026-01-15"},
         "baseline": {"Nodule": {"acceptanceRate": 0.8, "sampleSize": 400}}},
        {"manufacturer": "Beta", "modelName": "LiverSeg", "versions": {"exact": ["1.4.2"]},
         "baa": {"reference": "BAA-9", "expires": "2026-10-20"},
         "baseline": {"Lesion": {"acceptanceRate": 0.9, "sampleSize": 120}}}
      ]})").object();
    m_policyFile = m_policyDir.filePath(QStringLiteral("policy.json"));
    QFile f(m_policyFile);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(policy).toJson()) > 0);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(m_policyDir.path()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_policyFile).constData(), 0644), 0);
    const Run demo = cli({QStringLiteral("make-demo"), m_study.path(), QStringLiteral("--slices"), QStringLiteral("4"), QStringLiteral("--size"),
                          QStringLiteral("64"), QStringLiteral("--quiet")});
    QVERIFY2(demo.code == 0, demo.err.constData());

    // Day 0: accounts. The first is the administrator (needs nobody); it adds the others.
    addUser(QStringLiteral("admin"), QStringLiteral("administrator"), fakeNow(1, 7));
    QVERIFY(!QTest::currentTestFailed());
    signIn(QStringLiteral("admin"), fakeNow(1, 7));
    addUser(QStringLiteral("rad1"), QStringLiteral("radiologist"), fakeNow(1, 7));
    addUser(QStringLiteral("officer"), QStringLiteral("compliance-officer"), fakeNow(1, 7));
    QVERIFY(!QTest::currentTestFailed());

    // The month.
    for (int day = 1; day <= kDays; ++day) {
        signIn(QStringLiteral("rad1"), fakeNow(day, 8));
        QVERIFY(!QTest::currentTestFailed());
        const Run reviews = self({QStringLiteral("--write-reviews"), m_data.path(), QString::number(day)}, fakeNow(day, 9));
        QVERIFY2(reviews.code == 0, (QByteArray::number(reviews.code) + reviews.err).constData());
        if (day % 7 == 3) { // a de-identified export once a week
            const Run exported = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("deid"), m_study.path(), QStringLiteral("--out"),
                                      m_exports.filePath(QStringLiteral("week%1").arg(day))},
                                     fakeNow(day, 10));
            QVERIFY2(exported.code == 0, exported.err.constData());
        }
    }
    // The officer: no rotation yet; the report at the end of the month.
    signIn(QStringLiteral("officer"), fakeNow(kDays, 17));
    const Run report = cli({QStringLiteral("compliance"), QStringLiteral("report"), QStringLiteral("--out"), m_out.filePath(QStringLiteral("deid")),
                            QStringLiteral("--since"), kStart.toString(Qt::ISODate), QStringLiteral("--until"), kStart.addDays(kDays - 1).toString(Qt::ISODate)},
                           fakeNow(kDays, 18));
    QVERIFY2(report.code == 0, (report.out + report.err).constData());
    QFile json(m_out.filePath(QStringLiteral("deid/compliance-report.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    m_report = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(!m_report.isEmpty());
    const Run shown = cli({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--json")}, fakeNow(kDays, 19));
    QVERIFY2(shown.code == 0, shown.err.constData());
    m_trail = QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("records")).toArray();
    QVERIFY(m_trail.size() > kDays * kLungPerDay);
}

// The counts, computed here from the trail's JSON with nothing of core/governance.
void TestCliCompliance::reportNumbersTraceToTheAuditTrail()
{
    // The period, up to the last record the report read (`audit show`
    // itself adds records afterwards).
    const QDateTime from(kStart, QTime(0, 0), Qt::UTC), to(kStart.addDays(kDays - 1), QTime(23, 59, 59, 999), Qt::UTC);
    const qint64 last = qint64(m_report[QStringLiteral("meta")][QStringLiteral("lastAuditRecord")].toDouble());
    QVERIFY(last > 0);
    int signIns = 0, exportsAllowed = 0, records = 0;
    QMap<QString, QMap<QString, int>> decisions; // "model version type" -> decision -> count
    for (const QJsonValue& v : m_trail) {
        const QJsonObject r = v.toObject();
        const QDateTime time = QDateTime::fromString(r.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (time < from || time > to || qint64(r.value(QStringLiteral("seq")).toDouble()) > last)
            continue;
        ++records;
        const QJsonObject e = r.value(QStringLiteral("event")).toObject();
        const QString raw = QJsonDocument(e).toJson(QJsonDocument::Compact);
        if (raw.contains(QLatin1String("\"110122\"")) && raw.contains(QLatin1String("\"outcome\":0")) && !raw.contains(QLatin1String("unlocked")))
            ++signIns;
        if (raw.contains(QLatin1String("ExportDeidentified allowed")) || raw.contains(QLatin1String("ExportDicom allowed")))
            ++exportsAllowed;
        static const QRegularExpression decision(QStringLiteral("AI object [^:]*: (accepted|rejected|corrected)[^\"]*? model=\\\\\"([^\\\\]*)\\\\\" version=\\\\\"([^\\\\]*)\\\\\" manufacturer=\\\\\"[^\\\\]*\\\\\" type=\\\\\"([^\\\\]*)\\\\\""));
        const auto m = decision.match(raw);
        if (m.hasMatch())
            decisions[m.captured(2) + QLatin1Char(' ') + m.captured(3) + QLatin1Char(' ') + m.captured(4)][m.captured(1)] += 1;
    }
    QCOMPARE(m_report[QStringLiteral("meta")][QStringLiteral("auditRecordsInPeriod")].toInt(), records);
    const QJsonArray safeguards = m_report[QStringLiteral("safeguards")].toArray();
    QCOMPARE(safeguards.at(0)[QStringLiteral("numbers")][QStringLiteral("signIns")].toInt(), signIns);
    QVERIFY(signIns >= kDays + 2);
    int reportedExports = 0;
    for (const QJsonValue& x : m_report[QStringLiteral("exports")][QStringLiteral("events")].toArray())
        reportedExports += x[QStringLiteral("allowed")].toBool() && x[QStringLiteral("action")].toString().startsWith(QLatin1String("Export")) ? 1 : 0;
    QCOMPARE(reportedExports, exportsAllowed);
    QVERIFY(exportsAllowed >= 4);
    const QJsonArray streams = m_report[QStringLiteral("ai")][QStringLiteral("monitoring")].toArray();
    QCOMPARE(streams.size(), decisions.size());
    QCOMPARE(decisions.size(), 3);
    for (const QJsonValue& v : streams) {
        const QString key = v[QStringLiteral("modelName")].toString() + QLatin1Char(' ') + v[QStringLiteral("version")].toString() + QLatin1Char(' ')
                            + v[QStringLiteral("findingType")].toString();
        QVERIFY2(decisions.contains(key), qPrintable(key));
        const QJsonObject p = v[QStringLiteral("period")].toObject();
        QCOMPARE(p[QStringLiteral("accepted")].toInt(), decisions[key][QStringLiteral("accepted")]);
        QCOMPARE(p[QStringLiteral("rejected")].toInt(), decisions[key][QStringLiteral("rejected")]);
        QCOMPARE(p[QStringLiteral("corrected")].toInt(), decisions[key][QStringLiteral("corrected")]);
        QCOMPARE(v[QStringLiteral("registered")].toBool(), !key.startsWith(QLatin1String("Mystery")));
    }
    // The unregistered model's findings were shown greyed, once per study (one study a day).
    QCOMPARE(m_report[QStringLiteral("ai")][QStringLiteral("unapprovedShown")].toArray().size(), kDays);
    // LiverSeg's BAA lapsed on 2026-10-20, inside the period.
    for (const QJsonValue& m : m_report[QStringLiteral("ai")][QStringLiteral("models")].toArray())
        if (m[QStringLiteral("modelName")].toString() == QLatin1String("LiverSeg"))
            QCOMPARE(m[QStringLiteral("baaStatus")].toString(), QStringLiteral("expired"));
}

void TestCliCompliance::driftAlarmIsRecordedOnceAfterTheChangeWithinTheStatedDelay()
{
    const int change = kDays / 2 * kLungPerDay; // LungNet decisions before the rise
    const governance::DriftParameters p = governance::driftParameters(0.8, 0.01);
    const int stated = governance::driftStatedDelay(p, kLungAfter);
    QJsonObject lung;
    for (const QJsonValue& v : m_report[QStringLiteral("ai")][QStringLiteral("monitoring")].toArray())
        if (v[QStringLiteral("modelName")].toString() == QLatin1String("LungNet"))
            lung = v.toObject();
    const QJsonObject drift = lung[QStringLiteral("drift")].toObject();
    QVERIFY2(drift[QStringLiteral("alarm")].toBool(), "no drift alarm for LungNet");
    const int at = drift[QStringLiteral("alarmAtDecision")].toInt();
    qInfo("LungNet: change after decision %d, alarm at decision %d (stated delay %d)", change, at, stated);
    QVERIFY2(at > change, "the alarm came before the change");
    QVERIFY2(at - change <= stated, "the alarm came later than stated");
    // LiverSeg (stable) raised none.
    for (const QJsonValue& v : m_report[QStringLiteral("ai")][QStringLiteral("monitoring")].toArray())
        if (v[QStringLiteral("modelName")].toString() == QLatin1String("LiverSeg"))
            QVERIFY(!v[QStringLiteral("drift")][QStringLiteral("alarm")].toBool());
    // In the trail: one alarm event, for the compliance officer.
    int alarms = 0;
    for (const QJsonValue& v : m_trail)
        alarms += QJsonDocument(v.toObject()).toJson().contains("AI drift alarm") ? 1 : 0;
    QCOMPARE(alarms, 1);
    // Running the monitor again records nothing new.
    const Run again = cli({QStringLiteral("compliance"), QStringLiteral("monitor")}, fakeNow(kDays, 20));
    QVERIFY2(again.code == 0, again.err.constData());
    QVERIFY2(again.out.contains("0 drift alarm"), again.out.constData());
}

void TestCliCompliance::pdfRendersAndJsonValidates()
{
    auto validator = policy::SchemaValidator::create(QJsonDocument::fromJson(governance::reportSchema()).object());
    QVERIFY2(validator, validator ? "" : qPrintable(validator.errorMessage()));
    for (const auto& e : validator.value().validate(m_report))
        QFAIL(qPrintable(e.path + QStringLiteral(": ") + e.message));
    QProcess ppm;
    ppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                                           m_out.filePath(QStringLiteral("deid/compliance-report.pdf")), m_out.filePath(QStringLiteral("page"))});
    QVERIFY(ppm.waitForFinished(120000));
    QCOMPARE(ppm.exitCode(), 0);
    int pages = 0;
    for (QDirIterator it(m_out.path(), {QStringLiteral("page*.png")}); it.hasNext(); it.next())
        ++pages;
    QVERIFY2(pages >= 3, qPrintable(QStringLiteral("%1 pages").arg(pages)));
    QImage first(m_out.filePath(QStringLiteral("page-01.png")));
    if (first.isNull())
        first.load(m_out.filePath(QStringLiteral("page-1.png")));
    QVERIFY(!first.isNull());
    int dark = 0; // text was drawn: not a blank page
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            dark += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 500);
    // For a person to look at: CUSTOS_TEST_KEEP=DIR keeps the report and its pages.
    if (const QString keep = qEnvironmentVariable("CUSTOS_TEST_KEEP"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        for (QDirIterator it(m_out.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString file = it.next();
            QFile::copy(file, keep + QLatin1Char('/') + QFileInfo(file).fileName());
        }
    }
}

void TestCliCompliance::deidentifiedReportNamesNoPatient()
{
    // Every patient ID and name and every study UID the trail holds, as the trail says them.
    QSet<QByteArray> identifiers;
    for (const QJsonValue& v : m_trail)
        for (const QJsonValue& o : v[QStringLiteral("event")][QStringLiteral("objects")].toArray()) {
            const QString id = o[QStringLiteral("id")].toString();
            const QString type = o[QStringLiteral("idType")][QStringLiteral("code")].toString();
            const bool patient = type == QLatin1String("2") || o[QStringLiteral("typeCodeRole")].toInt() == 1;
            if ((patient || type == QLatin1String("110180")) && !id.isEmpty())
                identifiers.insert(id.toUtf8());
            if (patient && !o[QStringLiteral("name")].toString().isEmpty())
                identifiers.insert(o[QStringLiteral("name")].toString().toUtf8());
        }
    QVERIFY(identifiers.size() > kDays);
    // The report and its folder are its maker's alone (0600 files, 0700 folder; Windows: core/common/owner_only_win).
    constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(m_out.filePath(QStringLiteral("deid"))).permissions() & others, QFile::Permissions());
    int files = 0;
    for (QDirIterator it(m_out.filePath(QStringLiteral("deid")), QDir::Files); it.hasNext();) {
        QFile f(it.next());
        QVERIFY2((f.permissions() & others) == QFile::Permissions(), qPrintable(f.fileName()));
        ++files;
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QByteArray& id : identifiers)
            QVERIFY2(!bytes.contains(id), qPrintable(it.filePath() + QStringLiteral(" holds ") + QString::fromUtf8(id)));
    }
    QVERIFY(files >= 3); // JSON, HTML, PDF (and the charts)
}

void TestCliCompliance::identifiedReportNeedsItsPermission()
{
    // The radiologist may not make the report at all.
    signIn(QStringLiteral("rad1"), fakeNow(kDays, 21));
    const Run refused = cli({QStringLiteral("compliance"), QStringLiteral("report"), QStringLiteral("--out"), m_out.filePath(QStringLiteral("rad")),
                             QStringLiteral("--format"), QStringLiteral("json")},
                            fakeNow(kDays, 21));
    QCOMPARE(refused.code, 3);
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("rad"))));
    signIn(QStringLiteral("officer"), fakeNow(kDays, 22));
    const Run identified = cli({QStringLiteral("compliance"), QStringLiteral("report"), QStringLiteral("--out"), m_out.filePath(QStringLiteral("id")),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--identified")},
                               fakeNow(kDays, 22));
    QVERIFY2(identified.code == 0, identified.err.constData());
    QFile f(m_out.filePath(QStringLiteral("id/compliance-report-identified.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(r[QStringLiteral("meta")][QStringLiteral("identified")].toBool());
    QVERIFY(r[QStringLiteral("ai")][QStringLiteral("unapprovedShown")].toArray().at(0)[QStringLiteral("studyUid")].toString().startsWith(QLatin1String("1.2.826.0.1.3680043.99.")));
    // Both requests are in the trail, the refusal too.
    const Run shown = cli({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--json")}, fakeNow(kDays, 23));
    QVERIFY2(shown.code == 0, shown.err.constData());
    QVERIFY(shown.out.contains("ComplianceReportIdentified allowed"));
    QVERIFY(shown.out.contains("ComplianceReport denied"));
}

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--write-reviews") == 0) {
        QCoreApplication app(argc, argv);
        return writeReviews(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestCliCompliance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_compliance.moc"

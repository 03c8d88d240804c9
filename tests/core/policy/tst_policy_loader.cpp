// SPDX-License-Identifier: Apache-2.0
// The site policy loader: the built-in and example policies are valid,
// every kind of mistake is reported with its line and field, and a policy
// file that someone other than root could change is refused.

#include "test_support.h"
#include "core/policy/policy_loader.h"
#include "core/policy/schema_validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <functional>
#include <thread>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace custos;
using namespace custos::policy;

namespace {

// The example policy with one line replaced: each row names the text to
// find and what to put instead, so the line number in the error is known.
QByteArray exampleWith(const QByteArray& from, const QByteArray& to, int* line)
{
    QByteArray text = exampleSitePolicyJson();
    const int at = int(text.indexOf(from));
    Q_ASSERT_X(at >= 0, "exampleWith", from.constData());
    *line = int(text.left(at).count('\n')) + 1;
    text.replace(at, from.size(), to);
    return text;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestPolicyLoader : public QObject
{
    Q_OBJECT

private slots:
    void builtInDefaultIsValidAndSafe();
    void examplePolicyIsValid();
    void errorsNameTheLineAndField_data();
    void errorsNameTheLineAndField();
    void syntaxErrorNamesTheLine();
    void duplicateKeyIsRefused();
    void schemaWithUnimplementedKeywordIsRefused();
    void fileWritableByOthersIsRefused();
    void fileOwnedByAnotherUserIsRefused();
    void protectedFileLoadsThroughTheEnvironment();
    void missingSystemFileMeansBuiltInDefault();
    void exportDestinationsAreCheckedAfterResolvingLinks();
    void symbolicLinkToAProtectedPolicyIsRefused();
    void symbolicLinkFlippedDuringLoadLoadsNothing();
    void schemaVersionTwoActionsNeedVersionTwo();
    void pacsNodesAreReadWithTheirDefaults();
    void pacsNodeMistakesAreRefusedWithTheirField_data();
    void pacsNodeMistakesAreRefusedWithTheirField();
    void backlogCeilingIsVersionTwoBesideItsCollector();
    void researchProjectsAreVersionTwoAndCheckedByName();
};

void TestPolicyLoader::builtInDefaultIsValidAndSafe()
{
    const auto p = builtInDefaultPolicy();
    QVERIFY(p);
    QVERIFY(p->session.requireMfa);
    QCOMPARE(p->roles.size(), std::size_t(6));
    QVERIFY(p->exportDestinations.isEmpty());
    const QStringList everyone{QStringLiteral("radiologist"), QStringLiteral("technologist"), QStringLiteral("data-scientist"),
                               QStringLiteral("support-engineer"), QStringLiteral("compliance-officer"), QStringLiteral("administrator")};
    for (Action a : allActions())
        if (isExport(a))
            QVERIFY2(!p->grants(everyone, a).granted, qPrintable(actionName(a)));
}

void TestPolicyLoader::examplePolicyIsValid()
{
    auto p = parsePolicy(exampleSitePolicyJson(), QStringLiteral("example-site-policy.json"));
    QVERIFY2(p.ok(), p ? "" : qPrintable(p.errorMessage()));
    QCOMPARE(p.value().breakGlass.durationMinutes, 60);
    QCOMPARE(p.value().breakGlass.minimumReasonLength, 20);
    QCOMPARE(p.value().training.renewalDays, 365);
    QCOMPARE(p.value().session.idleTimeout, std::chrono::seconds(15 * 60));
    QCOMPARE(p.value().identityProvider.roleMapping.value(QStringLiteral("ai-research")), QStringList{QStringLiteral("data-scientist")});
    QCOMPARE(p.value().captureProtection, CaptureProtection::Refuse);
}

void TestPolicyLoader::errorsNameTheLineAndField_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown action") << QByteArray("\"ViewStudy\", \"StartBreakGlass\"") << QByteArray("\"ViewStudy\", \"ExportDicomm\"")
                                    << QStringLiteral("roles.technologist.permissions[1]")
                                    << QStringLiteral("\"ExportDicomm\" is not a known action");
    QTest::newRow("wrong type") << QByteArray("\"idleTimeoutMinutes\": 15") << QByteArray("\"idleTimeoutMinutes\": \"15\"")
                                << QStringLiteral("session.idleTimeoutMinutes") << QStringLiteral("expected integer, found string");
    QTest::newRow("below minimum") << QByteArray("\"minimumReasonLength\": 20") << QByteArray("\"minimumReasonLength\": 3")
                                   << QStringLiteral("breakGlass.minimumReasonLength") << QStringLiteral("3 is below the minimum 10");
    QTest::newRow("above maximum") << QByteArray("\"maxSessionHours\": 12") << QByteArray("\"maxSessionHours\": 48")
                                   << QStringLiteral("session.maxSessionHours") << QStringLiteral("48 is above the maximum 24");
    QTest::newRow("unknown field") << QByteArray("\"requireMfa\": true") << QByteArray("\"requireMfa\": true, \"requireMFA\": false")
                                   << QStringLiteral("session.requireMFA") << QStringLiteral("unknown field");
    QTest::newRow("missing required") << QByteArray("\"requireMfa\": true") << QByteArray("\"idle\": 1")
                                      << QStringLiteral("session") << QStringLiteral("\"requireMfa\" is required");
    QTest::newRow("enum") << QByteArray("\"refuseWithoutCaptureProtection\"") << QByteArray("\"sometimes\"")
                          << QStringLiteral("captureProtection") << QStringLiteral("\"sometimes\" is not one of");
    QTest::newRow("pattern") << QByteArray("\"/srv/custos/exports\"") << QByteArray("\"relative/exports\"")
                             << QStringLiteral("exportDestinations[0]") << QStringLiteral("is not a valid absolute directory");
    QTest::newRow("role name") << QByteArray("\"administrator\": {") << QByteArray("\"Administrator!\": {")
                               << QStringLiteral("roles.Administrator!") << QStringLiteral("is not a valid role name");
    QTest::newRow("mapping to undefined role") << QByteArray("[\"data-scientist\"]") << QByteArray("[\"data-scientists\"]")
                                               << QStringLiteral("identityProvider.roleMapping.ai-research[0]")
                                               << QStringLiteral("\"data-scientists\" is not a role defined");
    QTest::newRow("training version not installed") << QByteArray("\"id\": \"deidentification\", \"version\": \"1\"")
                                                    << QByteArray("\"id\": \"deidentification\", \"version\": \"7\"")
                                                    << QStringLiteral("training.modules[1].version")
                                                    << QStringLiteral("version 7 of \"deidentification\" is not installed");
    QTest::newRow("non-study action eligible for break-glass") << QByteArray("\"SendToPacs\"],") << QByteArray("\"ManageUsers\"],")
                                                               << QStringLiteral("breakGlass.eligibleActions[3]")
                                                               << QStringLiteral("not an action on a study");
}

void TestPolicyLoader::errorsNameTheLineAndField()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QFETCH(QString, words);
    int line = 0;
    const auto p = parsePolicy(exampleWith(from, to, &line), QStringLiteral("policy.json"));
    QVERIFY(!p.ok());
    const QString expected = QStringLiteral("policy.json line %1: %2: ").arg(line).arg(field);
    QVERIFY2(p.errorMessage().startsWith(expected), qPrintable(p.errorMessage() + QStringLiteral("\nexpected: ") + expected));
    QVERIFY2(p.errorMessage().contains(words), qPrintable(p.errorMessage()));
}

void TestPolicyLoader::syntaxErrorNamesTheLine()
{
    int line = 0;
    const auto p = parsePolicy(exampleWith("\"maxSessionHours\": 12,", "\"maxSessionHours\": 12,,", &line), QStringLiteral("policy.json"));
    QVERIFY(!p.ok());
    QVERIFY2(p.errorMessage().startsWith(QStringLiteral("policy.json line %1: not valid JSON").arg(line)), qPrintable(p.errorMessage()));
}

void TestPolicyLoader::duplicateKeyIsRefused()
{
    int line = 0;
    const auto p = parsePolicy(exampleWith("\"requireMfa\": true", "\"requireMfa\": true,\n \"requireMfa\": false", &line),
                               QStringLiteral("policy.json"));
    QVERIFY(!p.ok());
    QVERIFY2(p.errorMessage().contains(QStringLiteral("policy.json line %1: session: the field \"requireMfa\" appears twice").arg(line + 1)),
             qPrintable(p.errorMessage()));
}

void TestPolicyLoader::schemaWithUnimplementedKeywordIsRefused()
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({"type":"object","properties":{"a":{"type":"string","format":"email"}}})").object();
    const auto v = SchemaValidator::create(schema);
    QVERIFY(!v.ok());
    QVERIFY2(v.errorMessage().contains(QStringLiteral("#/properties/a/format")), qPrintable(v.errorMessage()));
}

void TestPolicyLoader::fileWritableByOthersIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY(writeFile(path, exampleSitePolicyJson()));
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0666), 0);
    if (::geteuid() == 0) {
        const auto p = loadPolicyFile(path);
        QVERIFY(!p.ok());
        QVERIFY2(p.errorMessage().contains(QStringLiteral("is writable by every user")), qPrintable(p.errorMessage()));
        // The folder too: a writable folder lets anyone replace the file.
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0775), 0);
        const auto q = loadPolicyFile(path);
        QVERIFY(!q.ok());
        QVERIFY2(q.errorMessage().contains(dir.path() + QStringLiteral(" is writable by its group")), qPrintable(q.errorMessage()));
    } else {
        // Not root: the file is the current user's own, which is refused too.
        const auto p = loadPolicyFile(path);
        QVERIFY(!p.ok());
        QVERIFY2(p.errorMessage().contains(QStringLiteral("not by root")), qPrintable(p.errorMessage()));
    }
}

void TestPolicyLoader::fileOwnedByAnotherUserIsRefused()
{
    if (::geteuid() != 0)
        CUSTOS_SKIP_UNLESS_CI("giving a file to another user needs root (CI runs as root)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY(writeFile(path, exampleSitePolicyJson()));
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 4242, 4242), 0);
    const auto p = loadPolicyFile(path);
    QVERIFY(!p.ok());
    QVERIFY2(p.errorMessage().contains(QStringLiteral("is owned by 4242, not by root")), qPrintable(p.errorMessage()));
}

void TestPolicyLoader::protectedFileLoadsThroughTheEnvironment()
{
    if (::geteuid() != 0)
        CUSTOS_SKIP_UNLESS_CI("a root-owned policy file needs root (CI runs as root)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY(writeFile(path, exampleSitePolicyJson()));
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    qputenv("CUSTOS_POLICY_FILE", QFile::encodeName(path));
    const auto p = loadSitePolicy();
    qunsetenv("CUSTOS_POLICY_FILE");
    QVERIFY2(p.ok(), p ? "" : qPrintable(p.errorMessage()));
    QCOMPARE(p.value()->source, path);
    QCOMPARE(p.value()->siteName, QStringLiteral("Example Radiology"));
    // An environment variable naming a file that is not there is an error, not the default.
    qputenv("CUSTOS_POLICY_FILE", QFile::encodeName(dir.filePath(QStringLiteral("missing.json"))));
    const auto missing = loadSitePolicy();
    qunsetenv("CUSTOS_POLICY_FILE");
    QVERIFY(!missing.ok());
}

void TestPolicyLoader::missingSystemFileMeansBuiltInDefault()
{
    qunsetenv("CUSTOS_POLICY_FILE");
    if (QFileInfo::exists(systemPolicyPath()))
        CUSTOS_SKIP_UNLESS_CI("this machine has a site policy installed");
    const auto p = loadSitePolicy();
    QVERIFY(p.ok());
    QCOMPARE(p.value().get(), builtInDefaultPolicy().get());
}

void TestPolicyLoader::exportDestinationsAreCheckedAfterResolvingLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("allowed/sub")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("elsewhere")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), dir.filePath(QStringLiteral("allowed/link"))));
    Policy p;
    p.exportDestinations = {dir.filePath(QStringLiteral("allowed"))};
    QVERIFY(p.exportDestinationAllowed(dir.filePath(QStringLiteral("allowed"))));
    QVERIFY(p.exportDestinationAllowed(dir.filePath(QStringLiteral("allowed/sub"))));
    QVERIFY(p.exportDestinationAllowed(dir.filePath(QStringLiteral("allowed/new/folder")))); // not there yet
    QVERIFY(!p.exportDestinationAllowed(dir.filePath(QStringLiteral("allowed/link"))));     // leads out
    QVERIFY(!p.exportDestinationAllowed(dir.filePath(QStringLiteral("allowed/../elsewhere"))));
    QVERIFY(!p.exportDestinationAllowed(dir.filePath(QStringLiteral("allowed-not"))));
    QVERIFY(!Policy{}.exportDestinationAllowed(dir.path())); // no destinations: nowhere
}

// The file is opened without following links: a link at the policy's path
// is refused even when it points at a protected file, and so is a linked folder.
void TestPolicyLoader::symbolicLinkToAProtectedPolicyIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("a root-owned policy file needs root (CI runs as root)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("real")));
    const QString real = dir.filePath(QStringLiteral("real/policy.json"));
    QVERIFY(writeFile(real, exampleSitePolicyJson()));
    QCOMPARE(::chmod(QFile::encodeName(real).constData(), 0644), 0);
    QVERIFY(loadPolicyFile(real).ok());
    const QString link = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY(QFile::link(real, link));
    const auto p = loadPolicyFile(link);
    QVERIFY(!p.ok());
    QVERIFY2(p.errorMessage().contains(QStringLiteral("symbolic link")), qPrintable(p.errorMessage()));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("linked"))));
    const auto q = loadPolicyFile(dir.filePath(QStringLiteral("linked/policy.json")));
    QVERIFY(!q.ok());
    QVERIFY2(q.errorMessage().contains(QStringLiteral("symbolic link")), qPrintable(q.errorMessage()));
}

// Issue 13: "the ownership check runs on the canonical path, then the
// original, possibly symlinked, path is opened, so flipping a symlink
// between the two loads a user-written file". The attacker flips a link
// between IT's protected policy and their own (writable by everyone) as
// fast as they can while the policy is loaded again and again: nothing
// loads, and above all never the attacker's file.
void TestPolicyLoader::symbolicLinkFlippedDuringLoadLoadsNothing()
{
    if (::geteuid() != 0)
        QSKIP("a root-owned policy file needs root (CI runs as root)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    const QString good = dir.filePath(QStringLiteral("it.json"));
    const QString evil = dir.filePath(QStringLiteral("mine.json"));
    QVERIFY(writeFile(good, exampleSitePolicyJson()));
    QJsonObject mine = QJsonDocument::fromJson(exampleSitePolicyJson()).object();
    mine[QStringLiteral("siteName")] = QStringLiteral("ATTACKER");
    QVERIFY(writeFile(evil, QJsonDocument(mine).toJson()));
    QCOMPARE(::chmod(QFile::encodeName(good).constData(), 0644), 0);
    QCOMPARE(::chmod(QFile::encodeName(evil).constData(), 0666), 0); // anyone may write it: refused on its own
    QVERIFY(!loadPolicyFile(evil).ok());
    const QString link = dir.filePath(QStringLiteral("policy.json"));
    const QString staging = dir.filePath(QStringLiteral("policy.json.new"));
    QVERIFY(QFile::link(good, link));
    std::atomic_bool stop{false};
    std::thread attacker([&] {
        for (bool toEvil = true; !stop; toEvil = !toEvil) {
            (void)::symlink(QFile::encodeName(toEvil ? evil : good).constData(), QFile::encodeName(staging).constData());
            (void)::rename(QFile::encodeName(staging).constData(), QFile::encodeName(link).constData()); // atomic flip
        }
    });
    int loaded = 0, attackerLoaded = 0;
    for (int i = 0; i < 400; ++i) {
        const auto p = loadPolicyFile(link);
        if (p.ok()) {
            ++loaded;
            attackerLoaded += p.value().siteName == QLatin1String("ATTACKER") ? 1 : 0;
        }
    }
    stop = true;
    attacker.join();
    QCOMPARE(attackerLoaded, 0);
    QCOMPARE(loaded, 0); // a link is never followed, whichever way it points
}

// Schema v2: the new actions exist, and a version 1 file may not use them.
void TestPolicyLoader::schemaVersionTwoActionsNeedVersionTwo()
{
    for (const char* name : {"QueryPacs", "RetrieveStudy", "ComplianceReport", "ComplianceReportIdentified", "OverrideDeidRisk"}) {
        const auto a = actionFromName(QLatin1String(name));
        QVERIFY2(a.has_value(), name);
        QCOMPARE(actionSchemaVersion(*a), 2);
    }
    QJsonObject policy = QJsonDocument::fromJson(exampleSitePolicyJson()).object();
    QJsonObject roles = policy[QStringLiteral("roles")].toObject();
    QJsonObject radiologist = roles[QStringLiteral("radiologist")].toObject();
    QJsonArray permissions = radiologist[QStringLiteral("permissions")].toArray();
    permissions.append(QStringLiteral("QueryPacs"));
    radiologist[QStringLiteral("permissions")] = permissions;
    roles[QStringLiteral("radiologist")] = radiologist;
    policy[QStringLiteral("roles")] = roles;
    policy[QStringLiteral("version")] = 1;
    const auto v1 = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY(!v1.ok());
    QVERIFY2(v1.errorMessage().contains(QStringLiteral("\"QueryPacs\" needs \"version\": 2")), qPrintable(v1.errorMessage()));
    policy[QStringLiteral("version")] = 2;
    QJsonObject idp = policy[QStringLiteral("identityProvider")].toObject();
    idp[QStringLiteral("requiredAmr")] = QJsonArray{QStringLiteral("hwk")};
    idp[QStringLiteral("requiredAcr")] = QStringLiteral("urn:custos:acr:mfa");
    policy[QStringLiteral("identityProvider")] = idp;
    const auto v2 = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY2(v2.ok(), v2 ? "" : qPrintable(v2.errorMessage()));
    QVERIFY(v2.value().grants({QStringLiteral("radiologist")}, Action::QueryPacs).granted);
    QCOMPARE(v2.value().identityProvider.requiredAmr, QStringList{QStringLiteral("hwk")});
    QCOMPARE(v2.value().version, 2);
    // The policy's provider, as single sign-on uses it: no offline_access, https only at a site.
    auto config = identityProviderConfig(v2.value(), true);
    QVERIFY2(config.ok(), config ? "" : qPrintable(config.errorMessage()));
    QVERIFY(!config.value().scopes.contains(QStringLiteral("offline_access")));
    QCOMPARE(config.value().requiredAcr, QStringLiteral("urn:custos:acr:mfa"));
    QCOMPARE(config.value().mfaAmrValues, QStringList{QStringLiteral("hwk")});
    idp[QStringLiteral("issuer")] = QStringLiteral("http://127.0.0.1:9/idp");
    policy[QStringLiteral("identityProvider")] = idp;
    const auto loopback = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY(loopback.ok());
    QVERIFY(identityProviderConfig(loopback.value(), false).ok()); // personal mode: a local test provider
    const auto refused = identityProviderConfig(loopback.value(), true);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("https only")), qPrintable(refused.errorMessage()));
}

namespace {

// The example policy (version 2) with `pacs` as given.
QByteArray exampleWithPacs(const QJsonObject& pacs, int version = 2)
{
    QJsonObject policy = QJsonDocument::fromJson(exampleSitePolicyJson()).object();
    policy[QStringLiteral("version")] = version;
    policy[QStringLiteral("pacs")] = pacs;
    return QJsonDocument(policy).toJson();
}

QJsonObject tlsNode()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("main-pacs")},
                       {QStringLiteral("aeTitle"), QStringLiteral("ORTHANC")},
                       {QStringLiteral("host"), QStringLiteral("pacs.example.org")},
                       {QStringLiteral("port"), 2762},
                       {QStringLiteral("dicomweb"), QStringLiteral("https://pacs.example.org/dicom-web")},
                       {QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), QStringLiteral("/etc/custos/pacs-ca.pem")}}},
                       {QStringLiteral("auth"), QStringLiteral("oidc")}};
}

} // namespace

void TestPolicyLoader::pacsNodesAreReadWithTheirDefaults()
{
    QJsonObject plain{{QStringLiteral("name"), QStringLiteral("lab")}, {QStringLiteral("aeTitle"), QStringLiteral("LAB")},
                      {QStringLiteral("callingAeTitle"), QStringLiteral("VIEWER 1")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), 4242}, {QStringLiteral("dicomweb"), QStringLiteral("http://127.0.0.1:8042/dicom-web")},
                      {QStringLiteral("test"), true}};
    const auto p = parsePolicy(exampleWithPacs({{QStringLiteral("nodes"), QJsonArray{tlsNode(), plain}}}), QStringLiteral("policy.json"));
    QVERIFY2(p.ok(), p ? "" : qPrintable(p.errorMessage()));
    QCOMPARE(p.value().pacsNodes.size(), std::size_t(2));
    const PacsNode* main = p.value().pacsNode(QStringLiteral("MAIN-PACS")); // names are not case-sensitive
    QVERIFY(main);
    QCOMPARE(main->callingAeTitle, QStringLiteral("CUSTOS"));
    QVERIFY(main->tls);
    QCOMPARE(main->tlsSettings.minVersion, QStringLiteral("1.2"));
    QVERIFY(main->tlsSettings.verifyHostName);
    QCOMPARE(main->auth, PacsAuth::Oidc);
    QCOMPARE(main->retrieve, PacsRetrieve::Get); // C-GET unless the policy says move
    QVERIFY(main->hasDimse() && main->hasDicomweb());
    QVERIFY(plainConnectionRefusal(*main, false).isEmpty());
    QVERIFY(plainConnectionRefusal(*main, true).isEmpty());
    const PacsNode* lab = p.value().pacsNode(QStringLiteral("lab"));
    QVERIFY(lab && lab->test && !lab->tls);
    QCOMPARE(lab->callingAeTitle, QStringLiteral("VIEWER 1"));
    QVERIFY(plainConnectionRefusal(*lab, false).isEmpty()); // test nodes may be plain
    PacsNode production = *lab;
    production.test = false; // the same node assembled in code without the test flag
    QVERIFY(plainConnectionRefusal(production, false).contains(QStringLiteral("plain TCP")));
    QVERIFY(plainConnectionRefusal(production, true).contains(QStringLiteral("not https")));
    QVERIFY(!p.value().pacsNode(QStringLiteral("nobody")));

    // C-MOVE where the site requires it: Custos's receiving SCP, its certificate the node's client certificate.
    QJsonObject move = tlsNode();
    move[QStringLiteral("retrieve")] = QStringLiteral("move");
    move[QStringLiteral("moveDestination")] = QJsonObject{{QStringLiteral("aeTitle"), QStringLiteral("CUSTOS-RX")}, {QStringLiteral("port"), 11113}};
    move[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caFile"), QStringLiteral("/ca.pem")}, {QStringLiteral("certFile"), QStringLiteral("/c.pem")},
                                              {QStringLiteral("keyFile"), QStringLiteral("/c.key")}};
    const auto m = parsePolicy(exampleWithPacs({{QStringLiteral("nodes"), QJsonArray{move}}}), QStringLiteral("policy.json"));
    QVERIFY2(m.ok(), m ? "" : qPrintable(m.errorMessage()));
    QCOMPARE(m.value().pacsNodes.front().retrieve, PacsRetrieve::Move);
    QCOMPARE(m.value().pacsNodes.front().moveDestination.aeTitle, QStringLiteral("CUSTOS-RX"));
    QCOMPARE(m.value().pacsNodes.front().moveDestination.port, 11113);
}

void TestPolicyLoader::pacsNodeMistakesAreRefusedWithTheirField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto with = [](const std::function<void(QJsonObject&)>& change, int version = 2) {
        QJsonObject n = tlsNode();
        change(n);
        return exampleWithPacs({{QStringLiteral("nodes"), QJsonArray{n}}}, version);
    };
    QTest::newRow("plain DIMSE, not a test node")
        << with([](QJsonObject& n) { n.remove(QStringLiteral("tls")); n.remove(QStringLiteral("dicomweb")); })
        << QStringLiteral("pacs.nodes[0]: The PACS node \"main-pacs\" is refused: it has no \"tls\" section, so DICOM would travel as plain TCP, and plain DICOM and plain HTTP let anyone on the network read");
    QTest::newRow("plain HTTP, not a test node")
        << with([](QJsonObject& n) { n[QStringLiteral("dicomweb")] = QStringLiteral("http://pacs.example.org/dicom-web"); })
        << QStringLiteral("pacs.nodes[0].dicomweb: The PACS node \"main-pacs\" is refused for DICOMweb: its address http://pacs.example.org/dicom-web is not https");
    QTest::newRow("TLS 1.1") << with([](QJsonObject& n) {
        n[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caFile"), QStringLiteral("/ca.pem")}, {QStringLiteral("minVersion"), QStringLiteral("1.1")}};
    }) << QStringLiteral("pacs.nodes[0].tls.minVersion: \"1.1\" is not a known TLS version (1.2 or 1.3)");
    QTest::newRow("no CA") << with([](QJsonObject& n) { n[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("verifyHostName"), false}}; })
                           << QStringLiteral("pacs.nodes[0].tls: ");
    QTest::newRow("certificate without key") << with([](QJsonObject& n) {
        n[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caFile"), QStringLiteral("/ca.pem")}, {QStringLiteral("certFile"), QStringLiteral("/c.pem")}};
    }) << QStringLiteral("pacs.nodes[0].tls: a client certificate needs both certFile and keyFile");
    QTest::newRow("half a DIMSE address") << with([](QJsonObject& n) { n.remove(QStringLiteral("port")); })
                                          << QStringLiteral("pacs.nodes[0]: DIMSE needs all three of aeTitle, host and port");
    QTest::newRow("unreachable") << with([](QJsonObject& n) {
        for (const char* k : {"aeTitle", "host", "port", "dicomweb"})
            n.remove(QLatin1String(k));
    }) << QStringLiteral("pacs.nodes[0]: the node names no way to reach it");
    QTest::newRow("AE title too long") << with([](QJsonObject& n) { n[QStringLiteral("aeTitle")] = QStringLiteral("ABCDEFGHIJKLMNOPQ"); })
                                       << QStringLiteral("pacs.nodes[0].aeTitle: \"ABCDEFGHIJKLMNOPQ\" is not a valid AE title");
    QTest::newRow("unknown field") << with([](QJsonObject& n) { n[QStringLiteral("password")] = QStringLiteral("x"); })
                                   << QStringLiteral("pacs.nodes[0]");
    QTest::newRow("move without a destination") << with([](QJsonObject& n) { n[QStringLiteral("retrieve")] = QStringLiteral("move"); })
                                                << QStringLiteral("pacs.nodes[0].moveDestination: \"retrieve\": \"move\" needs a moveDestination");
    QTest::newRow("move over TLS without a certificate") << with([](QJsonObject& n) {
        n[QStringLiteral("retrieve")] = QStringLiteral("move");
        n[QStringLiteral("moveDestination")] = QJsonObject{{QStringLiteral("aeTitle"), QStringLiteral("CUSTOS")}, {QStringLiteral("port"), 11113}};
    }) << QStringLiteral("pacs.nodes[0].tls: C-MOVE over TLS needs certFile and keyFile");
    QTest::newRow("a destination without move") << with([](QJsonObject& n) {
        n[QStringLiteral("moveDestination")] = QJsonObject{{QStringLiteral("aeTitle"), QStringLiteral("CUSTOS")}, {QStringLiteral("port"), 11113}};
    }) << QStringLiteral("pacs.nodes[0].moveDestination: a moveDestination is only used with \"retrieve\": \"move\"");
    QTest::newRow("retrieve by carrier pigeon") << with([](QJsonObject& n) { n[QStringLiteral("retrieve")] = QStringLiteral("pigeon"); })
                                                << QStringLiteral("pacs.nodes[0].retrieve: ");
    QTest::newRow("version 1") << with([](QJsonObject&) {}, 1) << QStringLiteral("pacs.nodes: this field needs \"version\": 2");
    {
        QJsonObject a = tlsNode();
        QJsonObject b = tlsNode();
        b[QStringLiteral("name")] = QStringLiteral("Main-PACS");
        QTest::newRow("name twice") << exampleWithPacs({{QStringLiteral("nodes"), QJsonArray{a, b}}})
                                    << QStringLiteral("pacs.nodes[1].name: the node name \"Main-PACS\" is used twice");
    }
}

void TestPolicyLoader::pacsNodeMistakesAreRefusedWithTheirField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto p = parsePolicy(json, QStringLiteral("policy.json"));
    QVERIFY(!p.ok());
    QVERIFY2(p.errorMessage().contains(expected), qPrintable(p.errorMessage()));
}

// deidentification.projects: version 2 only; names unique, roles that
// exist, options the schema knows; old policies without it stay valid.
void TestPolicyLoader::researchProjectsAreVersionTwoAndCheckedByName()
{
    QJsonObject policy = QJsonDocument::fromJson(exampleSitePolicyJson()).object();
    QVERIFY(parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json")).ok()); // without projects: as before
    QJsonObject project{{QStringLiteral("name"), QStringLiteral("lung-nodule-study-2026")}, {QStringLiteral("minimumK"), 5},
                        {QStringLiteral("options"), QJsonArray{QStringLiteral("retainPatientCharacteristics")}},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("data-scientist")}}};
    policy[QStringLiteral("deidentification")] = QJsonObject{{QStringLiteral("projects"), QJsonArray{project}}};
    policy[QStringLiteral("version")] = 1;
    const auto v1 = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY(!v1.ok());
    QVERIFY2(v1.errorMessage().contains(QStringLiteral("deidentification")) && v1.errorMessage().contains(QStringLiteral("\"version\": 2")),
             qPrintable(v1.errorMessage()));
    policy[QStringLiteral("version")] = 2;
    const auto v2 = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY2(v2.ok(), v2 ? "" : qPrintable(v2.errorMessage()));
    const DeidProject* p = v2.value().deidProject(QStringLiteral("lung-nodule-study-2026"));
    QVERIFY(p);
    QCOMPARE(p->minimumK, 5);
    QCOMPARE(p->options, QStringList{QStringLiteral("retainPatientCharacteristics")});
    QCOMPARE(p->roles, QStringList{QStringLiteral("data-scientist")});
    QVERIFY(!v2.value().deidProject(QStringLiteral("other")));

    auto refusedWith = [&policy](const QJsonArray& projects, const QString& where) {
        QJsonObject bad = policy;
        bad[QStringLiteral("deidentification")] = QJsonObject{{QStringLiteral("projects"), projects}};
        const auto r = parsePolicy(QJsonDocument(bad).toJson(), QStringLiteral("policy.json"));
        return !r.ok() && r.errorMessage().contains(where);
    };
    QVERIFY(refusedWith(QJsonArray{project, project}, QStringLiteral("deidentification.projects[1].name")));
    QJsonObject noRole = project;
    noRole[QStringLiteral("roles")] = QJsonArray{QStringLiteral("researcher")};
    QVERIFY(refusedWith(QJsonArray{noRole}, QStringLiteral("deidentification.projects[0].roles[0]")));
    QJsonObject badOption = project;
    badOption[QStringLiteral("options")] = QJsonArray{QStringLiteral("retainEverything")};
    QVERIFY(refusedWith(QJsonArray{badOption}, QStringLiteral("deidentification.projects[0].options")));
    QJsonObject bothDates = project;
    bothDates[QStringLiteral("options")] = QJsonArray{QStringLiteral("retainLongitudinalFullDates"), QStringLiteral("retainLongitudinalModifiedDates")};
    QVERIFY(refusedWith(QJsonArray{bothDates}, QStringLiteral("deidentification.projects[0].options")));
    QJsonObject zeroK = project;
    zeroK[QStringLiteral("minimumK")] = 0;
    QVERIFY(refusedWith(QJsonArray{zeroK}, QStringLiteral("deidentification.projects[0].minimumK")));
}

// auditCollector.backlogCeiling: records and/or hours, only in a version 2
// policy (a version 1 reader would drop it silently), only beside a
// collector's host, with limits a person can read.
void TestPolicyLoader::backlogCeilingIsVersionTwoBesideItsCollector()
{
    QJsonObject policy = QJsonDocument::fromJson(exampleSitePolicyJson()).object();
    QJsonObject collector = policy[QStringLiteral("auditCollector")].toObject();
    QVERIFY(!collector.value(QStringLiteral("host")).toString().isEmpty());
    collector[QStringLiteral("backlogCeiling")] = QJsonObject{{QStringLiteral("records"), 5000}, {QStringLiteral("hours"), 1.5}};
    policy[QStringLiteral("auditCollector")] = collector;
    policy[QStringLiteral("version")] = 1;
    const auto v1 = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY(!v1.ok());
    QVERIFY2(v1.errorMessage().contains(QStringLiteral("auditCollector.backlogCeiling")) && v1.errorMessage().contains(QStringLiteral("\"version\": 2")),
             qPrintable(v1.errorMessage()));

    policy[QStringLiteral("version")] = 2;
    const auto v2 = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY2(v2.ok(), v2 ? "" : qPrintable(v2.errorMessage()));
    QCOMPARE(v2.value().auditCollector.backlogCeilingRecords, qint64(5000));
    QCOMPARE(v2.value().auditCollector.backlogCeilingSeconds, qint64(5400));

    // Without one of them: that kind of ceiling is off.
    collector[QStringLiteral("backlogCeiling")] = QJsonObject{{QStringLiteral("hours"), 4}};
    policy[QStringLiteral("auditCollector")] = collector;
    const auto hoursOnly = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY2(hoursOnly.ok(), hoursOnly ? "" : qPrintable(hoursOnly.errorMessage()));
    QCOMPARE(hoursOnly.value().auditCollector.backlogCeilingRecords, qint64(0));
    QCOMPARE(hoursOnly.value().auditCollector.backlogCeilingSeconds, qint64(4 * 3600));

    // Mistakes, each named by its field.
    const std::vector<std::pair<QJsonObject, QString>> bad = {
        {QJsonObject{{QStringLiteral("records"), 0}}, QStringLiteral("auditCollector.backlogCeiling.records")},
        {QJsonObject{{QStringLiteral("records"), 2.5}}, QStringLiteral("auditCollector.backlogCeiling.records")},
        {QJsonObject{{QStringLiteral("hours"), -1}}, QStringLiteral("auditCollector.backlogCeiling.hours")},
        {QJsonObject{{QStringLiteral("days"), 1}}, QStringLiteral("auditCollector.backlogCeiling")},
    };
    for (const auto& [ceiling, field] : bad) {
        collector[QStringLiteral("backlogCeiling")] = ceiling;
        policy[QStringLiteral("auditCollector")] = collector;
        const auto r = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
        QVERIFY2(!r.ok(), qPrintable(QJsonDocument(ceiling).toJson(QJsonDocument::Compact)));
        QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));
    }

    // A ceiling with no collector to deliver to is a mistake, not a no-op.
    collector.remove(QStringLiteral("host"));
    collector[QStringLiteral("backlogCeiling")] = QJsonObject{{QStringLiteral("records"), 10}};
    policy[QStringLiteral("auditCollector")] = collector;
    const auto noHost = parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("policy.json"));
    QVERIFY(!noHost.ok());
    QVERIFY2(noHost.errorMessage().contains(QStringLiteral("host")), qPrintable(noHost.errorMessage()));
}

QTEST_GUILESS_MAIN(TestPolicyLoader)
#include "tst_policy_loader.moc"

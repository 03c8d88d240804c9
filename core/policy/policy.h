// SPDX-License-Identifier: Apache-2.0
#pragma once
// The site policy: who may do what with patient data, for how long a
// session lasts, how emergency access works, which training comes first,
// where exports may go. IT deploys it as a file users cannot write
// (policy_loader.h); without one, the built-in default applies: sign-in
// with a second factor, viewing, and no export at all.

#include "core/auth/session.h"
#include "core/policy/pacs_node.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace custos::policy {

// Everything the Guard decides on. The names (actionName) are stable: they
// appear in policy files and in the audit trail.
enum class Action {
    ViewStudy,          // open a study and see its images and demographics
    ReviewAiFindings,   // accept, reject or edit AI findings
    ExportDicom,        // write DICOM files (identified, unless the role is de-identified only)
    ExportDeidentified, // write de-identified DICOM files
    ExportImage,        // write a rendered image (PNG), watermarked
    CopyToClipboard,
    Print,
    DragOut,            // drag images or files out of the viewer
    SendToPacs,
    ViewAuditTrail,
    ExportAuditTrail,
    ReviewBreakGlass,   // the compliance review queue of emergency accesses
    StartBreakGlass,    // may ask for emergency access at all
    ViewPolicy,
    ManagePolicy,
    ManageUsers,
    ManageCache,        // purge, verify the encrypted cache, rotate keys (no PHI shown)
    UnlockSession,
    // Schema version 2 (the wave-2 issues extend from here):
    QueryPacs,                  // search a PACS (patient lists are PHI)
    RetrieveStudy,              // fetch a study from a PACS into Custos
    ComplianceReport,           // the compliance report, aggregated, nobody named
    ComplianceReportIdentified, // the same, naming patients and users
    OverrideDeidRisk,           // export images that de-identification holds back (burned-in text)
};
// The first schema version an action may appear in (1 or 2).
int actionSchemaVersion(Action action);

QString actionName(Action action);                 // "ExportDicom"
std::optional<Action> actionFromName(const QString& name);
const std::vector<Action>& allActions();
// A sentence fragment for people: "export DICOM files".
QString actionDescription(Action action);
// Actions that show, copy or send patient data (the Guard needs a study).
bool touchesPhi(Action action);
// Writes data out of the viewer (export, print, clipboard, drag, PACS).
bool isExport(Action action);

struct RolePolicy
{
    QString name;
    QString description;
    QSet<Action> permissions;
    // Sees and exports only de-identified data: views mask demographics and
    // every export is de-identified whatever format was asked.
    bool deidentifiedOnly = false;
};

struct BreakGlassPolicy
{
    QSet<Action> eligibleActions;
    int durationMinutes = 60;
    int minimumReasonLength = 20;
    QStringList reasonCategories;
    int reauthenticationMaxAgeSeconds = 300; // the fresh sign-in for a grant
};

struct TrainingRequirement
{
    QString moduleId;
    QString version;
    QSet<Action> requiredFor;
};

struct TrainingPolicy
{
    int renewalDays = 365;
    std::vector<TrainingRequirement> modules;
};

struct WatermarkPolicy
{
    QString text;            // {user} and {time} are filled in
    QSet<Action> appliesTo;
};

enum class CaptureProtection { Off, Warn, Refuse };

struct IdentityProviderPolicy
{
    QString issuer;
    QString clientId;
    QStringList scopes;
    QString rolesClaim;
    QMap<QString, QStringList> roleMapping; // IdP group -> Custos roles
    // Schema v2: what the provider must say about how the person signed in.
    QString requiredAcr;     // empty: none asked for; sent as acr_values and required in the token
    QStringList requiredAmr; // amr values (RFC 8176) that count as a second factor; empty: mfa, otp, hwk, sc
    QString caFile;          // PEM CAs trusted for the provider's https (custosd and the person's process); empty: the system's

    bool configured() const { return !issuer.isEmpty() && !clientId.isEmpty(); }
};

struct AuditCollectorPolicy
{
    QString host;
    int port = 6514;
    QString caFile;
    // Schema v2 (auditCollector.backlogCeiling): custosd refuses new PHI
    // actions while more records than this wait for the collector, or the
    // oldest has waited longer. 0: no ceiling of that kind.
    qint64 backlogCeilingRecords = 0;
    qint64 backlogCeilingSeconds = 0;
};

// Schema v2, deidentification.projects[]: one research project, its own
// pseudonymisation key (held by custosd in site mode, by the person's
// keychain in personal mode), the Annex E options its exports use, and the
// smallest equivalence class (k) an export may leave.
struct DeidProject
{
    QString name;
    QString description;
    int minimumK = 1;
    QStringList options; // names as in the schema, e.g. "retainPatientCharacteristics"
    QStringList roles;   // empty: every role allowed ExportDeidentified
};

struct Policy
{
    QString source;   // the file it came from, or "built-in default policy"
    int version = 1;  // the schema version the file declared
    QString siteName;
    std::map<QString, RolePolicy> roles;
    auth::SessionPolicy session;
    BreakGlassPolicy breakGlass;
    TrainingPolicy training;
    WatermarkPolicy watermark;
    CaptureProtection captureProtection = CaptureProtection::Refuse;
    QStringList exportDestinations; // directory prefixes; empty: nowhere
    IdentityProviderPolicy identityProvider;
    AuditCollectorPolicy auditCollector;
    // Schema v2, "service": OS groups whose members may manage custosd's
    // accounts (besides root), e.g. ["custos-admins"].
    QStringList serviceAdminGroups;
    QJsonObject pacs;               // as written
    std::vector<PacsNode> pacsNodes; // pacs.nodes (schema v2)
    // Schema v2, "aiGovernance": the approved AI models, as written;
    // core/governance reads it (governance::Registry::fromPolicy).
    QJsonObject aiGovernance;
    QJsonObject compliance; // schema v2: keyRotationDays

    const PacsNode* pacsNode(const QString& name) const;
    std::vector<DeidProject> deidProjects; // deidentification.projects (schema v2)
    const DeidProject* deidProject(const QString& name) const;

    const RolePolicy* role(const QString& name) const;

    struct Grant
    {
        bool granted = false;
        bool forceDeidentify = false;
        QString role; // the role that grants it
    };
    // Does any of `roles` grant `action`? A role that is not de-identified
    // only wins over one that is. A de-identified-only role that may export
    // de-identified data is granted ExportDicom as a de-identified export.
    Grant grants(const QStringList& roles, Action action) const;

    // The training module required before `action` (with forced de-identification
    // the de-identification module counts for exports), or nullptr.
    const TrainingRequirement* trainingFor(Action action, bool deidentified) const;

    // Is `directory` (made absolute, symbolic links resolved) inside one of
    // the allowed export destinations? "~" at the start means the home folder.
    bool exportDestinationAllowed(const QString& directory) const;
    QString watermarkFor(Action action, const QString& user, const QDateTime& time) const;
};

QString captureProtectionName(CaptureProtection mode);

} // namespace custos::policy

// SPDX-License-Identifier: Apache-2.0
#pragma once
// The AI model registry of the site policy ("aiGovernance", schema v2):
// which AI products this site approved, at which versions, under which
// business associate agreement, validated how. An AI object is matched by
// the algorithm identification it carries (SEG Segment Algorithm
// Name/Version, SR algorithm identification, the series' manufacturer and
// model, the vendor JSON's model) — core/ai reads those into ai::Source.
// Without the block nothing is judged: a site that has not set up
// governance sees findings as before.

#include "core/ai/finding.h"
#include "core/audit/audit_event.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace custos::governance {

enum class UnregisteredHandling { Grey, Hide };

struct Baseline
{
    double acceptanceRate = 0; // accepted / decided, in local validation
    int sampleSize = 0;
};

struct RegisteredModel
{
    QString manufacturer;
    QString modelName;
    QStringList exactVersions;     // allowed as written; empty: the range decides
    QString minimumVersion;        // dotted numbers, both ends included; empty: open
    QString maximumVersion;
    QString intendedUse;
    QStringList findingTypes;
    QString baaReference;          // empty: no BAA on file
    QDate baaExpires;
    QString vendorTier;            // no-phi, de-identified, phi-on-premises, phi-cloud
    QString validationReference;
    QDate validationDate;
    std::map<QString, Baseline> baseline; // finding type -> validated acceptance

    bool versionAllowed(const QString& version) const;
    QString versionsText() const;  // "2.1, 2.2" or "2.0 to 2.9"
};

struct Registry
{
    bool configured = false;       // the policy has an aiGovernance block
    UnregisteredHandling unregistered = UnregisteredHandling::Grey;
    double driftFalseAlarmRate = 0.01;
    std::vector<RegisteredModel> models;

    static Registry fromPolicy(const QJsonObject& aiGovernance);
    // By model name (case-insensitive) and, where both say it, manufacturer.
    const RegisteredModel* find(const QString& manufacturer, const QString& modelName) const;
};

enum class ModelStatus { NotGoverned, Approved, Unregistered, VersionNotAllowed, BaaExpired, NoBaa };
QString statusCode(ModelStatus status); // "approved", "unregistered", ... (audit, JSON)

struct Verdict
{
    ModelStatus status = ModelStatus::NotGoverned;
    const RegisteredModel* model = nullptr;
    bool hidden = false;           // the policy says hide rather than grey
    QString rule;                  // for people: which rule, e.g. "version 3.0 is not approved (approved: 2.0 to 2.9)"
    bool approved() const { return status == ModelStatus::NotGoverned || status == ModelStatus::Approved; }
};

// The identification of the model behind a finding: the finding's own where
// it has one, the object's otherwise.
ai::Source modelOf(const ai::AiObject& object, const ai::Finding& finding);
Verdict evaluate(const Registry& registry, const ai::Source& source, const QDate& today);

// Compares dotted version numbers numerically ("2.10" > "2.9"); -1, 0, 1.
int compareVersions(const QString& a, const QString& b);

// What the review's audit record says about the model and the finding
// type, appended to its detail: ` model="LungNet" version="2.1"
// manufacturer="Acme" type="Nodule"`. No patient data, no typed text.
QString modelTag(const ai::Source& source, const QString& findingType);
struct TaggedModel
{
    QString manufacturer, modelName, version, findingType;
    bool valid = false;
};
TaggedModel parseModelTag(const QString& detail);

// 110113 Security Alert, type "Use of Restricted Function": findings of a
// model the policy does not approve were shown greyed (or hidden) in this
// study; once per study and model. The study UID goes with the study object.
audit::Event unapprovedModelEvent(const QString& user, const QString& studyUid, const ai::Source& source, const Verdict& verdict);

} // namespace custos::governance

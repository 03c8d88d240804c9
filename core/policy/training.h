// SPDX-License-Identifier: Apache-2.0
#pragma once
// Just-in-time training: before the first export, the first de-identified
// export, the first break-glass and the first AI review, the person reads a
// short module and answers its questions. The acknowledgement (who, which
// module, which version, when) is kept and expires after the policy's
// renewal interval or when the module's version changes.
//
// Module metadata (id, version, title, questions) lives in
// resources/training/<id>.json, compiled in; the content a person reads is
// resources/training/<id>.html. Acknowledgements are kept in
// "<data>/policy/training.sealed", encrypted and authenticated (a person
// who can write their data folder must not be able to forge one), or in
// memory only when no keys are given.

#include "core/common/result.h"
#include "core/policy/guard.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace custos::crypto {
class KeyManager;
}

namespace custos::policy {

struct TrainingQuestion
{
    QString id;
    QString text;
    QStringList choices;
    int answer = -1; // index into choices
};

struct TrainingModule
{
    QString id;
    QString version;
    QString title;
    QString summary;
    QString contentResource; // ":/custos/training/<id>.html" (may not exist yet)
    std::vector<TrainingQuestion> questions;
};

// The modules compiled into Custos.
Result<TrainingModule> trainingModule(const QString& id);
QStringList trainingModuleIds();
// Parses a module's metadata (for tests and for site-provided modules).
Result<TrainingModule> parseTrainingModule(const QByteArray& json, const QString& sourceName);

struct Acknowledgement
{
    QString userSubject;
    QString moduleId;
    QString version;
    QDateTime time;
};

struct TrainingModule;

// Site mode: the acknowledgements are custosd's, machine-wide. The service
// checks the answers itself and records (and audits) the acknowledgement
// for the person its ticket names; this process keeps only a copy of that
// person's own acknowledgements.
struct TrainingRemote
{
    std::function<Result<std::vector<Acknowledgement>>()> mine;
    std::function<Result<void>(const TrainingModule& module, const std::vector<int>& answers)> acknowledge;
};

// Not thread-safe: used from the UI thread with the Guard.
class TrainingRecords
{
public:
    // `keys` null or `folder` empty: in memory only.
    static Result<std::unique_ptr<TrainingRecords>> open(std::shared_ptr<crypto::KeyManager> keys, const QString& folder);
    // Site mode: everything through custosd. A failed first answer leaves
    // no acknowledgement known (required training is then not current).
    static std::unique_ptr<TrainingRecords> openRemote(std::shared_ptr<TrainingRemote> remote);
    ~TrainingRecords();

    bool remote() const { return bool(m_remote); }
    const TrainingRemote* remoteParts() const { return m_remote.get(); }
    // Reads the signed-in person's acknowledgements from custosd again.
    Result<void> refresh();
    // Every acknowledgement kept here (custosd: everyone's on this machine).
    std::vector<Acknowledgement> all() const;

    std::optional<Acknowledgement> latest(const QString& userSubject, const QString& moduleId) const;
    // Acknowledged at the required version, and not older than renewalDays.
    bool current(const QString& userSubject, const TrainingRequirement& requirement, int renewalDays, const QDateTime& now) const;
    Result<void> record(const Acknowledgement& ack);

private:
    TrainingRecords() = default;
    Result<void> save() const;
    std::shared_ptr<crypto::KeyManager> m_keys;
    QString m_folder;
    std::shared_ptr<TrainingRemote> m_remote;
    // mutable: site mode's copy of custosd's answer, read again when a few seconds old
    mutable std::map<std::pair<QString, QString>, Acknowledgement> m_acks; // (subject, module)
    mutable QDateTime m_refreshed;
    void refreshIfStale() const;
};

// Checks the answers (one index per question, in order) and, when all are
// right, records the acknowledgement and audits it. Wrong answers are
// refused (and audited) with the numbers of the questions to look at again;
// the correct answers are never revealed.
Result<void> acknowledge(TrainingRecords& records, const TrainingModule& module, const auth::Identity& who,
                         const std::vector<int>& answers, const QDateTime& now, const AuditSink& audit);

} // namespace custos::policy

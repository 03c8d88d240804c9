// SPDX-License-Identifier: Apache-2.0
// FindingsController: the review. Every decision is audited (110110 Patient
// Record, action U; writing the signed review, action C).

#include "core/ai/review_sr_writer.h"
#include "ui/findings/findings_controller.h"

#include <QDateTime>
#include <QPointer>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace custos::ui {

ai::Reviewer FindingsController::reviewer() const
{
    return {m_host.user, m_host.userName.isEmpty() ? m_host.user : m_host.userName};
}

Result<void> FindingsController::mayReview() const
{
    if (m_reviewAllowed)
        return {};
    return Error{m_reviewDeniedReason.isEmpty() ? tr("Reviewing AI findings is not allowed for you.") : m_reviewDeniedReason};
}

std::vector<ai::AiObject> FindingsController::aiObjects() const
{
    std::vector<ai::AiObject> objects;
    for (const LoadedAiObject& o : m_objects)
        objects.push_back(o.object);
    return objects;
}

QString FindingsController::patientIdOf(const QString& studyUid) const
{
    if (m_catalog)
        for (const dicom::Study& s : m_catalog->studies)
            if (s.studyInstanceUid == studyUid)
                return s.patientId;
    return {};
}

ai::ReviewSrOptions FindingsController::reviewSrOptions() const
{
    ai::ReviewSrOptions options;
    options.organization = m_organization;
    options.softwareVersion = QStringLiteral(CUSTOS_FINDINGS_VERSION);
    return options;
}

void FindingsController::setReviewAllowed(bool allowed, const QString& reason)
{
    m_reviewAllowed = allowed;
    m_reviewDeniedReason = allowed ? QString() : reason;
    emit reviewChanged();
}

Result<void> FindingsController::reviewed(const ai::FindingKey& key, Result<void> result, const QString& detail)
{
    if (!result)
        return result;
    const LoadedAiObject* o = objectOf(key);
    if (m_host.record && o) {
        // The model and finding type ride along, so that monitoring can
        // count decisions per model without reading anything else.
        QString tag;
        if (const ai::Finding* f = finding(key))
            tag = governance::modelTag(governance::modelOf(o->object, *f), f->type.meaning.isEmpty() ? f->label : f->type.meaning);
        m_host.record(audit::events::aiReviewAction(m_host.user, patientIdOf(o->object.studyInstanceUid), o->object.studyInstanceUid, key.objectUid,
                                                    detail + QLatin1Char(' ') + key.findingId + tag));
    }
    rebuildLayers();
    emit reviewChanged();
    return result;
}

Result<void> FindingsController::accept(const ai::FindingKey& key)
{
    if (auto allowed = mayReview(); !allowed)
        return allowed.error();
    return reviewed(key, m_review.accept(key, reviewer()), QStringLiteral("accepted"));
}

Result<void> FindingsController::reject(const ai::FindingKey& key, ai::RejectReason reason, const QString& text)
{
    if (auto allowed = mayReview(); !allowed)
        return allowed.error();
    // The audit names the reason from the list, never what was typed.
    static const char* names[] = {"none", "false positive", "wrong location", "wrong measurement", "clinically irrelevant", "other"};
    return reviewed(key, m_review.reject(key, reason, text, reviewer()),
                    QStringLiteral("rejected (%1)").arg(QLatin1String(names[int(reason)])));
}

Result<void> FindingsController::correct(const ai::FindingKey& key, const ai::Correction& correction)
{
    if (auto allowed = mayReview(); !allowed)
        return allowed.error();
    // What changed, in the audit's own (English) words: the class and the
    // numbers; the words typed for the name are not repeated there.
    QStringList what;
    const ai::Finding* f = finding(key);
    if (correction.findingType)
        what << QStringLiteral("class %1 -> %2")
                    .arg(f && !f->type.meaning.isEmpty() ? f->type.meaning : QStringLiteral("none"), correction.findingType->meaning);
    for (const ai::Measurement& m : correction.measurements) {
        QString before = QStringLiteral("?");
        if (f)
            for (const ai::Measurement& old : f->measurements)
                if (old.name.value == m.name.value && old.name.scheme == m.name.scheme)
                    before = QString::number(old.value, 'f', 2);
        if (before == QLatin1String("?") && f && m.name.value == QLatin1String("118565006") && f->volumeMl > 0)
            before = QString::number(f->volumeMl, 'f', 2);
        what << QStringLiteral("%1 %2 -> %3 %4").arg(m.name.meaning.isEmpty() ? m.name.value : m.name.meaning, before)
                    .arg(m.value, 0, 'f', 2)
                    .arg(m.unit);
    }
    if (!correction.regions2D.empty() || !correction.regions3D.empty())
        what << QStringLiteral("region redrawn");
    if (!correction.label.isEmpty())
        what << QStringLiteral("name changed");
    // A region of a result that did not say the image's SOP class (a
    // vendor JSON) takes it from the image, so the SR can reference it.
    ai::Correction completed = correction;
    if (m_catalog)
        for (ai::Region2D& r : completed.regions2D)
            if (r.referencedSopClassUid.isEmpty())
                for (const dicom::Instance& inst : m_catalog->instances)
                    if (inst.sopInstanceUid == r.referencedSopInstanceUid) {
                        r.referencedSopClassUid = inst.sopClassUid;
                        break;
                    }
    return reviewed(key, m_review.correct(key, completed, reviewer()),
                    what.isEmpty() ? QStringLiteral("corrected") : QStringLiteral("corrected (%1)").arg(what.join(QStringLiteral("; "))));
}

Result<void> FindingsController::comment(const ai::FindingKey& key, const QString& text)
{
    if (auto allowed = mayReview(); !allowed)
        return allowed.error();
    return reviewed(key, m_review.setComment(key, text, reviewer()), QStringLiteral("commented"));
}

Result<void> FindingsController::resetDecision(const ai::FindingKey& key)
{
    if (auto allowed = mayReview(); !allowed)
        return allowed.error();
    return reviewed(key, m_review.resetToPending(key, reviewer()), QStringLiteral("reset to pending"));
}

void FindingsController::restoreSavedReview(const std::vector<std::pair<QString, ai::Review>>& reviews)
{
    // The newest signed review of these objects wins; without one, the
    // newest saved at all. Its decisions come back as they were signed.
    QSet<QString> uids;
    for (const LoadedAiObject& o : m_objects)
        uids.insert(o.object.sopInstanceUid);
    const std::pair<QString, ai::Review>* best = nullptr;
    auto when = [](const std::pair<QString, ai::Review>& r) {
        return r.second.isSigned() ? r.second.signature()->time : QFileInfo(r.first).lastModified().toUTC();
    };
    for (const auto& r : reviews) {
        const bool ours = std::any_of(r.second.entries().begin(), r.second.entries().end(),
                                      [&](const auto& e) { return uids.contains(e.first.objectUid); });
        if (!ours)
            continue;
        if (!best || (r.second.isSigned() && !best->second.isSigned()) ||
            (r.second.isSigned() == best->second.isSigned() && when(r) > when(*best)))
            best = &r;
    }
    if (!best)
        return;
    for (const auto& [key, entry] : best->second.entries())
        if (uids.contains(key.objectUid))
            m_review.restore(entry);
    if (best->second.isSigned())
        m_review.restoreSignature(*best->second.signature());
    m_savedPath = best->first;
    m_savedOnPacs = false;
    if (!QDir::isAbsolutePath(best->first) && m_host.pacsOrigin && !m_objects.empty()) {
        // Read from memory: the review is one of the study's instances on its PACS.
        m_savedPath = m_host.pacsOrigin(m_objects.front().object.studyInstanceUid);
        m_savedOnPacs = true;
    }
}

QString FindingsController::studyFolder() const
{
    // The folder of the images the AI objects annotate (the study's folder).
    if (!m_catalog)
        return {};
    for (const LoadedAiObject& o : m_objects)
        for (const dicom::Study& study : m_catalog->studies)
            for (const dicom::Series& series : study.series)
                if (series.seriesInstanceUid == o.match.seriesInstanceUid && !series.instances.empty())
                    return QFileInfo(m_catalog->instances[std::size_t(series.instances.front())].filePath).absolutePath();
    return {};
}

Result<QString> FindingsController::finishAndSign(const QString& folder)
{
    if (auto allowed = mayReview(); !allowed)
        return allowed.error();
    const std::vector<ai::AiObject> objects = aiObjects();
    if (objects.empty())
        return Error{tr("There are no AI findings to review.")};
    const QString base = folder.isEmpty() ? studyFolder() : folder;
    if (base.isEmpty())
        return Error{tr("The study's folder is not known; choose a folder for the review.")};
    const QString dir = folder.isEmpty() ? QDir(base).filePath(QStringLiteral("ai")) : base;
    if (!QDir().mkpath(dir))
        return Error{tr("The folder %1 cannot be created; choose another folder for the review.").arg(dir)};
    if (auto signedOk = m_review.sign(reviewer(), objects); !signedOk)
        return signedOk.error();
    // A review signed within the same second as an earlier one (signed, reopened,
    // signed again) gets the next free name: a signed review is never overwritten.
    const QString stamp = QDir(dir).filePath(
        QStringLiteral("ai-review-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = stamp + QStringLiteral(".dcm");
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = stamp + QStringLiteral("-%1.dcm").arg(n);
    auto written = ai::writeReviewSr(m_review, objects, path, reviewSrOptions());
    if (!written) {
        m_review.reopen(); // not saved: still editable
        emit reviewChanged();
        return written.error();
    }
    m_savedPath = path;
    m_savedOnPacs = false;
    if (m_host.record)
        m_host.record(audit::events::aiReviewAction(m_host.user, patientIdOf(objects.front().studyInstanceUid), objects.front().studyInstanceUid,
                                                    written.value().sopInstanceUid,
                                                    QStringLiteral("review signed and saved (%1 findings)").arg(written.value().groups),
                                                    QLatin1Char('C')));
    emit reviewChanged();
    return path;
}

QString FindingsController::reviewPacsNode() const
{
    // A study with files keeps its review beside them; only a study held in
    // memory (retrieved from a PACS) sends it back.
    if (m_objects.empty() || !studyFolder().isEmpty() || !m_host.pacsOrigin || !m_host.sendToPacs)
        return {};
    for (const LoadedAiObject& o : m_objects)
        if (!o.object.memory)
            return {}; // an AI result from a file belongs to a folder, not to this PACS
    return m_host.pacsOrigin(m_objects.front().object.studyInstanceUid);
}

Result<void> FindingsController::finishAndSend()
{
    if (auto allowed = mayReview(); !allowed)
        return allowed.error();
    if (m_sending)
        return Error{tr("The signed review is being sent already.")};
    const std::vector<ai::AiObject> objects = aiObjects();
    if (objects.empty())
        return Error{tr("There are no AI findings to review.")};
    const QString node = reviewPacsNode();
    if (node.isEmpty())
        return Error{tr("The study was not opened from a PACS, so there is no PACS to send its review to.")};
    if (auto signedOk = m_review.sign(reviewer(), objects); !signedOk)
        return signedOk.error();
    // In memory only: a study from a PACS leaves nothing in plaintext on disk.
    QByteArray bytes;
    auto written = ai::writeReviewSr(m_review, objects, bytes, reviewSrOptions());
    if (!written) {
        m_review.reopen(); // not sent: still editable
        emit reviewChanged();
        return written.error();
    }
    m_sending = true;
    emit reviewChanged();
    const QString studyUid = objects.front().studyInstanceUid;
    const QString patientId = patientIdOf(studyUid);
    const ai::ReviewSrInfo info = written.value();
    const quint64 generation = m_generation;
    QPointer<FindingsController> self(this);
    std::vector<pacs::StoreItem> items{{QStringLiteral("signed AI review"), bytes}};
    m_host.sendToPacs(node, std::move(items), [self, node, studyUid, patientId, info, generation](const QString& problem) {
        if (!self)
            return;
        self->m_sending = false;
        const bool sameStudy = generation == self->m_generation;
        if (!problem.isEmpty()) {
            if (sameStudy)
                self->m_review.reopen(); // the PACS does not have it: sign and send again
            emit self->reviewChanged();
            emit self->reviewNotSent(tr("The signed review was not sent to the PACS \"%1\": %2\nYour decisions are kept; sign again "
                                        "to send it.")
                                         .arg(node, problem));
            return;
        }
        if (sameStudy) {
            self->m_savedPath = node;
            self->m_savedOnPacs = true;
        }
        if (self->m_host.record)
            self->m_host.record(audit::events::aiReviewAction(self->m_host.user, patientId, studyUid, info.sopInstanceUid,
                                                              QStringLiteral("review signed and sent to PACS %1 (%2 findings)").arg(node).arg(info.groups),
                                                              QLatin1Char('C')));
        emit self->reviewChanged();
        emit self->reviewSent(tr("The signed review was sent to the PACS \"%1\" as a DICOM SR.").arg(node));
    });
    return {};
}

} // namespace custos::ui

// SPDX-License-Identifier: Apache-2.0
#include "core/export/export_request.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace custos::exports {

namespace {
// lupdate extracts Text::tr("...") under "custos::exports", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::exports)
};
} // namespace

TrainedDecision requestWithTraining(policy::Guard& guard, policy::Action action, const policy::Subject& subject, const QString& purpose,
                                    const CompleteTraining& train)
{
    TrainedDecision out;
    out.decision = guard.request(action, subject, purpose);
    if (out.decision.kind != policy::Decision::Kind::NeedsTraining)
        return out;
    if (!train || !train(out.decision.trainingModule)) {
        out.trainingNotCompleted = true;
        return out;
    }
    out.decision = guard.request(action, subject, purpose); // the acknowledgement counts now
    return out;
}

ImageExit requestImageWithTraining(policy::Guard& guard, policy::Action action, const policy::Subject& subject, const QString& purpose,
                                   const QString& user, const QDateTime& now, const CompleteTraining& train)
{
    ImageExit exit = ImageWriter::request(guard, action, subject, purpose, user, now);
    if (exit.decision.kind == policy::Decision::Kind::NeedsTraining && train && train(exit.decision.trainingModule))
        exit = ImageWriter::request(guard, action, subject, purpose, user, now);
    return exit;
}

ExportPreview previewExport(const policy::Guard& guard, policy::Action action, const policy::Subject& subject)
{
    ExportPreview out;
    out.decision = guard.preview(action, subject);
    out.emergencyOnly = out.decision.kind == policy::Decision::Kind::NeedsBreakGlass
                        || (out.decision.kind == policy::Decision::Kind::NeedsTraining
                            && !guard.policy().grants(guard.requester().identity.roles, action).granted);
    return out;
}

std::optional<policy::Decision> refusedOutright(policy::Guard& guard, const policy::Subject& subject, const QString& purpose)
{
    for (policy::Action a : {policy::Action::ExportDicom, policy::Action::ExportDeidentified, policy::Action::ExportImage})
        if (guard.preview(a, subject).kind != policy::Decision::Kind::Denied)
            return std::nullopt; // some form may be possible: the dialog shows which
    return guard.request(policy::Action::ExportDicom, subject, purpose);
}

ImageExit requestScreenshot(policy::Guard& guard, std::vector<policy::Subject> shown, const QString& file, const QString& purpose,
                            const QString& user, const QDateTime& now)
{
    ImageExit exit;
    if (shown.empty()) {
        exit.decision.kind = policy::Decision::Kind::Denied;
        exit.decision.reason = Text::tr("The window shows no study, and a screenshot is an export of the studies on screen; nothing was written.");
        return exit;
    }
    for (policy::Subject& s : shown) {
        s.description = QStringLiteral("screenshot of the viewer window (--screenshot)");
        s.destination = QFileInfo(file).absolutePath();
        exit = ImageWriter::request(guard, policy::Action::ExportImage, s, purpose, user, now);
        if (!exit.image)
            return exit; // refused (recorded): nothing of any study leaves
    }
    return exit;
}

} // namespace custos::exports

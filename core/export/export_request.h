// SPDX-License-Identifier: Apache-2.0
#pragma once
// core/export's decisions for the viewer's ways out, so that ui only
// presents them (a dialog, a notice) and decides nothing:
//   - the training step: the Guard answers NeedsTraining, the person is
//     offered the module (ui shows it), and only a completed training
//     leads to asking the Guard again;
//   - File → Export… refused outright when the role may export the study
//     in no form at all (recorded, no dialog);
//   - --screenshot: one ExportImage per study the window shows, and no
//     screenshot at all of a window that shows none.
// Every decision is the Guard's and recorded by it.

#include "core/export/image_writer.h"
#include "core/policy/guard.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace custos::exports {

// Shows the training module `moduleId` and waits for the person: true when
// they completed it just now (ui opens its dialog; the acknowledgement is
// policy::acknowledge's). Empty: no training can be taken here.
using CompleteTraining = std::function<bool(const QString& moduleId)>;

struct TrainedDecision
{
    policy::Decision decision;         // the Guard's last answer (each answer recorded)
    bool trainingNotCompleted = false; // it needed a training that was not completed: nothing may leave
};

// Asks the Guard for `action` on `subject`; on NeedsTraining offers the
// module through `train` and, once it is completed, asks again.
TrainedDecision requestWithTraining(policy::Guard& guard, policy::Action action, const policy::Subject& subject, const QString& purpose,
                                    const CompleteTraining& train);

// The same for an image (ImageWriter::request, the training, again).
ImageExit requestImageWithTraining(policy::Guard& guard, policy::Action action, const policy::Subject& subject, const QString& purpose,
                                   const QString& user, const QDateTime& now, const CompleteTraining& train);

// What the export dialog shows before the person acts: the Guard's preview
// (nothing recorded), and whether only emergency access would allow the
// export (NeedsBreakGlass, or training that is only the way to emergency
// access because the person's roles do not grant the action).
struct ExportPreview
{
    policy::Decision decision;
    bool emergencyOnly = false;
    bool refused() const { return decision.kind == policy::Decision::Kind::Denied || emergencyOnly; }
};
ExportPreview previewExport(const policy::Guard& guard, policy::Action action, const policy::Subject& subject);

// File → Export…: when the person may export `subject` in no form at all
// (identified, de-identified or as an image; asked as a preview), the
// Guard is asked for ExportDicom, so the refusal is recorded, and its
// decision is returned: no dialog opens. Otherwise nothing.
std::optional<policy::Decision> refusedOutright(policy::Guard& guard, const policy::Subject& subject, const QString& purpose);

// --screenshot: the window's picture leaves as an ExportImage of every
// study it shows (`shown`, with the patient for the audit trail), into
// `file`'s folder. A window that shows no study is refused before the
// Guard is asked: a screenshot is an export of the studies on screen, and
// with none there is nothing the Guard could allow (nothing is written).
// Each study is asked (recorded); the first refusal ends it. Allowed: the
// release of the last study, whose watermark line the picture carries.
ImageExit requestScreenshot(policy::Guard& guard, std::vector<policy::Subject> shown, const QString& file, const QString& purpose,
                            const QString& user, const QDateTime& now);

} // namespace custos::exports

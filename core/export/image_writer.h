// SPDX-License-Identifier: Apache-2.0
#pragma once
// core/export for pictures: every image of patient data that leaves the
// viewer (a PNG/JPEG export, the clipboard, a printer, a drag, --screenshot)
// leaves through here, in one order:
//   1. the Guard decides and records (requestImage);
//   2. an allowed decision's ExportPermit becomes a ReleasedImage — the
//      only thing ui's clipboard, print, drag and file paths accept, and
//      made only here, from a permit of that very action;
//   3. the watermark line is decided here, from the permit (the policy's
//      text, who, when, "Contains PHI" or "De-identified"); ui only burns
//      it into the pixels (painting needs QtGui, which core does not link);
//   4. files are written only into the folder the Guard checked, under
//      <destination>/<study>/<series>/, never over an existing file,
//      owner-only (0600 files, 0700 folders);
//   5. a failure after the permission is recorded.

#include "core/common/result.h"
#include "core/policy/guard.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QString>

#include <memory>

namespace custos::exports {

// "<policy text> · Contains PHI" or "… · De-identified". When the policy
// gives no text, user and time are written instead: an image never leaves unmarked.
QString watermarkLine(const QString& policyText, const QString& user, const QDateTime& time, bool deidentified);

// Permission for one image to leave by one way (the permit's action).
class ReleasedImage
{
public:
    ReleasedImage(const ReleasedImage&) = delete;
    ReleasedImage& operator=(const ReleasedImage&) = delete;

    policy::Action action() const { return m_action; }
    const policy::Subject& subject() const { return m_subject; }
    const QString& watermark() const { return m_watermark; } // burn exactly this into the image
    bool deidentified() const { return m_deidentified; }
    const QString& purpose() const { return m_purpose; }

private:
    friend class ImageWriter;
    ReleasedImage(policy::Action action, policy::Subject subject, QString watermark, bool deidentified, QString purpose)
        : m_action(action), m_subject(std::move(subject)), m_watermark(std::move(watermark)), m_deidentified(deidentified),
          m_purpose(std::move(purpose))
    {
    }
    policy::Action m_action;
    policy::Subject m_subject;
    QString m_watermark;
    bool m_deidentified;
    QString m_purpose;
};

// The Guard's answer for one image, and the image's release when allowed.
struct ImageExit
{
    policy::Decision decision;
    std::shared_ptr<const ReleasedImage> image; // set only when allowed
};

class ImageWriter
{
public:
    // Step 1 and 2: asks the Guard (recorded, allowed or not) for `action`
    // (ExportImage, CopyToClipboard, Print or DragOut) and releases the image
    // when allowed. NeedsTraining comes back as it is: the caller trains and asks again.
    static ImageExit request(policy::Guard& guard, policy::Action action, const policy::Subject& subject, const QString& purpose,
                             const QString& user, const QDateTime& now);
    // Step 2 alone, for a permit already in hand: refused unless the permit
    // is for `action` and of an image action.
    static Result<std::shared_ptr<const ReleasedImage>> release(const policy::ExportPermit* permit, policy::Action action,
                                                                const QString& user, const QDateTime& now);

    // A PNG/JPEG export: `encoded` (already watermarked) into
    // <root>/<study>/<series>/IM000001.<suffix> (the next free name), where
    // root must be the destination the Guard checked. De-identified images
    // go into folders named by new UIDs. Returns the file written.
    static Result<QString> writeIntoExport(const ReleasedImage& image, const QByteArray& encoded, const QString& suffix,
                                           const QString& seriesUid, const QDir& root, const policy::AuditSink& record = {});
    // --screenshot: exactly the file the person named, in the folder the
    // Guard checked; an existing file is never overwritten.
    static Result<void> writeNamedFile(const ReleasedImage& image, const QByteArray& encoded, const QString& file,
                                       const policy::AuditSink& record = {});
};

} // namespace custos::exports

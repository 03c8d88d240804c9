// SPDX-License-Identifier: Apache-2.0
#include "core/export/image_writer.h"
#include "core/export/export_common_p.h"

#include "core/crypto/aead.h"
#include "core/deid/deidentifier.h"
#include "core/deid/export_files.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace custos::exports {

using detail::sameFolder;

namespace {

// lupdate extracts Text::tr("...") under "custos::exports", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::exports)
};

bool isImageAction(policy::Action action)
{
    using policy::Action;
    return action == Action::ExportImage || action == Action::CopyToClipboard || action == Action::Print || action == Action::DragOut;
}

void recordFailure(const ReleasedImage& image, const policy::AuditSink& record, const QString& why)
{
    if (!record)
        return;
    record(detail::failedExport(QStringLiteral("image export failed after it was allowed: ") + why, image.purpose()));
}

} // namespace

QString watermarkLine(const QString& policyText, const QString& user, const QDateTime& time, bool deidentified)
{
    QString line = policyText;
    if (line.isEmpty())
        line = QStringLiteral("%1 - %2").arg(user, time.toUTC().toString(Qt::ISODate));
    // The "QWidget" context: these two words were translated there before they moved to core.
    return line + QStringLiteral(" · ")
           + (deidentified ? QCoreApplication::translate("QWidget", "De-identified") : QCoreApplication::translate("QWidget", "Contains PHI"));
}

ImageExit ImageWriter::request(policy::Guard& guard, policy::Action action, const policy::Subject& subject, const QString& purpose,
                               const QString& user, const QDateTime& now)
{
    ImageExit exit;
    if (!isImageAction(action)) {
        exit.decision.kind = policy::Decision::Kind::Denied;
        exit.decision.reason = Text::tr("This is not a way for an image to leave Custos; nothing left.");
        return exit;
    }
    exit.decision = guard.request(action, subject, purpose);
    if (exit.decision.allowed()) {
        auto released = release(exit.decision.permit.get(), action, user, now);
        if (released)
            exit.image = released.value();
    }
    return exit;
}

Result<std::shared_ptr<const ReleasedImage>> ImageWriter::release(const policy::ExportPermit* permit, policy::Action action,
                                                                  const QString& user, const QDateTime& now)
{
    if (!permit || !isImageAction(action) || permit->action() != action)
        return Error{Text::tr("No permission for this image to leave Custos; nothing left.")};
    return std::shared_ptr<const ReleasedImage>(new ReleasedImage(action, permit->subject(),
                                                                  watermarkLine(permit->watermark(), user, now, permit->deidentify()),
                                                                  permit->deidentify(), permit->purpose()));
}

Result<QString> ImageWriter::writeIntoExport(const ReleasedImage& image, const QByteArray& encoded, const QString& suffix,
                                             const QString& seriesUid, const QDir& root, const policy::AuditSink& record)
{
    if (image.action() != policy::Action::ExportImage)
        return Error{Text::tr("No permission to write this image to a file; nothing was written.")};
    if (!sameFolder(root.absolutePath(), image.subject().destination))
        return Error{Text::tr("The image may be written only to the folder that was checked (%1); nothing was written.").arg(image.subject().destination)};
    if (!image.subject().seriesUid.isEmpty() && image.subject().seriesUid != seriesUid)
        return Error{Text::tr("The image is not of the series that was allowed; nothing was written.")};
    if (encoded.isEmpty()) {
        recordFailure(image, record, QStringLiteral("no image"));
        return Error{Text::tr("There was no image to write; nothing was written.")};
    }
    QString study = image.subject().studyUid, series = seriesUid;
    if (image.deidentified()) {
        // No original UID in a path of a de-identified export: new UIDs, unlinkable to the originals.
        auto secret = crypto::randomBytes(32);
        if (!secret)
            return secret.error();
        deid::UidMapper uids(secret.value());
        study = uids.map(study);
        series = uids.map(series);
    }
    if (!root.exists() && !QDir().mkpath(root.absolutePath())) {
        recordFailure(image, record, QStringLiteral("destination could not be created"));
        return Error{Text::tr("The folder %1 could not be created; nothing was written.").arg(root.absolutePath())};
    }
    auto folder = deid::makeSeriesFolder(root, deid::folderNameFor(study), deid::folderNameFor(series), false);
    if (!folder) {
        recordFailure(image, record, QStringLiteral("series folder refused"));
        return folder.error();
    }
    int counter = 0;
    const QString target = deid::nextExportName(QDir(folder.value()), counter, suffix);
    auto written = deid::writeNewOwnerOnly(target, encoded);
    if (!written) {
        recordFailure(image, record, QStringLiteral("file could not be written"));
        return written.error();
    }
    return target;
}

Result<void> ImageWriter::writeNamedFile(const ReleasedImage& image, const QByteArray& encoded, const QString& file, const policy::AuditSink& record)
{
    if (image.action() != policy::Action::ExportImage)
        return Error{Text::tr("No permission to write this image to a file; nothing was written.")};
    if (!sameFolder(QFileInfo(file).absolutePath(), image.subject().destination))
        return Error{Text::tr("The image may be written only to the folder that was checked (%1); nothing was written.").arg(image.subject().destination)};
    auto written = deid::writeNewOwnerOnly(QFileInfo(file).absoluteFilePath(), encoded);
    if (!written)
        recordFailure(image, record, QStringLiteral("file could not be written"));
    return written;
}

} // namespace custos::exports

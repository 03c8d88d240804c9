// SPDX-License-Identifier: Apache-2.0
#include "core/deid/export_files.h"

#include "core/crypto/aead.h"
#include "core/deid/deidentifier.h"

#include "core/dicom/header_reader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace custos::deid {

QString nextExportName(const QDir& dir, int& counter, const QString& suffix)
{
    QString path;
    do
        path = dir.filePath(QStringLiteral("IM%1.%2").arg(++counter, 6, 10, QLatin1Char('0')).arg(suffix));
    while (QFileInfo::exists(path));
    return path;
}

QString folderNameFor(const QString& uid)
{
    static const QRegularExpression plainUid(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    if (uid.size() <= 64 && plainUid.match(uid).hasMatch())
        return uid;
    return QStringLiteral("x") + QString::fromLatin1(QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

namespace {

constexpr QFile::Permissions ownerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

QString tr(const char* text) { return QCoreApplication::translate("custos::deid", text); }

// Another user's folder (or a link to one) inside a shared destination
// must not receive this person's patient data.
std::optional<QString> unsafeFolder(const QFileInfo& folder)
{
    if (folder.isSymLink())
        return tr("%1 is a symbolic link; Custos does not export through links. Nothing was written.").arg(folder.filePath());
    if (!folder.isDir())
        return tr("%1 exists and is not a folder. Nothing was written.").arg(folder.filePath());
#ifdef Q_OS_UNIX
    if (folder.ownerId() != uint(::geteuid()))
        return tr("The folder %1 belongs to another user; Custos does not put patient data into it. Nothing was written.").arg(folder.filePath());
#endif
    return std::nullopt;
}

bool makeOwnerOnlyFolder(const QDir& parent, const QString& name)
{
    return parent.mkdir(name, ownerOnlyFolder) && QFile::setPermissions(parent.filePath(name), ownerOnlyFolder);
}

} // namespace

bool makeOwnerOnly(const QString& path) { return QFile::setPermissions(path, ownerOnlyFile); }

Result<QString> makeSeriesFolder(const QDir& root, const QString& studyName, const QString& seriesName, bool mustBeNew, QStringList* created)
{
    const QString studyPath = root.filePath(studyName);
    const QFileInfo study(studyPath);
    if (study.exists() || study.isSymLink()) {
        if (auto unsafe = unsafeFolder(study))
            return Error{*unsafe};
    } else if (!makeOwnerOnlyFolder(root, studyName)) {
        return Error{tr("The folder %1 could not be created; nothing was written.").arg(studyPath)};
    } else if (created) {
        *created << studyPath;
    }
    const QString seriesPath = QDir(studyPath).filePath(seriesName);
    const QFileInfo series(seriesPath);
    if (series.exists() || series.isSymLink()) {
        if (mustBeNew)
            return Error{tr("This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. "
                            "Choose another folder, or move the earlier export away first.")
                             .arg(seriesPath)};
        if (auto unsafe = unsafeFolder(series))
            return Error{*unsafe};
    } else if (!makeOwnerOnlyFolder(QDir(studyPath), seriesName)) {
        return Error{tr("The folder %1 could not be created; nothing was written.").arg(seriesPath)};
    } else if (created) {
        *created << seriesPath;
    }
    return seriesPath;
}

Result<void> writeNewOwnerOnly(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    // NewOnly: an existing file (or a link planted there) is never written through.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
        return Error{QFileInfo::exists(path) || QFileInfo(path).isSymLink()
                         ? tr("%1 exists already; nothing was overwritten.").arg(path)
                         : tr("%1 could not be created: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.flush() || !makeOwnerOnly(path)) {
        file.close();
        QFile::remove(path);
        return Error{tr("%1 could not be written completely; nothing was left behind.").arg(path)};
    }
    return {};
}

Result<ExportedFiles> exportDicomFiles(const WriterKey&, const std::vector<ExportFile>& files, const QDir& out, const std::function<void()>& afterEach)
{
    ExportedFiles written;
    QStringList created; // folders made by this export
    auto fail = [&written, &created](const QString& message) -> Result<ExportedFiles> {
        for (const QString& f : written.files)
            QFile::remove(f); // a failed export leaves nothing half-done
        for (auto it = created.crbegin(); it != created.crend(); ++it)
            QDir().rmdir(*it);
        return Error{message};
    };
    auto secret = crypto::randomBytes(32); // one UID mapping per export: references stay intact inside it
    if (!secret)
        return secret.error();
    UidMapper uids(secret.value());
    Deidentifier deidentifier(Options{}, uids);

    // First where each file goes (and what is held back), so that a series
    // exported before refuses the export before anything is written.
    struct Planned
    {
        const ExportFile* file;
        QString study, series; // folder names
        std::optional<QString> heldBack;
    };
    std::vector<Planned> plan;
    QSet<QString> seriesFolders;
    for (const ExportFile& file : files) {
        Planned p{&file, {}, {}, file.deidentify ? pixelPhiRisk(file.path) : std::nullopt};
        if (!p.heldBack) {
            auto header = dicom::readInstanceHeader(file.path);
            if (!header)
                return fail(tr("File %1 of the export could not be read: %2").arg(plan.size() + 1).arg(header.errorMessage()));
            const QString studyUid = header.value().studyInstanceUid, seriesUid = header.value().seriesInstanceUid;
            p.study = folderNameFor(file.deidentify ? uids.map(studyUid) : studyUid);
            p.series = folderNameFor(file.deidentify ? uids.map(seriesUid) : seriesUid);
            const QString folder = QDir(out.filePath(p.study)).filePath(p.series);
            if (!seriesFolders.contains(folder) && (QFileInfo::exists(folder) || QFileInfo(folder).isSymLink()))
                return fail(tr("This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. "
                               "Choose another folder, or move the earlier export away first.")
                                .arg(folder));
            seriesFolders.insert(folder);
        }
        plan.push_back(std::move(p));
    }

    QHash<QString, std::pair<QString, int>> folders; // study/series -> folder, counter
    int index = 0;
    for (const Planned& p : plan) {
        ++index;
        const ExportFile& file = *p.file;
        if (p.heldBack) {
            written.heldBack.push_back({file.path, *p.heldBack}); // cleaning the header would not make it anonymous
            if (afterEach)
                afterEach();
            continue;
        }
        const QString key = p.study + QLatin1Char('/') + p.series;
        if (!folders.contains(key)) {
            auto folder = makeSeriesFolder(out, p.study, p.series, true, &created);
            if (!folder)
                return fail(folder.errorMessage());
            folders.insert(key, {folder.value(), 0});
            written.folders << folder.value();
        }
        auto& [folder, counter] = folders[key];
        const QString target = nextExportName(QDir(folder), counter, QStringLiteral("dcm"));
        if (file.deidentify) {
            auto report = deidentifier.deidentifyFile(file.path, target);
            if (!report)
                return fail(tr("File %1 of the export could not be de-identified: %2").arg(index).arg(report.errorMessage()));
            written.burnedIn += report.value().burnedInAnnotation ? 1 : 0;
        } else if (!QFile::copy(file.path, target)) {
            return fail(tr("File %1 of the export could not be written to %2.").arg(index).arg(folder));
        }
        written.files << target;
        if (!makeOwnerOnly(target))
            return fail(tr("File %1 of the export could not be made readable by you only; nothing was left behind.").arg(index));
        if (afterEach)
            afterEach();
    }
    return written;
}

} // namespace custos::deid

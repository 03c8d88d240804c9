// SPDX-License-Identifier: Apache-2.0
#include "core/deid/export_files.h"

#include "core/common/owner_only.h"
#include "core/crypto/aead.h"
#include "core/deid/deidentifier.h"

#include "core/dicom/header_reader.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <memory>
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

// lupdate extracts Text::tr("...") under "custos::deid", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::deid)
};

// Another user's folder (or a link to one) inside a shared destination
// must not receive this person's patient data.
std::optional<QString> unsafeFolder(const QFileInfo& folder)
{
    if (folder.isSymLink())
        return Text::tr("%1 is a symbolic link; Custos does not export through links. Nothing was written.").arg(folder.filePath());
    if (!folder.isDir())
        return Text::tr("%1 exists and is not a folder. Nothing was written.").arg(folder.filePath());
#ifdef Q_OS_UNIX
    if (folder.ownerId() != uint(::geteuid()))
        return Text::tr("The folder %1 belongs to another user; Custos does not put patient data into it. Nothing was written.").arg(folder.filePath());
#endif
    return std::nullopt;
}

bool makeOwnerOnlyFolder(const QDir& parent, const QString& name)
{
    return parent.mkdir(name, ownerOnlyFolder) && common::makeOwnerOnlyFolder(parent.filePath(name));
}

} // namespace

bool makeOwnerOnly(const QString& path) { return common::makeOwnerOnlyFile(path); }

Result<QString> makeSeriesFolder(const QDir& root, const QString& studyName, const QString& seriesName, bool mustBeNew, QStringList* created)
{
    const QString studyPath = root.filePath(studyName);
    const QFileInfo study(studyPath);
    if (study.exists() || study.isSymLink()) {
        if (auto unsafe = unsafeFolder(study))
            return Error{*unsafe};
    } else if (!makeOwnerOnlyFolder(root, studyName)) {
        return Error{Text::tr("The folder %1 could not be created; nothing was written.").arg(studyPath)};
    } else if (created) {
        *created << studyPath;
    }
    const QString seriesPath = QDir(studyPath).filePath(seriesName);
    const QFileInfo series(seriesPath);
    if (series.exists() || series.isSymLink()) {
        if (mustBeNew)
            return Error{Text::tr("This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. "
                            "Choose another folder, or move the earlier export away first.")
                             .arg(seriesPath)};
        if (auto unsafe = unsafeFolder(series))
            return Error{*unsafe};
    } else if (!makeOwnerOnlyFolder(QDir(studyPath), seriesName)) {
        return Error{Text::tr("The folder %1 could not be created; nothing was written.").arg(seriesPath)};
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
                         ? Text::tr("%1 exists already; nothing was overwritten.").arg(path)
                         : Text::tr("%1 could not be created: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.flush() || !makeOwnerOnly(path)) {
        file.close();
        QFile::remove(path);
        return Error{Text::tr("%1 could not be written completely; nothing was left behind.").arg(path)};
    }
    return {};
}

QString statusName(AccountedInput::Status status)
{
    switch (status) {
    case AccountedInput::Status::Exported: return QStringLiteral("exported");
    case AccountedInput::Status::Duplicate: return QStringLiteral("duplicate");
    case AccountedInput::Status::AlreadyExported: return QStringLiteral("alreadyExported");
    case AccountedInput::Status::HeldBack: return QStringLiteral("heldBack");
    case AccountedInput::Status::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

namespace {

// The header of one input, read without its pixels (for the risk check).
std::unique_ptr<DcmFileFormat> loadHeader(const QString& path)
{
    auto file = std::make_unique<DcmFileFormat>();
    if (file->loadFile(QFile::encodeName(path).constData(), EXS_Unknown, EGL_noChange, 4096, ERM_autoDetect).bad())
        return nullptr;
    return file;
}

// SOP Instance UIDs of the DICOM files already in a series folder, and
// which file holds each (an export added to with --into-existing).
QHash<QString, QString> instancesIn(const QString& folder)
{
    QHash<QString, QString> out;
    const QFileInfoList entries = QDir(folder).entryInfoList({QStringLiteral("*.dcm")}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo& f : entries) {
        auto header = dicom::readInstanceHeader(f.filePath());
        if (header && !header.value().sopInstanceUid.isEmpty())
            out.insert(header.value().sopInstanceUid, f.filePath());
    }
    return out;
}

bool taken(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
}

// custos-deid-provenance-<UTC time>, with -2, -3 … when an earlier export into
// the same folder (--into-existing) wrote its own within the same second. The
// files are still created with NewOnly, so a name taken meanwhile fails safely.
QString provenanceBase(const QDir& out)
{
    const QString stamp = out.filePath(QStringLiteral("custos-deid-provenance-")
                                       + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QString base = stamp;
    for (int n = 2; n < 1000 && (taken(base + QStringLiteral(".json")) || taken(base + QStringLiteral(".txt"))); ++n)
        base = stamp + QLatin1Char('-') + QString::number(n);
    return base;
}

} // namespace

Result<ExportedFiles> exportDicomFiles(const WriterKey& key, const std::vector<ExportFile>& files, const QDir& out,
                                       const std::function<void()>& afterEach)
{
    return exportDicomFiles(key, files, out, ExportSettings{}, afterEach);
}

Result<ExportedFiles> exportDicomFiles(const WriterKey&, const std::vector<ExportFile>& files, const QDir& out,
                                       const ExportSettings& settings, const std::function<void()>& afterEach)
{
    using Status = AccountedInput::Status;
    ExportedFiles written;
    QStringList created; // folders made by this export
    auto fail = [&written, &created](const QString& message) -> Result<ExportedFiles> {
        for (const QString& f : written.files)
            QFile::remove(f); // a failed export leaves nothing half-done
        if (!written.manifestPath.isEmpty())
            QFile::remove(written.manifestPath);
        if (!written.summaryPath.isEmpty())
            QFile::remove(written.summaryPath);
        for (auto it = created.crbegin(); it != created.crend(); ++it)
            QDir().rmdir(*it);
        return Error{message};
    };
    // A project's key makes the mapping the same in every export of the
    // project; without one, one fresh mapping per export keeps references
    // intact inside it and links it to nothing else.
    QByteArray secret = settings.projectKey;
    if (secret.isEmpty()) {
        auto fresh = crypto::randomBytes(32);
        if (!fresh)
            return fresh.error();
        secret = fresh.value();
    }
    UidMapper uids(secret);
    Deidentifier deidentifier(settings.options, uids);
    const bool mapUids = !settings.options.retainUids;

    // First where each file goes (and what is held back), so that a series
    // exported before refuses the export before anything is written.
    struct Planned
    {
        const ExportFile* file;
        QString study, series; // folder names
        std::optional<AccountedInput> skipped; // held back, duplicate, already exported, unreadable
    };
    std::vector<Planned> plan;
    QSet<QString> seriesFolders;
    QHash<QString, QString> sopSeen; // output SOP Instance UID -> first input
    QHash<QString, QHash<QString, QString>> existing; // series folder -> its SOP Instance UIDs (--into-existing)
    std::vector<RiskRecord> risk;
    for (const ExportFile& file : files) {
        written.deidentified = written.deidentified || file.deidentify;
        Planned p{&file, {}, {}, std::nullopt};
        if (file.deidentify)
            if (auto why = pixelPhiRisk(file.path))
                p.skipped = AccountedInput{file.path, Status::HeldBack, {}, *why};
        if (!p.skipped) {
            auto header = dicom::readInstanceHeader(file.path);
            if (!header) {
                p.skipped = AccountedInput{file.path, Status::Unreadable, {}, header.errorMessage()};
                plan.push_back(std::move(p));
                continue;
            }
            const dicom::Instance& h = header.value();
            const bool map = file.deidentify && mapUids;
            p.study = folderNameFor(map ? uids.map(h.studyInstanceUid) : h.studyInstanceUid);
            p.series = folderNameFor(map ? uids.map(h.seriesInstanceUid) : h.seriesInstanceUid);
            const QString sop = map ? uids.map(h.sopInstanceUid) : h.sopInstanceUid;
            const QString folder = QDir(out.filePath(p.study)).filePath(p.series);
            if (!sop.isEmpty() && sopSeen.contains(sop)) {
                p.skipped = AccountedInput{file.path, Status::Duplicate, sopSeen.value(sop),
                                           Text::tr("the same SOP Instance UID as %1: written once").arg(sopSeen.value(sop))};
            } else if (!seriesFolders.contains(folder) && (QFileInfo::exists(folder) || QFileInfo(folder).isSymLink())) {
                if (!settings.intoExisting)
                    return fail(Text::tr("This series was exported to %1 before: the folder exists. Nothing was written and nothing was overwritten. "
                                   "Choose another folder, move the earlier export away first, or add to it (--into-existing): "
                                   "files already there are then recognised by their SOP Instance UID and not written twice.")
                                    .arg(folder));
                if (auto unsafe = unsafeFolder(QFileInfo(folder)))
                    return fail(*unsafe);
                existing.insert(folder, instancesIn(folder));
            }
            if (!p.skipped && existing.contains(folder) && existing.value(folder).contains(sop))
                p.skipped = AccountedInput{file.path, Status::AlreadyExported, existing.value(folder).value(sop),
                                           Text::tr("already in the export folder as %1").arg(existing.value(folder).value(sop))};
            if (!p.skipped) {
                if (!sop.isEmpty())
                    sopSeen.insert(sop, file.path);
                if (file.deidentify)
                    if (auto f = loadHeader(file.path))
                        risk.push_back(riskRecordOf(*f->getDataset(), settings.options));
            }
            seriesFolders.insert(folder);
        }
        plan.push_back(std::move(p));
    }

    // The residual-risk check, before a byte is written.
    if (written.deidentified) {
        written.risk = assessRisk(risk, settings.options);
        if (settings.minimumK > 0 && written.risk.patients > 0 && written.risk.k < settings.minimumK && settings.riskOverrideReason.isEmpty()) {
            written.riskRefusal =
                Text::tr("Residual-risk check: %1 patients share %2 combinations of the details this export keeps (%3); the smallest group "
                   "has %4 patient(s), and the project asks for at least %5. Nothing was written. Remove the patients who stand out, "
                   "choose options that keep fewer details, or have a person allowed to override the risk check do so with a reason.")
                    .arg(written.risk.patients)
                    .arg(written.risk.classes)
                    .arg(written.risk.quasiIdentifiers.join(QStringLiteral(", ")))
                    .arg(written.risk.k)
                    .arg(settings.minimumK);
            for (const Planned& p : plan)
                written.accounting.push_back(p.skipped ? *p.skipped : AccountedInput{p.file->path, Status::Exported, {}, {}});
            return written;
        }
    }

    QHash<QString, std::pair<QString, int>> folders; // study/series -> folder, counter
    int index = 0;
    for (const Planned& p : plan) {
        ++index;
        const ExportFile& file = *p.file;
        if (p.skipped) {
            if (p.skipped->status == Status::HeldBack)
                written.heldBack.push_back({file.path, p.skipped->detail}); // cleaning the header would not make it anonymous
            written.accounting.push_back(*p.skipped);
            if (afterEach)
                afterEach();
            continue;
        }
        const QString key = p.study + QLatin1Char('/') + p.series;
        if (!folders.contains(key)) {
            auto folder = makeSeriesFolder(out, p.study, p.series, !settings.intoExisting, &created);
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
                return fail(Text::tr("File %1 of the export could not be de-identified: %2").arg(index).arg(report.errorMessage()));
            written.burnedIn += report.value().burnedInAnnotation ? 1 : 0;
            for (auto it = report.value().attributes.cbegin(); it != report.value().attributes.cend(); ++it) {
                auto& entry = written.attributes[it.key() + QChar(0x1f) + it.value().action + QChar(0x1f) + it.value().why];
                entry.first = it.value();
                ++entry.second;
            }
        } else if (!QFile::copy(file.path, target)) {
            return fail(Text::tr("File %1 of the export could not be written to %2.").arg(index).arg(folder));
        }
        written.files << target;
        written.accounting.push_back({file.path, Status::Exported, target, {}});
        if (!makeOwnerOnly(target))
            return fail(Text::tr("File %1 of the export could not be made readable by you only; nothing was left behind.").arg(index));
        if (afterEach)
            afterEach();
    }

    // De-identification provenance, beside the folders it describes.
    if (written.deidentified) {
        const QJsonObject manifest = provenanceManifest(settings, written, out);
        const QString base = provenanceBase(out);
        written.manifestPath = base + QStringLiteral(".json");
        if (auto w = writeNewOwnerOnly(written.manifestPath, QJsonDocument(manifest).toJson(QJsonDocument::Indented)); !w) {
            written.manifestPath.clear();
            return fail(Text::tr("The provenance manifest could not be written: %1 The export was removed.").arg(w.errorMessage()));
        }
        written.summaryPath = base + QStringLiteral(".txt");
        if (auto w = writeNewOwnerOnly(written.summaryPath, provenanceSummary(manifest).toUtf8()); !w) {
            written.summaryPath.clear();
            return fail(Text::tr("The provenance summary could not be written: %1 The export was removed.").arg(w.errorMessage()));
        }
    }
    return written;
}

} // namespace custos::deid

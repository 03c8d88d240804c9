// SPDX-License-Identifier: Apache-2.0
#pragma once
// The reader's own marks, kept with the study: measurements as a DICOM
// Grayscale Softcopy Presentation State (one per series) and key images as
// a Key Object Selection document (one per study), built with DCMTK and
// read back when the study opens.
//
// They are new patient data (the patient and study modules are copied from
// an image of the study), so they are written only on the Guard's permit
// for ExportDicom of that study (MarksWriter::write): a role that may not
// export identified DICOM files cannot save them, and the Guard records the
// refusal. They are written beside the study (study::savedMarksFolder), not
// to an export destination: they stay where the study already is.
//
// Coordinates are the presentation state's PIXEL units: (column, row) with
// (0, 0) the top left corner of the top left pixel, so the centre of pixel
// (i, j) is (i + 0.5, j + 0.5) (PS3.3 C.10.5.1.2).

#include "core/common/result.h"
#include "core/dicom/source.h"
#include "core/policy/guard.h"

#include <QByteArray>
#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace custos::exports {

// One image (or one frame of a multi-frame image) of a series.
struct MarkedImage
{
    QString sopClassUid;
    QString sopInstanceUid;
    QString seriesInstanceUid;
    int frame = 0;       // 0-based frame within the instance
    bool multiFrame = false;
    bool operator==(const MarkedImage& o) const { return sopInstanceUid == o.sopInstanceUid && frame == o.frame; }
    QString key() const { return sopInstanceUid + QLatin1Char('#') + QString::number(frame); }
};

struct ImageMark
{
    enum class Kind { Distance, Angle, Ellipse, Freehand };
    Kind kind = Kind::Distance;
    MarkedImage image;
    // Distance: 2 points; angle: 3 (vertex in the middle); ellipse: the 2
    // opposite corners of its box; freehand: the path (closed when written).
    std::vector<QPointF> points;
    QString label; // what it measured ("42.3 mm"), written as a text object for other viewers
};

// Everything a presentation state of one series needs.
struct SeriesMarks
{
    dicom::Source sourceFile;      // an image of the series (a file, or in memory): patient, study, equipment and rescale come from it
    QString studyInstanceUid;
    QString seriesInstanceUid;
    std::vector<MarkedImage> images; // every image of the series the state applies to
    std::vector<ImageMark> marks;
    QString creator;               // the person, as Content Creator's Name
    int rows = 0, columns = 0;     // of the images (Displayed Area)
};

struct KeyImageTitle
{
    QString code;    // DCM code value of CID 7010
    QString meaning; // "Of Interest"
};
// The document titles of CID 7010 "Key Object Selection Document Title" offered to a reader.
const std::vector<KeyImageTitle>& keyImageTitles();

struct KeyImages
{
    dicom::Source sourceFile; // an image of the study (a file, or in memory): patient and study come from it
    QString studyInstanceUid;
    std::vector<MarkedImage> images; // in the order they were flagged
    KeyImageTitle title;
    QString description; // Key Object Description (optional)
    QString creator;
};

// Part 10 bytes (explicit little endian, UTF-8) of a new object with new UIDs.
Result<QByteArray> buildPresentationState(const SeriesMarks& marks);
Result<QByteArray> buildKeyObjectSelection(const KeyImages& keys);

// What a saved object holds, read back (any file: checked before DCMTK
// parses it, sizes bounded). A file that is not ours or is damaged is an
// error with a sentence; it is never changed.
struct SavedMarks
{
    QString studyInstanceUid;
    QString seriesInstanceUid; // of the images (presentation state)
    std::vector<ImageMark> marks;
    QString creator;
    QDateTime created;
};
Result<SavedMarks> readPresentationState(const dicom::Source& path);

struct SavedKeyImages
{
    QString studyInstanceUid;
    std::vector<MarkedImage> images;
    KeyImageTitle title;
    QString description;
    QDateTime created;
};
Result<SavedKeyImages> readKeyObjectSelection(const dicom::Source& path);

// File names inside the marks folder: one presentation state per series,
// one key object selection per study (a new save replaces the old one).
QString presentationStateFileName(const QString& seriesInstanceUid);
QString keyObjectFileName(const QString& studyInstanceUid);

class MarksWriter
{
public:
    // Writes `part10` as `folder`/`fileName` (atomically, owner-only) on the
    // Guard's ExportDicom permit for study `studyUid`. Refused without a
    // permit, with another action's or study's permit, with a permit that
    // requires de-identification (saved marks name the patient), for a file
    // name with a path in it, and into a folder that is a link. A file that
    // was there and is not one this reader can read is kept beside it as
    // "<name>.unreadable" (nothing is lost). `record` receives a failure.
    static Result<QString> write(const policy::ExportPermit* permit, const QString& studyUid, const QString& folder, const QString& fileName,
                                 const QByteArray& part10, const policy::AuditSink& record = {});
    // Renames `folder`/`fileName` to "<name>.removed" on the same kind of
    // permit (every key image was unflagged: a KOS cannot list none). The
    // file is kept, and no longer read when the study opens.
    static Result<void> setAside(const policy::ExportPermit* permit, const QString& studyUid, const QString& folder, const QString& fileName);
};

} // namespace custos::exports

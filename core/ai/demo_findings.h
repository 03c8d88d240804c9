// SPDX-License-Identifier: Apache-2.0
#pragma once
// The demo's AI results, written next to the demo study (custos-cli
// make-demo): a SEG with "Right lung", "Left lung" and "Lesion" (algorithm
// "Custos Demo AI" 1.0) and a heatmap (parametric map) whose probability peaks
// at the lesion, in <study dir>/ai/.

#include "core/ai/target_grid.h"
#include "core/common/result.h"
#include "core/dicom/demo_study.h"

namespace custos::ai {

inline constexpr const char* kDemoAlgorithmName = "Custos Demo AI";
inline constexpr const char* kDemoAlgorithmVersion = "1.0";

// Where the demo study's CT lies and what the demo AI found there, for every
// writer of demo results (the SEG and heatmap here, the TID 1500 SR that
// measures the lesion).
struct DemoGeometry
{
    TargetGrid ct;                // the CT series' grid (UIDs per slice)
    QString ctFile;               // one CT file: patient, study, frame of reference
    QString ctSopClassUid;
    dicom::DemoLandmarks landmarks;
    int lesionSlice = -1;         // slice nearest the lesion centre
    QString lesionSopInstanceUid; // its image
    double lesionColumn = 0;      // lesion centre on that image, pixels (column, row)
    double lesionRow = 0;
    double lesionDiameterMm = 0;
    double lesionVolumeMl = 0;    // of the sphere
};

// Scans the demo study in `studyDir` (written with `options`).
Result<DemoGeometry> demoGeometry(const QString& studyDir, const dicom::DemoStudyOptions& options);

struct DemoFindingsFiles
{
    QString segmentation;
    QString heatmap;
};

Result<DemoFindingsFiles> writeDemoFindings(const QString& studyDir, const dicom::DemoStudyOptions& options);

} // namespace custos::ai

// SPDX-License-Identifier: Apache-2.0
#pragma once
// A TID 1500 measurement report on the demo study (custos-cli make-demo):
// one measurement group "Lung nodule" (Finding: nodule, Finding Site: right
// lung) with the long-axis diameter and the volume of the phantom's lesion,
// an ellipse around it on its centre slice, by "Custos Demo AI" 1.0 with
// confidence 0.93. Lets a person try the findings panel and the review
// without an AI product.

#include "core/common/result.h"
#include "core/dicom/demo_study.h"

#include <QString>

namespace custos::ai {

struct DemoReportInfo
{
    QString path;             // DIR/ai/demo-measurements.dcm
    QString sopInstanceUid;
    QString centreSliceUid;   // the CT slice the ellipse is drawn on
};

// `studyDirectory` holds the study written by dicom::writeDemoStudy with the
// same `options`; the UIDs are read back from its files.
Result<DemoReportInfo> writeDemoReport(const QString& studyDirectory, const dicom::DemoStudyOptions& options = {});

} // namespace custos::ai

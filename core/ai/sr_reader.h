// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading DICOM Structured Reports and Presentation States into the shared
// model of AI results.
//
// - SR with template 1500 (Imaging Measurement Report): one Finding per
//   Measurement Group, with its tracking identifiers, finding, finding site,
//   measurements, qualitative evaluations, image regions, referenced segment,
//   algorithm and confidence. Kind MeasurementReport.
// - Any other SR: kind StructuredReport with a readable contentTree.
// - A Custos review saved as SR (review_sr_writer.h) is a TID 1500 report
//   too: readStructuredReport shows its groups, readReview gives back the
//   decisions.

#include "core/ai/finding.h"
#include "core/ai/presentation_state_reader.h"
#include "core/common/result.h"

#include <QString>

namespace custos::ai {

Result<AiObject> readStructuredReport(const dicom::Source& path);

// readPresentationState(path): Grayscale Softcopy Presentation State, its
// annotations as Findings of kind Annotation; declared in
// presentation_state_reader.h, included above.

} // namespace custos::ai

// SPDX-License-Identifier: Apache-2.0
#pragma once
// One entry point for every AI result Custos reads, and the matcher that ties
// each result to a loaded series.

#include "core/ai/finding.h"
#include "core/common/result.h"
#include "core/dicom/catalog.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace custos::ai {

// Dispatches by content: a JSON document (Custos' vendor format), else a
// DICOM file by SOP Class: SEG (with voxel counts on its own grid), Parametric
// Map, SR (TID 1500 or any template), Grayscale Softcopy Presentation State.
Result<AiObject> readAiObject(const dicom::Source& path);

// True for the SOP Classes readAiObject reads (so a folder scan can set
// these files apart from the images).
bool isAiSopClass(const QString& sopClassUid);

enum class MatchedBy { ReferencedSeries, ReferencedInstances, FrameOfReference, None };

struct SeriesMatch
{
    QString seriesInstanceUid; // the loaded image series the object annotates; empty: none
    MatchedBy by = MatchedBy::None;
    // Instances the object references that no loaded series holds.
    QStringList missingInstanceUids;
    QString problem;           // readable, when the match is partial or missing
};

// Per object (same order): its image series in the catalog. Referenced series
// first, then referenced instances (SEG frames, SR/JSON regions), then the
// frame of reference. Series of AI objects themselves (SEG, SR, PR...) are
// never matched.
std::vector<SeriesMatch> matchToSeries(const std::vector<AiObject>& objects, const dicom::Catalog& catalog);

} // namespace custos::ai

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Finding the AI results among a study's files: DICOM objects of the SOP
// classes core/ai reads (they are set apart from the image series), and the
// vendor JSON documents in the study's folders. Reading them happens on a
// worker thread (readAiFiles).

#include "core/ai/ai_reader.h"
#include "core/ai/review.h"
#include "core/dicom/catalog.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace custos::ui {

// Removes the stacks of AI objects (SEG, parametric maps...) from the
// series, so the browser lists images only. Their instances stay in the
// catalog for aiFilesOf.
void removeAiStacks(dicom::Catalog& catalog);

// The files of AI objects in the catalog, and the *.json files in the
// folders its instances came from (and below them); of the studies the
// Guard admitted only (core/study).
std::vector<dicom::Source> aiInputsOf(const dicom::Catalog& catalog);

struct AiFileRead
{
    std::vector<ai::AiObject> objects;
    std::vector<ai::SeriesMatch> matches; // same order as objects
    QStringList errors;                   // readable, one per file that could not be read
    // Reviews Custos saved earlier (SR files with review decisions): they are
    // read back, never listed as AI results to review.
    std::vector<std::pair<QString, ai::Review>> reviews; // path (in memory: SOP Instance UID), review
};

// Reads every file (JSON files that are not Custos' format are skipped
// without complaint) and matches the objects to the catalog's series.
// Runs on a worker thread.
AiFileRead readAiFiles(const std::vector<dicom::Source>& files, const dicom::Catalog& catalog);

} // namespace custos::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Research exports: the project's options by name, the key's public
// identity, and the residual-risk check (k over retained quasi-identifiers).

#include "core/common/result.h"
#include "core/deid/deidentifier.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

class DcmItem;

namespace custos::deid {

// "retainPatientCharacteristics", ... (the policy's names) -> Options. An
// unknown name is an error that names it.
Result<Options> optionsFromNames(const QStringList& names);
QStringList optionNames(const Options& options);

// What the manifest may say about a project key: a one-way digest that
// shows two exports used the same key, and reveals nothing of it.
// "hmac-sha256:" + 32 hex characters.
QString keyIdentity(const QByteArray& key);

// The quasi-identifiers an export with `options` leaves in the files,
// as DICOM keywords. Manufacturer and model are never removed by Table
// E.1-1, so they always count. Modified (shifted) dates do not: the shift
// is keyed per patient and never disclosed, so a shifted date cannot be
// matched with a real visit.
QStringList retainedQuasiIdentifiers(const Options& options);

// One exported file's patient (identity key) and its quasi-identifier values.
struct RiskRecord
{
    QString patientKey;
    QMap<QString, QString> values; // keyword -> value as stored
};
RiskRecord riskRecordOf(DcmItem& dataset, const Options& options);

struct RiskReport
{
    QStringList quasiIdentifiers; // keywords
    int patients = 0;
    int classes = 0;
    int k = 0; // the smallest number of patients sharing one combination
    QMap<int, int> classSizes; // size -> how many classes have it
};
// Equivalence classes over patients: a patient's combination is, for each
// quasi-identifier, every distinct value in their files. k is the size of
// the smallest class. No values leave this function.
RiskReport assessRisk(const std::vector<RiskRecord>& records, const Options& options);

} // namespace custos::deid

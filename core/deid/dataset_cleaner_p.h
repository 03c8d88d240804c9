// SPDX-License-Identifier: Apache-2.0
#pragma once
// Applies the Table E.1-1 rules to one data set, recursively into sequences.
// Internal to core/deid.

#include "core/deid/deidentifier.h"
#include "core/deid/profile_table.h"

#include <dcmtk/dcmdata/dcitem.h>

#include <QStringList>

class DcmElement;

namespace custos::deid {

// What happens to one attribute, after the options have been applied.
enum class Action { Keep, Remove, Empty, Dummy, MapUid, Clean, ShiftDate, Recurse };

Action resolve(const profile::Rule& rule, const Options& options, bool isSequence);

// Retain Safe Private: the short list in safe_private.cpp.
bool isSafePrivate(const char* creator, Uint16 group, Uint16 element);

class DatasetCleaner
{
public:
    DatasetCleaner(const Options& options, UidMapper& uids, FileReport& report, QStringList identifyingTokens,
                   int dateShiftDays);

    // Cleans `item` in place; `topLevel` is the data set itself (Patient's
    // Name and ID get the pseudonym there, and are emptied in sequences).
    void clean(DcmItem& item, bool topLevel);

    QString pseudonym; // written to Patient's Name and Patient ID at the top level

private:
    void cleanElement(DcmItem& item, unsigned long& index, bool topLevel);
    void apply(DcmItem& item, unsigned long& index, DcmElement* element, Action action);
    void remove(DcmItem& item, unsigned long& index);
    void setString(DcmElement* element, const OFString& value);
    void mapUids(DcmElement* element);
    void shiftDates(DcmElement* element);
    void cleanText(DcmElement* element);
    Action unlistedAction(DcmElement* element) const;
    void recurse(DcmElement* element);
    DcmElement* restoreVr(DcmItem& item, unsigned long index, DcmElement* element);
    // Records a top-level attribute's action and reason in the report.
    void note(const DcmTag& tag, Action action, const QString& why);

    const Options& m_options;
    UidMapper& m_uids;
    FileReport& m_report;
    QStringList m_tokens;
    int m_dateShiftDays;
    bool m_recordActions = false; // true while a top-level attribute is decided
};

// Values that identify the patient or staff in this data set (names and their
// parts, IDs, birth date, accession number, institution): Clean (C) actions
// keep a free-text value only if it contains none of them.
QStringList identifyingTokens(DcmItem& dataset);

} // namespace custos::deid

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Keyed UID remapping and pseudonyms for de-identification (deidentifier.h).

#include <QByteArray>
#include <QHash>
#include <QString>

#include <mutex>

namespace custos::deid {

// Same input UID -> same output UID for the lifetime of the mapper (one study
// or one export), and across runs given the same secret, so references
// (ReferencedSOPInstanceUID, FrameOfReferenceUID, SourceImageSequence, ...)
// stay intact. Derivation: HMAC-SHA256(secret, uid) -> "2.25.<decimal of
// the first 128 bits>" (PS3.5 B.2 UUID-derived root, at most 44 chars).
// Thread-safe: one mapper can serve an export that de-identifies in parallel.
class UidMapper
{
public:
    explicit UidMapper(QByteArray secret);
    QString map(const QString& uid);

    // A pseudonym for a value (e.g. Patient ID) keyed with the same secret:
    // the same input gives the same pseudonym, nothing can be reversed
    // without the secret. 16 upper-case hex characters.
    QString pseudonym(const QString& value) const;
    // Days in [-3650, -1] keyed by the patient, for Modified Dates.
    int dateShiftDays(const QString& patientKey) const;

    int size() const;

private:
    QByteArray m_secret;
    mutable std::mutex m_mutex;
    QHash<QString, QString> m_map;
};

} // namespace custos::deid

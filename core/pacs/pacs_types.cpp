// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/pacs_types.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace custos::pacs {

namespace {
// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};
} // namespace

QString failureName(Failure failure)
{
    switch (failure) {
    case Failure::None: return QStringLiteral("none");
    case Failure::PlainRefused: return QStringLiteral("plain-connection-refused");
    case Failure::Down: return QStringLiteral("pacs-down");
    case Failure::Timeout: return QStringLiteral("timeout");
    case Failure::OldTlsOnly: return QStringLiteral("old-tls-only");
    case Failure::HandshakeRefused: return QStringLiteral("tls-handshake-refused");
    case Failure::UntrustedCertificate: return QStringLiteral("untrusted-certificate");
    case Failure::WrongHostName: return QStringLiteral("wrong-host-name");
    case Failure::ExpiredCertificate: return QStringLiteral("expired-certificate");
    case Failure::AssociationRejected: return QStringLiteral("association-rejected");
    case Failure::Refused: return QStringLiteral("refused");
    case Failure::Interrupted: return QStringLiteral("interrupted");
    case Failure::Cancelled: return QStringLiteral("cancelled");
    case Failure::BadAnswer: return QStringLiteral("bad-answer");
    case Failure::Configuration: return QStringLiteral("configuration");
    case Failure::CredentialsMissing: return QStringLiteral("credentials-missing");
    case Failure::CredentialsRefused: return QStringLiteral("credentials-refused");
    }
    return QStringLiteral("unknown");
}

bool QueryKeys::isEmpty() const
{
    return patientId.isEmpty() && patientName.isEmpty() && studyDate.isEmpty() && modality.isEmpty() && accessionNumber.isEmpty()
        && studyInstanceUid.isEmpty();
}

QString QueryKeys::describe() const
{
    QStringList parts;
    auto add = [&parts](const char* name, const QString& value) {
        if (!value.isEmpty())
            parts << QLatin1String(name) + QLatin1Char('=') + value;
    };
    add("PatientID", patientId);
    add("PatientName", patientName);
    add("StudyDate", studyDate);
    add("ModalitiesInStudy", modality);
    add("AccessionNumber", accessionNumber);
    add("StudyInstanceUID", studyInstanceUid);
    return parts.isEmpty() ? QStringLiteral("(no keys: every study)") : parts.join(QStringLiteral("; "));
}

QString checkQueryKeys(const QueryKeys& keys)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{8})?(-(\\d{8})?)?$"));
    if (!keys.studyDate.isEmpty()) {
        const auto m = date.match(keys.studyDate);
        if (!m.hasMatch() || keys.studyDate == QLatin1String("-"))
            return Text::tr("The date \"%1\" is not YYYYMMDD or a range YYYYMMDD-YYYYMMDD.").arg(keys.studyDate.left(40));
    }
    // Backslashes separate DICOM values: a key with one would ask for something else than typed.
    for (const QString* v : {&keys.patientId, &keys.patientName, &keys.modality, &keys.accessionNumber, &keys.studyInstanceUid})
        if (v->contains(QLatin1Char('\\')) || v->size() > 64)
            return Text::tr("A search key may not contain a backslash or be longer than 64 characters.");
    static const QRegularExpression uid(QStringLiteral("^[0-9.]{0,64}$"));
    if (!uid.match(keys.studyInstanceUid).hasMatch())
        return Text::tr("\"%1\" is not a study instance UID (digits and dots).").arg(keys.studyInstanceUid.left(64));
    return {};
}

} // namespace custos::pacs

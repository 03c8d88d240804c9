#include "core/deid/deidentifier.h"

#include <QCoreApplication>

namespace custos::deid {

Deidentifier::Deidentifier(Options options, UidMapper& uids) : m_options(options), m_uids(uids) {}

Result<FileReport> Deidentifier::deidentifyFile(const QString&, const QString&)
{
    return Error{QCoreApplication::translate("custos::deid", "De-identification is not available yet.")};
}

Result<FileReport> Deidentifier::deidentify(DcmFileFormat&)
{
    return Error{QCoreApplication::translate("custos::deid", "De-identification is not available yet.")};
}

QString patientPseudonym(UidMapper& uids, const QString& originalPatientId)
{
    return QStringLiteral("ANON-") + uids.pseudonym(originalPatientId);
}

} // namespace custos::deid

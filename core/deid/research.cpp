// SPDX-License-Identifier: Apache-2.0
#include "core/deid/research.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <map>

namespace custos::deid {
namespace {

// lupdate extracts Text::tr("...") under "custos::deid", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::deid)
};

struct Named
{
    const char* name;
    bool Options::*flag;
};
constexpr Named kOptions[] = {
    {"retainLongitudinalFullDates", &Options::retainLongitudinalFullDates},
    {"retainLongitudinalModifiedDates", &Options::retainLongitudinalModifiedDates},
    {"retainPatientCharacteristics", &Options::retainPatientCharacteristics},
    {"retainDeviceIdentity", &Options::retainDeviceIdentity},
    {"retainInstitutionIdentity", &Options::retainInstitutionIdentity},
    {"retainUids", &Options::retainUids},
    {"retainSafePrivate", &Options::retainSafePrivate},
    {"cleanDescriptors", &Options::cleanDescriptors},
};

struct Quasi
{
    const char* keyword;
    DcmTagKey key;
};

QString stringOf(DcmItem& item, const DcmTagKey& key)
{
    OFString v;
    if (item.findAndGetOFStringArray(key, v).bad())
        return {};
    return QString::fromUtf8(v.c_str(), qsizetype(v.length())).trimmed();
}

std::vector<Quasi> quasiFor(const Options& o)
{
    std::vector<Quasi> q{{"Manufacturer", DCM_Manufacturer}, {"ManufacturerModelName", DCM_ManufacturerModelName}};
    if (o.retainPatientCharacteristics)
        q.insert(q.end(), {{"PatientSex", DCM_PatientSex}, {"PatientAge", DCM_PatientAge}, {"PatientSize", DCM_PatientSize},
                           {"PatientWeight", DCM_PatientWeight}});
    if (o.retainLongitudinalFullDates)
        q.insert(q.end(), {{"StudyDate", DCM_StudyDate}});
    if (o.retainDeviceIdentity)
        q.insert(q.end(), {{"StationName", DCM_StationName}, {"DeviceSerialNumber", DCM_DeviceSerialNumber}});
    if (o.retainInstitutionIdentity)
        q.insert(q.end(), {{"InstitutionName", DCM_InstitutionName}});
    if (o.cleanDescriptors)
        q.insert(q.end(), {{"StudyDescription", DCM_StudyDescription}, {"SeriesDescription", DCM_SeriesDescription}});
    return q;
}

} // namespace

Result<Options> optionsFromNames(const QStringList& names)
{
    Options o;
    for (const QString& n : names) {
        bool known = false;
        for (const Named& k : kOptions)
            if (n == QLatin1String(k.name)) {
                o.*(k.flag) = true;
                known = true;
            }
        if (!known)
            return Error{Text::tr("\"%1\" is not a de-identification option Custos knows.").arg(n)};
    }
    if (o.retainLongitudinalFullDates && o.retainLongitudinalModifiedDates)
        return Error{Text::tr("Full dates and modified dates cannot both be retained: choose one.")};
    return o;
}

QStringList optionNames(const Options& o)
{
    QStringList out;
    for (const Named& k : kOptions)
        if (o.*(k.flag))
            out << QString::fromLatin1(k.name);
    return out;
}

QString keyIdentity(const QByteArray& key)
{
    std::array<unsigned char, 32> out{};
    unsigned int len = 0;
    static const QByteArray label = QByteArrayLiteral("custos project key identity");
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(label.constData()),
         size_t(label.size()), out.data(), &len);
    return QStringLiteral("hmac-sha256:") + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out.data()), 16).toHex());
}

QStringList retainedQuasiIdentifiers(const Options& options)
{
    QStringList out;
    for (const Quasi& q : quasiFor(options))
        out << QString::fromLatin1(q.keyword);
    return out;
}

RiskRecord riskRecordOf(DcmItem& ds, const Options& options)
{
    RiskRecord r;
    r.patientKey = patientIdentityKey(stringOf(ds, DCM_IssuerOfPatientID), stringOf(ds, DCM_PatientID), stringOf(ds, DCM_PatientName),
                                      stringOf(ds, DCM_PatientBirthDate));
    if (r.patientKey.isEmpty())
        r.patientKey = QStringLiteral("study:") + stringOf(ds, DCM_StudyInstanceUID);
    for (const Quasi& q : quasiFor(options))
        r.values.insert(QString::fromLatin1(q.keyword), stringOf(ds, q.key));
    return r;
}

RiskReport assessRisk(const std::vector<RiskRecord>& records, const Options& options)
{
    RiskReport report;
    report.quasiIdentifiers = retainedQuasiIdentifiers(options);
    // Per patient, per quasi-identifier: every distinct value in their files.
    std::map<QString, std::map<QString, QSet<QString>>> perPatient;
    for (const RiskRecord& r : records)
        for (const QString& q : report.quasiIdentifiers)
            perPatient[r.patientKey][q].insert(r.values.value(q));
    std::map<QString, int> classes; // combination -> patients
    for (auto& [patient, values] : perPatient) {
        QStringList parts;
        for (const QString& q : report.quasiIdentifiers) {
            QStringList v(values[q].cbegin(), values[q].cend());
            v.sort();
            parts << v.join(QChar(0x1e));
        }
        ++classes[parts.join(QChar(0x1f))];
    }
    report.patients = int(perPatient.size());
    report.classes = int(classes.size());
    for (const auto& [combination, size] : classes) {
        ++report.classSizes[size];
        report.k = report.k == 0 ? size : std::min(report.k, size);
    }
    return report;
}

} // namespace custos::deid

// SPDX-License-Identifier: Apache-2.0
// The engine: walks every attribute of a data set (and of every item of every
// sequence) and applies the resolved Table E.1-1 action. Attributes the table
// does not list are kept, except where a rule below says why not.

#include "core/deid/dataset_cleaner_p.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QDate>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

namespace custos::deid {
namespace {

QString toQString(const OFString& s)
{
    return QString::fromUtf8(s.c_str(), qsizetype(s.length()));
}

OFString toOFString(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return OFString(utf8.constData(), size_t(utf8.size()));
}

bool isSequence(DcmElement* e)
{
    return e->ident() == EVR_SQ;
}

// UI attributes the table does not list that name a kind of thing (a SOP
// class, a transfer syntax, a coding scheme), not an instance: never mapped.
bool isClassUidAttribute(const DcmTagKey& key)
{
    static const DcmTagKey kKeys[] = {
        DCM_SOPClassUID,         DCM_ReferencedSOPClassUID,     DCM_RelatedGeneralSOPClassUID,
        DCM_OriginalSpecializedSOPClassUID, DCM_SOPClassesInStudy, DCM_ReferencedSOPClassUIDInFile,
        DCM_ReferencedTransferSyntaxUIDInFile, DCM_CodingSchemeUID, DCM_ContextUID,
        DCM_MappingResourceUID,  DCM_MACCalculationTransferSyntaxUID, DCM_TransferSyntaxUID,
        DCM_MediaStorageSOPClassUID, DCM_ImplementationClassUID, DCM_PrivateRecordUID,
    };
    return std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys);
}

bool isDicomDefinedUid(const QString& uid)
{
    return uid.startsWith(QLatin1String("1.2.840.10008."));
}

// A value that is valid for the VR and identifies nobody.
std::optional<OFString> dummyFor(DcmEVR vr)
{
    switch (vr) {
    case EVR_DA: return OFString("19000101");
    case EVR_DT: return OFString("19000101000000");
    case EVR_TM: return OFString("000000");
    case EVR_AS: return OFString("000Y");
    case EVR_DS:
    case EVR_IS: return OFString("0");
    case EVR_AE:
    case EVR_CS:
    case EVR_SH:
    case EVR_LO:
    case EVR_LT:
    case EVR_ST:
    case EVR_UT:
    case EVR_UC:
    case EVR_PN: return OFString("ANONYMIZED");
    default: return std::nullopt; // binary VRs: emptied instead
    }
}

bool isStringVr(DcmEVR vr)
{
    switch (vr) {
    case EVR_AE: case EVR_AS: case EVR_CS: case EVR_DA: case EVR_DS: case EVR_DT: case EVR_IS:
    case EVR_LO: case EVR_LT: case EVR_PN: case EVR_SH: case EVR_ST: case EVR_TM: case EVR_UC:
    case EVR_UI: case EVR_UR: case EVR_UT:
        return true;
    default:
        return false;
    }
}

} // namespace

Action resolve(const profile::Rule& rule, const Options& o, bool sq)
{
    using namespace profile;
    const Action keep = sq ? Action::Recurse : Action::Keep;
    if ((rule.flags & KeepWithUids) && o.retainUids)
        return keep;
    if ((rule.flags & KeepWithDevice) && o.retainDeviceIdentity)
        return keep;
    if ((rule.flags & KeepWithInstitution) && o.retainInstitutionIdentity)
        return keep;
    if ((rule.flags & KeepWithPatientChars) && o.retainPatientCharacteristics)
        return keep;
    if ((rule.flags & CleanWithPatientChars) && o.retainPatientCharacteristics)
        return sq ? Action::Recurse : Action::Clean;
    if (rule.flags & Temporal) {
        if (o.retainLongitudinalFullDates)
            return keep;
        if (o.retainLongitudinalModifiedDates)
            return sq ? Action::Recurse : Action::ShiftDate;
    }
    if ((rule.flags & CleanDescriptor) && o.cleanDescriptors)
        return sq ? Action::Recurse : Action::Clean;
    switch (rule.basic) {
    case Basic::U:
    case Basic::XZU: // U*: keep the sequence, replace the instance UIDs inside it
        return sq ? Action::Recurse : Action::MapUid;
    case Basic::D: // a sequence's dummy is its items with the table applied inside
        return sq ? Action::Recurse : Action::Dummy;
    case Basic::Z:
    case Basic::XZ:
        return Action::Empty;
    case Basic::X:
        return Action::Remove;
    case Basic::XD:
        return sq ? Action::Remove : Action::Dummy;
    case Basic::ZD:
    case Basic::XZD:
        // D keeps a Type 1 attribute valid; an empty sequence is as private.
        return sq ? Action::Empty : Action::Dummy;
    }
    return Action::Remove;
}

DatasetCleaner::DatasetCleaner(const Options& options, UidMapper& uids, FileReport& report,
                               QStringList identifyingTokens, int dateShiftDays)
    : m_options(options), m_uids(uids), m_report(report), m_tokens(std::move(identifyingTokens)),
      m_dateShiftDays(dateShiftDays)
{
}

void DatasetCleaner::clean(DcmItem& item, bool topLevel)
{
    unsigned long i = 0;
    while (i < item.card())
        cleanElement(item, i, topLevel);
}

// A public attribute written with VR UN (e.g. by a converter that did not
// know it) gets its dictionary VR back when that VR is a string, so the
// table's action (dummy, date shift, UID mapping) can read its value.
DcmElement* DatasetCleaner::restoreVr(DcmItem& item, unsigned long index, DcmElement* e)
{
    const DcmTagKey key = e->getTag();
    const DcmEVR vr = DcmTag(key).getEVR();
    Uint8* data = nullptr;
    if (!isStringVr(vr) || e->getUint8Array(data).bad())
        return e;
    DcmElement* typed = DcmItem::newDicomElement(key);
    if (!typed)
        return e;
    const OFCondition put = data ? typed->putString(reinterpret_cast<const char*>(data), e->getLength())
                                 : typed->putString("");
    if (put.bad() || item.insert(typed, OFTrue).bad()) {
        delete typed;
        return e;
    }
    return item.getElement(index);
}

namespace {

const char* basicName(profile::Basic b)
{
    using profile::Basic;
    switch (b) {
    case Basic::D: return "D";
    case Basic::Z: return "Z";
    case Basic::X: return "X";
    case Basic::U: return "U";
    case Basic::XZ: return "X/Z";
    case Basic::XD: return "X/D";
    case Basic::ZD: return "Z/D";
    case Basic::XZD: return "X/Z/D";
    case Basic::XZU: return "X/Z/U*";
    }
    return "?";
}

// Which column of Table E.1-1 decided a listed attribute (for the manifest).
QString ruleReason(const profile::Rule& rule, const Options& o, Action action)
{
    using namespace profile;
    const bool kept = action == Action::Keep || action == Action::Recurse;
    if ((rule.flags & KeepWithUids) && o.retainUids && kept)
        return QStringLiteral("Retain UIDs Option: K");
    if ((rule.flags & KeepWithDevice) && o.retainDeviceIdentity && kept)
        return QStringLiteral("Retain Device Identity Option: K");
    if ((rule.flags & KeepWithInstitution) && o.retainInstitutionIdentity && kept)
        return QStringLiteral("Retain Institution Identity Option: K");
    if ((rule.flags & (KeepWithPatientChars | CleanWithPatientChars)) && o.retainPatientCharacteristics)
        return (rule.flags & KeepWithPatientChars) ? QStringLiteral("Retain Patient Characteristics Option: K")
                                                   : QStringLiteral("Retain Patient Characteristics Option: C");
    if ((rule.flags & Temporal) && o.retainLongitudinalFullDates)
        return QStringLiteral("Retain Longitudinal Temporal Information Full Dates Option: K");
    if ((rule.flags & Temporal) && o.retainLongitudinalModifiedDates)
        return QStringLiteral("Retain Longitudinal Temporal Information Modified Dates Option: C (shifted per patient)");
    if ((rule.flags & CleanDescriptor) && o.cleanDescriptors)
        return QStringLiteral("Clean Descriptors Option: C (kept unless it holds an identifying value)");
    return QStringLiteral("Basic Profile: ") + QLatin1String(basicName(rule.basic));
}

const char* actionWord(Action a)
{
    switch (a) {
    case Action::Keep: return "kept";
    case Action::Remove: return "removed";
    case Action::Empty: return "emptied";
    case Action::Dummy: return "replaced";
    case Action::MapUid: return "replaced";
    case Action::Clean: return "cleaned";
    case Action::ShiftDate: return "shifted";
    case Action::Recurse: return "kept (items cleaned)";
    }
    return "?";
}

} // namespace

void DatasetCleaner::note(const DcmTag& tag, Action action, const QString& why)
{
    if (!m_recordActions)
        return;
    DcmTag named(tag); // getTagName() is not const in DCMTK 3.6.7
    QString name = QString::fromLatin1(named.getTagName());
    if (name.startsWith(QLatin1String("Unknown Tag")))
        name = QStringLiteral("(unnamed)");
    const QString key = QStringLiteral("(%1,%2) %3")
                            .arg(QString::number(tag.getGTag(), 16).rightJustified(4, QLatin1Char('0')).toUpper(),
                                 QString::number(tag.getETag(), 16).rightJustified(4, QLatin1Char('0')).toUpper(), name);
    m_report.attributes.insert(key, {QString::fromLatin1(actionWord(action)), why});
}

void DatasetCleaner::cleanElement(DcmItem& item, unsigned long& index, bool topLevel)
{
    m_recordActions = topLevel;
    const auto guard = qScopeGuard([this] { m_recordActions = false; });
    DcmElement* e = item.getElement(index);
    if (e->ident() == EVR_UN && !(e->getTag().getGTag() & 1u))
        e = restoreVr(item, index, e);
    const DcmTag& tag = e->getTag();
    const Uint16 g = tag.getGTag();
    const Uint16 el = tag.getETag();

    if (g == 0x7FE0 || (g == 0x0028 && el != 0x1199 && el != 0x1214 && el != 0x4000)) {
        const Action a = isSequence(e) ? Action::Recurse : Action::Keep;
        note(tag, a, QStringLiteral("image pixel description and pixel data: never changed (Clean Pixel Data not applied)"));
        return apply(item, index, e, a); // never touch pixels
    }
    if (g & 1u) {
        // Private: removed unless Retain Safe Private names it (its creator
        // element is kept with it, so the block still reads).
        bool keep = false;
        if (m_options.retainSafePrivate) {
            if (el >= 0x0010 && el <= 0x00FF) {
                OFString creator;
                e->getOFString(creator, 0);
                keep = isSafePrivate(creator.c_str(), g, 0);
            } else {
                keep = isSafePrivate(tag.getPrivateCreator(), g, el & 0x00FF);
            }
        }
        note(tag, keep ? Action::Keep : Action::Remove,
             keep ? QStringLiteral("Retain Safe Private Option: on the safe list") : QStringLiteral("private attribute: X"));
        return apply(item, index, e, keep ? Action::Keep : Action::Remove);
    }
    if ((g & 0xFF00) == 0x5000) {
        note(tag, Action::Remove, QStringLiteral("curve data (50xx,xxxx): X"));
        return apply(item, index, e, Action::Remove);
    }
    // The whole overlay group goes, not only Overlay Data (60xx,3000) and
    // Comments (60xx,4000), which Table E.1-1 lists as X: the rows, columns,
    // origin and bit position left behind would describe an overlay that is
    // not there, and viewers then draw garbage or refuse the file.
    if ((g & 0xFF00) == 0x6000) {
        note(tag, Action::Remove, QStringLiteral("overlay group 60xx: Overlay Data and Comments are X; the rest of the group goes with them"));
        return apply(item, index, e, Action::Remove);
    }
    if (topLevel && (tag == DCM_PatientName || tag == DCM_PatientID)) {
        note(tag, Action::Dummy, QStringLiteral("Basic Profile: Z (replaced by the project's keyed pseudonym of issuer + ID, or name + birth date)"));
        setString(e, toOFString(pseudonym));
        ++m_report.attributesReplaced;
        ++index;
        return;
    }
    // Free text inside sequences the table keeps with D (an SR's Content
    // Sequence, a presentation state's Graphic Annotation Sequence): cleaned.
    if (tag == DCM_TextValue || tag == DCM_UnformattedTextValue) {
        note(tag, Action::Clean, QStringLiteral("free text: cleaned of identifying values"));
        return apply(item, index, e, Action::Clean);
    }
    // D on a sequence is kept with the table applied inside, except where
    // the items themselves name a person: their codes are the identity.
    if (tag == DCM_PersonIdentificationCodeSequence) {
        note(tag, Action::Empty, QStringLiteral("codes that identify a person: emptied"));
        return apply(item, index, e, Action::Empty);
    }
    const profile::Rule* rule = profile::find(g, el);
    const Action action = rule ? resolve(*rule, m_options, isSequence(e)) : unlistedAction(e);
    if (rule && tag == DCM_IconImageSequence)
        note(tag, action, QStringLiteral("Basic Profile: X (a thumbnail can show a face or burned-in text; dropped, not cleaned)"));
    else if (rule)
        note(tag, action, ruleReason(*rule, m_options, action));
    else
        note(tag, action, QStringLiteral("not listed in Table E.1-1: ") +
                              (e->ident() == EVR_UI ? QStringLiteral("instance UIDs are replaced unless Retain UIDs")
                               : e->ident() == EVR_DA || e->ident() == EVR_DT || e->ident() == EVR_TM
                                   ? QStringLiteral("dates and times follow the temporal options")
                               : e->ident() == EVR_UN ? QStringLiteral("an unreadable value is removed")
                                                      : QStringLiteral("kept")));
    apply(item, index, e, action);
}

Action DatasetCleaner::unlistedAction(DcmElement* e) const
{
    switch (e->ident()) {
    case EVR_SQ:
        return Action::Recurse;
    case EVR_UI:
        // Any other instance UID would link the output to the original.
        return m_options.retainUids || isClassUidAttribute(e->getTag()) ? Action::Keep : Action::MapUid;
    case EVR_DA:
    case EVR_DT:
    case EVR_TM:
        // Dates the table does not list (Instance Creation Date, Date of
        // Secondary Capture, ...) still date the patient's visit.
        if (m_options.retainLongitudinalFullDates)
            return Action::Keep;
        return m_options.retainLongitudinalModifiedDates ? Action::ShiftDate : Action::Empty;
    case EVR_UN:
        return Action::Remove; // unreadable value: nobody can vouch for it
    default:
        return Action::Keep;
    }
}

void DatasetCleaner::apply(DcmItem& item, unsigned long& index, DcmElement* e, Action action)
{
    switch (action) {
    case Action::Keep:
        break;
    case Action::Recurse:
        recurse(e);
        break;
    case Action::Remove:
        remove(item, index);
        return;
    case Action::Empty:
        if (isSequence(e) ? static_cast<DcmSequenceOfItems*>(e)->card() > 0 : e->getLength() > 0) {
            e->clear();
            ++m_report.attributesReplaced;
        }
        break;
    case Action::Dummy:
        if (e->getLength() == 0) {
            // Nothing to hide: an empty attribute stays empty rather than
            // gaining a made-up value.
        } else if (e->ident() == EVR_UI) {
            mapUids(e);
        } else if (const auto dummy = dummyFor(e->ident()); dummy && isStringVr(e->ident())) {
            setString(e, *dummy);
            ++m_report.attributesReplaced;
        } else if (e->getLength() > 0) {
            e->clear();
            ++m_report.attributesReplaced;
        }
        break;
    case Action::MapUid:
        if (e->ident() == EVR_UI)
            mapUids(e);
        else
            return remove(item, index); // a UID in a wrong VR cannot be mapped safely
        break;
    case Action::Clean:
        cleanText(e);
        break;
    case Action::ShiftDate:
        shiftDates(e);
        break;
    }
    ++index;
}

void DatasetCleaner::remove(DcmItem& item, unsigned long& index)
{
    delete item.remove(index);
    ++m_report.attributesRemoved;
}

void DatasetCleaner::setString(DcmElement* e, const OFString& value)
{
    e->putOFStringArray(value);
}

void DatasetCleaner::recurse(DcmElement* e)
{
    if (!isSequence(e))
        return;
    auto* sq = static_cast<DcmSequenceOfItems*>(e);
    for (unsigned long j = 0; j < sq->card(); ++j)
        clean(*sq->getItem(j), false);
}

void DatasetCleaner::mapUids(DcmElement* e)
{
    OFString raw;
    if (e->getOFStringArray(raw).bad() || raw.empty())
        return;
    QStringList values = toQString(raw).split(u'\\');
    int mapped = 0;
    for (QString& v : values) {
        const QString uid = v.trimmed();
        if (uid.isEmpty() || isDicomDefinedUid(uid))
            continue;
        v = m_uids.map(uid);
        ++mapped;
    }
    if (mapped == 0)
        return;
    setString(e, toOFString(values.join(u'\\')));
    m_report.uidsReplaced += mapped;
}

void DatasetCleaner::shiftDates(DcmElement* e)
{
    const DcmEVR vr = e->ident();
    if (vr != EVR_DA && vr != EVR_DT)
        return; // times and offsets stay: the shift is whole days
    OFString raw;
    if (e->getOFStringArray(raw).bad() || raw.empty())
        return;
    QStringList values = toQString(raw).split(u'\\');
    for (QString& v : values) {
        QString compact = v.trimmed();
        compact.remove(u'.'); // ACR-NEMA style YYYY.MM.DD
        const QDate date = QDate::fromString(compact.left(8), QStringLiteral("yyyyMMdd"));
        // A value we cannot read is not kept: it might still be the real date.
        v = date.isValid() ? date.addDays(m_dateShiftDays).toString(QStringLiteral("yyyyMMdd")) +
                                 (vr == EVR_DT ? compact.mid(8) : QString())
                           : QString();
    }
    setString(e, toOFString(values.join(u'\\')));
    ++m_report.attributesReplaced;
}

void DatasetCleaner::cleanText(DcmElement* e)
{
    OFString raw;
    if (!isStringVr(e->ident())) {
        if (e->getLength() > 0) {
            e->clear();
            ++m_report.attributesReplaced;
        }
        return;
    }
    if (e->getOFStringArray(raw).bad() || raw.empty())
        return;
    const QString value = toQString(raw);
    const bool identifying = std::any_of(m_tokens.cbegin(), m_tokens.cend(), [&](const QString& token) {
        return value.contains(token, Qt::CaseInsensitive);
    });
    if (!identifying)
        return;
    setString(e, dummyFor(e->ident()).value_or(OFString()));
    ++m_report.attributesReplaced;
}

QStringList identifyingTokens(DcmItem& ds)
{
    static const DcmTagKey kSources[] = {
        DCM_PatientName,          DCM_PatientID,           DCM_RETIRED_OtherPatientIDs,      DCM_OtherPatientNames,
        DCM_PatientBirthDate,     DCM_PatientBirthName,    DCM_PatientMotherBirthName, DCM_PatientAddress,
        DCM_AccessionNumber,      DCM_InstitutionName,     DCM_InstitutionAddress,   DCM_ReferringPhysicianName,
        DCM_PerformingPhysicianName, DCM_OperatorsName,    DCM_NameOfPhysiciansReadingStudy,
        DCM_PhysiciansOfRecord,   DCM_StudyID,             DCM_IssuerOfPatientID,
    };
    static const QRegularExpression kSeparators(QStringLiteral("[\\\\^=,\\s]+"));
    QStringList tokens;
    for (const DcmTagKey& key : kSources) {
        OFString raw;
        if (ds.findAndGetOFStringArray(key, raw).bad() || raw.empty())
            continue;
        const QString value = toQString(raw).trimmed();
        if (value.size() >= 3)
            tokens << value;
        for (const QString& part : value.split(kSeparators, Qt::SkipEmptyParts))
            if (part.size() >= 3)
                tokens << part;
    }
    tokens.removeDuplicates();
    return tokens;
}

} // namespace custos::deid

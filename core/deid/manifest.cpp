// SPDX-License-Identifier: Apache-2.0
// The de-identification provenance a compliance officer files with a
// research export: which profile and options, which project key (by its
// one-way identity), what became of every input and of every attribute,
// the residual-risk figures, who exported and why. Field by field in
// resources/deid/provenance-manifest.schema.json. It names tags, files
// and counts, never a value from a header.

#include "core/deid/export_files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

namespace custos::deid {

QJsonObject provenanceManifest(const ExportSettings& settings, const ExportedFiles& written, const QDir& out)
{
    QJsonObject m;
    m[QStringLiteral("manifestVersion")] = 1;
    m[QStringLiteral("application")] = settings.application.isEmpty()
                                           ? QStringLiteral("Custos %1").arg(QCoreApplication::applicationVersion())
                                           : settings.application;
    m[QStringLiteral("createdUtc")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m[QStringLiteral("person")] = settings.person;
    m[QStringLiteral("purpose")] = settings.purpose;
    m[QStringLiteral("destination")] = out.absolutePath();
    m[QStringLiteral("profile")] = QJsonObject{
        {QStringLiteral("standard"), QStringLiteral("DICOM PS3.15 Annex E, Table E.1-1")},
        {QStringLiteral("description"), describe(settings.options)},
        {QStringLiteral("options"), QJsonArray::fromStringList(optionNames(settings.options))},
    };
    if (settings.project.isEmpty())
        m[QStringLiteral("project")] = QJsonObject{
            {QStringLiteral("name"), QJsonValue::Null},
            {QStringLiteral("keyHolder"), QStringLiteral("none: a random key made for this export alone and then forgotten, so its "
                                                         "pseudonyms and UIDs match no other export")},
            {QStringLiteral("keyIdentity"), QJsonValue::Null},
        };
    else
        m[QStringLiteral("project")] = QJsonObject{
            {QStringLiteral("name"), settings.project},
            {QStringLiteral("keyHolder"), settings.keyHolder},
            {QStringLiteral("keyIdentity"), keyIdentity(settings.projectKey)},
        };

    QJsonArray inputs;
    auto add = [&inputs, &out](const AccountedInput& a) {
        QJsonObject o{{QStringLiteral("input"), a.input}, {QStringLiteral("status"), statusName(a.status)}};
        if (!a.output.isEmpty())
            o[a.status == AccountedInput::Status::Exported ? QStringLiteral("output") : QStringLiteral("sameAs")] =
                a.status == AccountedInput::Status::Exported ? out.relativeFilePath(a.output) : a.output;
        if (!a.detail.isEmpty())
            o[QStringLiteral("reason")] = a.detail;
        inputs.append(o);
    };
    for (const AccountedInput& a : settings.scanned)
        add(a);
    for (const AccountedInput& a : written.accounting)
        add(a);
    m[QStringLiteral("inputs")] = inputs;

    QJsonObject counts;
    for (auto s : {AccountedInput::Status::Exported, AccountedInput::Status::Duplicate, AccountedInput::Status::AlreadyExported,
                   AccountedInput::Status::HeldBack, AccountedInput::Status::Unreadable})
        counts[statusName(s)] = 0;
    for (const QJsonValue& v : inputs) {
        const QString st = v.toObject().value(QStringLiteral("status")).toString();
        counts[st] = counts.value(st).toInt() + 1;
    }
    counts[QStringLiteral("inputs")] = inputs.size();
    m[QStringLiteral("counts")] = counts;

    QJsonArray attributes;
    for (auto it = written.attributes.cbegin(); it != written.attributes.cend(); ++it)
        attributes.append(QJsonObject{{QStringLiteral("attribute"), it.key().section(QChar(0x1f), 0, 0)},
                                      {QStringLiteral("action"), it.value().first.action},
                                      {QStringLiteral("why"), it.value().first.why},
                                      {QStringLiteral("files"), it.value().second}});
    m[QStringLiteral("attributes")] = attributes;

    QJsonObject sizes;
    for (auto it = written.risk.classSizes.cbegin(); it != written.risk.classSizes.cend(); ++it)
        sizes[QString::number(it.key())] = it.value();
    m[QStringLiteral("residualRisk")] = QJsonObject{
        {QStringLiteral("quasiIdentifiers"), QJsonArray::fromStringList(written.risk.quasiIdentifiers)},
        {QStringLiteral("patients"), written.risk.patients},
        {QStringLiteral("classes"), written.risk.classes},
        {QStringLiteral("k"), written.risk.k},
        {QStringLiteral("classSizes"), sizes},
        {QStringLiteral("minimumK"), settings.minimumK},
        {QStringLiteral("overrideReason"), settings.riskOverrideReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                  : QJsonValue(settings.riskOverrideReason)},
        {QStringLiteral("method"), QStringLiteral("patients grouped by every distinct value of each retained quasi-identifier in "
                                                  "their exported files; k is the smallest group. Shifted dates are not counted: "
                                                  "the shift is keyed per patient and never disclosed.")},
    };
    m[QStringLiteral("pixelCleaning")] = QJsonObject{
        {QStringLiteral("applied"), false},
        {QStringLiteral("note"), QStringLiteral("Pixel data is copied unchanged. Images that may show burned-in text (Burned In "
                                                "Annotation YES, secondary and screen captures, ultrasound, encapsulated documents) "
                                                "are held back and listed above.")},
    };
    m[QStringLiteral("notes")] = QJsonArray{
        QStringLiteral("Icon Image Sequence (0088,0200) is removed (Table E.1-1: X): a thumbnail can show a face or burned-in text."),
        QStringLiteral("The whole overlay group (60xx) is removed, not only Overlay Data and Overlay Comments, so no broken "
                       "overlay remains."),
        QStringLiteral("Patient's Name and Patient ID are replaced by a keyed pseudonym of Issuer of Patient ID + Patient ID (or, "
                       "without an ID, of the full name + birth date), never of the ID alone."),
    };
    return m;
}

QString provenanceSummary(const QJsonObject& m)
{
    QString text;
    QTextStream s(&text);
    const QJsonObject project = m.value(QStringLiteral("project")).toObject();
    const QJsonObject risk = m.value(QStringLiteral("residualRisk")).toObject();
    const QJsonObject counts = m.value(QStringLiteral("counts")).toObject();
    s << "De-identification provenance\n"
      << "============================\n\n"
      << "Made by:      " << m.value(QStringLiteral("application")).toString() << " at " << m.value(QStringLiteral("createdUtc")).toString() << "\n"
      << "Person:       " << m.value(QStringLiteral("person")).toString() << "\n"
      << "Purpose:      " << m.value(QStringLiteral("purpose")).toString() << "\n"
      << "Profile:      " << m.value(QStringLiteral("profile")).toObject().value(QStringLiteral("description")).toString() << "\n"
      << "Project:      " << (project.value(QStringLiteral("name")).isString() ? project.value(QStringLiteral("name")).toString() : QStringLiteral("(none)")) << "\n"
      << "Key holder:   " << project.value(QStringLiteral("keyHolder")).toString() << "\n";
    if (project.value(QStringLiteral("keyIdentity")).isString())
        s << "Key identity: " << project.value(QStringLiteral("keyIdentity")).toString() << " (a one-way digest, not the key)\n";
    s << "\nInputs: " << counts.value(QStringLiteral("inputs")).toInt() << " (exported " << counts.value(QStringLiteral("exported")).toInt()
      << ", duplicates " << counts.value(QStringLiteral("duplicate")).toInt() << ", already exported "
      << counts.value(QStringLiteral("alreadyExported")).toInt() << ", held back " << counts.value(QStringLiteral("heldBack")).toInt()
      << ", unreadable " << counts.value(QStringLiteral("unreadable")).toInt() << ")\n";
    for (const QJsonValue& v : m.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString st = o.value(QStringLiteral("status")).toString();
        s << "  " << o.value(QStringLiteral("input")).toString() << "\n      ";
        if (st == QLatin1String("exported"))
            s << "exported as " << o.value(QStringLiteral("output")).toString();
        else if (st == QLatin1String("duplicate"))
            s << "duplicate of " << o.value(QStringLiteral("sameAs")).toString() << ": written once";
        else if (st == QLatin1String("alreadyExported"))
            s << "already exported as " << o.value(QStringLiteral("sameAs")).toString();
        else if (st == QLatin1String("heldBack"))
            s << "held back because " << o.value(QStringLiteral("reason")).toString();
        else
            s << "unreadable because " << o.value(QStringLiteral("reason")).toString();
        s << "\n";
    }
    s << "\nResidual risk: k = " << risk.value(QStringLiteral("k")).toInt() << " over " << risk.value(QStringLiteral("patients")).toInt()
      << " patients in " << risk.value(QStringLiteral("classes")).toInt() << " groups (minimum asked: " << risk.value(QStringLiteral("minimumK")).toInt()
      << ")\n  quasi-identifiers kept: ";
    QStringList q;
    for (const QJsonValue& v : risk.value(QStringLiteral("quasiIdentifiers")).toArray())
        q << v.toString();
    s << q.join(QStringLiteral(", ")) << "\n";
    if (risk.value(QStringLiteral("overrideReason")).isString())
        s << "  the risk check was overridden: " << risk.value(QStringLiteral("overrideReason")).toString() << "\n";
    s << "\nPixel cleaning: " << m.value(QStringLiteral("pixelCleaning")).toObject().value(QStringLiteral("note")).toString() << "\n";
    s << "\nAttributes (Annex E action, why, files):\n";
    for (const QJsonValue& v : m.value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject o = v.toObject();
        s << "  " << o.value(QStringLiteral("attribute")).toString() << ": " << o.value(QStringLiteral("action")).toString() << " ("
          << o.value(QStringLiteral("why")).toString() << "), " << o.value(QStringLiteral("files")).toInt() << " files\n";
    }
    s << "\nNotes:\n";
    for (const QJsonValue& v : m.value(QStringLiteral("notes")).toArray())
        s << "  - " << v.toString() << "\n";
    return text;
}

} // namespace custos::deid

// SPDX-License-Identifier: Apache-2.0
#include "core/pacs/retrieved_study.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::pacs {

namespace {

// lupdate extracts Text::tr("...") under "custos::pacs", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::pacs)
};

// Node names are case-insensitive in the policy.
QString manifestKey(const QString& node, const QString& study) { return QStringLiteral("pacs-study/%1/%2").arg(node.toLower(), study); }
QString instanceKey(const QString& node, const QString& study, const QString& sop)
{
    return QStringLiteral("pacs-instance/%1/%2/%3").arg(node.toLower(), study, sop);
}

} // namespace

RetrievedStudyWriter::RetrievedStudyWriter(std::shared_ptr<cache::StudyCache> cache, QString node, QString studyInstanceUid)
    : m_cache(std::move(cache)), m_node(std::move(node)), m_study(std::move(studyInstanceUid))
{
}

Result<void> RetrievedStudyWriter::add(const RetrievedInstance& instance)
{
    if (instance.sopInstanceUid.isEmpty())
        return Error{Text::tr("An instance without a SOP instance UID arrived; it cannot be kept.")};
    // Durable at commit(), all at once: one sync for the study rather than
    // four per instance, which held up the network reads (WADO-RS took 4x
    // curl). A crash before commit() leaves nothing (and no manifest).
    if (auto put = m_cache->putBlob(instanceKey(m_node, m_study, instance.sopInstanceUid), instance.part10,
                                    cache::StudyCache::Durability::AtFlush);
        !put)
        return Error{Text::tr("The encrypted cache could not take an instance: %1").arg(put.errorMessage())};
    m_entries.emplace_back(instance.sopInstanceUid, instance.seriesInstanceUid);
    return {};
}

Result<void> RetrievedStudyWriter::commit()
{
    // The instances first, then the manifest that says the study is whole.
    if (auto synced = m_cache->flush(); !synced)
        return Error{Text::tr("The encrypted cache could not keep the retrieved study: %1").arg(synced.errorMessage())};
    QJsonArray list;
    for (const auto& [sop, series] : m_entries)
        list.append(QJsonObject{{QStringLiteral("sop"), sop}, {QStringLiteral("series"), series}});
    const QJsonObject manifest{{QStringLiteral("node"), m_node}, {QStringLiteral("study"), m_study}, {QStringLiteral("instances"), list}};
    if (auto put = m_cache->putBlob(manifestKey(m_node, m_study), QJsonDocument(manifest).toJson(QJsonDocument::Compact)); !put)
        return Error{Text::tr("The encrypted cache could not record the retrieved study: %1").arg(put.errorMessage())};
    return {};
}

bool isRetrieved(cache::StudyCache& cache, const QString& node, const QString& studyInstanceUid)
{
    return cache.contains(manifestKey(node, studyInstanceUid));
}

Result<bool> addToRetrievedStudy(cache::StudyCache& cache, const QString& node, const QString& studyInstanceUid,
                                 const RetrievedInstance& instance)
{
    if (instance.sopInstanceUid.isEmpty())
        return Error{Text::tr("An instance without a SOP instance UID cannot be kept.")};
    const auto manifest = cache.getBlob(manifestKey(node, studyInstanceUid));
    if (!manifest.hit)
        return false;
    QJsonObject doc = QJsonDocument::fromJson(manifest.blob).object();
    QJsonArray list = doc.value(QStringLiteral("instances")).toArray();
    for (const QJsonValue& v : std::as_const(list))
        if (v.toObject().value(QStringLiteral("sop")).toString() == instance.sopInstanceUid)
            return true; // already there
    if (auto put = cache.putBlob(instanceKey(node, studyInstanceUid, instance.sopInstanceUid), instance.part10); !put)
        return Error{Text::tr("The encrypted cache could not take an instance: %1").arg(put.errorMessage())};
    list.append(QJsonObject{{QStringLiteral("sop"), instance.sopInstanceUid}, {QStringLiteral("series"), instance.seriesInstanceUid}});
    doc.insert(QStringLiteral("instances"), list);
    if (auto put = cache.putBlob(manifestKey(node, studyInstanceUid), QJsonDocument(doc).toJson(QJsonDocument::Compact)); !put)
        return Error{Text::tr("The encrypted cache could not record the retrieved study: %1").arg(put.errorMessage())};
    return true;
}

Result<std::vector<RetrievedInstance>> loadRetrievedStudy(cache::StudyCache& cache, const QString& node, const QString& studyInstanceUid)
{
    const auto manifest = cache.getBlob(manifestKey(node, studyInstanceUid));
    if (!manifest.hit)
        return Error{Text::tr("The study was not retrieved completely from \"%1\" into the cache.").arg(node)};
    std::vector<RetrievedInstance> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(manifest.blob).object().value(QStringLiteral("instances")).toArray()) {
        const QString sop = v.toObject().value(QStringLiteral("sop")).toString();
        auto blob = cache.getBlob(instanceKey(node, studyInstanceUid, sop));
        if (!blob.hit)
            return Error{Text::tr("An instance of the retrieved study is missing from the cache (%1); retrieve the study again.").arg(blob.message)};
        RetrievedInstance i;
        i.sopInstanceUid = sop;
        i.seriesInstanceUid = v.toObject().value(QStringLiteral("series")).toString();
        i.part10 = std::move(blob.blob);
        out.push_back(std::move(i));
    }
    return out;
}

} // namespace custos::pacs

// SPDX-License-Identifier: Apache-2.0
#pragma once
// A study retrieved from a PACS, kept in the encrypted cache: each instance
// as its own sealed object as it arrives, and the list of them (the
// manifest) last, once the PACS said the retrieval is complete. A study
// without a manifest was never completely retrieved and is never offered
// as one; its instances are unreachable and age out with the cache.

#include "core/cache/study_cache.h"
#include "core/common/result.h"
#include "core/pacs/pacs_types.h"

#include <memory>
#include <vector>

namespace custos::pacs {

class RetrievedStudyWriter
{
public:
    RetrievedStudyWriter(std::shared_ptr<cache::StudyCache> cache, QString node, QString studyInstanceUid);
    Result<void> add(const RetrievedInstance& instance);
    Result<void> commit(); // writes the manifest: from now on the study counts as retrieved
    int count() const { return int(m_entries.size()); }

private:
    std::shared_ptr<cache::StudyCache> m_cache;
    QString m_node;
    QString m_study;
    std::vector<std::pair<QString, QString>> m_entries; // SOP instance UID, series UID
};

// Has `node` delivered this study completely into the cache?
bool isRetrieved(cache::StudyCache& cache, const QString& node, const QString& studyInstanceUid);
// An instance that joined the study on the PACS after it was retrieved (a
// signed review Custos sent there): added to the cached copy, so the next
// open from the cache has it too. The instance is durable before the
// manifest names it. A study that is not in the cache is left alone
// (returns false); true when the cached copy now has the instance.
Result<bool> addToRetrievedStudy(cache::StudyCache& cache, const QString& node, const QString& studyInstanceUid,
                                 const RetrievedInstance& instance);
// The instances of a completely retrieved study, from the cache.
Result<std::vector<RetrievedInstance>> loadRetrievedStudy(cache::StudyCache& cache, const QString& node, const QString& studyInstanceUid);

} // namespace custos::pacs

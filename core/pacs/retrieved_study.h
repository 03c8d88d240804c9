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
// The instances of a completely retrieved study, from the cache.
Result<std::vector<RetrievedInstance>> loadRetrievedStudy(cache::StudyCache& cache, const QString& node, const QString& studyInstanceUid);

} // namespace custos::pacs

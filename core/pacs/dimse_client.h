// SPDX-License-Identifier: Apache-2.0
#pragma once
// DIMSE with a PACS of the site policy: C-ECHO, C-FIND (study and series
// level, Study Root), C-GET (instances arrive on the same association, so
// Custos needs no inbound port) and C-STORE. DCMTK's DcmSCU does the
// protocol and DcmTLSTransportLayer the TLS (1.2 or later, the policy's CA,
// the host name checked, the client certificate if the policy names one).
// Every call is synchronous: the viewer calls it from a worker thread.
// Retrieved instances stay in memory; nothing is written to disk here.

#include "core/common/result.h"
#include "core/pacs/move_receiver.h"
#include "core/pacs/pacs_types.h"
#include "core/policy/pacs_node.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace custos::pacs {

struct StoreItem
{
    QString label;     // shown in messages: the file name, "review SR" (no PHI)
    QByteArray part10; // a DICOM Part 10 file in memory
};

struct StoreReport
{
    int stored = 0;
    QStringList failures; // one sentence per object the PACS did not take
};

class DimseClient
{
public:
    explicit DimseClient(policy::PacsNode node, int timeoutSeconds = 30);

    Result<void> echo();
    Result<std::vector<StudyMatch>> findStudies(const QueryKeys& keys);
    Result<std::vector<SeriesMatch>> findSeries(const QString& studyInstanceUid);
    // Every instance of the study, handed to `sink` as it arrives. Returns
    // how many arrived; fails (and says why) when the PACS reported
    // failed sub-operations, the connection broke or the person cancelled.
    Result<int> getStudy(const QString& studyInstanceUid, const InstanceSink& sink, const RetrieveOptions& options = {});
    // The same by C-MOVE to Custos's own receiving SCP (the node's
    // moveDestination), for sites that require it: the SCP listens only
    // until the PACS's final answer, takes only this study from the node,
    // and hands each instance to `sink` as C-GET does.
    Result<int> moveStudy(const QString& studyInstanceUid, const InstanceSink& sink, const RetrieveOptions& options = {});
    // What the receiving SCP refused during the last moveStudy (stray instances, foreign associations).
    const MoveReport& lastMoveReport() const { return m_moveReport; }
    Result<StoreReport> store(const std::vector<StoreItem>& items);

    // The cause of the last failure (Failure::None after a success).
    const PacsError& lastError() const { return m_error; }

private:
    template <class T>
    Result<T> fail(PacsError e);
    policy::PacsNode m_node;
    int m_timeout;
    PacsError m_error;
    MoveReport m_moveReport;
};

// A Part 10 byte stream's SOP Instance UID, SOP class and transfer syntax
// (empty when it is not DICOM). For callers that sort what arrived.
struct Part10Info
{
    QString sopClassUid;
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QString studyInstanceUid;
    QString transferSyntax;
    QString patientId;   // for the audit trail only
    QString patientName;
};
Result<Part10Info> inspectPart10(const QByteArray& part10);

} // namespace custos::pacs

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Custos's own receiving SCP for C-MOVE ("retrieve": "move" in the site
// policy), open only for the duration of one retrieval: it listens on the
// node's moveDestination port (TLS with the node's certificate and CA,
// unless the node is a test node), accepts associations only from the
// node's AE title and address, calling the moveDestination AE title, and
// takes only instances of the study being retrieved; anything else is
// refused and counted. Received instances go to the same sink as C-GET's,
// in memory (DCMTK's association API, datasets received in memory: nothing
// is written to disk). The listening port is closed when finish() returns.

#include "core/common/result.h"
#include "core/pacs/pacs_types.h"
#include "core/policy/pacs_node.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

namespace custos::pacs {

struct MoveReport
{
    int received = 0;       // instances of the study handed to the sink
    int strayInstances = 0; // instances of another study (or not what was announced), refused
    int refusedAssociations =
        0; // from another AE title or address, to another AE title, or failed TLS
    bool interrupted = false; // a sending association broke off in the middle
    bool stopped = false;     // the sink said stop, or the person cancelled
    QString problem;          // an instance could not be read (then nothing more is taken)
};

class MoveReceiver
{
public:
    MoveReceiver(policy::PacsNode node, QString studyInstanceUid, InstanceSink sink,
                 RetrieveOptions options, int timeoutSeconds);
    ~MoveReceiver(); // finishes
    MoveReceiver(const MoveReceiver&) = delete;
    MoveReceiver& operator=(const MoveReceiver&) = delete;

    // Opens the port and serves on a thread of its own; the error says why not.
    Result<void> start();
    // How many instances the PACS says it will send (C-MOVE responses), for progress.
    void setExpected(int expected) { m_expected = expected; }
    // Stops: once no sending association is busy (an idle one is aborted
    // after a second), the thread ends and the port is closed.
    void finish();
    // What happened; complete once finish() returned.
    MoveReport report() const;

    struct Impl; // opaque: DCMTK's network, the TLS layer, the report

private:
    void serve();
    std::unique_ptr<Impl> m_impl;
    std::thread m_thread;
    std::atomic_bool m_finish{false};
    std::atomic_int m_expected{-1};
};

} // namespace custos::pacs

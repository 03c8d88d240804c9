// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal: turning what OpenSSL saw during a handshake into one of the
// failures a person can act on (untrusted certificate, wrong host name,
// old TLS only, ...), and the sentences for them.

#include "core/pacs/pacs_types.h"
#include "core/policy/pacs_node.h"

#include <openssl/ssl.h>

namespace custos::pacs::detail {

// What the last handshake on this thread ran into (DCMTK's associations are
// synchronous, so the callbacks run on the thread that asked).
struct HandshakeObservation
{
    int verifyError = 0;     // X509_V_ERR_*, 0: none
    QString alertSent;       // "protocol version": the alert Custos sent
    QString alertReceived;   // the alert the PACS sent
};
HandshakeObservation& observation();
void resetObservation();

// Installs the callbacks that fill observation(), the minimum TLS version
// and the host-name check on a context (DCMTK's or our own).
void configureContext(SSL_CTX* ctx, const policy::PacsNode& node);

// The failure for a handshake that failed, from the observation and the
// library's own text.
PacsError diagnoseHandshake(const policy::PacsNode& node, const QString& libraryText);

// "Custos could not reach the PACS \"main\" (pacs:2762): ..."
QString where(const policy::PacsNode& node, bool dicomweb);
PacsError failure(Failure kind, const policy::PacsNode& node, bool dicomweb, const QString& detail = {});

} // namespace custos::pacs::detail

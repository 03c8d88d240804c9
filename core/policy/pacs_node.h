// SPDX-License-Identifier: Apache-2.0
#pragma once
// The PACS a site lets Custos talk to: the `pacs.nodes` list of the site
// policy (schema version 2). Only IT names a PACS; a person picks one by
// name. Every node speaks TLS 1.2 or later with a CA the policy names,
// unless the policy marks it as a test node: plain DICOM or plain HTTP would
// let anyone on the network read the patient lists and images that pass.

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace custos::policy {

struct PacsTls
{
    QString caFile;             // PEM: the CAs that may sign the PACS's certificate
    QString minVersion = QStringLiteral("1.2"); // "1.2" or "1.3"
    bool verifyHostName = true;
    QString certFile;           // optional client certificate (PEM), with keyFile
    QString keyFile;
};

enum class PacsAuth { None, Oidc, Basic };

// How Custos retrieves over DIMSE: C-GET (the instances come back on
// Custos's own association; no inbound port), or C-MOVE to Custos's own
// receiving SCP where the site requires it ("retrieve": "move").
enum class PacsRetrieve { Get, Move };

// Custos's receiving SCP for C-MOVE: the AE title the PACS knows Custos by
// as a move destination, and the port Custos listens on, only for the
// duration of a retrieval. Over TLS it presents the node's client
// certificate (certFile/keyFile) and requires the PACS's, from the node's CA.
struct PacsMoveDestination
{
    QString aeTitle;
    int port = 0;
};

struct PacsNode
{
    QString name;               // how people and the CLI pick it: "main-pacs"
    QString aeTitle;            // the PACS's (called) AE title; empty: no DIMSE
    QString callingAeTitle = QStringLiteral("CUSTOS");
    QString host;
    int port = 0;
    QString dicomweb;           // base URL ("https://pacs/dicom-web"); empty: no DICOMweb
    bool tls = false;           // the node has a "tls" section
    PacsTls tlsSettings;
    PacsAuth auth = PacsAuth::None; // DICOMweb authentication
    PacsRetrieve retrieve = PacsRetrieve::Get;
    PacsMoveDestination moveDestination; // retrieve == Move
    bool test = false;          // a test node: plain TCP/HTTP allowed

    bool hasDimse() const { return !aeTitle.isEmpty() && !host.isEmpty() && port > 0; }
    bool hasDicomweb() const { return !dicomweb.isEmpty(); }
};

QString pacsAuthName(PacsAuth auth); // "none", "oidc", "basic"

// The nodes of a policy's "pacs" object (already schema-checked).
std::vector<PacsNode> parsePacsNodes(const QJsonObject& pacs);

// Rules the schema cannot say, as (field path, sentence): names unique, a
// node reachable somehow, client certificate and key together, and no
// plain connection to a node that is not marked as a test node.
std::vector<std::pair<QString, QString>> pacsPolicyProblems(const QJsonObject& root);

// Why a connection to `node` over the given transport must not be made
// (empty: it may). Checked again at connect time, so a node assembled in
// code cannot slip past the policy's rule either.
QString plainConnectionRefusal(const PacsNode& node, bool dicomweb);

} // namespace custos::policy

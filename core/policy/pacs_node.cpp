// SPDX-License-Identifier: Apache-2.0
#include "core/policy/pacs_node.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace custos::policy {

namespace {

// lupdate extracts Text::tr("...") under "custos::policy", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::policy)
};

QString plainWhy()
{
    return Text::tr("plain DICOM and plain HTTP let anyone on the network read the patient lists and images that pass, "
             "so a clinical PACS is reached over TLS only; only a node marked \"test\": true may be plain");
}

} // namespace

QString pacsAuthName(PacsAuth auth)
{
    switch (auth) {
    case PacsAuth::Oidc: return QStringLiteral("oidc");
    case PacsAuth::Basic: return QStringLiteral("basic");
    case PacsAuth::None: break;
    }
    return QStringLiteral("none");
}

std::vector<PacsNode> parsePacsNodes(const QJsonObject& pacs)
{
    std::vector<PacsNode> out;
    for (const QJsonValue& v : pacs.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject o = v.toObject();
        PacsNode n;
        n.name = o.value(QStringLiteral("name")).toString();
        n.aeTitle = o.value(QStringLiteral("aeTitle")).toString();
        n.callingAeTitle = o.value(QStringLiteral("callingAeTitle")).toString(QStringLiteral("CUSTOS"));
        n.host = o.value(QStringLiteral("host")).toString();
        n.port = o.value(QStringLiteral("port")).toInt(0);
        n.dicomweb = o.value(QStringLiteral("dicomweb")).toString();
        n.test = o.value(QStringLiteral("test")).toBool(false);
        const QString auth = o.value(QStringLiteral("auth")).toString(QStringLiteral("none"));
        n.auth = auth == QLatin1String("oidc") ? PacsAuth::Oidc : auth == QLatin1String("basic") ? PacsAuth::Basic : PacsAuth::None;
        n.retrieve = o.value(QStringLiteral("retrieve")).toString() == QLatin1String("move") ? PacsRetrieve::Move : PacsRetrieve::Get;
        const QJsonObject move = o.value(QStringLiteral("moveDestination")).toObject();
        n.moveDestination.aeTitle = move.value(QStringLiteral("aeTitle")).toString();
        n.moveDestination.port = move.value(QStringLiteral("port")).toInt(0);
        if (o.contains(QStringLiteral("tls"))) {
            const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
            n.tls = true;
            n.tlsSettings.caFile = tls.value(QStringLiteral("caFile")).toString();
            n.tlsSettings.minVersion = tls.value(QStringLiteral("minVersion")).toString(QStringLiteral("1.2"));
            n.tlsSettings.verifyHostName = tls.value(QStringLiteral("verifyHostName")).toBool(true);
            n.tlsSettings.certFile = tls.value(QStringLiteral("certFile")).toString();
            n.tlsSettings.keyFile = tls.value(QStringLiteral("keyFile")).toString();
        }
        out.push_back(std::move(n));
    }
    return out;
}

QString plainConnectionRefusal(const PacsNode& node, bool dicomweb)
{
    if (node.test)
        return {};
    if (dicomweb) {
        if (QUrl(node.dicomweb).scheme() != QLatin1String("https"))
            return Text::tr("The PACS node \"%1\" is refused for DICOMweb: its address %2 is not https, and %3.")
                .arg(node.name, node.dicomweb, plainWhy());
    } else if (!node.tls) {
        return Text::tr("The PACS node \"%1\" is refused: it has no \"tls\" section, so DICOM would travel as plain TCP, and %2.")
            .arg(node.name, plainWhy());
    }
    return {};
}

std::vector<std::pair<QString, QString>> pacsPolicyProblems(const QJsonObject& root)
{
    std::vector<std::pair<QString, QString>> out;
    if (!root.contains(QStringLiteral("pacs")))
        return out;
    const QJsonObject pacs = root.value(QStringLiteral("pacs")).toObject();
    if (pacs.contains(QStringLiteral("nodes")) && root.value(QStringLiteral("version")).toInt(1) < 2)
        out.emplace_back(QStringLiteral("pacs.nodes"), Text::tr("this field needs \"version\": 2 at the top of the policy"));
    const QJsonArray nodes = pacs.value(QStringLiteral("nodes")).toArray();
    const std::vector<PacsNode> parsed = parsePacsNodes(pacs);
    QSet<QString> names;
    for (int i = 0; i < nodes.size() && i < int(parsed.size()); ++i) {
        const PacsNode& n = parsed[std::size_t(i)];
        const QString at = QStringLiteral("pacs.nodes[%1]").arg(i);
        if (names.contains(n.name.toLower()))
            out.emplace_back(at + QStringLiteral(".name"), Text::tr("the node name \"%1\" is used twice").arg(n.name));
        names.insert(n.name.toLower());
        const QJsonObject o = nodes.at(i).toObject();
        const bool someDimse = o.contains(QStringLiteral("aeTitle")) || o.contains(QStringLiteral("host")) || o.contains(QStringLiteral("port"));
        if (someDimse && !n.hasDimse())
            out.emplace_back(at, Text::tr("DIMSE needs all three of aeTitle, host and port"));
        if (!n.hasDimse() && !n.hasDicomweb())
            out.emplace_back(at, Text::tr("the node names no way to reach it: give aeTitle, host and port (DIMSE) or dicomweb (a base URL)"));
        if (n.tlsSettings.certFile.isEmpty() != n.tlsSettings.keyFile.isEmpty())
            out.emplace_back(at + QStringLiteral(".tls"), Text::tr("a client certificate needs both certFile and keyFile"));
        if (n.hasDimse() && !n.tls && !n.test)
            out.emplace_back(at, plainConnectionRefusal(n, false));
        if (n.hasDicomweb() && !n.test && QUrl(n.dicomweb).scheme() != QLatin1String("https"))
            out.emplace_back(at + QStringLiteral(".dicomweb"), plainConnectionRefusal(n, true));
        if (n.retrieve == PacsRetrieve::Move && !n.hasDimse())
            out.emplace_back(at + QStringLiteral(".retrieve"), Text::tr("\"move\" retrieves over DIMSE: the node needs aeTitle, host and port"));
        if (n.retrieve == PacsRetrieve::Move && (n.moveDestination.aeTitle.isEmpty() || n.moveDestination.port <= 0))
            out.emplace_back(at + QStringLiteral(".moveDestination"),
                             Text::tr("\"retrieve\": \"move\" needs a moveDestination with the aeTitle and port of Custos's receiving SCP"));
        if (n.retrieve != PacsRetrieve::Move && o.contains(QStringLiteral("moveDestination")))
            out.emplace_back(at + QStringLiteral(".moveDestination"), Text::tr("a moveDestination is only used with \"retrieve\": \"move\""));
        if (n.retrieve == PacsRetrieve::Move && n.tls && n.tlsSettings.certFile.isEmpty())
            out.emplace_back(at + QStringLiteral(".tls"),
                             Text::tr("C-MOVE over TLS needs certFile and keyFile: Custos's receiving SCP presents that certificate to the PACS"));
        if (n.hasDicomweb() && QUrl(n.dicomweb).scheme() == QLatin1String("https") && !n.tls)
            out.emplace_back(at, Text::tr("an https node needs a \"tls\" section naming the CA (caFile) that signs the PACS's certificate"));
    }
    return out;
}

} // namespace custos::policy

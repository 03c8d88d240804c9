// SPDX-License-Identifier: Apache-2.0
#include "ui/shell/hanging_protocols.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace custos::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ui::HangingProtocols)
};

QRegularExpression pattern(const QString& text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
}

bool matches(const QString& expression, const QString& value)
{
    return expression.isEmpty() || pattern(expression).match(value).hasMatch();
}

constexpr int kMaxProtocols = 200;
constexpr int kMaxPanes = 16;

} // namespace

const std::vector<HangingProtocol>& builtInProtocols()
{
    static const std::vector<HangingProtocol> protocols = [] {
        std::vector<HangingProtocol> p;
        // Checked in order: the AI one first, so a study with AI results is read with them beside its other series.
        p.push_back({QStringLiteral("CT with AI results"), QStringLiteral("CT"), {}, 2, true, QStringLiteral("1x2"),
                     {{QStringLiteral("ax|1(\\.0|\\.25)?\\s*mm|thin"), QStringLiteral("mediastinum")}, {{}, {}}}});
        p.push_back({QStringLiteral("CT chest"), QStringLiteral("CT"), QStringLiteral("chest|thorax|lung"), 2, false, QStringLiteral("1x2"),
                     {{QStringLiteral("lung|B[6-8]\\d|sharp|bone"), QStringLiteral("lung")},
                      {QStringLiteral("soft|mediast|B[2-4]\\d|standard"), QStringLiteral("mediastinum")}}});
        p.push_back({QStringLiteral("CT abdomen"), QStringLiteral("CT"), QStringLiteral("abdomen|pelvis|liver"), 2, false, QStringLiteral("1x2"),
                     {{QStringLiteral("ax"), QStringLiteral("abdomen")}, {QStringLiteral("cor"), QStringLiteral("abdomen")}}});
        p.push_back({QStringLiteral("MR brain"), QStringLiteral("MR"), QStringLiteral("brain|head"), 2, false, QStringLiteral("2x2"),
                     {{QStringLiteral("t1"), {}}, {QStringLiteral("t2(?!.*flair)"), {}}, {QStringLiteral("flair"), {}},
                      {QStringLiteral("dwi|diff|adc|trace"), {}}}});
        return p;
    }();
    return protocols;
}

Result<std::vector<HangingProtocol>> parseProtocols(const QByteArray& json, const QStringList& layouts, const QStringList& presets)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{Text::tr("The hanging protocols are not valid JSON (at character %1: %2).").arg(error.offset).arg(error.errorString())};
    if (!doc.isArray())
        return Error{Text::tr("The hanging protocols must be a list ([ … ]) of protocols.")};
    const QJsonArray list = doc.array();
    if (list.size() > kMaxProtocols)
        return Error{Text::tr("There are %1 hanging protocols; at most %2 are read.").arg(list.size()).arg(kMaxProtocols)};
    std::vector<HangingProtocol> out;
    std::set<QString> names;
    for (int i = 0; i < list.size(); ++i) {
        if (!list[i].isObject())
            return Error{Text::tr("Hanging protocol %1 is not an object ({ … }).").arg(i + 1)};
        const QJsonObject o = list[i].toObject();
        HangingProtocol p;
        p.name = o.value(QStringLiteral("name")).toString().trimmed();
        const QString which = p.name.isEmpty() ? QString::number(i + 1) : QStringLiteral("\"%1\"").arg(p.name.left(80));
        if (p.name.isEmpty())
            return Error{Text::tr("Hanging protocol %1 has no name.").arg(which)};
        if (!names.insert(p.name.toLower()).second)
            return Error{Text::tr("Two hanging protocols are called %1.").arg(which)};
        p.modality = o.value(QStringLiteral("modality")).toString().trimmed().toUpper();
        p.bodyPart = o.value(QStringLiteral("bodyPart")).toString();
        if (!pattern(p.bodyPart).isValid())
            return Error{Text::tr("Hanging protocol %1: \"bodyPart\" is not a valid pattern (%2).").arg(which, pattern(p.bodyPart).errorString())};
        p.minSeries = o.value(QStringLiteral("minSeries")).toInt(1);
        if (p.minSeries < 1 || p.minSeries > 64)
            return Error{Text::tr("Hanging protocol %1: \"minSeries\" must be between 1 and 64.").arg(which)};
        p.aiResults = o.value(QStringLiteral("aiResults")).toBool(false);
        p.layout = o.value(QStringLiteral("layout")).toString(QStringLiteral("1x1"));
        if (!layouts.contains(p.layout))
            return Error{Text::tr("Hanging protocol %1: the layout \"%2\" is not one of %3.").arg(which, p.layout.left(20), layouts.join(QStringLiteral(", ")))};
        const QJsonArray panes = o.value(QStringLiteral("panes")).toArray();
        if (panes.size() > kMaxPanes)
            return Error{Text::tr("Hanging protocol %1 has more than %2 panes.").arg(which).arg(kMaxPanes)};
        for (int k = 0; k < panes.size(); ++k) {
            const QJsonObject pane = panes[k].toObject();
            ProtocolPane pp{pane.value(QStringLiteral("series")).toString(), pane.value(QStringLiteral("preset")).toString()};
            if (!pattern(pp.series).isValid())
                return Error{Text::tr("Hanging protocol %1, pane %2: \"series\" is not a valid pattern (%3).")
                                 .arg(which)
                                 .arg(k + 1)
                                 .arg(pattern(pp.series).errorString())};
            if (!pp.preset.isEmpty() && !presets.contains(pp.preset, Qt::CaseInsensitive))
                return Error{Text::tr("Hanging protocol %1, pane %2: the window preset \"%3\" is not one of %4.")
                                 .arg(which)
                                 .arg(k + 1)
                                 .arg(pp.preset.left(20), presets.join(QStringLiteral(", ")))};
            p.panes.push_back(std::move(pp));
        }
        out.push_back(std::move(p));
    }
    return out;
}

QByteArray protocolsToJson(const std::vector<HangingProtocol>& protocols)
{
    QJsonArray list;
    for (const HangingProtocol& p : protocols) {
        QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("layout"), p.layout}, {QStringLiteral("minSeries"), p.minSeries}};
        if (!p.modality.isEmpty())
            o.insert(QStringLiteral("modality"), p.modality);
        if (!p.bodyPart.isEmpty())
            o.insert(QStringLiteral("bodyPart"), p.bodyPart);
        if (p.aiResults)
            o.insert(QStringLiteral("aiResults"), true);
        QJsonArray panes;
        for (const ProtocolPane& pane : p.panes) {
            QJsonObject po;
            if (!pane.series.isEmpty())
                po.insert(QStringLiteral("series"), pane.series);
            if (!pane.preset.isEmpty())
                po.insert(QStringLiteral("preset"), pane.preset);
            panes.append(po);
        }
        o.insert(QStringLiteral("panes"), panes);
        list.append(o);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

const HangingProtocol* chooseProtocol(const std::vector<HangingProtocol>& protocols, const StudyFacts& study)
{
    for (const HangingProtocol& p : protocols) {
        if (int(study.series.size()) < p.minSeries || (p.aiResults && !study.aiResults))
            continue;
        if (!p.modality.isEmpty() && std::none_of(study.series.begin(), study.series.end(), [&p](const StudySeriesFacts& s) {
                return s.modality.compare(p.modality, Qt::CaseInsensitive) == 0;
            }))
            continue;
        if (!p.bodyPart.isEmpty() && !matches(p.bodyPart, study.bodyPart) && !matches(p.bodyPart, study.studyDescription))
            continue;
        return &p;
    }
    return nullptr;
}

std::vector<PaneChoice> hangSeries(const HangingProtocol& protocol, const StudyFacts& study)
{
    // The protocol's modality first, each by size (largest first).
    std::vector<const StudySeriesFacts*> order;
    for (const StudySeriesFacts& s : study.series)
        order.push_back(&s);
    std::stable_sort(order.begin(), order.end(), [&protocol](const StudySeriesFacts* a, const StudySeriesFacts* b) {
        const bool am = protocol.modality.isEmpty() || a->modality.compare(protocol.modality, Qt::CaseInsensitive) == 0;
        const bool bm = protocol.modality.isEmpty() || b->modality.compare(protocol.modality, Qt::CaseInsensitive) == 0;
        return am != bm ? am : a->frames > b->frames;
    });
    std::set<int> used;
    std::vector<PaneChoice> out(protocol.panes.size());
    // Panes with a pattern take the largest series it matches; then the
    // others (and patterns nothing matched) take the largest left.
    for (std::size_t k = 0; k < protocol.panes.size(); ++k) {
        out[k].preset = protocol.panes[k].preset;
        if (protocol.panes[k].series.isEmpty())
            continue;
        for (const StudySeriesFacts* s : order)
            if (!used.count(s->row) && matches(protocol.panes[k].series, s->description)) {
                out[k].row = s->row;
                used.insert(s->row);
                break;
            }
    }
    for (PaneChoice& c : out) {
        if (c.row >= 0)
            continue;
        for (const StudySeriesFacts* s : order)
            if (!used.count(s->row)) {
                c.row = s->row;
                used.insert(s->row);
                break;
            }
    }
    std::erase_if(out, [](const PaneChoice& c) { return c.row < 0; });
    return out;
}

} // namespace custos::ui

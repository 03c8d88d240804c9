// SPDX-License-Identifier: Apache-2.0
#pragma once
// Hanging protocols: rules that say, for a kind of study, which layout to
// use and which series to hang in which pane with which window. When a
// study opens, the first protocol whose rules it meets places its series;
// a study no protocol matches opens as before (largest series first).
//
// Where they come from, first found wins:
//   1. the person's own set (View → Hanging Protocols…, kept in settings);
//   2. the site's defaults, hanging-protocols.json in the site policy's
//      folder (written by IT, like the policy);
//   3. the built-in set: CT chest, CT abdomen, MR brain, CT with AI results.
// The built-in protocols need at least two series: a study with one
// series has nothing to arrange, and opens as it always did.
//
// The JSON (a list of protocols; every field but "name" optional):
//   {"name": "CT chest", "modality": "CT", "bodyPart": "CHEST|THORAX",
//    "minSeries": 2, "aiResults": false, "layout": "1x2",
//    "panes": [{"series": "lung|B6|B7", "preset": "lung"},
//              {"series": "soft|mediast|B3", "preset": "mediastinum"}]}
// "bodyPart" and "series" are case-insensitive regular expressions over
// Body Part Examined and Study Description, and over Series Description;
// a pane whose pattern matches no series takes the largest series not yet
// hung. "preset" is a window preset key (lung, mediastinum, abdomen, brain…).

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace custos::ui {

struct ProtocolPane
{
    QString series; // regular expression over Series Description; empty: the largest series left
    QString preset; // window preset key; empty: the file's window
};

struct HangingProtocol
{
    QString name;
    QString modality;  // exact (CT, MR…); empty: any
    QString bodyPart;  // regular expression over Body Part Examined and Study Description; empty: any
    int minSeries = 1; // image series the study must have
    bool aiResults = false; // the study must carry AI results
    QString layout = QStringLiteral("1x1");
    std::vector<ProtocolPane> panes;
};

// What the window knows of the study when its headers are read.
struct StudySeriesFacts
{
    int row = -1; // in the window's series list
    QString modality;
    QString description;
    int frames = 0;
};
struct StudyFacts
{
    QString bodyPart;
    QString studyDescription;
    bool aiResults = false;
    std::vector<StudySeriesFacts> series;
};

const std::vector<HangingProtocol>& builtInProtocols();

// Parses a list of protocols; a mistake is a sentence that names the
// protocol and the field. Layouts and presets are checked against `layouts`
// and `presets` (the keys the viewer has).
Result<std::vector<HangingProtocol>> parseProtocols(const QByteArray& json, const QStringList& layouts, const QStringList& presets);
QByteArray protocolsToJson(const std::vector<HangingProtocol>& protocols);

// The first protocol the study meets; nullptr: none.
const HangingProtocol* chooseProtocol(const std::vector<HangingProtocol>& protocols, const StudyFacts& study);

// Which series (row) goes into which pane, with its preset; one entry per
// pane, in pane order, as far as the study has series.
struct PaneChoice
{
    int row = -1;
    QString preset;
};
std::vector<PaneChoice> hangSeries(const HangingProtocol& protocol, const StudyFacts& study);

} // namespace custos::ui

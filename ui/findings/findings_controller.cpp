// SPDX-License-Identifier: Apache-2.0
#include "ui/findings/findings_controller.h"

#include "core/ai/parametric_map_reader.h"
#include "core/ai/review_sr_writer.h"
#include "core/ai/segmentation_reader.h"
#include "ui/findings/findings_panel.h"
#include "ui/viewport/slice_geometry.h"
#include "ui/viewport/slice_view.h"

#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QSet>
#include <QMainWindow>
#include <QPointer>
#include <QScopeGuard>
#include <QtConcurrent>

namespace custos::ui {

namespace {

QString stackKeyOf(const dicom::Stack& s)
{
    return s.studyInstanceUid + QLatin1Char('/') + s.seriesInstanceUid + QLatin1Char('#') + QString::number(s.stackIndexInSeries);
}

// Segment colours when the SEG recommends none.
QColor paletteColour(int n)
{
    static const QColor colours[] = {QColor(230, 80, 80), QColor(80, 200, 120), QColor(90, 150, 240), QColor(240, 180, 60),
                                     QColor(190, 110, 230), QColor(70, 210, 210)};
    return colours[std::size_t(std::max(0, n - 1)) % std::size(colours)];
}

const QColor kRegionColour(56, 189, 248);     // SR and JSON regions
const QColor kAnnotationColour(170, 220, 90); // presentation-state graphics

// Centroid and bounding box (voxel coordinates) of every segment in a label volume.
struct SegmentPlace
{
    dicom::Vec3 centroid, lo, hi;
};

std::map<int, SegmentPlace> segmentPlaces(const ai::LabelVolume& lv)
{
    const auto& g = lv.geometry();
    std::map<int, std::array<double, 4>> sums;
    std::map<int, std::pair<dicom::Vec3, dicom::Vec3>> boxes;
    auto add = [&](int s, int i, int j, int k) {
        auto& a = sums[s];
        a[0] += i, a[1] += j, a[2] += k, a[3] += 1;
        const dicom::Vec3 v{double(i), double(j), double(k)};
        auto [it, fresh] = boxes.try_emplace(s, v, v);
        if (!fresh) {
            it->second.first = {std::min(it->second.first.x, v.x), std::min(it->second.first.y, v.y), std::min(it->second.first.z, v.z)};
            it->second.second = {std::max(it->second.second.x, v.x), std::max(it->second.second.y, v.y), std::max(it->second.second.z, v.z)};
        }
    };
    for (int k = 0; k < g.slices; ++k)
        for (int j = 0; j < g.rows; ++j)
            for (int i = 0; i < g.columns; ++i) {
                const std::size_t v = lv.index(i, j, k);
                for (int p = 0; p < lv.planeCount(); ++p) {
                    const int s = lv.plane(p)[v];
                    if (s == 0)
                        break;
                    add(s, i, j, k);
                }
            }
    for (int s : lv.segments())
        if (lv.isFractional(s))
            for (std::size_t v = 0; v < lv.voxels(); ++v)
                if (lv.probability(s)[v] > ai::LabelVolume::kFractionalThreshold) {
                    const int i = int(v % std::size_t(g.columns)), j = int((v / std::size_t(g.columns)) % std::size_t(g.rows));
                    add(s, i, j, int(v / (std::size_t(g.columns) * std::size_t(g.rows))));
                }
    std::map<int, SegmentPlace> out;
    for (const auto& [s, a] : sums)
        if (a[3] > 0)
            out[s] = {{a[0] / a[3], a[1] / a[3], a[2] / a[3]}, boxes[s].first, boxes[s].second};
    return out;
}

QString modelOf(const ai::Finding& f, const ai::AiObject& o)
{
    const ai::Source& s = f.source.modelName.isEmpty() ? o.source : f.source;
    return s.modelVersion.isEmpty() ? s.modelName : s.modelName + QLatin1Char(' ') + s.modelVersion;
}

} // namespace

FindingsController::FindingsController(QMainWindow* window, FindingsHost host)
    : QObject(window), m_window(window), m_host(std::move(host)), m_overlay(std::make_shared<AiOverlay>())
{
    m_dock = new QDockWidget(tr("AI Findings"), window);
    m_dock->setObjectName(QStringLiteral("findingsDock"));
    m_panel = new FindingsPanel(this, m_dock);
    m_dock->setWidget(m_panel);
    if (m_host.views)
        for (SliceView* v : m_host.views())
            v->setAiOverlay(m_overlay);
    connect(&m_readWatcher, &QFutureWatcher<AiFileRead>::finished, this, &FindingsController::onFilesRead);
}

FindingsController::~FindingsController() { m_readWatcher.waitForFinished(); }

bool FindingsController::busy() const
{
    // m_reading, not the watcher's state: a read still queued in the pool
    // (behind a scan or the DCMTK warm-up) is not running yet, and a read
    // that has finished has not been taken in until onFilesRead; either way
    // the panel was called settled while it still said "Looking for AI
    // results…".
    return m_awaitingCatalog || m_reading || m_building > 0 || (m_host.scanning && m_host.scanning());
}

void FindingsController::setCatalog(std::shared_ptr<const dicom::Catalog> catalog)
{
    ++m_generation;
    m_awaitingCatalog = false;
    m_catalog = std::move(catalog);
    m_objects.clear();
    m_read.clear();
    m_problems.clear();
    m_loaded.clear();
    m_bound.clear();
    m_hidden.clear();
    m_verdicts.clear();
    m_selected = {};
    m_pendingJump.reset();
    m_review = {};
    m_savedPath.clear();
    m_savedOnPacs = false;
    m_overlay->clear();
    // The read is under way before the panel is told: told first, it saw
    // nothing running and said "No AI results in this study" until the read
    // had its turn in the pool, which is after the pixel loads that started
    // with the scan (seen at 63 % of a large study). Ahead of the thumbnails
    // in the queue: it is small, and the radiologist waits for the list.
    auto c = m_catalog;
    m_reading = true;
    m_readWatcher.setFuture(QtConcurrent::task([c] { return readAiFiles(aiInputsOf(*c), *c); }).withPriority(1).spawn());
    emit objectsChanged();
    emit reviewChanged();
}

void FindingsController::onFilesRead()
{
    m_reading = false;
    AiFileRead read = m_readWatcher.result();
    m_problems = read.errors;
    // Studies the Guard refused were taken out of the catalog's studies but
    // their files are still scanned: their AI objects are patient data of
    // those studies and are neither listed nor counted.
    QSet<QString> shown, refused;
    for (const dicom::Study& study : m_catalog->studies)
        shown.insert(study.studyInstanceUid);
    for (const dicom::Instance& inst : m_catalog->instances)
        if (!shown.contains(inst.studyInstanceUid))
            refused.insert(inst.studyInstanceUid);
    for (std::size_t i = 0; i < read.objects.size(); ++i) {
        if (refused.contains(read.objects[i].studyInstanceUid))
            continue;
        LoadedAiObject o{std::move(read.objects[i]), read.matches[i], {}, {}, true};
        const QString what = tr("%1 \"%2\"").arg(ai::kindName(o.object.kind), o.object.source.modelName.isEmpty()
                                                                              ? QFileInfo(o.object.path).fileName()
                                                                              : o.object.source.modelName);
        if (o.match.seriesInstanceUid.isEmpty()) {
            m_problems << tr("%1 annotates images that are not in the open study; it is listed but cannot be shown.").arg(what);
        } else {
            // The largest stack of the matched series.
            for (const dicom::Study& study : m_catalog->studies)
                for (const dicom::Series& series : study.series)
                    if (series.seriesInstanceUid == o.match.seriesInstanceUid) {
                        const dicom::Stack* best = nullptr;
                        for (const dicom::Stack& st : series.stacks)
                            if (!best || st.frames.size() > best->frames.size())
                                best = &st;
                        if (best) {
                            o.stackKey = stackKeyOf(*best);
                            o.seriesLabel = QStringLiteral("%1 %2 %3").arg(best->modality).arg(best->seriesNumber).arg(best->seriesDescription).trimmed();
                        }
                    }
            if (!o.match.missingInstanceUids.isEmpty())
                m_problems << tr("%1 references %n image(s) Custos does not have.", nullptr, int(o.match.missingInstanceUids.size())).arg(what);
        }
        for (const QString& w : std::as_const(o.object.warnings))
            m_problems << what + QStringLiteral(": ") + w;
        m_objects.push_back(std::move(o));
    }
    m_read = m_objects;
    judgeModels();
    restoreSavedReview(read.reviews);
    for (const auto& [key, loaded] : m_loaded)
        startBuild(key);
    emit objectsChanged();
    emit reviewChanged();
    if (!busy())
        emit settled();
}

void FindingsController::setModelRegistry(governance::Registry registry)
{
    m_registry = std::move(registry);
    // What the former registry hid comes back to be judged by this one.
    for (const auto& [key, verdict] : m_verdicts)
        if (verdict.hidden)
            m_hidden.erase(key);
    m_verdicts.clear();
    if (m_reading || m_read.empty()) {
        judgeModels();
        emit objectsChanged();
        return;
    }
    // The study's objects are read and may be drawn already: judged afresh
    // from all of them (a model hidden before may be approved now). The
    // overlays built so far are bound to indices of m_objects, which the
    // judgement may shift: they follow their objects by UID.
    std::map<QString, bool> shown;
    for (const LoadedAiObject& o : m_objects)
        shown[o.object.sopInstanceUid] = o.visible;
    std::map<QString, std::map<QString, std::shared_ptr<const ai::LabelVolume>>> labels;
    std::map<QString, std::map<QString, std::shared_ptr<const ai::HeatmapVolume>>> heatmaps;
    for (const auto& [stackKey, bound] : m_bound) {
        for (const auto& [index, lv] : bound.labels)
            labels[stackKey][m_objects[std::size_t(index)].object.sopInstanceUid] = lv;
        for (const auto& [index, hm] : bound.heatmaps)
            heatmaps[stackKey][m_objects[std::size_t(index)].object.sopInstanceUid] = hm;
    }
    m_objects = m_read;
    for (LoadedAiObject& o : m_objects)
        if (auto it = shown.find(o.object.sopInstanceUid); it != shown.end())
            o.visible = it->second;
    judgeModels();
    bool missing = false; // an object drawn now that was not built on its stack
    for (auto& [stackKey, bound] : m_bound) {
        bound.labels.clear();
        bound.heatmaps.clear();
        for (std::size_t i = 0; i < m_objects.size(); ++i) {
            const LoadedAiObject& o = m_objects[i];
            if (o.stackKey != stackKey)
                continue;
            const QString& uid = o.object.sopInstanceUid;
            if (o.object.kind == ai::AiObjectKind::Segmentation) {
                const auto it = labels[stackKey].find(uid);
                if (it != labels[stackKey].end())
                    bound.labels[int(i)] = it->second;
                else
                    missing = true;
            } else if (o.object.kind == ai::AiObjectKind::ParametricMap) {
                const auto it = heatmaps[stackKey].find(uid);
                if (it != heatmaps[stackKey].end())
                    bound.heatmaps[int(i)] = it->second;
                else
                    missing = true;
            }
        }
    }
    // Builds under way were started on the former indices: started again.
    if (missing || m_building > 0) {
        ++m_generation;
        for (const auto& [key, loaded] : m_loaded)
            startBuild(key);
    }
    rebuildLayers();
    emit objectsChanged();
    emit displayChanged();
}

void FindingsController::judgeModels()
{
    // The model of each finding against the registry, as of today. Hidden
    // findings are not drawn (and an object all of whose findings are
    // hidden is not listed); greyed ones stay reviewable: the radiologist
    // sees them, and sees why they are not approved.
    m_verdicts.clear();
    if (!m_registry.configured)
        return;
    const QDate today = QDate::currentDate();
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        bool anyShown = it->object.findings.empty();
        for (const ai::Finding& f : it->object.findings) {
            const ai::Source model = governance::modelOf(it->object, f);
            const governance::Verdict v = governance::evaluate(m_registry, model, today);
            if (v.approved()) {
                anyShown = true;
                continue;
            }
            const ai::FindingKey key{it->object.sopInstanceUid, f.id};
            m_verdicts[key] = v;
            if (v.hidden)
                m_hidden.insert(key);
            else
                anyShown = true;
            const QString once = it->object.studyInstanceUid + QLatin1Char('\n') + model.modelName + QLatin1Char('\n') + model.modelVersion
                                 + QLatin1Char('\n') + governance::statusCode(v.status);
            if (m_host.record && !m_unapprovedRecorded.contains(once)) {
                m_unapprovedRecorded.insert(once);
                m_host.record(governance::unapprovedModelEvent(m_host.user, it->object.studyInstanceUid, model, v));
            }
        }
        it = anyShown ? it + 1 : m_objects.erase(it);
    }
}

const governance::Verdict* FindingsController::unapproved(const ai::FindingKey& key) const
{
    const auto it = m_verdicts.find(key);
    return it == m_verdicts.end() || it->second.hidden ? nullptr : &it->second;
}

bool FindingsController::hiddenByPolicy(const ai::FindingKey& key) const
{
    const auto it = m_verdicts.find(key);
    return it != m_verdicts.end() && it->second.hidden;
}

QStringList FindingsController::governanceNotices() const
{
    QStringList out;
    for (const auto& [key, v] : m_verdicts)
        if (!v.hidden && !out.contains(v.rule))
            out << v.rule;
    return out;
}

void FindingsController::volumeLoaded(const QString& stackKey, const dicom::Stack& stack, std::shared_ptr<const dicom::Volume> volume)
{
    if (!volume)
        return;
    auto it = m_loaded.find(stackKey);
    if (it != m_loaded.end() && it->second.second == volume)
        return;
    m_loaded[stackKey] = {stack, volume};
    if (!m_readWatcher.isRunning())
        startBuild(stackKey);
}

void FindingsController::volumeReleased(const QString& stackKey)
{
    m_loaded.erase(stackKey); // a build still running on it discards its result
    if (m_bound.erase(stackKey) > 0)
        rebuildLayers();
}

void FindingsController::startBuild(const QString& stackKey)
{
    const auto& [stack, volume] = m_loaded.at(stackKey);
    // The SEGs and maps of this stack are laid onto its grid; regions of any
    // object whose images are in this stack are placed on it too.
    std::vector<std::pair<int, ai::AiObjectKind>> jobs;
    for (std::size_t i = 0; i < m_objects.size(); ++i) {
        const auto kind = m_objects[i].object.kind;
        if (m_objects[i].stackKey == stackKey && (kind == ai::AiObjectKind::Segmentation || kind == ai::AiObjectKind::ParametricMap))
            jobs.emplace_back(int(i), kind);
    }
    std::vector<dicom::Source> paths; // files, or bytes retrieved from a PACS
    for (const auto& [i, kind] : jobs)
        paths.push_back(m_objects[std::size_t(i)].object.input());
    ++m_building;
    QPointer<FindingsController> self(this);
    auto catalog = m_catalog;
    const quint64 generation = m_generation;
    const dicom::Stack stackCopy = stack;
    auto vol = volume;
    (void)QtConcurrent::run([self, catalog, stackCopy, vol, jobs, paths, stackKey, generation] {
        auto bound = std::make_shared<Bound>();
        bound->volume = vol;
        bound->stackKey = stackKey;
        bound->grid = ai::targetGridOf(*catalog, stackCopy, *vol);
        for (std::size_t n = 0; n < jobs.size(); ++n) {
            const auto [index, kind] = jobs[n];
            if (kind == ai::AiObjectKind::Segmentation) {
                auto seg = ai::readSegmentation(paths[n], bound->grid);
                if (!seg) {
                    bound->problems << seg.errorMessage();
                    continue;
                }
                const QString uid = seg.value().object.sopInstanceUid;
                for (const auto& [s, place] : segmentPlaces(*seg.value().labels)) {
                    bound->centroids[{uid, QStringLiteral("seg:%1").arg(s)}] = place.centroid;
                    bound->extents[{uid, QStringLiteral("seg:%1").arg(s)}] = {place.lo, place.hi};
                }
                bound->labels[index] = seg.value().labels;
            } else {
                auto map = ai::readParametricMap(paths[n], bound->grid);
                if (!map) {
                    bound->problems << map.errorMessage();
                    continue;
                }
                bound->heatmaps[index] = map.value().heatmap;
            }
        }
        QMetaObject::invokeMethod(self, [self, bound, generation] {
            if (!self)
                return;
            --self->m_building;
            if (generation != self->m_generation)
                return;
            const auto settle = qScopeGuard([self] {
                if (self && !self->busy())
                    emit self->settled();
            });
            self->m_problems << bound->problems;
            const QString key = bound->stackKey;
            // Let go meanwhile (memory budget): what was built on it goes too.
            if (auto held = self->m_loaded.find(key); held == self->m_loaded.end() || held->second.second != bound->volume)
                return;
            self->m_bound[key] = std::move(*bound);
            self->rebuildLayers();
            emit self->objectsChanged();
            if (self->m_pendingJump) {
                const ai::FindingKey pending = *self->m_pendingJump;
                self->m_pendingJump.reset();
                self->jumpTo(pending);
            }
        }, Qt::QueuedConnection);
    });
}

const LoadedAiObject* FindingsController::objectOf(const ai::FindingKey& key) const
{
    for (const LoadedAiObject& o : m_objects)
        if (o.object.sopInstanceUid == key.objectUid)
            return &o;
    return nullptr;
}

const ai::Finding* FindingsController::finding(const ai::FindingKey& key) const
{
    if (const LoadedAiObject* o = objectOf(key))
        for (const ai::Finding& f : o->object.findings)
            if (f.id == key.findingId)
                return &f;
    return nullptr;
}

bool FindingsController::findingVisible(const ai::FindingKey& key) const
{
    const LoadedAiObject* o = objectOf(key);
    return o && o->visible && !m_hidden.count(key);
}

void FindingsController::setFindingVisible(const ai::FindingKey& key, bool visible)
{
    if (visible)
        m_hidden.erase(key);
    else
        m_hidden.insert(key);
    rebuildLayers();
    emit displayChanged();
}

void FindingsController::setObjectVisible(int object, bool visible)
{
    if (object < 0 || object >= int(m_objects.size()))
        return;
    m_objects[std::size_t(object)].visible = visible;
    rebuildLayers();
    emit displayChanged();
}

void FindingsController::setOverlaysShown(bool shown)
{
    m_overlay->setShown(shown);
    refreshViews();
    emit displayChanged();
}

bool FindingsController::overlaysShown() const { return m_overlay->shown(); }

void FindingsController::setStyle(const AiOverlayStyle& style)
{
    m_overlay->setStyle(style);
    refreshViews();
    emit displayChanged();
}

void FindingsController::select(const ai::FindingKey& key)
{
    m_selected = key;
    rebuildLayers();
    emit selectionChanged(key);
}

void FindingsController::refreshViews()
{
    if (m_host.views)
        for (SliceView* v : m_host.views())
            v->refreshOverlay();
}

void FindingsController::rebuildLayers()
{
    m_overlay->clear();
    for (const auto& [key, bound] : m_bound)
        m_overlay->setLayers(bound.volume.get(), layersFor(bound));
    refreshViews();
}

AiVolumeLayers FindingsController::layersFor(const Bound& bound) const
{
    AiVolumeLayers layers;
    const dicom::VolumeGeometry& g = bound.volume->geometry();
    for (const auto& [index, labels] : bound.labels) {
        const LoadedAiObject& o = m_objects[std::size_t(index)];
        AiSegmentLayer layer{labels, {}, o.object.source.modelName};
        for (const ai::Finding& f : o.object.findings) {
            if (f.kind != ai::FindingKind::Segment)
                continue;
            const ai::FindingKey key{o.object.sopInstanceUid, f.id};
            layer.model = modelOf(f, o.object);
            QColor colour = f.displayRgb ? QColor::fromRgbF(float(f.displayRgb->x), float(f.displayRgb->y), float(f.displayRgb->z))
                                         : paletteColour(f.segmentNumber);
            // Under 5 mL (a sphere of about 2 cm): small enough that a fill would hide it.
            const bool small = f.volumeMl > 0 && f.volumeMl < 5.0;
            layer.segments[f.segmentNumber] = {f.segmentNumber, colour, displayLabel(key), findingVisible(key),
                                               m_review.decision(key) == ai::ReviewDecision::Rejected, small, unapproved(key) != nullptr};
        }
        layers.segments.push_back(std::move(layer));
    }
    for (const auto& [index, heatmap] : bound.heatmaps) {
        const LoadedAiObject& o = m_objects[std::size_t(index)];
        bool visible = o.visible;
        bool notApproved = false;
        QString label = ai::kindName(o.object.kind), model = o.object.source.modelName;
        for (const ai::Finding& f : o.object.findings) {
            visible = visible && findingVisible({o.object.sopInstanceUid, f.id});
            notApproved = notApproved || unapproved({o.object.sopInstanceUid, f.id});
            label = f.label;
            model = modelOf(f, o.object);
        }
        layers.heatmaps.push_back({heatmap, label, model, visible, notApproved});
    }
    for (const LoadedAiObject& o : m_objects) {
        for (const ai::Finding& f : o.object.findings) {
            const ai::FindingKey key{o.object.sopInstanceUid, f.id};
            const ai::FindingReview* r = m_review.find(key);
            const bool previewed = m_preview && m_preview->first == key;
            const bool corrected = previewed || (r && r->decision == ai::ReviewDecision::Corrected);
            const ai::Correction& correction = previewed ? m_preview->second : r ? r->correction : ai::Correction{};
            const auto& regions2D = corrected && !correction.regions2D.empty() ? correction.regions2D : f.regions2D;
            const auto& regions3D = corrected && !correction.regions3D.empty() ? correction.regions3D : f.regions3D;
            AiShape base;
            base.label = corrected && !correction.label.isEmpty() ? correction.label : f.label;
            if (!f.measurements.empty()) {
                const ai::Measurement& m = corrected && !correction.measurements.empty() ? correction.measurements.front()
                                                                                          : f.measurements.front();
                base.label += QStringLiteral(" %1 %2").arg(m.value, 0, 'f', 1).arg(m.unit);
            }
            if (corrected)
                base.label += tr(" (corrected)");
            base.model = modelOf(f, o.object);
            base.colour = o.object.kind == ai::AiObjectKind::PresentationState ? kAnnotationColour : kRegionColour;
            base.visible = findingVisible(key);
            base.dimmed = m_review.decision(key) == ai::ReviewDecision::Rejected;
            base.selected = key == m_selected;
            base.unapproved = unapproved(key) != nullptr;
            base.id = key.objectUid + QLatin1Char('|') + key.findingId;
            for (const ai::Region2D& region : regions2D) {
                for (int k = 0; k < int(bound.grid.sopInstanceUids.size()); ++k) {
                    if (bound.grid.sopInstanceUids[k] != region.referencedSopInstanceUid)
                        continue;
                    if (region.referencedFrame > 0 && k < int(bound.grid.frameNumbers.size()) &&
                        bound.grid.frameNumbers[std::size_t(k)] != region.referencedFrame)
                        continue;
                    AiShape s = base;
                    s.type = region.type;
                    for (const auto& [c, row] : region.points)
                        s.points.push_back({c, row, double(k)});
                    layers.shapes.push_back(std::move(s));
                    break;
                }
            }
            const bool sameFrame = g.hasPatientGeometry;
            for (const ai::Region3D& region : regions3D) {
                if (!sameFrame || (!region.frameOfReferenceUid.isEmpty() && !bound.grid.frameOfReferenceUid.isEmpty() &&
                                   region.frameOfReferenceUid != bound.grid.frameOfReferenceUid))
                    continue;
                AiShape s = base;
                s.type = region.type;
                s.box3D = region.type == ai::GraphicType::Box;
                for (const dicom::Vec3& p : region.points)
                    s.points.push_back(patientToVoxel(g, p));
                layers.shapes.push_back(std::move(s));
            }
        }
    }
    return layers;
}

std::optional<dicom::Vec3> FindingsController::locate(const ai::FindingKey& key) const
{
    const LoadedAiObject* o = objectOf(key);
    const ai::Finding* f = finding(key);
    if (!o || !f)
        return std::nullopt;
    for (const auto& [stackKey, bound] : m_bound) {
        if (auto c = bound.centroids.find(key); c != bound.centroids.end())
            return c->second;
        // An SR measurement of a segment: where the segment is.
        if (!f->referencedSegmentationUid.isEmpty() && f->segmentNumber > 0)
            if (auto c = bound.centroids.find({f->referencedSegmentationUid, QStringLiteral("seg:%1").arg(f->segmentNumber)});
                c != bound.centroids.end())
                return c->second;
    }
    // Regions: the centre of the points as drawn.
    for (const auto& [stackKey, bound] : m_bound) {
        AiVolumeLayers layers = layersFor(bound);
        dicom::Vec3 sum;
        int n = 0;
        for (const AiShape& s : layers.shapes) {
            if (s.id != key.objectUid + QLatin1Char('|') + key.findingId)
                continue;
            for (const dicom::Vec3& p : s.points)
                sum = sum + p, ++n;
        }
        if (n > 0)
            return sum * (1.0 / n);
    }
    // A heatmap: its maximum.
    for (const auto& [stackKey, bound] : m_bound)
        for (const auto& [index, hm] : bound.heatmaps)
            if (&m_objects[std::size_t(index)] == o) {
                std::size_t best = 0;
                for (std::size_t v = 1; v < hm->voxels(); ++v)
                    if (hm->data()[v] > hm->data()[best])
                        best = v;
                const auto& g = hm->geometry();
                return dicom::Vec3{double(best % std::size_t(g.columns)), double((best / std::size_t(g.columns)) % std::size_t(g.rows)),
                                   double(best / (std::size_t(g.columns) * std::size_t(g.rows)))};
            }
    return std::nullopt;
}

std::optional<std::pair<dicom::Vec3, dicom::Vec3>> FindingsController::extentOf(const ai::FindingKey& key) const
{
    const ai::Finding* f = finding(key);
    if (!f)
        return std::nullopt;
    for (const auto& [stackKey, bound] : m_bound) {
        if (auto e = bound.extents.find(key); e != bound.extents.end())
            return e->second;
        if (!f->referencedSegmentationUid.isEmpty() && f->segmentNumber > 0)
            if (auto e = bound.extents.find({f->referencedSegmentationUid, QStringLiteral("seg:%1").arg(f->segmentNumber)});
                e != bound.extents.end())
                return e->second;
    }
    for (const auto& [stackKey, bound] : m_bound) {
        std::optional<std::pair<dicom::Vec3, dicom::Vec3>> box;
        for (const AiShape& s : layersFor(bound).shapes) {
            if (s.id != key.objectUid + QLatin1Char('|') + key.findingId)
                continue;
            for (const dicom::Vec3& p : s.points) {
                if (!box)
                    box = std::pair{p, p};
                box->first = {std::min(box->first.x, p.x), std::min(box->first.y, p.y), std::min(box->first.z, p.z)};
                box->second = {std::max(box->second.x, p.x), std::max(box->second.y, p.y), std::max(box->second.z, p.z)};
            }
        }
        if (box)
            return box;
    }
    return std::nullopt;
}

QString FindingsController::displayLabel(const ai::FindingKey& key) const
{
    if (m_preview && m_preview->first == key && !m_preview->second.label.isEmpty())
        return m_preview->second.label;
    if (const ai::FindingReview* r = m_review.find(key); r && r->decision == ai::ReviewDecision::Corrected && !r->correction.label.isEmpty())
        return r->correction.label;
    const ai::Finding* f = finding(key);
    return !f ? QString() : f->label.isEmpty() ? f->id : f->label;
}

void FindingsController::previewCorrection(const ai::FindingKey& key, std::optional<ai::Correction> correction)
{
    if (correction)
        m_preview = std::pair{key, std::move(*correction)};
    else
        m_preview.reset();
    rebuildLayers();
}

std::vector<ai::CodedConcept> FindingsController::findingClasses() const
{
    std::vector<ai::CodedConcept> out;
    for (const LoadedAiObject& o : m_objects)
        for (const ai::Finding& f : o.object.findings)
            if (!f.type.value.isEmpty() &&
                std::none_of(out.begin(), out.end(), [&](const ai::CodedConcept& c) { return c.value == f.type.value && c.scheme == f.type.scheme; }))
                out.push_back(f.type);
    return out;
}

QRect FindingsController::screenRect(const ai::FindingKey& key) const
{
    const LoadedAiObject* o = objectOf(key);
    if (!o || !m_host.views)
        return {};
    const auto bound = m_bound.find(o->stackKey);
    if (bound == m_bound.end())
        return {};
    const auto extent = extentOf(key);
    const auto centre = locate(key);
    QRect out;
    for (SliceView* v : m_host.views()) {
        if (v->volume() != bound->second.volume.get() || !v->isVisible())
            continue;
        QRectF box;
        if (extent) {
            const dicom::Vec3& lo = extent->first;
            const dicom::Vec3& hi = extent->second;
            for (double i : {lo.x, hi.x})
                for (double j : {lo.y, hi.y})
                    for (double k : {lo.z, hi.z}) {
                        const QPointF p = v->widgetPointForVoxel(i, j, k);
                        box = box.isNull() ? QRectF(p, QSizeF(1, 1)) : box.united(QRectF(p, QSizeF(1, 1)));
                    }
        } else if (centre) {
            box = QRectF(v->widgetPointForVoxel(centre->x, centre->y, centre->z), QSizeF(1, 1));
        }
        if (box.isNull())
            continue;
        // Some of the surroundings too: the radiologist compares with them.
        const QRect local = box.toAlignedRect().adjusted(-20, -20, 20, 20).intersected(v->rect());
        if (local.isEmpty())
            continue;
        const QRect global(v->mapToGlobal(local.topLeft()), local.size());
        out = out.isNull() ? global : out.united(global);
    }
    return out;
}

bool FindingsController::jumpTo(const ai::FindingKey& key)
{
    select(key);
    const LoadedAiObject* o = objectOf(key);
    if (!o || o->stackKey.isEmpty() || !m_host.views)
        return false;
    auto bound = m_bound.find(o->stackKey);
    auto shown = [&] {
        std::vector<SliceView*> views;
        if (bound != m_bound.end())
            for (SliceView* v : m_host.views())
                if (v->volume() == bound->second.volume.get())
                    views.push_back(v);
        return views;
    };
    if (shown().empty()) {
        if (!m_host.showStack || !m_host.showStack(o->stackKey))
            return false;
        bound = m_bound.find(o->stackKey);
        if (bound == m_bound.end() || shown().empty()) {
            m_pendingJump = key; // once its volume is loaded and the overlays are built
            return true;
        }
    }
    const auto where = locate(key);
    if (!where) {
        emit message(tr("This finding has no place on the images to go to."));
        return false;
    }
    const auto extent = extentOf(key);
    for (SliceView* v : shown()) {
        v->centreOnVoxel(*where);
        // The whole finding in view with some of its surroundings: a lung
        // is not cut off, a small nodule is not a speck.
        if (extent)
            v->zoomToFit(extent->first, extent->second);
    }
    return true;
}

} // namespace custos::ui

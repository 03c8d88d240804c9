// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/reading_marks_controller.h"

#include "core/audit/purpose.h"
#include "core/export/export_request.h"
#include "core/study/study_access.h"
#include "ui/compliance/compliance_context.h"
#include "ui/compliance/training_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/slice_view.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QShortcut>
#include <QStatusBar>
#include <QToolBar>

#include <map>
#include <optional>

namespace custos::ui {

namespace {

const QColor kKeyColour(255, 196, 40);

// The "KEY IMAGE" badge over a view whose current image is flagged. A
// see-through layer (like the watermark): the view itself is not changed.
class KeyImageBadge : public QWidget
{
public:
    KeyImageBadge(SliceView* view, const ReadingMarksController* marks) : QWidget(view), m_view(view), m_marks(marks)
    {
        setObjectName(QStringLiteral("keyImageBadge"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setGeometry(view->rect());
        view->installEventFilter(this);
        QObject::connect(view, &SliceView::sliceChanged, this, qOverload<>(&QWidget::update));
        raise();
        show();
    }

    // Where the badge goes: the top right corner under the view's own text
    // there (where readers look for a key image star), else the top left
    // under that corner's text, else the top centre.
    QRectF badgeRect() const
    {
        QFont f = font();
        f.setPixelSize(13);
        f.setBold(true);
        const QFontMetrics fm(f);
        const QSizeF size(fm.horizontalAdvance(label()) + 30, fm.height() + 10);
        std::vector<QRectF> avoid = m_view->textBoxes();
        std::erase(avoid, m_last); // its own box from the last paint
        const double w = width(), h = height();
        double right = 8, left = 8;
        for (const QRectF& b : avoid) {
            if (b.top() > h / 3)
                continue; // only the top corners' text counts here
            if (b.center().x() > w / 2)
                right = std::max(right, b.bottom() + 6);
            else
                left = std::max(left, b.bottom() + 6);
        }
        const QPointF candidates[] = {{w - size.width() - 8, right}, {8, left}, {(w - size.width()) / 2, 34}};
        for (const QPointF& at : candidates) {
            const QRectF r(at, size);
            if (std::none_of(avoid.begin(), avoid.end(), [&](const QRectF& b) { return b.adjusted(-3, -3, 3, 3).intersects(r); }))
                return r;
        }
        return QRectF(candidates[0], size);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::Resize) {
            setGeometry(m_view->rect());
            raise();
        }
        return false;
    }
    void paintEvent(QPaintEvent*) override
    {
        if (!m_marks->isKeyImage(m_view))
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QFont f = font();
        f.setPixelSize(13);
        f.setBold(true);
        p.setFont(f);
        const QRectF r = badgeRect();
        m_last = QRectF();
        QPainterPath path;
        path.addRoundedRect(r, 4, 4);
        p.fillPath(path, QColor(20, 20, 20, 200));
        p.setPen(QPen(kKeyColour, 1.5));
        p.drawPath(path);
        // A five-pointed star, then the words.
        const QPointF c(r.left() + 13, r.center().y());
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double radius = i % 2 ? 2.8 : 6.5, angle = -M_PI / 2 + i * M_PI / 5;
            star << c + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        p.setBrush(kKeyColour);
        p.setPen(Qt::NoPen);
        p.drawPolygon(star);
        p.setPen(kKeyColour);
        p.drawText(r.adjusted(24, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, label());
        m_view->addTextBox(r);
        m_last = r;
    }

private:
    static QString label() { return ReadingMarksController::tr("KEY IMAGE"); }
    SliceView* m_view;
    const ReadingMarksController* m_marks;
    mutable QRectF m_last;
};

// Measurement points are voxels (i, j, k); the presentation state's are
// pixels with (0, 0) at the top left corner of the top left pixel.
constexpr double kPixelCentre = 0.5;

exports::MarkedImage markedImage(const dicom::Catalog& catalog, const dicom::FrameRef& frame)
{
    const dicom::Instance& inst = catalog.instanceOf(frame);
    return {inst.sopClassUid, inst.sopInstanceUid, inst.seriesInstanceUid, frame.frame, inst.numberOfFrames > 1};
}

std::optional<int> sliceOf(const dicom::Catalog& catalog, const dicom::Stack& stack, const exports::MarkedImage& image)
{
    for (std::size_t k = 0; k < stack.frames.size(); ++k) {
        const dicom::Instance& inst = catalog.instanceOf(stack.frames[k]);
        if (inst.sopInstanceUid == image.sopInstanceUid && (inst.numberOfFrames <= 1 || stack.frames[k].frame == image.frame))
            return int(k);
    }
    return std::nullopt;
}

exports::ImageMark::Kind kindOf(Measurement::Kind k)
{
    switch (k) {
    case Measurement::Kind::Distance: return exports::ImageMark::Kind::Distance;
    case Measurement::Kind::Angle: return exports::ImageMark::Kind::Angle;
    case Measurement::Kind::Ellipse: return exports::ImageMark::Kind::Ellipse;
    case Measurement::Kind::Freehand: break;
    }
    return exports::ImageMark::Kind::Freehand;
}

Measurement::Kind kindOf(exports::ImageMark::Kind k)
{
    switch (k) {
    case exports::ImageMark::Kind::Distance: return Measurement::Kind::Distance;
    case exports::ImageMark::Kind::Angle: return Measurement::Kind::Angle;
    case exports::ImageMark::Kind::Ellipse: return Measurement::Kind::Ellipse;
    case exports::ImageMark::Kind::Freehand: break;
    }
    return Measurement::Kind::Freehand;
}

} // namespace

ReadingMarksController::ReadingMarksController(std::shared_ptr<const ComplianceContext> context, MainWindow* window)
    : QObject(window), m_context(std::move(context)), m_window(window)
{
    setObjectName(QStringLiteral("readingMarks"));
    m_bar = new QToolBar(tr("Reading"), window);
    m_bar->setObjectName(QStringLiteral("readingToolBar"));
    m_bar->setMovable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->setStyleSheet(QStringLiteral("QToolButton#keyImageButton:checked { background: #5c4508; color: #ffd54a; font-weight: bold; "
                                         "border: 1px solid #ffc428; border-radius: 3px; }"));
    m_keyAction = m_bar->addAction(QStringLiteral("★ ") + tr("Key Image") + QStringLiteral("  (K)"));
    m_keyAction->setObjectName(QStringLiteral("keyImageAction"));
    if (QWidget* button = m_bar->widgetForAction(m_keyAction))
        button->setObjectName(QStringLiteral("keyImageButton"));
    m_keyAction->setCheckable(true);
    m_keyAction->setToolTip(tr("Flag the image shown as a key image (K). Flagged images are saved as a Key Object Selection with "
                               "the marks, and File → Export… can export them alone."));
    m_bar->addWidget(new QLabel(QStringLiteral("  ") + tr("Title:") + QLatin1Char(' '), m_bar));
    m_titleBox = new QComboBox(m_bar);
    m_titleBox->setObjectName(QStringLiteral("keyImageTitle"));
    for (const exports::KeyImageTitle& t : exports::keyImageTitles())
        m_titleBox->addItem(t.meaning, t.code);
    m_titleBox->setToolTip(tr("The title of the key image document (DICOM CID 7010)."));
    m_bar->addWidget(m_titleBox);
    m_bar->addSeparator();
    m_saveAction = m_bar->addAction(tr("Save Marks") + QStringLiteral("  (Ctrl+S)"));
    m_saveAction->setObjectName(QStringLiteral("saveMarksAction"));
    m_saveAction->setToolTip(tr("Save the measurements and key images of this study with the study (as DICOM presentation "
                                "states and a key object selection). The site policy decides whether you may; it is recorded."));
    window->addToolBar(Qt::TopToolBarArea, m_bar);

    if (auto* file = window->findChild<QMenu*>(QStringLiteral("fileMenu"))) {
        QAction* before = file->actions().value(2);
        auto* save = new QAction(tr("Save &Marks with the Study") + QLatin1Char('\t')
                                     + QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText), this);
        connect(save, &QAction::triggered, this, &ReadingMarksController::save);
        file->insertAction(before, save);
    }
    if (auto* tools = window->findChild<QMenu*>(QStringLiteral("toolsMenu"))) {
        tools->addSeparator();
        tools->addAction(tr("&Key Image\tK"), this, &ReadingMarksController::toggleKeyImage);
    }
    connect(m_keyAction, &QAction::triggered, this, [this] { toggleKeyImage(); });
    connect(m_saveAction, &QAction::triggered, this, &ReadingMarksController::save);
    connect(m_titleBox, &QComboBox::currentIndexChanged, this, [this](int i) { m_title = std::max(0, i); });
    for (auto [keys, slot] : {std::pair{QKeySequence(Qt::Key_K), &ReadingMarksController::toggleKeyImage},
                              std::pair{QKeySequence(Qt::CTRL | Qt::Key_S), &ReadingMarksController::save}}) {
        auto* shortcut = new QShortcut(keys, window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, slot = slot] { (this->*slot)(); });
    }
    for (int i = 0; i < 4; ++i)
        if (SliceView* v = window->grid()->view(i)) {
            new KeyImageBadge(v, this);
            connect(v, &SliceView::sliceChanged, this, &ReadingMarksController::refresh);
        }
    connect(window->grid(), &ViewerGrid::activeViewChanged, this, &ReadingMarksController::refresh);
    connect(window->loader(), &StudyLoader::scanFinished, this, &ReadingMarksController::onScanFinished);
    refresh();
}

void ReadingMarksController::say(const QString& text, bool error)
{
    m_lastMessage = text;
    if (m_window)
        m_window->statusBar()->showMessage(text, 8000);
    emit message(text, error);
}

ReadingMarksController::Located ReadingMarksController::stackOf(const SliceView* view) const
{
    if (!m_window || !view || !view->volume())
        return {};
    StudyLoader* loader = m_window->loader();
    const QString key = loader->keyOf(view->volume());
    const auto catalog = loader->catalog();
    if (key.isEmpty() || !catalog)
        return {};
    for (std::size_t s = 0; s < catalog->studies.size(); ++s)
        for (std::size_t se = 0; se < catalog->studies[s].series.size(); ++se)
            for (std::size_t st = 0; st < catalog->studies[s].series[se].stacks.size(); ++st)
                if (loader->key({s, se, st}) == key)
                    return {&loader->stack({s, se, st}), key};
    return {};
}

std::vector<ReadingMarksController::Located> ReadingMarksController::stacksOfStudy(const QString& studyUid) const
{
    std::vector<Located> out;
    if (!m_window)
        return out;
    StudyLoader* loader = m_window->loader();
    const auto catalog = loader->catalog();
    if (!catalog)
        return out;
    for (std::size_t s = 0; s < catalog->studies.size(); ++s) {
        if (catalog->studies[s].studyInstanceUid != studyUid)
            continue;
        for (std::size_t se = 0; se < catalog->studies[s].series.size(); ++se)
            for (std::size_t st = 0; st < catalog->studies[s].series[se].stacks.size(); ++st)
                out.push_back({&loader->stack({s, se, st}), loader->key({s, se, st})});
    }
    return out;
}

std::optional<exports::MarkedImage> ReadingMarksController::imageShown(const SliceView* view) const
{
    const Located l = stackOf(view);
    // An oblique plane (MPR crosshair) is resliced: its slice number is no acquired frame.
    if (!l.stack || view->axis() != 2 || view->isOblique() || view->slice() < 0 || std::size_t(view->slice()) >= l.stack->frames.size())
        return std::nullopt;
    return markedImage(*m_window->loader()->catalog(), l.stack->frames[std::size_t(view->slice())]);
}

bool ReadingMarksController::isKeyImage(const SliceView* view) const
{
    const auto image = imageShown(view);
    if (!image)
        return false;
    const auto it = m_keys.constFind(stackOf(view).stack->studyInstanceUid);
    return it != m_keys.constEnd() && std::find(it->begin(), it->end(), *image) != it->end();
}

bool ReadingMarksController::toggleKeyImage()
{
    SliceView* view = m_window ? m_window->sliceView() : nullptr;
    const auto image = imageShown(view);
    if (!image) {
        say(view && view->volume() && (view->axis() != 2 || view->isOblique()) ? tr("A reformatted plane is not an acquired image: flag key images in the acquisition plane.")
                                                        : tr("Open a study first, then flag the image shown as a key image."),
            true);
        refresh();
        return false;
    }
    auto& keys = m_keys[stackOf(view).stack->studyInstanceUid];
    const auto it = std::find(keys.begin(), keys.end(), *image);
    const bool flagged = it == keys.end();
    if (flagged)
        keys.push_back(*image);
    else
        keys.erase(it);
    m_window->statusBar()->showMessage(flagged ? tr("Key image flagged (%n in this study). Save Marks keeps them with the study.", nullptr, int(keys.size()))
                                               : tr("Key image flag removed (%n left in this study).", nullptr, int(keys.size())),
                                       5000);
    refresh();
    return flagged;
}

int ReadingMarksController::keyImageCount(const QString& studyUid) const { return int(m_keys.value(studyUid).size()); }

QStringList ReadingMarksController::keyImageFiles(const QString& studyUid) const
{
    QStringList files;
    const auto catalog = m_window ? m_window->loader()->catalog() : nullptr;
    if (!catalog)
        return files;
    for (const exports::MarkedImage& image : m_keys.value(studyUid))
        for (const dicom::Instance& inst : catalog->instances)
            if (inst.sopInstanceUid == image.sopInstanceUid && inst.studyInstanceUid == studyUid && !inst.filePath.isEmpty())
                files << inst.filePath;
    files.removeDuplicates();
    return files;
}

void ReadingMarksController::setTitle(int index)
{
    m_title = std::clamp(index, 0, int(exports::keyImageTitles().size()) - 1);
    QSignalBlocker block(m_titleBox);
    m_titleBox->setCurrentIndex(m_title);
}

exports::KeyImageTitle ReadingMarksController::title() const { return exports::keyImageTitles()[std::size_t(m_title)]; }

void ReadingMarksController::refresh()
{
    if (!m_window)
        return;
    const bool key = isKeyImage(m_window->sliceView());
    QSignalBlocker block(m_keyAction);
    m_keyAction->setChecked(key);
    for (int i = 0; i < 4; ++i)
        if (SliceView* v = m_window->grid()->view(i))
            for (QWidget* badge : v->findChildren<QWidget*>(QStringLiteral("keyImageBadge"), Qt::FindDirectChildrenOnly))
                badge->update();
}

void ReadingMarksController::onScanFinished()
{
    const auto catalog = m_window ? m_window->loader()->catalog() : nullptr;
    if (!catalog)
        return;
    QStringList problems;
    int measurements = 0, keys = 0;
    for (const dicom::Study& s : catalog->studies) {
        if (m_restored.contains(s.studyInstanceUid))
            continue;
        m_restored.insert(s.studyInstanceUid);
        restore(s.studyInstanceUid, problems, measurements, keys);
    }
    if (!problems.isEmpty())
        say(tr("Some saved marks could not be read and were left as they are; the study is shown without them. %1").arg(problems.join(QLatin1Char(' '))),
            true);
    else if (measurements > 0 || keys > 0)
        say(tr("Your saved marks are back: %n measurement(s)", nullptr, measurements) + tr(" and %n key image(s).", nullptr, keys), false);
    for (int i = 0; i < 4; ++i)
        if (SliceView* v = m_window->grid()->view(i))
            v->update();
    refresh();
}

void ReadingMarksController::restore(const QString& studyUid, QStringList& problems, int& measurements, int& keyCount)
{
    const auto catalog = m_window->loader()->catalog();
    const std::vector<Located> stacks = stacksOfStudy(studyUid);
    auto applyKeys = [&](const exports::SavedKeyImages& read) {
        auto& keys = m_keys[studyUid];
        for (const exports::MarkedImage& image : read.images)
            for (const Located& l : stacks)
                if (auto k = sliceOf(*catalog, *l.stack, image)) {
                    const exports::MarkedImage known = markedImage(*catalog, l.stack->frames[std::size_t(*k)]);
                    if (std::find(keys.begin(), keys.end(), known) == keys.end()) {
                        keys.push_back(known);
                        ++keyCount;
                    }
                    break;
                }
        for (int i = 0; i < m_titleBox->count(); ++i)
            if (m_titleBox->itemData(i).toString() == read.title.code)
                setTitle(i);
    };
    auto applyMarks = [&](const exports::SavedMarks& read) {
        for (const exports::ImageMark& mark : read.marks)
            for (const Located& l : stacks) {
                const auto k = sliceOf(*catalog, *l.stack, mark.image);
                if (!k)
                    continue;
                Measurement m;
                m.kind = kindOf(mark.kind);
                m.axis = 2;
                m.slice = *k;
                for (const QPointF& p : mark.points)
                    m.points.push_back(dicom::Vec3{p.x() - kPixelCentre, p.y() - kPixelCentre, double(*k)});
                m_window->measurementsFor(l.key)->push_back(std::move(m));
                ++measurements;
                break;
            }
    };
    for (const QString& path : study::savedMarksFiles(*catalog, studyUid)) {
        const QString name = QFileInfo(path).fileName(); // UIDs only: the folder may name the patient
        if (name.startsWith(QLatin1String("KO_"))) {
            auto read = exports::readKeyObjectSelection(path);
            if (!read || read.value().studyInstanceUid != studyUid) {
                problems << tr("%1: %2").arg(name, read ? tr("it belongs to another study.") : read.errorMessage());
                continue;
            }
            applyKeys(read.value());
            continue;
        }
        auto read = exports::readPresentationState(path);
        if (!read || read.value().studyInstanceUid != studyUid) {
            problems << tr("%1: %2").arg(name, read ? tr("it belongs to another study.") : read.errorMessage());
            continue;
        }
        applyMarks(read.value());
    }
    // A study from a PACS: its marks are instances there, one set per save.
    // The newest key image list and the newest measurements of each series count.
    std::optional<exports::SavedKeyImages> newestKeys;
    std::map<QString, exports::SavedMarks> newestMarks; // by series
    for (const study::SavedMarksObject& o : study::savedMarksInMemory(*catalog, studyUid)) {
        const QString name = o.source.path(); // its SOP Instance UID
        if (o.keyImages) {
            auto read = exports::readKeyObjectSelection(o.source);
            if (!read || read.value().studyInstanceUid != studyUid) {
                problems << tr("%1: %2").arg(name, read ? tr("it belongs to another study.") : read.errorMessage());
                continue;
            }
            if (!newestKeys || read.value().created > newestKeys->created)
                newestKeys = std::move(read).value();
            continue;
        }
        auto read = exports::readPresentationState(o.source);
        if (!read || read.value().studyInstanceUid != studyUid) {
            problems << tr("%1: %2").arg(name, read ? tr("it belongs to another study.") : read.errorMessage());
            continue;
        }
        auto [it, added] = newestMarks.try_emplace(read.value().seriesInstanceUid, read.value());
        if (!added && read.value().created > it->second.created)
            it->second = std::move(read).value();
    }
    if (newestKeys)
        applyKeys(*newestKeys);
    for (const auto& [series, read] : newestMarks)
        applyMarks(read);
}

bool ReadingMarksController::save()
{
    if (!m_window)
        return false;
    const study::StackId shown = m_window->activeStack();
    const auto catalog = m_window->loader()->catalog();
    if (!shown.isValid() || !catalog) {
        say(tr("Open a study first, then save its marks."), true);
        return false;
    }
    const QString studyUid = shown.studyUid;
    const QString folder = study::savedMarksFolder(*catalog, studyUid);
    // A study opened from a PACS has no folder here: its marks go back to that PACS.
    const QString node = folder.isEmpty() && m_sendToPacs ? m_window->pacsOriginOf(studyUid) : QString();
    const bool toPacs = !node.isEmpty();
    if (folder.isEmpty() && !toPacs) {
        say(tr("This study has no folder of its own here (its files share no folder), so its marks cannot be saved with it. "
               "Nothing was saved."), true);
        return false;
    }

    // One presentation state per series, from the measurements on acquired images.
    const QString creator = m_context->identity().displayName.isEmpty() ? m_context->identity().userName : m_context->identity().displayName;
    std::map<QString, exports::SeriesMarks> perSeries;
    int reformats = 0, marks = 0;
    for (const Located& l : stacksOfStudy(studyUid)) {
        exports::SeriesMarks& s = perSeries[l.stack->seriesInstanceUid];
        s.studyInstanceUid = studyUid;
        s.seriesInstanceUid = l.stack->seriesInstanceUid;
        if (s.sourceFile.empty() && !l.stack->frames.empty())
            s.sourceFile = dicom::Source::of(catalog->instanceOf(l.stack->frames.front()));
        s.rows = l.stack->rows;
        s.columns = l.stack->columns;
        s.creator = creator;
        for (const dicom::FrameRef& f : l.stack->frames)
            s.images.push_back(markedImage(*catalog, f));
        const dicom::Volume* volume = nullptr;
        for (int i = 0; i < 4; ++i)
            if (SliceView* v = m_window->grid()->view(i); v->volume() && m_window->loader()->keyOf(v->volume()) == l.key)
                volume = v->volume();
        for (const Measurement& m : *m_window->measurementsFor(l.key)) {
            if (m.axis != 2) {
                ++reformats;
                continue;
            }
            if (m.slice < 0 || std::size_t(m.slice) >= l.stack->frames.size())
                continue;
            exports::ImageMark mark;
            mark.kind = kindOf(m.kind);
            mark.image = markedImage(*catalog, l.stack->frames[std::size_t(m.slice)]);
            for (const dicom::Vec3& p : m.points)
                mark.points.emplace_back(p.x + kPixelCentre, p.y + kPixelCentre);
            if (volume)
                mark.label = describe(*volume, m);
            s.marks.push_back(std::move(mark));
            ++marks;
        }
    }
    struct Pending
    {
        QString fileName;
        QByteArray bytes;
    };
    std::vector<Pending> pending;
    const QDir dir(folder);
    for (auto& [series, s] : perSeries) {
        const QString name = exports::presentationStateFileName(series);
        if (s.marks.empty() && (toPacs || !QFileInfo::exists(dir.filePath(name))))
            continue; // nothing measured here, nothing saved before (a PACS keeps what it was sent)
        auto bytes = exports::buildPresentationState(s);
        if (!bytes) {
            say(tr("Nothing was saved: %1").arg(bytes.errorMessage()), true);
            return false;
        }
        pending.push_back({name, std::move(bytes).value()});
    }
    const std::vector<exports::MarkedImage> keys = m_keys.value(studyUid);
    const QString koName = exports::keyObjectFileName(studyUid);
    const bool retireKeys = !toPacs && keys.empty() && QFileInfo::exists(dir.filePath(koName));
    if (!keys.empty()) {
        exports::KeyImages k;
        k.studyInstanceUid = studyUid;
        k.images = keys;
        k.title = title();
        k.creator = creator;
        for (const dicom::Instance& inst : catalog->instances)
            if (inst.sopInstanceUid == keys.front().sopInstanceUid)
                k.sourceFile = dicom::Source::of(inst);
        auto bytes = exports::buildKeyObjectSelection(k);
        if (!bytes) {
            say(tr("Nothing was saved: %1").arg(bytes.errorMessage()), true);
            return false;
        }
        pending.push_back({koName, std::move(bytes).value()});
    }
    if (pending.empty() && !retireKeys) {
        say(reformats > 0 ? tr("Measurements on reformatted planes are not saved (a presentation state marks acquired images); there is nothing else to save.")
                          : tr("There are no measurements or key images to save."),
            false);
        return false;
    }

    if (toPacs) {
        // SendToPacs through core/export (the Guard asked for the study, the
        // network off this thread, the outcome recorded); nothing on disk here.
        std::vector<pacs::StoreItem> items;
        for (Pending& p : pending)
            items.push_back({p.fileName, std::move(p.bytes)});
        say(tr("Sending the marks to the PACS \"%1\"…").arg(node), false);
        QPointer<ReadingMarksController> self(this);
        const int keyCount = int(keys.size());
        const QString titleMeaning = title().meaning;
        m_sendToPacs(node, std::move(items), [self, node, marks, keyCount, reformats, titleMeaning](const QString& problem) {
            if (!self)
                return;
            if (!problem.isEmpty()) {
                self->say(tr("The marks were not sent to the PACS \"%1\": %2 They are still here; save again to send them.").arg(node, problem), true);
                return;
            }
            QString text = tr("Sent to the PACS \"%1\" with the study: %n measurement(s)", nullptr, marks).arg(node)
                         + tr(" and %n key image(s) (%1).", nullptr, keyCount).arg(titleMeaning);
            if (reformats > 0)
                text += QLatin1Char(' ') + tr("%n measurement(s) on reformatted planes were not saved: a presentation state marks acquired images.", nullptr, reformats);
            self->say(text, false);
            emit self->sentToPacs();
        });
        return true;
    }

    // The Guard decides (and records) once for the whole save.
    policy::Subject subject;
    subject.studyUid = studyUid;
    for (const dicom::Instance& inst : catalog->instances)
        if (inst.studyInstanceUid == studyUid) {
            subject.patientId = inst.patientId; // for the audit trail: the study shown may be masked
            subject.patientName = inst.patientName;
            break;
        }
    subject.description = QStringLiteral("reading marks saved with the study: %1 measurement(s) in %2 presentation state(s), %3 key image(s) (%4)")
                              .arg(marks)
                              .arg(pending.size() - (keys.empty() ? 0 : 1))
                              .arg(keys.size())
                              .arg(title().meaning);
    const exports::TrainedDecision asked =
        exports::requestWithTraining(*m_context->guard, policy::Action::ExportDicom, subject, audit::purpose::saveReadingMarks,
                                     [this](const QString& module) { return completeTraining(m_window, *m_context, module); });
    if (asked.trainingNotCompleted) {
        say(tr("Nothing was saved: the training must be completed first."), true);
        return false;
    }
    if (!asked.decision.allowed()) {
        say(tr("Nothing was saved. %1").arg(asked.decision.reason), true);
        return false;
    }
    for (const Pending& p : pending) {
        auto written = exports::MarksWriter::write(asked.decision.permit.get(), studyUid, folder, p.fileName, p.bytes, m_context->audit);
        if (!written) {
            say(tr("The marks were not all saved: %1").arg(written.errorMessage()), true);
            return false;
        }
    }
    if (retireKeys)
        if (auto aside = exports::MarksWriter::setAside(asked.decision.permit.get(), studyUid, folder, koName); !aside) {
            say(aside.errorMessage(), true);
            return false;
        }
    QString text = tr("Saved with the study: %n measurement(s)", nullptr, marks) + tr(" and %n key image(s) (%1).", nullptr, int(keys.size())).arg(title().meaning);
    if (reformats > 0)
        text += QLatin1Char(' ') + tr("%n measurement(s) on reformatted planes were not saved: a presentation state marks acquired images.", nullptr, reformats);
    say(text, false);
    return true;
}

} // namespace custos::ui

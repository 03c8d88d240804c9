// SPDX-License-Identifier: Apache-2.0
#include "ui/findings/findings_panel.h"

#include "ui/findings/findings_controller.h"
#include "ui/findings/review_dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace custos::ui {

namespace {

constexpr int kObjectRole = Qt::UserRole;      // object index (object rows)
constexpr int kObjectUidRole = Qt::UserRole + 1; // finding rows
constexpr int kFindingIdRole = Qt::UserRole + 2;
constexpr int kUnapprovedRole = Qt::UserRole + 3; // the rule that greys the row; empty: approved

QIcon swatch(const QColor& c)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(c.darker(150), 1));
    p.setBrush(c);
    p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pm);
}

QString formatValue(const ai::Finding& f)
{
    QStringList parts;
    for (const ai::Measurement& m : f.measurements)
        parts << QStringLiteral("%1 %2").arg(m.value, 0, 'f', m.value < 10 ? 2 : 1).arg(m.unit);
    if (f.kind == ai::FindingKind::Segment && f.voxelCount > 0)
        parts << FindingsPanel::tr("%1 mL").arg(f.volumeMl, 0, 'f', f.volumeMl < 10 ? 2 : 1);
    if (f.confidence)
        parts << FindingsPanel::tr("%1 %").arg(*f.confidence * 100, 0, 'f', 0);
    // A narrow column wraps between the parts, never inside one ("2.15" on
    // one line and "mL" on the next), and the dot stays with the part before.
    for (QString& part : parts)
        part.replace(QLatin1Char(' '), QChar(0x00A0));
    return parts.join(QStringLiteral("\u00A0· "));
}

QString measurementsTip(const ai::Finding& f)
{
    QStringList lines;
    for (const ai::Measurement& m : f.measurements)
        lines << QStringLiteral("%1: %2 %3").arg(m.name.meaning.isEmpty() ? FindingsPanel::tr("Value") : m.name.meaning)
                     .arg(m.value, 0, 'f', 2)
                     .arg(m.unitMeaning.isEmpty() ? m.unit : m.unitMeaning);
    if (f.kind == ai::FindingKind::Segment)
        lines << FindingsPanel::tr("Volume: %1 mL (%2 voxels)").arg(f.volumeMl, 0, 'f', 2).arg(f.voxelCount);
    if (f.confidence)
        lines << FindingsPanel::tr("Confidence: %1 %").arg(*f.confidence * 100, 0, 'f', 1);
    for (const ai::QualitativeEvaluation& e : f.evaluations)
        lines << QStringLiteral("%1: %2").arg(e.name.meaning, e.answer.meaning);
    return lines.join(QLatin1Char('\n'));
}

QColor decisionColour(ai::ReviewDecision d)
{
    switch (d) {
    case ai::ReviewDecision::Accepted: return QColor(110, 200, 120);
    case ai::ReviewDecision::Rejected: return QColor(235, 100, 90);
    case ai::ReviewDecision::Corrected: return QColor(240, 190, 70);
    case ai::ReviewDecision::Pending: break;
    }
    return QColor(150, 155, 165);
}

QString decisionMark(ai::ReviewDecision d)
{
    switch (d) {
    case ai::ReviewDecision::Accepted: return QStringLiteral("✓ ");
    case ai::ReviewDecision::Rejected: return QStringLiteral("✗ ");
    case ai::ReviewDecision::Corrected: return QStringLiteral("✎ ");
    case ai::ReviewDecision::Pending: break;
    }
    return QStringLiteral("• ");
}

// QTreeView asks for row heights without a width ("option.rect.setWidth(-1)"),
// so wrapped text would keep one line's height: the delegate gives the style
// the width the cell really has.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeWidget* tree) : QStyledItemDelegate(tree), m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() > 1)
            return QStyledItemDelegate::sizeHint(option, index); // the review column is as wide as its words
        QStyleOptionViewItem o = option;
        int width = m_tree->columnWidth(index.column());
        if (index.column() == 0) {
            int depth = m_tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                ++depth;
            if (m_tree->isFirstColumnSpanned(index.row(), index.parent()))
                width = m_tree->viewport()->width();
            width -= m_tree->indentation() * depth;
        }
        o.rect = QRect(0, 0, std::max(1, width), std::max(1, o.rect.height()));
        return QStyledItemDelegate::sizeHint(o, index);
    }

private:
    QTreeWidget* m_tree;
};

} // namespace

FindingsPanel::FindingsPanel(FindingsController* controller, QWidget* parent) : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("findingsPanel"));
    setMinimumWidth(300); // with the series list and three MPR panes, a 1024 px screen still holds it all
    setStyleSheet(QStringLiteral(
        "QLabel#findingsSummary { color: #c8ccd2; font-weight: 600; }"
        "QLabel#findingsProblems { background: #5a3a12; color: #ffe2b8; padding: 4px 6px; border-radius: 3px; }"
        "QLabel#findingsGovernance { background: #3a3f47; color: #e6e8eb; padding: 4px 6px; border-radius: 3px; }"
        "QLabel#findingsReviewStatus { color: #9fd0ff; }"
        "QLabel#aiNote { color: #8a93a0; font-size: 11px; }"
        "QTreeWidget { background: #17181b; alternate-background-color: #1c1d21; border: 1px solid #2c2f35; }"
        "QTreeWidget::item { padding: 3px 0; }"
        "QPushButton#signReview { background: #2f6fb3; color: white; font-weight: 600; padding: 6px; border-radius: 4px; }"
        "QPushButton#signReview:disabled { background: #2a3a4c; color: #7d8794; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* note = new QLabel(tr("Results of AI software: confirm before relying on them."), this);
    note->setObjectName(QStringLiteral("aiNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("findingsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    layout->addWidget(m_problems);
    m_governance = new QLabel(this);
    m_governance->setObjectName(QStringLiteral("findingsGovernance"));
    m_governance->setWordWrap(true);
    m_governance->setVisible(false);
    layout->addWidget(m_governance);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Finding"), tr("Value"), tr("Review")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(true);
    // Nothing is cut: a name or a value that does not fit wraps between
    // words (and between a value's parts: "16.0 mm · 87 %"), rows grow.
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The value column is as wide as the widest single value part ("2218.1
    // mL ·" whole, never "2218.1…"), wider when whole values fit in a third of
    // the panel; the name takes the rest; the tree indents little.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_tree->setIndentation(12);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Wrapped rows take their height from their columns' widths: measured
    // again whenever a column changes.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); });
    layout->addWidget(m_tree, 1);

    // Display.
    auto* display = new QGridLayout;
    display->setHorizontalSpacing(8);
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(int(m_controller->style().opacity * 100));
    m_mode = new QComboBox(this);
    m_mode->addItems({tr("Filled"), tr("Contour")});
    m_threshold = new QSlider(Qt::Horizontal, this);
    m_threshold->setRange(0, 100);
    m_threshold->setValue(int(m_controller->style().heatmapThreshold * 100));
    m_labels = new QCheckBox(tr("Labels"), this);
    m_labels->setChecked(true);
    display->addWidget(new QLabel(tr("Opacity"), this), 0, 0);
    display->addWidget(m_opacity, 0, 1);
    display->addWidget(m_mode, 0, 2);
    display->addWidget(new QLabel(tr("Heatmap ≥"), this), 1, 0);
    display->addWidget(m_threshold, 1, 1);
    display->addWidget(m_labels, 1, 2);
    layout->addLayout(display);
    auto applyStyle = [this] {
        AiOverlayStyle s = m_controller->style();
        s.opacity = m_opacity->value() / 100.0;
        s.filled = m_mode->currentIndex() == 0;
        s.heatmapThreshold = m_threshold->value() / 100.0;
        s.labels = m_labels->isChecked();
        m_controller->setStyle(s);
    };
    connect(m_opacity, &QSlider::valueChanged, this, applyStyle);
    connect(m_threshold, &QSlider::valueChanged, this, applyStyle);
    connect(m_mode, &QComboBox::currentIndexChanged, this, applyStyle);
    connect(m_labels, &QCheckBox::toggled, this, applyStyle);

    // Review.
    auto* review = new QGridLayout;
    review->setSpacing(4);
    m_accept = new QPushButton(tr("Accept"), this);
    m_reject = new QPushButton(tr("Reject…"), this);
    m_correct = new QPushButton(tr("Correct…"), this);
    m_comment = new QPushButton(tr("Comment…"), this);
    m_reset = new QPushButton(tr("Undo"), this);
    m_accept->setToolTip(tr("The finding is right (A)"));
    m_accept->setShortcut(QKeySequence(Qt::Key_A));
    review->addWidget(m_accept, 0, 0);
    review->addWidget(m_reject, 0, 1);
    review->addWidget(m_correct, 0, 2);
    review->addWidget(m_comment, 1, 0);
    review->addWidget(m_reset, 1, 1);
    layout->addLayout(review);
    m_sign = new QPushButton(tr("Finish and Sign Review"), this);
    m_sign->setObjectName(QStringLiteral("signReview"));
    layout->addWidget(m_sign);
    m_reviewStatus = new QLabel(this);
    m_reviewStatus->setObjectName(QStringLiteral("findingsReviewStatus"));
    m_reviewStatus->setWordWrap(true);
    m_reviewStatus->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_reviewStatus, &QLabel::linkActivated, this, [this] { m_controller->openReviewTraining(); });
    layout->addWidget(m_reviewStatus);

    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (auto key = currentKey())
            if (auto r = m_controller->accept(*key); !r)
                showError(r.errorMessage());
    });
    connect(m_reject, &QPushButton::clicked, this, &FindingsPanel::rejectCurrent);
    connect(m_correct, &QPushButton::clicked, this, &FindingsPanel::correctCurrent);
    connect(m_comment, &QPushButton::clicked, this, &FindingsPanel::commentCurrent);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (auto key = currentKey())
            if (auto r = m_controller->resetDecision(*key); !r)
                showError(r.errorMessage());
    });
    connect(m_sign, &QPushButton::clicked, this, &FindingsPanel::finish);
    connect(m_tree, &QTreeWidget::itemChanged, this, &FindingsPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 0 && (item->flags() & Qt::ItemIsUserCheckable) && m_tree->visualItemRect(item).left() + 40 > m_tree->mapFromGlobal(QCursor::pos()).x())
            return; // a click on the check box toggles, it does not move
        if (auto key = currentKey())
            m_controller->jumpTo(*key);
    });
    connect(m_controller, &FindingsController::objectsChanged, this, &FindingsPanel::rebuild);
    connect(m_controller, &FindingsController::reviewChanged, this, &FindingsPanel::updateReviewState);
    connect(m_controller, &FindingsController::reviewSent, this, [this](const QString& text) {
        QMessageBox box(QMessageBox::Information, tr("Review signed"), text, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("reviewSent"));
        box.exec();
    });
    connect(m_controller, &FindingsController::reviewNotSent, this, &FindingsPanel::showError);
    rebuild();
}

QTreeWidgetItem* FindingsPanel::itemFor(const ai::FindingKey& key) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* item = top->child(c);
            if (item->data(0, kObjectUidRole).toString() == key.objectUid && item->data(0, kFindingIdRole).toString() == key.findingId)
                return item;
        }
    }
    return nullptr;
}

QString FindingsPanel::summaryText() const { return m_summary->text(); }
QString FindingsPanel::problemsText() const { return m_problems->isVisible() ? m_problems->text() : QString(); }
QString FindingsPanel::reviewStatusText() const { return m_reviewStatus->text(); }

std::optional<ai::FindingKey> FindingsPanel::currentKey() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, kFindingIdRole).toString().isEmpty())
        return std::nullopt;
    return ai::FindingKey{item->data(0, kObjectUidRole).toString(), item->data(0, kFindingIdRole).toString()};
}

void FindingsPanel::rebuild()
{
    m_rebuilding = true;
    m_tree->clear();
    const auto& objects = m_controller->objects();
    int findings = 0;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        const LoadedAiObject& o = objects[i];
        const ai::Source& s = o.object.source;
        QString model = s.modelName.isEmpty() ? QFileInfo(o.object.path).fileName() : s.modelName;
        if (!s.modelVersion.isEmpty())
            model += QLatin1Char(' ') + s.modelVersion;
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, QStringLiteral("%1 · %2").arg(ai::kindName(o.object.kind), model) +
                            (o.match.seriesInstanceUid.isEmpty() ? tr("  ⚠ images not in this study")
                                                                 : QStringLiteral("  →  ") + o.seriesLabel));
        top->setData(0, kObjectRole, int(i));
        top->setFlags(top->flags() | Qt::ItemIsUserCheckable);
        top->setCheckState(0, o.visible ? Qt::Checked : Qt::Unchecked);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setToolTip(0, tr("%1\nFile: %2\nAnnotates: %3%4")
                               .arg(model, QFileInfo(o.object.path).fileName(),
                                    o.match.seriesInstanceUid.isEmpty() ? tr("images not in the open study") : o.match.seriesInstanceUid,
                                    o.match.problem.isEmpty() ? QString() : QStringLiteral("\n") + o.match.problem));
        for (const ai::Finding& f : o.object.findings) {
            const ai::FindingKey key{o.object.sopInstanceUid, f.id};
            if (m_controller->hiddenByPolicy(key))
                continue;
            ++findings;
            auto* item = new QTreeWidgetItem(top);
            item->setData(0, kObjectUidRole, key.objectUid);
            item->setData(0, kFindingIdRole, key.findingId);
            item->setText(0, f.label.isEmpty() ? f.id : f.label);
            item->setText(1, formatValue(f));
            item->setToolTip(0, measurementsTip(f));
            item->setToolTip(1, measurementsTip(f));
            if (const governance::Verdict* v = m_controller->unapproved(key)) {
                // Greyed: the site has not approved the model that made it.
                item->setForeground(0, QColor(128, 132, 140));
                item->setForeground(1, QColor(128, 132, 140));
                item->setData(0, kUnapprovedRole, v->rule);
                item->setToolTip(0, tr("Not approved by this site: %1.").arg(v->rule) + QLatin1Char('\n') + measurementsTip(f));
            }
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_controller->findingVisible(key) ? Qt::Checked : Qt::Unchecked);
            // The colour it is drawn in on the image: grey when its model is not approved.
            const bool grey = m_controller->unapproved(key) != nullptr;
            if (f.displayRgb)
                item->setIcon(0, swatch(grey ? unapprovedSegmentColour(f.segmentNumber)
                                             : QColor::fromRgbF(float(f.displayRgb->x), float(f.displayRgb->y), float(f.displayRgb->z))));
            else if (!f.regions2D.empty() || !f.regions3D.empty())
                item->setIcon(0, swatch(grey ? unapprovedColour() : QColor(56, 189, 248)));
        }
        top->setExpanded(true);
        top->setFirstColumnSpanned(true);
    }
    m_summary->setText(objects.empty() ? (m_controller->busy()          ? tr("Looking for AI results…")
                                          : !m_controller->studyOpen() ? tr("No study is open.")
                                                                       : tr("No AI results in this study."))
                                       : tr("%n AI object(s)", nullptr, int(objects.size())) + QStringLiteral(" · ") +
                                             tr("%n finding(s)", nullptr, findings));
    const QStringList problems = m_controller->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    QStringList notices;
    for (const QString& rule : m_controller->governanceNotices())
        notices << tr("Greyed, not approved by this site: %1.").arg(rule);
    m_governance->setText(notices.join(QLatin1Char('\n')));
    m_governance->setVisible(!notices.isEmpty());
    m_rebuilding = false;
    updateReviewState();
    fitValueColumn();
}

int FindingsPanel::valueTextRoom(int columnWidth) const
{
    // The item's text margins as the style draws them (both sides), and a
    // little air so a value never touches the next column.
    const int margin = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
    return columnWidth - 2 * margin - 4;
}

void FindingsPanel::fitValueColumn()
{
    const QFontMetrics metrics(m_tree->font());
    int widestPart = 0, widestWhole = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString value = (*it)->text(1);
        if (value.isEmpty())
            continue;
        widestWhole = std::max(widestWhole, metrics.horizontalAdvance(value));
        for (const QString& part : value.split(QLatin1Char(' '))) // where it may wrap: formatValue
            widestPart = std::max(widestPart, metrics.horizontalAdvance(part));
    }
    const int extra = m_tree->columnWidth(1) - valueTextRoom(m_tree->columnWidth(1));
    int width = std::max(60, widestPart + extra);
    if (widestWhole + extra <= m_tree->viewport()->width() / 3)
        width = std::max(width, widestWhole + extra);
    if (width != m_tree->columnWidth(1))
        m_tree->setColumnWidth(1, width);
}

void FindingsPanel::updateReviewState()
{
    m_rebuilding = true;
    const ai::Review& review = m_controller->review();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* item = top->child(c);
            const ai::FindingKey key{item->data(0, kObjectUidRole).toString(), item->data(0, kFindingIdRole).toString()};
            const ai::FindingReview* r = review.find(key);
            const ai::ReviewDecision d = r ? r->decision : ai::ReviewDecision::Pending;
            QString text = decisionMark(d) + ai::decisionName(d);
            QString tip = ai::decisionName(d);
            if (r) {
                if (d == ai::ReviewDecision::Rejected)
                    tip += QStringLiteral(": ") + (r->reasonText.isEmpty() ? ai::rejectReasonName(r->reason) : r->reasonText);
                if (!r->comment.isEmpty()) {
                    text += QStringLiteral(" 💬");
                    tip += QStringLiteral("\n") + tr("Comment: %1").arg(r->comment);
                }
                if (!r->reviewer.isEmpty())
                    tip += QStringLiteral("\n") + tr("By %1, %2").arg(r->reviewer.displayName, r->time.toLocalTime().toString(Qt::ISODate));
            }
            // A corrected name, with what the AI called it.
            if (const ai::Finding* f = m_controller->finding(key)) {
                const QString said = f->label.isEmpty() ? f->id : f->label, shown = m_controller->displayLabel(key);
                item->setText(0, shown == said ? shown : tr("%1 (AI: %2)").arg(shown, said));
                if (r && d == ai::ReviewDecision::Corrected && r->correction.findingType)
                    tip += QStringLiteral("\n") + tr("Class: %1").arg(r->correction.findingType->meaning);
            }
            item->setText(2, text);
            item->setForeground(2, decisionColour(d));
            item->setToolTip(2, tip);
            QFont f = item->font(0);
            f.setStrikeOut(d == ai::ReviewDecision::Rejected);
            item->setFont(0, f);
        }
    }
    int pending = 0, total = 0;
    for (const LoadedAiObject& o : m_controller->objects())
        total += int(o.object.findings.size());
    pending = int(review.pending(m_controller->aiObjects()).size());
    QString status;
    if (!m_controller->reviewAllowed()) {
        status = m_controller->reviewDeniedReason().isEmpty() ? tr("You may look at the findings but not review them.")
                                                              : m_controller->reviewDeniedReason();
        // The way to the training, where the hint names it: a real link.
        if (m_controller->reviewTrainingOffered())
            status = status.toHtmlEscaped() + QStringLiteral(" <a href=\"#training\" style=\"color: #9fd0ff;\">%1</a>").arg(tr("Open the training now"));
    }
    else if (m_controller->sending())
        status = tr("Review signed by %1. Sending it to the PACS \"%2\"…")
                     .arg(review.signature()->reviewer.displayName, m_controller->reviewPacsNode());
    else if (review.isSigned())
        status = tr("Review signed by %1.").arg(review.signature()->reviewer.displayName) +
                 (m_controller->savedReviewPath().isEmpty() ? QString()
                  : m_controller->savedOnPacs()   ? QStringLiteral("\n") + tr("Sent to the PACS \"%1\".").arg(m_controller->savedReviewPath())
                                                  : QStringLiteral("\n") + tr("Saved as %1").arg(m_controller->savedReviewPath()));
    else if (total > 0)
        status = tr("Reviewed %1 of %2.").arg(total - pending).arg(total);
    m_reviewStatus->setText(status);
    m_rebuilding = false;
    updateButtons();
}

void FindingsPanel::updateButtons()
{
    const bool allowed = m_controller->reviewAllowed();
    const bool signedReview = m_controller->review().isSigned();
    const bool haveFinding = currentKey().has_value();
    for (QPushButton* b : {m_accept, m_reject, m_correct, m_comment, m_reset}) {
        b->setEnabled(allowed && !signedReview && haveFinding);
        b->setToolTip(allowed ? QString() : m_controller->reviewDeniedReason());
    }
    m_sign->setEnabled(allowed && !signedReview && !m_controller->objects().empty());
}

void FindingsPanel::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_rebuilding || column != 0)
        return;
    const bool on = item->checkState(0) == Qt::Checked;
    if (item->data(0, kFindingIdRole).toString().isEmpty())
        m_controller->setObjectVisible(item->data(0, kObjectRole).toInt(), on);
    else
        m_controller->setFindingVisible({item->data(0, kObjectUidRole).toString(), item->data(0, kFindingIdRole).toString()}, on);
}

void FindingsPanel::showError(const QString& text)
{
    m_reviewStatus->setText(text);
    QMessageBox::warning(this, tr("Review"), text);
}

void FindingsPanel::rejectCurrent()
{
    const auto key = currentKey();
    if (!key)
        return;
    RejectDialog dialog(this);
    placeAwayFrom(&dialog, m_controller->screenRect(*key));
    emit rejectDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_controller->reject(*key, dialog.reason(), dialog.text()); !r)
        showError(r.errorMessage());
}

void FindingsPanel::correctCurrent()
{
    const auto key = currentKey();
    const ai::Finding* f = key ? m_controller->finding(*key) : nullptr;
    if (!f)
        return;
    CorrectDialog dialog(*f, m_controller->findingClasses(), this);
    // The corrected region is drawn on the image as it is edited, and the
    // dialog stands beside the lesion, never on it.
    connect(&dialog, &CorrectDialog::changed, this, [this, &dialog, k = *key] { m_controller->previewCorrection(k, dialog.correction()); });
    placeAwayFrom(&dialog, m_controller->screenRect(*key));
    emit correctDialogOpened(&dialog);
    const int answer = dialog.exec();
    m_controller->previewCorrection(*key, std::nullopt);
    if (answer != QDialog::Accepted)
        return;
    if (auto r = m_controller->correct(*key, dialog.correction()); !r)
        showError(r.errorMessage());
}

void FindingsPanel::commentCurrent()
{
    const auto key = currentKey();
    if (!key)
        return;
    const ai::FindingReview* r = m_controller->review().find(*key);
    bool ok = false;
    const QString text = askComment(this, r ? r->comment : QString(), &ok);
    if (!ok)
        return;
    if (auto result = m_controller->comment(*key, text); !result)
        showError(result.errorMessage());
}

void FindingsPanel::finish()
{
    // What is about to be signed, and a last chance not to: once signed,
    // the decisions cannot be changed.
    const ai::Review& review = m_controller->review();
    int total = 0;
    for (const LoadedAiObject& o : m_controller->objects())
        total += int(o.object.findings.size());
    const int pending = int(review.pending(m_controller->aiObjects()).size());
    if (pending > 0) {
        showError(tr("Findings still waiting for a decision: %1. Decide on each before signing.").arg(pending));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Finish and Sign Review"),
                    tr("Sign the review of %1 AI findings as %2?").arg(total).arg(m_controller->reviewerName()), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("signConfirmation"));
    box.setInformativeText(tr("Accepted: %1\nRejected: %2\nCorrected: %3\n\nOnce signed, the decisions cannot be changed. The review is "
                              "saved as a DICOM SR next to the study.")
                               .arg(review.count(ai::ReviewDecision::Accepted))
                               .arg(review.count(ai::ReviewDecision::Rejected))
                               .arg(review.count(ai::ReviewDecision::Corrected)));
    const QString pacsNode = m_controller->reviewPacsNode();
    if (!pacsNode.isEmpty())
        // A study opened from a PACS has no folder here: its review goes back where the study came from.
        box.setInformativeText(tr("Accepted: %1\nRejected: %2\nCorrected: %3\n\nOnce signed, the decisions cannot be changed. The "
                                  "review is sent as a DICOM SR to the PACS \"%4\" the study came from; nothing is saved on this "
                                  "computer.")
                                   .arg(review.count(ai::ReviewDecision::Accepted))
                                   .arg(review.count(ai::ReviewDecision::Rejected))
                                   .arg(review.count(ai::ReviewDecision::Corrected))
                                   .arg(pacsNode));
    QPushButton* sign = box.addButton(tr("Sign"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    emit signConfirmationOpened(&box);
    box.exec();
    if (box.clickedButton() != sign)
        return;
    if (!pacsNode.isEmpty()) {
        // The outcome comes later (reviewSent / reviewNotSent): the network is not waited for here.
        if (auto sent = m_controller->finishAndSend(); !sent)
            showError(sent.errorMessage());
        return;
    }
    auto r = m_controller->finishAndSign();
    if (!r) {
        showError(r.errorMessage());
        return;
    }
    QMessageBox::information(this, tr("Review signed"), tr("The signed review was saved as a DICOM SR:\n%1").arg(r.value()));
}

void FindingsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitValueColumn();
}

} // namespace custos::ui

// SPDX-License-Identifier: Apache-2.0
#include "ui/findings/review_dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace custos::ui {

RejectDialog::RejectDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Reject AI Finding"));
    setObjectName(QStringLiteral("rejectDialog"));
    auto* form = new QFormLayout(this);
    m_reason = new QComboBox(this);
    for (ai::RejectReason r : ai::rejectReasons())
        m_reason->addItem(ai::rejectReasonName(r), int(r));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Optional; required for \"Other\""));
    m_text->setMinimumWidth(fontMetrics().horizontalAdvance(m_text->placeholderText()) + 40);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Details"), m_text);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #ff8a80; }"));
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RejectDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, m_error, &QLabel::clear);
    form->addRow(buttons);
    setMinimumWidth(480);
}

void RejectDialog::setReason(ai::RejectReason reason) { m_reason->setCurrentIndex(m_reason->findData(int(reason))); }
void RejectDialog::setText(const QString& text) { m_text->setText(text); }
QString RejectDialog::errorText() const { return m_error->text(); }

bool RejectDialog::submit()
{
    // Said here, with the dialog still open, not after it has closed.
    if (reason() == ai::RejectReason::Other && text().isEmpty()) {
        m_error->setText(tr("Say in a few words why the finding is wrong: \"Other\" needs details."));
        m_text->setFocus();
        return false;
    }
    accept();
    return true;
}

ai::RejectReason RejectDialog::reason() const { return ai::RejectReason(m_reason->currentData().toInt()); }
QString RejectDialog::text() const { return m_text->text().trimmed(); }

namespace {

// Classes a chest CT finding is often corrected to (SNOMED CT), offered
// besides the AI's own and those of the study's other findings.
struct CommonClass
{
    const char* value;
    const char* meaning;
};
constexpr CommonClass kCommonClasses[] = {
    {"27925004", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Nodule")},
    {"4147007", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Mass")},
    {"108369006", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Neoplasm")},
    {"59441001", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Lymph node")},
    {"12402003", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Scar")},
    {"46621007", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Atelectasis")},
    {"95436008", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Lung consolidation")},
    {"60046008", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Pleural effusion")},
    {"36118008", QT_TRANSLATE_NOOP("custos::ui::CorrectDialog", "Pneumothorax")},
};

// What a person reads for a class: ours translated, a file's as it says.
QString className(const ai::CodedConcept& c)
{
    for (const CommonClass& k : kCommonClasses)
        if (c.value == QLatin1String(k.value) && (c.scheme == QLatin1String("SCT") || c.scheme == QLatin1String("SRT")))
            return CorrectDialog::tr(k.meaning);
    return c.meaning.isEmpty() ? c.value : c.meaning;
}

bool sameClass(const ai::CodedConcept& a, const ai::CodedConcept& b)
{
    return (a.value == b.value && a.scheme == b.scheme) || (!a.meaning.isEmpty() && a.meaning.compare(b.meaning, Qt::CaseInsensitive) == 0);
}

QDoubleSpinBox* spinBox(QWidget* parent, double value, int decimals, double range)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(-range, range);
    spin->setDecimals(decimals);
    spin->setValue(value);
    return spin;
}

} // namespace

CorrectDialog::CorrectDialog(const ai::Finding& finding, const std::vector<ai::CodedConcept>& classes, QWidget* parent)
    : QDialog(parent), m_finding(finding)
{
    setWindowTitle(tr("Correct AI Finding"));
    setObjectName(QStringLiteral("correctDialog"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b>: change what the AI got wrong; everything else stays as the AI said. "
                                "A finding that is wrong altogether is rejected, not corrected.")
                                 .arg((finding.label.isEmpty() ? finding.id : finding.label).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    // The class: the AI's first, then the study's, then common ones.
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("correctClass"));
    auto offer = [this](const ai::CodedConcept& c) {
        if (c.value.isEmpty() && c.meaning.isEmpty())
            return;
        for (const ai::CodedConcept& known : m_classes)
            if (sameClass(known, c))
                return;
        m_classes.push_back(c);
    };
    // The first entry is always the AI's own class, even when it gave none:
    // left there, the class is not corrected.
    m_classes.push_back(finding.type);
    for (const ai::CodedConcept& c : classes)
        offer(c);
    for (const CommonClass& k : kCommonClasses)
        offer({QString::fromLatin1(k.value), QStringLiteral("SCT"), QString::fromLatin1(k.meaning)});
    const bool aiGaveOne = !finding.type.value.isEmpty() || !finding.type.meaning.isEmpty();
    for (std::size_t i = 0; i < m_classes.size(); ++i)
        m_class->addItem(i > 0 ? className(m_classes[i])
                         : aiGaveOne ? tr("%1 (as the AI said)").arg(className(m_classes[i]))
                                     : tr("None given by the AI"));
    form->addRow(tr("Finding class"), m_class);
    m_label = new QLineEdit(finding.label, this);
    m_label->setObjectName(QStringLiteral("correctLabel"));
    form->addRow(tr("Shown as"), m_label);
    // A new class names the finding, unless its name was edited by hand.
    connect(m_class, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_label->isModified() && i >= 0 && std::size_t(i) < m_classes.size())
            m_label->setText(i == 0 ? m_finding.label : className(m_classes[std::size_t(i)]));
        emit changed();
    });
    connect(m_label, &QLineEdit::textChanged, this, &CorrectDialog::changed);

    m_measurements = finding.measurements;
    if (m_measurements.empty() && finding.kind == ai::FindingKind::Segment && finding.volumeMl > 0) {
        ai::Measurement volume;
        volume.name = {QStringLiteral("118565006"), QStringLiteral("SCT"), QStringLiteral("Volume")};
        volume.value = finding.volumeMl;
        volume.unit = QStringLiteral("mL");
        volume.unitMeaning = QStringLiteral("milliliter");
        m_measurements.push_back(volume);
    }
    for (const ai::Measurement& m : m_measurements) {
        auto* spin = spinBox(this, m.value, 2, 1e6);
        spin->setSuffix(QLatin1Char(' ') + m.unit);
        m_values.push_back(spin);
        form->addRow(m.name.meaning.isEmpty() ? tr("Value") : m.name.meaning, spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CorrectDialog::changed);
    }

    // The region, in pixels of the image it is drawn on.
    for (std::size_t n = 0; n < finding.regions2D.size(); ++n) {
        const ai::Region2D& r = finding.regions2D[n];
        if (r.points.empty())
            continue;
        m_region = int(n);
        QStringList names;
        std::vector<double> values;
        if (r.type == ai::GraphicType::Box && r.points.size() == 2) {
            names = {tr("Box left (column)"), tr("Box top (row)"), tr("Box right (column)"), tr("Box bottom (row)")};
            values = {r.points[0].first, r.points[0].second, r.points[1].first, r.points[1].second};
        } else if (r.type == ai::GraphicType::Point) {
            names = {tr("Point column"), tr("Point row")};
            values = {r.points[0].first, r.points[0].second};
        } else {
            m_shift = true;
            names = {tr("Move right by (pixels)"), tr("Move down by (pixels)")};
            values = {0.0, 0.0};
        }
        for (int i = 0; i < names.size(); ++i) {
            auto* spin = spinBox(this, values[std::size_t(i)], 1, 1e5);
            m_corners.push_back(spin);
            form->addRow(names[i], spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &CorrectDialog::changed);
        }
        break;
    }
    if (m_region < 0 && finding.kind == ai::FindingKind::Segment) {
        auto* note = new QLabel(tr("The outline of a segment is not redrawn here: if it marks the wrong place, reject the finding "
                                   "as \"Wrong location\"."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Correction"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(440);
}

int CorrectDialog::classCount() const { return int(m_classes.size()); }

bool CorrectDialog::setFindingClass(const QString& meaning)
{
    for (std::size_t i = 0; i < m_classes.size(); ++i)
        if (m_classes[i].meaning.compare(meaning, Qt::CaseInsensitive) == 0 || className(m_classes[i]) == meaning) {
            m_class->setCurrentIndex(int(i));
            return true;
        }
    return false;
}

void CorrectDialog::setLabel(const QString& label)
{
    m_label->setText(label);
    m_label->setModified(true);
}

void CorrectDialog::setMeasurement(int index, double value)
{
    if (index >= 0 && std::size_t(index) < m_values.size())
        m_values[std::size_t(index)]->setValue(value);
}

void CorrectDialog::moveRegion(double columns, double rows)
{
    if (m_corners.empty())
        return;
    if (m_shift) {
        m_corners[0]->setValue(m_corners[0]->value() + columns);
        m_corners[1]->setValue(m_corners[1]->value() + rows);
        return;
    }
    for (std::size_t i = 0; i < m_corners.size(); ++i)
        m_corners[i]->setValue(m_corners[i]->value() + (i % 2 == 0 ? columns : rows));
}

ai::Correction CorrectDialog::correction() const
{
    ai::Correction c;
    const int chosen = m_class->currentIndex();
    if (chosen > 0 && std::size_t(chosen) < m_classes.size() && !sameClass(m_classes[std::size_t(chosen)], m_finding.type))
        c.findingType = m_classes[std::size_t(chosen)];
    if (const QString label = m_label->text().trimmed(); !label.isEmpty() && label != m_finding.label)
        c.label = label;
    for (std::size_t i = 0; i < m_measurements.size(); ++i) {
        if (m_values[i]->value() == m_measurements[i].value)
            continue;
        ai::Measurement m = m_measurements[i];
        m.value = m_values[i]->value();
        c.measurements.push_back(m);
    }
    if (m_region >= 0 && !m_corners.empty()) {
        const ai::Region2D& r = m_finding.regions2D[std::size_t(m_region)];
        ai::Region2D edited = r;
        if (m_shift) {
            for (auto& [column, row] : edited.points)
                column += m_corners[0]->value(), row += m_corners[1]->value();
        } else if (m_corners.size() == 4) {
            edited.points = {{m_corners[0]->value(), m_corners[1]->value()}, {m_corners[2]->value(), m_corners[3]->value()}};
        } else {
            edited.points = {{m_corners[0]->value(), m_corners[1]->value()}};
        }
        if (edited.points != r.points)
            c.regions2D.push_back(edited);
    }
    return c;
}

void placeAwayFrom(QWidget* dialog, const QRect& avoid)
{
    if (avoid.isEmpty())
        return;
    dialog->adjustSize();
    QScreen* screen = QGuiApplication::screenAt(avoid.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect area = screen->availableGeometry();
    const QSize size = dialog->frameGeometry().size().expandedTo(dialog->size());
    const int gap = 24;
    const QRect keepClear = avoid.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
    auto fit = [&](QPoint p) {
        p.setX(std::clamp(p.x(), area.left(), std::max(area.left(), area.right() - size.width())));
        p.setY(std::clamp(p.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
        return QRect(p, size);
    };
    const int midY = avoid.center().y() - size.height() / 2, midX = avoid.center().x() - size.width() / 2;
    const QRect candidates[] = {fit({avoid.right() + gap, midY}), fit({avoid.left() - gap - size.width(), midY}),
                                fit({midX, avoid.bottom() + gap}), fit({midX, avoid.top() - gap - size.height()})};
    QRect best = candidates[0];
    qint64 bestOverlap = -1;
    for (const QRect& c : candidates) {
        const QRect overlap = c.intersected(keepClear);
        const qint64 area2 = overlap.isEmpty() ? 0 : qint64(overlap.width()) * overlap.height();
        if (bestOverlap < 0 || area2 < bestOverlap)
            best = c, bestOverlap = area2;
        if (area2 == 0)
            break;
    }
    dialog->move(best.topLeft());
}

QString askComment(QWidget* parent, const QString& current, bool* ok)
{
    return QInputDialog::getMultiLineText(parent, QDialog::tr("Comment on AI Finding"), QDialog::tr("Comment"), current, ok);
}

} // namespace custos::ui

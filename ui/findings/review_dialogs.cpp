// SPDX-License-Identifier: Apache-2.0
#include "ui/findings/review_dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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

CorrectDialog::CorrectDialog(const ai::Finding& finding, QWidget* parent) : QDialog(parent), m_finding(finding)
{
    setWindowTitle(tr("Correct AI Finding"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("<b>%1</b> — enter the values you measured.").arg(finding.label.toHtmlEscaped()), this));
    m_measurements = finding.measurements;
    if (m_measurements.empty() && finding.kind == ai::FindingKind::Segment) {
        ai::Measurement volume;
        volume.name = {QStringLiteral("118565006"), QStringLiteral("SCT"), QStringLiteral("Volume")};
        volume.value = finding.volumeMl;
        volume.unit = QStringLiteral("mL");
        volume.unitMeaning = QStringLiteral("milliliter");
        m_measurements.push_back(volume);
    }
    for (const ai::Measurement& m : m_measurements) {
        auto* spin = new QDoubleSpinBox(this);
        spin->setRange(-1e6, 1e6);
        spin->setDecimals(2);
        spin->setValue(m.value);
        spin->setSuffix(QLatin1Char(' ') + m.unit);
        m_values.push_back(spin);
        form->addRow(m.name.meaning.isEmpty() ? tr("Value") : m.name.meaning, spin);
    }
    for (const ai::Region2D& r : finding.regions2D) {
        if (r.type != ai::GraphicType::Box || r.points.size() != 2)
            continue;
        const QString names[] = {tr("Box left (column)"), tr("Box top (row)"), tr("Box right (column)"), tr("Box bottom (row)")};
        const double values[] = {r.points[0].first, r.points[0].second, r.points[1].first, r.points[1].second};
        for (int i = 0; i < 4; ++i) {
            auto* spin = new QDoubleSpinBox(this);
            spin->setRange(-1e5, 1e5);
            spin->setDecimals(1);
            spin->setValue(values[i]);
            m_corners.push_back(spin);
            form->addRow(names[i], spin);
        }
        break;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Correction"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ai::Correction CorrectDialog::correction() const
{
    ai::Correction c;
    for (std::size_t i = 0; i < m_measurements.size(); ++i) {
        if (m_values[i]->value() == m_measurements[i].value)
            continue;
        ai::Measurement m = m_measurements[i];
        m.value = m_values[i]->value();
        c.measurements.push_back(m);
    }
    if (m_corners.size() == 4) {
        for (const ai::Region2D& r : m_finding.regions2D) {
            if (r.type != ai::GraphicType::Box || r.points.size() != 2)
                continue;
            ai::Region2D edited = r;
            edited.points = {{m_corners[0]->value(), m_corners[1]->value()}, {m_corners[2]->value(), m_corners[3]->value()}};
            if (edited.points != r.points)
                c.regions2D.push_back(edited);
            break;
        }
    }
    return c;
}

QString askComment(QWidget* parent, const QString& current, bool* ok)
{
    return QInputDialog::getMultiLineText(parent, QDialog::tr("Comment on AI Finding"), QDialog::tr("Comment"), current, ok);
}

} // namespace custos::ui

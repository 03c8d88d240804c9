// SPDX-License-Identifier: Apache-2.0
#include "ui/admin/admin_view.h"

#include "core/audit/purpose.h"
#include "core/auth/local_accounts.h"
#include "core/policy/break_glass.h"
#include "ui/compliance/break_glass_dialog.h"
#include "ui/compliance/capture_protection.h"
#include "ui/compliance/compliance_context.h"
#include "ui/shell/main_window.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace custos::ui {

namespace {

QString objectsOf(const audit::Event& e, int role)
{
    QStringList out;
    for (const audit::ParticipantObject& o : e.objects)
        if (o.typeCodeRole == role || (role == 0 && o.typeCode == 2))
            out << (o.name.isEmpty() ? o.id : QStringLiteral("%1 (%2)").arg(o.typeCodeRole == 1 ? displayPersonName(o.name) : o.name, o.id));
    return out.join(QStringLiteral("; "));
}

// The purpose as a person reads it: Custos' codes in the current language,
// an emergency's category by its name, typed words as typed.
QString purposeShown(const audit::Event& e)
{
    if (e.breakGlass) {
        const int colon = e.purposeOfUse.indexOf(QStringLiteral(": "));
        if (colon > 0 && !e.purposeOfUse.left(colon).contains(QLatin1Char(' ')))
            return breakGlassCategoryName(e.purposeOfUse.left(colon)) + e.purposeOfUse.mid(colon);
    }
    return audit::purpose::text(e.purposeOfUse);
}

// What happened, for the details column: the outcome, what the objects'
// descriptions add (a reject's reason, a correction's changes) and the purpose.
QString detailsOf(const audit::Event& e)
{
    QStringList parts;
    if (!e.outcomeDescription.isEmpty())
        parts << e.outcomeDescription;
    for (const audit::ParticipantObject& o : e.objects)
        if (!o.detail.isEmpty() && !parts.contains(o.detail))
            parts << o.detail;
    QString text = parts.join(QStringLiteral(" · "));
    if (!e.purposeOfUse.isEmpty())
        text += AdminView::tr(" — purpose: %1").arg(purposeShown(e));
    return text;
}

QString verdictName(policy::BreakGlassVerdict v)
{
    switch (v) {
    case policy::BreakGlassVerdict::Justified: return AdminView::tr("Justified");
    case policy::BreakGlassVerdict::NotJustified: return AdminView::tr("Not justified");
    case policy::BreakGlassVerdict::FollowUp: return AdminView::tr("Needs follow-up");
    case policy::BreakGlassVerdict::Unstated: break;
    }
    return AdminView::tr("Choose a verdict…");
}

} // namespace

AdminView::AdminView(std::shared_ptr<const ComplianceContext> context, QWidget* parent)
    : QWidget(parent, Qt::Window), m_context(std::move(context))
{
    setObjectName(QStringLiteral("adminView"));
    setWindowTitle(tr("Custos — Administration"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildAuditTab(), tr("Audit trail"));
    tabs->addTab(buildReviewTab(), tr("Break-glass review"));
    tabs->addTab(buildPolicyTab(), tr("Policy and protection"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    // Never larger than the screen (at 1024 x 700 it was wider).
    QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    resize(screen ? QSize(1100, 700).boundedTo(screen->availableGeometry().size() - QSize(20, 40)) : QSize(1100, 700));
    reload();
}

void AdminView::show(std::shared_ptr<const ComplianceContext> context, QWidget* parent)
{
    static QPointer<AdminView> open;
    if (!open) {
        open = new AdminView(std::move(context), parent);
        open->setAttribute(Qt::WA_DeleteOnClose);
    }
    open->QWidget::show();
    open->raise();
    open->activateWindow();
}

QWidget* AdminView::buildAuditTab()
{
    auto* page = new QWidget;
    auto* filters = new QHBoxLayout;
    m_user = new QLineEdit;
    m_patient = new QLineEdit;
    m_study = new QLineEdit;
    m_event = new QLineEdit;
    m_user->setPlaceholderText(tr("user"));
    m_patient->setPlaceholderText(tr("patient name or ID"));
    m_study->setPlaceholderText(tr("study UID"));
    m_event->setPlaceholderText(tr("event (code or words)"));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-30));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_user, m_patient, m_study, m_event, m_from, m_to})
        filters->addWidget(w);
    for (QLineEdit* e : {m_user, m_patient, m_study, m_event})
        connect(e, &QLineEdit::textChanged, this, &AdminView::applyFilter);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AdminView::applyFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AdminView::applyFilter);

    m_table = new QTableWidget(0, 7);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Time (UTC)"), tr("Event"), tr("Outcome"), tr("User"), tr("Patient"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Time, event, user and patient in full; the details take what is left.
    for (int c = 0; c < 6; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide(); // the record's own number is the first column

    auto* buttons = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("Reload"));
    auto* verify = new QPushButton(tr("Verify chain"));
    auto* exportXml = new QPushButton(tr("Export as ATNA XML…"));
    m_auditStatus = new QLabel;
    m_auditStatus->setWordWrap(true);
    buttons->addWidget(refresh);
    buttons->addWidget(verify);
    buttons->addWidget(exportXml);
    buttons->addWidget(m_auditStatus, 1);
    connect(refresh, &QPushButton::clicked, this, &AdminView::reload);
    connect(verify, &QPushButton::clicked, this, [this] { m_auditStatus->setText(verifyChain()); });
    connect(exportXml, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), QString(), tr("ATNA XML (*.xml)"));
        if (!file.isEmpty())
            m_auditStatus->setText(exportAtna(file));
    });

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return page;
}

QStringList AdminView::reviewColumns() const
{
    return {tr("Started (UTC)"), tr("Ended"), tr("Person"), tr("Category"), tr("Reason"), tr("Patient"), tr("Study"),
            tr("Done during the access")};
}

QWidget* AdminView::buildReviewTab()
{
    auto* page = new QWidget;
    m_reviews = new QTableWidget(0, int(reviewColumns().size()));
    m_reviews->setObjectName(QStringLiteral("breakGlassQueue"));
    m_reviews->setHorizontalHeaderLabels(reviewColumns());
    // The reason in full, wrapped in its own column: it is what is reviewed.
    m_reviews->setWordWrap(true);
    m_reviews->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The reason wraps in a wide column; a study UID is long and read whole
    // only when needed (tooltip); what was done wraps in a column of its own.
    m_reviews->setTextElideMode(Qt::ElideMiddle);
    for (auto [c, width] : {std::pair{4, 320}, {6, 150}, {7, 240}}) {
        m_reviews->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
        m_reviews->setColumnWidth(c, width);
    }
    m_reviews->horizontalHeader()->setStretchLastSection(true);
    m_reviews->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reviews->verticalHeader()->hide();
    m_reviews->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviews->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviews->setSelectionMode(QAbstractItemView::SingleSelection);
    m_verdict = new QComboBox;
    m_verdict->setObjectName(QStringLiteral("breakGlassVerdict"));
    for (policy::BreakGlassVerdict v : {policy::BreakGlassVerdict::Unstated, policy::BreakGlassVerdict::Justified,
                                        policy::BreakGlassVerdict::NotJustified, policy::BreakGlassVerdict::FollowUp})
        m_verdict->addItem(verdictName(v), int(v));
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("Review note: what did you check, and what follows?"));
    auto* record = new QPushButton(tr("Record review"));
    m_reviewStatus = new QLabel;
    m_reviewStatus->setWordWrap(true);
    connect(record, &QPushButton::clicked, this, [this] {
        m_reviewStatus->setText(recordReview(m_reviews->currentRow(), m_note->text(),
                                             policy::BreakGlassVerdict(m_verdict->currentData().toInt())));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Verdict:")));
    row->addWidget(m_verdict);
    row->addWidget(m_note, 1);
    row->addWidget(record);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Emergency accesses that ended and wait for a post-event review:")));
    layout->addWidget(m_reviews, 1);
    layout->addLayout(row);
    layout->addWidget(m_reviewStatus);
    return page;
}

QWidget* AdminView::buildPolicyTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    const policy::Policy& p = m_context->guard->policy();
    const CaptureProtectionStatus capture = m_context->capture ? m_context->capture->status() : CaptureProtectionStatus{};
    const QString level = capture.level == CaptureProtectionLevel::Full      ? tr("full")
                          : capture.level == CaptureProtectionLevel::Partial ? tr("partial")
                                                                             : tr("none");
    auto* head = new QLabel(tr("<b>Site policy:</b> %1<br><b>From:</b> %2<br><b>Screen-capture protection on this computer:</b> %3. %4<br>"
                               "<b>Policy setting:</b> %5")
                                .arg(p.siteName.toHtmlEscaped(), (m_context->policyOrigin.isEmpty() ? p.source : m_context->policyOrigin).toHtmlEscaped(),
                                     level, capture.explanation.toHtmlEscaped(), policy::captureProtectionName(p.captureProtection)));
    head->setObjectName(QStringLiteral("policyOrigin"));
    head->setWordWrap(true);
    layout->addWidget(head);
    auto* json = new QPlainTextEdit;
    json->setObjectName(QStringLiteral("policyJson"));
    json->setReadOnly(true);
    if (m_context->guard->request(policy::Action::ViewPolicy, {}, audit::purpose::readPolicy).allowed()) {
        // The policy in force, never another one standing in for it.
        if (!m_context->policyJson.isEmpty()) {
            json->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(m_context->policyJson).toJson(QJsonDocument::Indented)));
        } else if (QFile f(p.source); QFile::exists(p.source) && f.open(QIODevice::ReadOnly)) {
            json->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(f.readAll()).toJson(QJsonDocument::Indented)));
        } else {
            json->setPlainText(tr("The text of the policy in force (%1) is not available here.").arg(p.source));
        }
    } else {
        json->setPlainText(tr("Your role may not read the policy."));
    }
    layout->addWidget(json, 1);
    return page;
}

QString AdminView::personShown(const QString& subject, const QString& login) const
{
    // The trail keeps the stable subject ("local:radiologist", an identity
    // provider's sub) and the login; a person is known by the login.
    QString shownLogin = login;
    if (shownLogin.isEmpty() || shownLogin == subject)
        shownLogin = subject.startsWith(QLatin1String("local:")) ? subject.mid(6) : subject;
    const QString name = m_names.value(shownLogin);
    return name.isEmpty() || name == shownLogin ? shownLogin : tr("%1 (%2)", "a person's name (their login)").arg(name, shownLogin);
}

QString AdminView::usersOf(const audit::Event& e) const
{
    QStringList out;
    for (const audit::ActiveParticipant& p : e.participants)
        if (!p.userId.isEmpty())
            out << personShown(p.userId, p.userName);
    return out.join(QStringLiteral(", "));
}

void AdminView::reload()
{
    m_records.clear();
    if (!m_context->auditLog) {
        m_auditStatus->setText(tr("There is no audit trail on this computer (the keychain is unavailable)."));
    } else if (auto records = m_context->auditLog->read(1)) {
        m_records = std::move(records.value());
    } else {
        m_auditStatus->setText(records.errorMessage());
    }
    // Names by login: the person signed in here, and the accounts of this computer.
    m_names.clear();
    if (const auth::Identity me = m_context->identity(); !me.userName.isEmpty() && !me.displayName.isEmpty())
        m_names.insert(me.userName, me.displayName);
    if (m_context->accounts)
        if (auto accounts = m_context->accounts->listUsers())
            for (const auth::AccountSummary& a : accounts.value())
                if (!a.displayName.isEmpty())
                    m_names.insert(a.name, a.displayName);
    applyFilter();
    reloadReviews();
}

void AdminView::setFilter(const QString& user, const QString& patient, const QString& study, const QString& event)
{
    m_user->setText(user);
    m_patient->setText(patient);
    m_study->setText(study);
    m_event->setText(event);
    m_from->setDateTime(QDateTime::fromSecsSinceEpoch(0));
    applyFilter();
}

int AdminView::visibleRecords() const { return int(m_shown.size()); }

void AdminView::applyFilter()
{
    m_shown.clear();
    const auto has = [](const QString& haystack, const QLineEdit* e) {
        return e->text().trimmed().isEmpty() || haystack.contains(e->text().trimmed(), Qt::CaseInsensitive);
    };
    for (int i = int(m_records.size()) - 1; i >= 0; --i) { // newest first
        const audit::Record& r = m_records[std::size_t(i)];
        const audit::Event& e = r.event;
        if (r.time < m_from->dateTime() || r.time > m_to->dateTime())
            continue;
        if (!has(usersOf(e), m_user) || !has(objectsOf(e, 1), m_patient) || !has(objectsOf(e, 0), m_study)
            || !has(e.id.code + QLatin1Char(' ') + e.id.meaning + QLatin1Char(' ') + e.type.meaning + QLatin1Char(' ') + detailsOf(e), m_event))
            continue;
        m_shown.push_back(i);
    }
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < int(m_shown.size()); ++row) {
        const audit::Record& r = m_records[std::size_t(m_shown[std::size_t(row)])];
        const audit::Event& e = r.event;
        const QStringList cells{QString::number(r.seq), r.time.toString(Qt::ISODate), QStringLiteral("%1 %2").arg(e.id.code, e.type.meaning.isEmpty() ? e.id.meaning : e.type.meaning),
                                e.outcome == audit::Outcome::Success ? tr("success") : tr("failure"), usersOf(e), objectsOf(e, 1),
                                detailsOf(e)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

QString AdminView::verifyChain()
{
    if (!m_context->auditLog)
        return tr("There is no audit trail to verify.");
    return m_context->auditLog->verify().message;
}

QString AdminView::exportAtna(const QString& file)
{
    if (!m_context->guard->request(policy::Action::ExportAuditTrail, {}, audit::purpose::exportAuditTrail).allowed())
        return tr("Your role may not export the audit trail.");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("%1 could not be written: %2").arg(file, out.errorString());
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AuditMessages>\n");
    for (int i : m_shown)
        out.write(audit::toAtnaXml(m_records[std::size_t(i)]).toUtf8() + '\n');
    out.write("</AuditMessages>\n");
    return tr("%n record(s) written to %1.", nullptr, int(m_shown.size())).arg(file);
}

void AdminView::reloadReviews()
{
    m_reviews->setRowCount(0);
    if (!m_context->breakGlass)
        return;
    const auto waiting = m_context->breakGlass->awaitingReview();
    m_reviews->setRowCount(int(waiting.size()));
    for (int row = 0; row < int(waiting.size()); ++row) {
        const policy::BreakGlassGrant& g = waiting[std::size_t(row)];
        // Who the patient is and what was done: from the trail, which
        // records the study's patient and every action of the person.
        QString patient, done;
        QStringList actions;
        for (const audit::Record& r : m_records) {
            bool aboutStudy = false;
            for (const audit::ParticipantObject& o : r.event.objects)
                aboutStudy = aboutStudy || (o.typeCodeRole == 3 && o.id == g.studyUid);
            if (aboutStudy)
                for (const audit::ParticipantObject& o : r.event.objects)
                    if (o.typeCodeRole == 1 && !o.id.isEmpty() && (patient.isEmpty() || !o.name.isEmpty()))
                        patient = o.name.isEmpty() ? o.id : QStringLiteral("%1 (%2)").arg(displayPersonName(o.name), o.id);
            const bool byThem = std::any_of(r.event.participants.begin(), r.event.participants.end(),
                                            [&](const audit::ActiveParticipant& p) { return p.userId == g.userSubject; });
            const QDateTime end = g.endedAt.isValid() ? g.endedAt : g.expiresAt;
            if (byThem && aboutStudy && r.time >= g.startedAt && r.time <= end) {
                const QString what = r.event.type.meaning.isEmpty() ? r.event.id.meaning : r.event.type.meaning;
                if (!actions.contains(what))
                    actions << what;
            }
        }
        done = actions.isEmpty() ? tr("nothing recorded") : actions.join(QStringLiteral("; "));
        // When it ended is in the tooltip; the cell says how long and why.
        const QString ended = g.endedAt.isValid() ? tr("after %1 min: %2").arg(g.startedAt.secsTo(g.endedAt) / 60).arg(g.endReason)
                                                  : g.expiresAt.toString(Qt::ISODate);
        const QString person = personShown(g.userSubject, g.userName);
        const QStringList cells{g.startedAt.toString(Qt::ISODate), ended, person, breakGlassCategoryName(g.category), g.reason,
                                patient.isEmpty() ? tr("not in the trail") : patient, g.studyUid, done};
        const QStringList tips{cells[0], g.endedAt.toString(Qt::ISODate), g.userSubject, g.category, cells[4], cells[5], cells[6], cells[7]};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, g.id);
            item->setToolTip(tips[c]);
            m_reviews->setItem(row, c, item);
        }
    }
    m_reviews->resizeRowsToContents();
}

QStringList AdminView::reviewRow(int row) const
{
    QStringList out;
    for (int c = 0; c < m_reviews->columnCount(); ++c)
        out << (m_reviews->item(row, c) ? m_reviews->item(row, c)->text() : QString());
    return out;
}

QString AdminView::recordReview(int row, const QString& note, policy::BreakGlassVerdict verdict)
{
    if (!m_context->breakGlass || row < 0 || row >= m_reviews->rowCount())
        return tr("Choose an emergency access in the list first.");
    if (verdict == policy::BreakGlassVerdict::Unstated)
        return tr("Choose a verdict: was the access justified?");
    if (note.trimmed().isEmpty())
        return tr("Write what the review found.");
    if (!m_context->guard->request(policy::Action::ReviewBreakGlass, {}, audit::purpose::breakGlassReview).allowed())
        return tr("Your role may not review emergency accesses.");
    auto done = m_context->breakGlass->recordReview(m_reviews->item(row, 0)->data(Qt::UserRole).toString(), m_context->identity(),
                                                    note.trimmed(), verdict);
    if (!done)
        return done.errorMessage();
    m_note->clear();
    m_verdict->setCurrentIndex(0);
    reload();
    return tr("The review was recorded.");
}

} // namespace custos::ui

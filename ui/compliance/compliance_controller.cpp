// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/compliance_controller.h"

#include "core/audit/purpose.h"
#include "core/auth/session.h"
#include "core/export/pacs_send.h"
#include "core/pacs/retrieved_study.h"
#include "core/policy/break_glass.h"
#include "core/study/pacs_access.h"
#include "ui/compliance/break_glass_dialog.h"
#include "ui/compliance/capture_protection.h"
#include "ui/compliance/overlay_banner.h"
#include "ui/compliance/reading_marks_controller.h"
#include "ui/compliance/training_dialog.h"
#include "ui/compliance/watermark.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/slice_view.h"

#include "ui/findings/findings_controller.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolBar>

namespace custos::ui {

QDateTime ComplianceContext::now() const { return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc(); }
auth::Identity ComplianceContext::identity() const { return session ? session->identity() : auth::Identity{}; }

ComplianceController::ComplianceController(std::shared_ptr<const ComplianceContext> context) : m_context(std::move(context)) {}
ComplianceController::~ComplianceController() = default;

MainWindow* ComplianceController::createViewer(ViewerOptions options, std::shared_ptr<const ComplianceContext> context)
{
    auto* controller = new ComplianceController(std::move(context));
    QPointer<ComplianceController> guarded(controller);
    // Asked by the window's loader after each scan, on the UI thread.
    options.protection.decideView = [guarded](const policy::Subject& subject) {
        return guarded ? guarded->decideView(subject) : policy::Decision{}; // closed window: denied, nobody to see it
    };
    if (options.protection.displayName.isEmpty())
        options.protection.displayName = controller->m_context->identity().displayName;
    options.protection.exportScreenshot = [guarded](const QImage& image, const QString& file) {
        return guarded ? guarded->exportScreenshot(image, file) : 3;
    };
    // The PACS of the site policy: QueryPacs and RetrieveStudy are the
    // Guard's (training offered as for any action); the outcome of an
    // allowed one is recorded after it, as custos-cli pacs does.
    options.protection.pacsNodes = controller->m_context->guard->policy().pacsNodes;
    auto decisions = std::make_shared<QHash<int, policy::Decision>>();
    options.protection.decidePacs = [guarded, decisions](policy::Action action, const policy::Subject& subject) {
        if (!guarded)
            return tr("The window was closed.");
        const policy::Decision d = guarded->ask(action, subject, {});
        decisions->insert(int(action), d);
        return d.allowed() ? QString() : d.reason;
    };
    options.protection.pacsOutcome = [guarded, decisions](policy::Action action, const policy::Subject& subject, bool ok, const QString& what) {
        if (guarded && guarded->m_context->audit)
            guarded->m_context->audit(study::pacsOutcomeEvent(action, subject, guarded->m_context->guard->requester(),
                                                              decisions->value(int(action)), ok, what));
    };
    options.protection.sendToPacs = [guarded, cache = options.protection.cache, credentials = options.protection.pacsCredentials](
                                        const QString& node, std::vector<pacs::StoreItem> items, Protection::PacsSendDone done) {
        if (!guarded) {
            done(tr("The window was closed."));
            return;
        }
        guarded->sendToPacs(node, std::move(items), cache, credentials, std::move(done));
    };
    auto* window = new MainWindow(options);
    controller->attach(window);
    // Marks of a study opened from a PACS go back there the same way.
    if (controller->m_marks)
        controller->m_marks->setPacsSender(options.protection.sendToPacs);
    return window;
}

void ComplianceController::sendToPacs(const QString& nodeName, std::vector<pacs::StoreItem> items, std::shared_ptr<cache::StudyCache> cache,
                                      std::shared_ptr<pacs::CredentialStore> credentials, std::function<void(const QString& problem)> done)
{
    const policy::PacsNode* node = m_context->guard->policy().pacsNode(nodeName);
    if (!node) {
        done(tr("The site policy names no PACS \"%1\" any more.").arg(nodeName));
        return;
    }
    // DIMSE where the node has it (as custos-cli pacs send), else DICOMweb.
    auto planned = exports::planPacsSend(*node, !node->hasDimse(), std::move(items));
    if (!planned) {
        done(planned.errorMessage());
        return;
    }
    // The Guard, on its own thread, for every study before anything leaves.
    auto send = std::make_shared<exports::PacsSend>(std::move(planned).value());
    const exports::PacsSendAuthorization allowed =
        exports::authorizePacsSend(*m_context->guard, *send, audit::purpose::imageReview, trainer());
    if (!allowed.allowed) {
        done(allowed.reason);
        return;
    }
    QPointer<ComplianceController> self(this);
    const policy::Requester who = m_context->guard->requester();
    auto audit = m_context->audit;
    auto watcher = new QFutureWatcher<exports::PacsSendOutcome>(this);
    connect(watcher, &QFutureWatcher<exports::PacsSendOutcome>::finished, this, [watcher, send, who, audit, done] {
        const exports::PacsSendOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (audit)
            for (const audit::Event& e : exports::pacsSendEvents(*send, outcome, who))
                audit(e);
        done(outcome.complete ? QString() : outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([send, cache, credentials] {
        // DICOMweb with "auth": "basic": the person's password from their keychain (read here, off the UI thread).
        if (send->dicomweb && credentials)
            if (auto stored = credentials->basic(send->node.name); stored && stored.value())
                send->basic = *stored.value();
        exports::PacsSendOutcome outcome = exports::transmitPacsSend(*send);
        if (outcome.complete && cache)
            // What the PACS now holds of a study retrieved from it joins the
            // cached copy: the next open from the cache shows it too.
            for (const exports::PacsSendStudy& s : send->studies)
                for (std::size_t i = 0; i < s.items.size(); ++i) {
                    const pacs::Part10Info& h = s.headers[i]; // read when the send was planned
                    (void)pacs::addToRetrievedStudy(*cache, send->node.name, s.subject.studyUid,
                                                    {h.sopInstanceUid, h.seriesInstanceUid, h.transferSyntax, s.items[i].part10});
                }
        return outcome;
    }));
}

ComplianceController* ComplianceController::of(const MainWindow* window)
{
    return window ? window->findChild<ComplianceController*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

// The training dialog is all ui adds: core/export asks the Guard, offers
// the training it names and asks again.
exports::CompleteTraining ComplianceController::trainer()
{
    return [this](const QString& moduleId) { return completeTraining(m_window, *m_context, moduleId); };
}

policy::Decision ComplianceController::ask(policy::Action action, const policy::Subject& subject, const QString& purpose)
{
    return exports::requestWithTraining(*m_context->guard, action, subject, purpose, trainer()).decision;
}

policy::Decision ComplianceController::decideView(const policy::Subject& subject)
{
    const policy::Decision d = m_viewDecisions.decide(*m_context->guard, subject, audit::purpose::imageReview);
    if (!d.allowed())
        m_withheld.push_back({subject, d});
    return d; // core/study withholds or masks as decided
}

void ComplianceController::attach(MainWindow* window)
{
    m_window = window;
    setParent(window);
    QMenuBar* bar = window->menuBar();
    // The window's own menus (MainWindow::menus): they exist with it.
    QMenu* file = window->menus().file;
    QMenu* tools = window->menus().tools;
    QMenu* help = window->menus().help;
    QMenu* viewMenu = window->menus().view;

    // The menu items show the shortcut; the shortcuts themselves are window
    // shortcuts that always reach the Guard, so a refused attempt is recorded.
    // The key is named as the language names it ("Strg+E" in German).
    const auto keyText = [](QKeyCombination keys) {
        return QLatin1Char('\t') + QKeySequence(keys).toString(QKeySequence::NativeText);
    };
    QAction* before = file->actions().value(2);
    m_export = new QAction(tr("&Export…") + keyText(Qt::CTRL | Qt::Key_E), this);
    m_print = new QAction(tr("&Print…") + keyText(Qt::CTRL | Qt::Key_P), this);
    m_breakGlass = new QAction(tr("Emergency &Access (Break-Glass)…"), this);
    file->insertActions(before, {m_export, m_print, m_breakGlass});
    file->setToolTipsVisible(true);
    auto* edit = new QMenu(tr("&Edit"), window);
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->setToolTipsVisible(true);
    m_copy = edit->addAction(tr("&Copy Image") + keyText(Qt::CTRL | Qt::Key_C));
    bar->insertMenu(viewMenu->menuAction(), edit);
    tools->addSeparator();
    m_admin = tools->addAction(tr("A&dministration…"));
    tools->setToolTipsVisible(true);
    help->addAction(tr("&About Custos"), this, &ComplianceController::showAbout);
    help->addAction(tr("Training: AI Findings Review…"), this, [this] {
        if (completeTraining(m_window, *m_context, QStringLiteral("ai-automation-bias")))
            refreshActions();
    });
    m_watermarkAction = viewMenu->addAction(tr("On-screen &Watermark"));
    m_watermarkAction->setCheckable(true);

    connect(m_export, &QAction::triggered, this, &ComplianceController::exportCurrent);
    connect(m_print, &QAction::triggered, this, &ComplianceController::printImage);
    connect(m_copy, &QAction::triggered, this, &ComplianceController::copyImage);
    connect(m_breakGlass, &QAction::triggered, this, &ComplianceController::requestBreakGlass);
    connect(m_admin, &QAction::triggered, this, [this] {
        if (m_context->showAdministration && m_context->guard->request(policy::Action::ViewAuditTrail, {}, audit::purpose::administration).allowed())
            m_context->showAdministration(m_window);
    });
    for (auto [keys, slot] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_E), &ComplianceController::exportCurrent},
                              std::pair{QKeySequence(Qt::CTRL | Qt::Key_C), &ComplianceController::copyImage},
                              std::pair{QKeySequence(Qt::CTRL | Qt::Key_P), &ComplianceController::printImage}}) {
        auto* shortcut = new QShortcut(keys, window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    for (QMenu* m : {file, edit, tools})
        connect(m, &QMenu::aboutToShow, this, &ComplianceController::refreshActions);

    // Refusals and notices: a bar over the top of the views, never a modal
    // box in the way, and never in the layout: a view that changed size
    // under a notice would rescale the picture under the reader's eyes.
    auto* noticeBar = new OverlayBanner(window->grid());
    m_noticeBar = noticeBar;
    m_noticeBar->setObjectName(QStringLiteral("complianceNotice"));
    m_notice = new QLabel(m_noticeBar);
    m_notice->setWordWrap(true);
    m_notice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    noticeBar->row()->addWidget(m_notice, 1);
    m_noticeButton = new QPushButton(tr("Request emergency access…"), m_noticeBar);
    noticeBar->row()->addWidget(m_noticeButton);
    connect(m_noticeButton, &QPushButton::clicked, this, &ComplianceController::requestBreakGlass);
    auto* dismiss = new QPushButton(QStringLiteral("×"), m_noticeBar);
    dismiss->setObjectName(QStringLiteral("dismissNotice"));
    dismiss->setToolTip(tr("Hide this notice"));
    dismiss->setFlat(true);
    dismiss->setFixedWidth(dismiss->fontMetrics().height() * 2);
    noticeBar->row()->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, m_noticeBar, &QWidget::hide);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        // The notice said why the study is not shown; without it, the view says it.
        if (!m_withheldText.isEmpty() && m_window && !m_window->sliceView()->volume())
            m_window->sliceView()->setMessage(m_withheldText);
    });
    m_noticeBar->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        if (m_withheld.empty())
            m_noticeBar->hide();
    });

    m_grantBar = new QToolBar(window);
    m_grantBar->setObjectName(QStringLiteral("breakGlassBanner"));
    m_grantBar->setMovable(false);
    m_grantBar->setStyleSheet(QStringLiteral("QToolBar { background: #8a1c1c; } QLabel { color: white; font-weight: bold; padding: 4px; }"));
    m_grantLabel = new QLabel(m_grantBar);
    m_grantBar->addWidget(m_grantLabel);
    auto* endNow = new QPushButton(tr("End now"), m_grantBar);
    m_grantBar->addWidget(endNow);
    connect(endNow, &QPushButton::clicked, this, &ComplianceController::endBreakGlass);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, m_grantBar);
    m_grantBar->hide();
    m_grantTimer = new QTimer(this);
    m_grantTimer->setInterval(1000);
    connect(m_grantTimer, &QTimer::timeout, this, &ComplianceController::tickGrant);

    // Ctrl+drag of the image out of a viewport.
    for (int i = 0; i < 4; ++i)
        if (SliceView* v = window->grid()->view(i))
            v->installEventFilter(this);

    // The on-screen watermark: on by default where capture protection is
    // missing; it cannot be switched off there when the policy refuses
    // unprotected screens.
    const bool unprotected = !m_context->capture || m_context->capture->status().level == CaptureProtectionLevel::None;
    const bool mandatory = unprotected && m_context->guard->policy().captureProtection == policy::CaptureProtection::Refuse;
    m_watermarkAction->setEnabled(!mandatory);
    m_watermarkAction->setToolTip(mandatory ? tr("Required by the site policy: this computer cannot keep Custos out of screen captures.") : QString());
    connect(m_watermarkAction, &QAction::toggled, this, &ComplianceController::setWatermark);
    m_watermarkAction->setChecked(unprotected);

    connect(window->loader(), &StudyLoader::scanFinished, this, &ComplianceController::onScanFinished);
    connect(window, &MainWindow::seriesLoaded, this, &ComplianceController::refreshActions);
    // Key images and saved measurements: saving asks the Guard, refusals show in the notice bar.
    m_marks = new ReadingMarksController(m_context, window);
    connect(m_marks, &ReadingMarksController::message, this, [this](const QString& text, bool error) { notify(text, error); });
    refreshActions();
}

void ComplianceController::setWatermark(bool on)
{
    for (const auto& w : m_watermarks)
        delete w.data();
    m_watermarks.clear();
    if (!on || !m_window)
        return;
    const auth::Identity who = m_context->identity();
    for (int i = 0; i < 4; ++i)
        if (SliceView* v = m_window->grid()->view(i)) {
            auto* mark = new WatermarkOverlay(v, who.displayName.isEmpty() ? who.userName : who.displayName);
            mark->setAvoid([v] { return v->textBoxes(); });
            m_watermarks.emplace_back(mark);
        }
    // The 3D pane shows the patient too.
    m_watermarks.emplace_back(new WatermarkOverlay(m_window->grid()->volumeView(), who.displayName.isEmpty() ? who.userName : who.displayName));
}

bool ComplianceController::watermarkShown() const { return !m_watermarks.empty(); }

void ComplianceController::onScanFinished()
{
    m_withheldText.clear();
    if (m_withheld.empty()) {
        if (m_noticeBar->isVisible() && !m_noticeTimer->isActive())
            m_noticeBar->hide();
        refreshActions();
        return;
    }
    const Withheld& w = m_withheld.front();
    const bool offer = w.decision.kind == policy::Decision::Kind::NeedsBreakGlass;
    // The Guard's reason already says that emergency access is possible; the
    // button next to it is the way there.
    const QString text = (m_withheld.size() == 1 ? tr("This study is not shown.") : tr("%1 studies are not shown.").arg(m_withheld.size()))
                         + QLatin1Char(' ') + w.decision.reason;
    notify(text, true);
    m_noticeTimer->stop(); // stays while the study is withheld
    m_noticeButton->setVisible(offer && m_context->breakGlass);
    // Said once: the notice over the view has the sentence (and the button
    // to emergency access); the view underneath only points to it, and says
    // the sentence itself once the notice is dismissed.
    m_withheldText = tr("This study is not shown: %1").arg(w.decision.reason);
    if (m_window && m_window->seriesList()->count() == 0)
        m_window->sliceView()->setMessage(tr("Nothing to show: see the notice above."));
    refreshActions();
}

void ComplianceController::notify(const QString& text, bool error)
{
    if (!m_notice)
        return;
    m_notice->setText(text);
    m_noticeBar->setStyleSheet(error ? QStringLiteral("QFrame#complianceNotice { background: #7a2020; } QLabel, QPushButton#dismissNotice { color: white; }")
                                     : QStringLiteral("QFrame#complianceNotice { background: #20507a; } QLabel, QPushButton#dismissNotice { color: white; }"));
    m_noticeButton->setVisible(false);
    m_noticeBar->show();
    m_noticeTimer->start(15000);
}

QString ComplianceController::noticeText() const { return m_notice && m_noticeBar->isVisible() ? m_notice->text() : QString(); }

QStringList ComplianceController::withheldReasons() const
{
    QStringList out;
    for (const Withheld& w : m_withheld)
        out << w.decision.reason;
    return out;
}

void ComplianceController::gateAction(QAction* action, const std::vector<policy::Action>& actions, const QString& needsStudy)
{
    const Current c = current();
    if (!c.valid && !needsStudy.isEmpty()) {
        action->setEnabled(false);
        action->setToolTip(needsStudy);
        return;
    }
    QString reason;
    for (policy::Action a : actions) {
        const policy::Decision d = m_context->guard->preview(a, c.subject);
        if (d.kind != policy::Decision::Kind::Denied) {
            action->setEnabled(true);
            action->setToolTip(d.kind == policy::Decision::Kind::NeedsTraining ? tr("A short training opens first.") : QString());
            return;
        }
        if (reason.isEmpty())
            reason = d.reason;
    }
    action->setEnabled(false);
    action->setToolTip(reason);
}

void ComplianceController::refreshActions()
{
    if (!m_export)
        return;
    const QString openFirst = tr("Open a study first.");
    gateAction(m_export, {policy::Action::ExportDicom, policy::Action::ExportDeidentified, policy::Action::ExportImage}, openFirst);
    gateAction(m_copy, {policy::Action::CopyToClipboard}, openFirst);
    gateAction(m_print, {policy::Action::Print}, openFirst);
    gateAction(m_admin, {policy::Action::ViewAuditTrail}, QString());
    if (!m_context->showAdministration)
        m_admin->setEnabled(false);
    updateReviewPermission();
    m_breakGlass->setEnabled(m_context->breakGlass && breakGlassSubject().has_value());
    m_breakGlass->setToolTip(m_breakGlass->isEnabled() ? QString() : tr("Offered when your role does not allow something for a study and the site policy allows emergency access."));
}

// The AI findings panel asks nothing itself: the Guard's ReviewAiFindings
// decision for the study shown enables or disables its review buttons.
void ComplianceController::updateReviewPermission()
{
    auto* findings = m_window ? m_window->findChild<FindingsController*>() : nullptr;
    if (!findings)
        return;
    if (!m_modelRegistrySet) { // the AI model registry of the policy in force, once
        m_modelRegistrySet = true;
        findings->setModelRegistry(governance::Registry::fromPolicy(m_context->guard->policy().aiGovernance));
    }
    const Current c = current();
    if (!c.valid) {
        findings->setReviewAllowed(false, tr("Open a study first."));
        return;
    }
    policy::Decision d = m_context->guard->preview(policy::Action::ReviewAiFindings, c.subject);
    if (d.kind == policy::Decision::Kind::Allowed && !m_reviewRecorded.contains(c.subject.studyUid)) {
        m_reviewRecorded.insert(c.subject.studyUid); // recorded once per study shown
        d = m_context->guard->request(policy::Action::ReviewAiFindings, c.subject, audit::purpose::aiFindingsReview);
    }
    const auth::Identity who = m_context->identity();
    const bool roleMay = m_context->guard->policy().grants(who.roles, policy::Action::ReviewAiFindings).granted;
    if (d.kind == policy::Decision::Kind::NeedsTraining && roleMay)
        findings->setReviewTraining([this, module = d.trainingModule] {
            if (completeTraining(m_window, *m_context, module))
                refreshActions();
        });
    else
        findings->setReviewTraining({});
    if (d.kind == policy::Decision::Kind::NeedsTraining && !roleMay) // only reachable by break-glass: say so, not "train first"
        findings->setReviewAllowed(false, tr("Your role (%1) does not review AI findings.").arg(who.roles.join(QStringLiteral(", "))));
    else if (d.kind == policy::Decision::Kind::NeedsTraining)
        findings->setReviewAllowed(false, tr("Complete the short training on AI review first: Help → Training: AI Findings Review…"));
    else if (!roleMay && (d.allowed() ? d.underBreakGlass : breakGlassActive()))
        // Emergency access lets a person see a study (a grant covers only
        // what was asked); signing the AI review stays with the roles that review.
        findings->setReviewAllowed(false, tr("Emergency access lets you see this study. Reviewing AI findings stays with the roles that "
                                             "review them (your role: %1).").arg(who.roles.join(QStringLiteral(", "))));
    else
        findings->setReviewAllowed(d.allowed(), d.reason);
}

// The study emergency access would be for: one withheld from view, or the
// open study when an action the role lacks could be reached by break-glass
// (the export dialog points here).
std::optional<policy::Subject> ComplianceController::breakGlassSubject() const
{
    if (!m_withheld.empty())
        return m_withheld.front().decision.kind == policy::Decision::Kind::NeedsBreakGlass ? std::optional(m_withheld.front().subject)
                                                                                          : std::nullopt;
    const Current c = current();
    if (!c.valid)
        return std::nullopt;
    const policy::Policy& policy = m_context->guard->policy();
    const auth::Identity who = m_context->identity();
    if (!policy.grants(who.roles, policy::Action::StartBreakGlass).granted)
        return std::nullopt;
    for (policy::Action a : policy.breakGlass.eligibleActions) {
        // Reviewing AI findings is never what emergency access is for (see updateReviewPermission).
        if (a == policy::Action::ReviewAiFindings || policy.grants(who.roles, a).granted)
            continue;
        const policy::Decision d = m_context->guard->preview(a, c.subject);
        if (d.kind == policy::Decision::Kind::NeedsBreakGlass || d.kind == policy::Decision::Kind::NeedsTraining)
            return c.subject;
    }
    return std::nullopt;
}

void ComplianceController::requestBreakGlass()
{
    const auto subject = breakGlassSubject();
    if (!m_context->breakGlass || !subject)
        return;
    const policy::Subject study = *subject;
    const policy::Decision may = ask(policy::Action::StartBreakGlass, study, audit::purpose::emergencyAccess);
    if (!may.allowed()) {
        notify(may.reason.isEmpty() ? tr("Emergency access was not started: the training must be completed first.") : may.reason, true);
        return;
    }
    BreakGlassDialog dialog(*m_context, study, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.grant())
        return;
    startGrantBanner(*dialog.grant());
    rescan();
}

void ComplianceController::startGrantBanner(const policy::BreakGlassGrant& grant)
{
    m_grantId = grant.id;
    m_grantStudy = grant.studyUid;
    m_grantExpires = grant.expiresAt;
    m_grantBar->show();
    m_grantTimer->start();
    tickGrant();
}

bool ComplianceController::breakGlassActive() const { return !m_grantId.isEmpty(); }
QString ComplianceController::breakGlassBannerText() const { return m_grantId.isEmpty() ? QString() : m_grantLabel->text(); }

void ComplianceController::tickGrant()
{
    if (m_grantId.isEmpty())
        return;
    m_context->breakGlass->expireLapsed();
    const auto grant = m_context->breakGlass->covering(m_context->identity().subject, m_grantStudy, policy::Action::ViewStudy);
    if (!grant || grant->id != m_grantId) {
        // Over: the study closes with it.
        m_grantId.clear();
        m_grantTimer->stop();
        m_grantBar->hide();
        notify(tr("Emergency access has ended; the study was closed."), false);
        rescan();
        return;
    }
    const qint64 left = std::max<qint64>(0, m_context->now().secsTo(m_grantExpires));
    m_grantLabel->setText(tr("EMERGENCY ACCESS to one study — everything is recorded and reviewed. Ends in %1:%2.")
                              .arg(left / 60)
                              .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void ComplianceController::endBreakGlass()
{
    if (m_grantId.isEmpty())
        return;
    if (auto ended = m_context->breakGlass->end(m_grantId, tr("ended by the user")); !ended)
        notify(ended.errorMessage(), true);
    tickGrant();
}

void ComplianceController::rescan()
{
    if (!m_window)
        return;
    m_withheld.clear();
    m_viewDecisions.forgetRefusedAndEmergency();
    // The views drop what they show; the scan asks the Guard again.
    for (int i = 0; i < 4; ++i)
        if (SliceView* v = m_window->grid()->view(i))
            v->setVolume(nullptr, {});
    m_window->seriesList()->clear();
    m_window->loader()->reopen();
}

} // namespace custos::ui

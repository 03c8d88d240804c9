// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/study_browser.h"

#include "core/pacs/retrieved_study.h"
#include "core/study/pacs_access.h"
#include "ui/pacs/pacs_login_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace custos::ui {

// What a worker produced; read on the UI thread once it finished.
struct StudyBrowser::Work
{
    bool retrieve = false;
    bool ok = false;
    pacs::PacsError error;
    std::vector<pacs::StudyMatch> matches;
    int instances = 0;
    QString node;
    QString study;
    policy::Subject subject;
    QString outcome;
    bool fromCache = false;
    std::vector<std::shared_ptr<const QByteArray>> kept;
    QString keychainProblem; // reading or storing the PACS password failed (the action itself may have worked)
};

namespace {

// The credentials for a DICOMweb node with "auth": "basic": what the person
// typed, else what their keychain holds. Runs on the worker (the keychain may
// take a while to answer).
pacs::BasicCredentials credentialsFor(const policy::PacsNode& node, bool web, const pacs::BasicCredentials& typed,
                                      const std::shared_ptr<pacs::CredentialStore>& store, QString& problem)
{
    if (!web || node.auth != policy::PacsAuth::Basic)
        return {};
    if (!typed.isEmpty() || !store)
        return typed;
    auto stored = store->basic(node.name);
    if (!stored)
        problem = stored.errorMessage(); // a locked keychain is not "none stored"
    return stored && stored.value() ? *stored.value() : pacs::BasicCredentials{};
}

// Typed credentials the PACS accepted, kept in the keychain when the person asked.
void rememberIfAsked(const policy::PacsNode& node, const pacs::BasicCredentials& typed, bool remember,
                     const std::shared_ptr<pacs::CredentialStore>& store, QString& problem)
{
    if (!remember || !store || typed.isEmpty())
        return;
    if (auto stored = store->storeBasic(node.name, typed); !stored)
        problem = stored.errorMessage();
}

} // namespace

StudyBrowser::StudyBrowser(std::vector<policy::PacsNode> nodes, std::shared_ptr<cache::StudyCache> cache, Decide decide, Outcome outcome,
                           QWidget* parent)
    : QWidget(parent), m_nodes(std::move(nodes)), m_cache(std::move(cache)), m_decide(std::move(decide)), m_outcome(std::move(outcome))
{
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("pacsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never cut: it says why
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* form = new QFormLayout;
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("pacsNode"));
    for (const policy::PacsNode& n : m_nodes)
        m_node->addItem(n.name);
    form->addRow(tr("PACS"), m_node);
    auto field = [this, form](QLineEdit*& edit, const char* name, const QString& label, const QString& hint) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(hint);
        connect(edit, &QLineEdit::returnPressed, this, &StudyBrowser::search);
        form->addRow(label, edit);
    };
    field(m_patientName, "patientName", tr("Patient name"), tr("DOE^J*  (* and ? are wildcards)"));
    field(m_patientId, "patientId", tr("Patient ID"), QString());
    field(m_date, "studyDate", tr("Study date"), tr("YYYYMMDD or YYYYMMDD-YYYYMMDD"));
    field(m_modality, "modality", tr("Modality"), tr("CT, MR, ..."));
    field(m_accession, "accession", tr("Accession number"), QString());
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("search"));
    m_openButton = new QPushButton(tr("Open"), this);
    m_openButton->setObjectName(QStringLiteral("open"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_searchButton, &QPushButton::clicked, this, &StudyBrowser::search);
    connect(m_openButton, &QPushButton::clicked, this, &StudyBrowser::openSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &StudyBrowser::cancel);

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setHorizontalHeaderLabels(
        {tr("Patient name"), tr("Patient ID"), tr("Date"), tr("Modalities"), tr("Description"), tr("Accession"), tr("Instances")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &StudyBrowser::openSelected);
    layout->addWidget(m_table, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    // Progress per series while a study arrives.
    m_seriesTable = new QTableWidget(0, 2, this);
    m_seriesTable->setObjectName(QStringLiteral("seriesProgress"));
    m_seriesTable->setHorizontalHeaderLabels({tr("Series"), tr("Received")});
    m_seriesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_seriesTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_seriesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_seriesTable->verticalHeader()->hide();
    m_seriesTable->setMaximumHeight(120);
    m_seriesTable->hide();
    layout->addWidget(m_seriesTable);
    m_slowTimer = new QTimer(this);
    m_slowTimer->setInterval(1000);
    connect(m_slowTimer, &QTimer::timeout, this, &StudyBrowser::checkSlow);

    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        const std::shared_ptr<Work> work = std::move(m_work);
        setBusy(false, {});
        if (!work)
            return;
        m_lastFailure = work->ok ? pacs::Failure::None : work->error.kind;
        // What the keychain said (locked; could not keep the password) goes with whatever the banner says.
        const QString keychain = work->keychainProblem.isEmpty() ? QString() : QLatin1Char(' ') + work->keychainProblem;
        if (!work->ok)
            work->error.message += keychain;
        if (!work->retrieve) {
            if (!work->ok) {
                showBanner(work->error.message, true);
                emit searchFinished(false);
                askCredentials(work->node, work->error, Retry::Search);
                return;
            }
            m_matches = std::move(work->matches);
            showResults();
            showBanner(tr("Studies found: %1.").arg(m_matches.size()) + keychain, !keychain.isEmpty());
            emit searchFinished(true);
            return;
        }
        if (m_outcome && !work->fromCache)
            m_outcome(policy::Action::RetrieveStudy, work->subject, work->ok, work->outcome);
        if (!work->ok) {
            // Nothing partial is offered: the series that did arrive are not shown as the study.
            showBanner(work->error.kind == pacs::Failure::Cancelled || work->fromCache
                           ? work->error.message
                           : tr("%1 Nothing of the study is shown; retrieve it again when the PACS answers.").arg(work->error.message),
                       true);
            emit retrieveFinished(false);
            if (!work->fromCache)
                askCredentials(work->node, work->error, Retry::Open);
            return;
        }
        showBanner(work->fromCache ? tr("Opened from the encrypted cache (instances: %1); the PACS was not asked again.").arg(work->instances)
                                   : tr("The study is open, and kept in the encrypted cache (instances: %1).").arg(work->instances) + keychain,
                   !keychain.isEmpty());
        emit studyRetrieved(work->node, work->study, work->instances);
        if (m_opener)
            m_opener(std::move(work->kept), work->fromCache);
        emit retrieveFinished(true);
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        // Accepted typed credentials stay for the rest of this window's life only.
        if (m_lastFailure == pacs::Failure::None)
            for (auto& [node, typed] : m_typed)
                typed.remember = false;
    });
    if (m_nodes.empty()) {
        showBanner(tr("The site policy names no PACS, so there is nothing to search."), true);
        m_searchButton->setEnabled(false);
        m_openButton->setEnabled(false);
    }
}

StudyBrowser::~StudyBrowser()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

QString StudyBrowser::bannerText() const { return m_banner->isHidden() ? QString() : m_banner->text(); }
int StudyBrowser::resultCount() const { return m_table->rowCount(); }
bool StudyBrowser::busy() const { return m_watcher.isRunning(); }

const policy::PacsNode* StudyBrowser::currentNode() const
{
    const int i = m_node->currentIndex();
    return i >= 0 && i < int(m_nodes.size()) ? &m_nodes[std::size_t(i)] : nullptr;
}

void StudyBrowser::showBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    // A crowded dialog would squeeze a wrapped label to one line: keep the room its lines need.
    m_banner->setMinimumHeight(m_banner->heightForWidth(std::max(300, m_banner->width())));
    m_banner->setStyleSheet(error ? QStringLiteral("QLabel { background: #7a1f1f; color: white; padding: 6px; font-weight: bold; }")
                                  : QStringLiteral("QLabel { background: #1f3a5a; color: white; padding: 6px; }"));
    m_banner->show();
}

void StudyBrowser::setBusy(bool isBusy, const QString& what)
{
    m_searchButton->setEnabled(!isBusy);
    m_openButton->setEnabled(!isBusy);
    m_cancelButton->setEnabled(isBusy);
    m_progress->setVisible(isBusy);
    if (isBusy) {
        m_progress->setRange(0, 0); // busy until the PACS says how many
        m_progress->setFormat(what);
        m_sinceActivity.start();
        m_slowTimer->start();
    } else {
        m_slowTimer->stop();
    }
}

void StudyBrowser::checkSlow()
{
    const qint64 quiet = m_sinceActivity.elapsed() / 1000;
    if (busy() && quiet >= m_slowAfter)
        showBanner(tr("The PACS \"%1\" has not answered for %2 seconds; still waiting (Cancel stops).").arg(m_busyNode).arg(quiet), false);
}

void StudyBrowser::setSeries(const std::vector<pacs::SeriesMatch>& series)
{
    m_sinceActivity.start();
    m_seriesRows.clear();
    m_seriesTable->setRowCount(int(series.size()));
    for (int r = 0; r < int(series.size()); ++r) {
        const pacs::SeriesMatch& m = series[std::size_t(r)];
        m_seriesRows.push_back({m.seriesInstanceUid, m.numberOfInstances, 0});
        m_seriesTable->setItem(r, 0, new QTableWidgetItem(QStringLiteral("%1 %2  %3").arg(m.modality).arg(m.seriesNumber).arg(m.seriesDescription)));
        m_seriesTable->setItem(r, 1, new QTableWidgetItem(m.numberOfInstances < 0 ? QStringLiteral("0") : tr("0 of %1").arg(m.numberOfInstances)));
    }
    m_seriesTable->setVisible(!series.empty());
}

void StudyBrowser::seriesArrived(const QString& seriesUid)
{
    m_sinceActivity.start();
    for (int r = 0; r < int(m_seriesRows.size()); ++r) {
        SeriesRow& row = m_seriesRows[std::size_t(r)];
        if (row.uid != seriesUid)
            continue;
        ++row.received;
        m_seriesTable->item(r, 1)->setText(row.expected < 0 ? QString::number(row.received) : tr("%1 of %2").arg(row.received).arg(row.expected));
        return;
    }
}

void StudyBrowser::showResults()
{
    m_table->setRowCount(int(m_matches.size()));
    for (int r = 0; r < int(m_matches.size()); ++r) {
        const pacs::StudyMatch& m = m_matches[std::size_t(r)];
        const QStringList cells{m.patientName, m.patientId, m.studyDate, m.modalities.join(QLatin1Char('/')), m.studyDescription,
                                m.accessionNumber, m.numberOfInstances < 0 ? QString() : QString::number(m.numberOfInstances)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (!m_matches.empty())
        m_table->selectRow(0);
    m_table->resizeColumnsToContents();
}

void StudyBrowser::search()
{
    const policy::PacsNode* node = currentNode();
    if (!node || busy())
        return;
    pacs::QueryKeys keys;
    keys.patientName = m_patientName->text().trimmed();
    keys.patientId = m_patientId->text().trimmed();
    keys.studyDate = m_date->text().trimmed();
    keys.modality = m_modality->text().trimmed().toUpper();
    keys.accessionNumber = m_accession->text().trimmed();
    if (const QString bad = pacs::checkQueryKeys(keys); !bad.isEmpty()) {
        showBanner(bad, true);
        return;
    }
    const bool web = !node->hasDimse();
    const policy::Subject subject = study::querySubject(*node, keys, web);
    if (const QString refused = m_decide(policy::Action::QueryPacs, subject); !refused.isEmpty()) {
        m_lastFailure = pacs::Failure::None;
        showBanner(refused, true);
        return;
    }
    m_table->setRowCount(0);
    m_matches.clear();
    auto work = std::make_shared<Work>();
    m_work = work;
    setBusy(true, tr("Searching %1...").arg(node->name));
    const policy::PacsNode n = *node;
    m_busyNode = n.name;
    work->node = n.name;
    const Typed typed = typedFor(n);
    m_watcher.setFuture(QtConcurrent::run([work, n, keys, web, typed, store = m_credentials] {
        const pacs::BasicCredentials basic = credentialsFor(n, web, typed.credentials, store, work->keychainProblem);
        auto found = study::queryPacs(n, keys, web, &work->error, basic);
        work->ok = found.ok();
        if (found) {
            work->matches = std::move(found).value();
            rememberIfAsked(n, typed.credentials, typed.remember, store, work->keychainProblem);
        }
    }));
}

void StudyBrowser::openSelected()
{
    const policy::PacsNode* node = currentNode();
    const int row = m_table->currentRow();
    if (!node || busy() || row < 0 || row >= int(m_matches.size()))
        return;
    const pacs::StudyMatch& m = m_matches[std::size_t(row)];
    const bool web = !node->hasDimse();
    if (!m_cache) {
        showBanner(tr("The encrypted cache is not available, and a retrieved study is kept nowhere else."), true);
        return;
    }
    auto work = std::make_shared<Work>();
    work->retrieve = true;
    work->node = node->name;
    work->study = m.studyInstanceUid;
    m_seriesTable->setRowCount(0);
    m_seriesTable->hide();
    auto cache = m_cache;
    if (pacs::isRetrieved(*cache, node->name, m.studyInstanceUid)) {
        // The second open: from the encrypted cache, without the PACS (the
        // viewer still asks ViewStudy before it shows a pixel).
        work->fromCache = true;
        m_work = work;
        setBusy(true, tr("Opening from the encrypted cache..."));
        m_busyNode = node->name;
        m_watcher.setFuture(QtConcurrent::run([work, cache] {
            auto opened = study::openRetrievedFromCache(*cache, work->node, work->study);
            if (!opened) {
                work->error = {pacs::Failure::BadAnswer, opened.errorMessage()};
                return;
            }
            work->kept = std::move(opened).value();
            work->instances = int(work->kept.size());
            work->ok = true;
        }));
        return;
    }
    policy::Subject subject = study::retrieveSubject(*node, m.studyInstanceUid, web);
    subject.patientId = m.patientId;
    subject.patientName = m.patientName;
    if (const QString refused = m_decide(policy::Action::RetrieveStudy, subject); !refused.isEmpty()) {
        showBanner(refused, true);
        return;
    }
    work->subject = subject;
    m_work = work;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true, tr("Retrieving from %1...").arg(node->name));
    m_busyNode = node->name;
    const int expected = m.numberOfInstances;
    if (expected > 0) {
        m_progress->setRange(0, expected);
        m_progress->setValue(0);
        m_progress->setFormat(tr("%v of %m instances"));
    }
    QPointer<StudyBrowser> self = this;
    study::RetrieveRequest request;
    request.node = *node;
    request.studyInstanceUid = m.studyInstanceUid;
    request.dicomweb = web;
    request.cache = cache;
    request.keepInMemory = bool(m_opener);
    auto cancelFlag = m_cancel;
    const Typed typed = typedFor(*node);
    m_watcher.setFuture(QtConcurrent::run([work, request, cancelFlag, self, typed, store = m_credentials]() mutable {
        request.basic = credentialsFor(request.node, request.dicomweb, typed.credentials, store, work->keychainProblem);
        // The series first, for progress per series (a failure here only loses that display).
        if (auto series = study::querySeries(request.node, request.studyInstanceUid, request.dicomweb, request.basic))
            QMetaObject::invokeMethod(self, [self, list = std::move(series).value()] { if (self) self->setSeries(list); }, Qt::QueuedConnection);
        request.options.cancel = cancelFlag.get();
        request.options.progress = [self](int received, int) {
            QMetaObject::invokeMethod(self, [self, received] { if (self) self->m_progress->setValue(received); }, Qt::QueuedConnection);
        };
        request.arrived = [self](const pacs::RetrievedInstance& i) {
            QMetaObject::invokeMethod(self, [self, uid = i.seriesInstanceUid] { if (self) self->seriesArrived(uid); }, Qt::QueuedConnection);
        };
        study::PacsRetrieval got = study::retrieveFromPacs(request);
        work->ok = got.ok;
        work->error = got.error;
        work->instances = got.instances;
        work->subject = got.subject;
        work->outcome = got.outcome;
        work->kept = std::move(got.kept);
        if (got.ok)
            rememberIfAsked(request.node, typed.credentials, typed.remember, store, work->keychainProblem);
    }));
}

StudyBrowser::Typed StudyBrowser::typedFor(const policy::PacsNode& node) const
{
    const auto it = m_typed.find(node.name);
    return it == m_typed.end() ? Typed{} : it->second;
}

bool StudyBrowser::askCredentials(const QString& nodeName, const pacs::PacsError& error, Retry retry)
{
    if (error.kind != pacs::Failure::CredentialsMissing && error.kind != pacs::Failure::CredentialsRefused)
        return false;
    const policy::PacsNode* node = currentNode();
    if (!node || node->name != nodeName || node->auth != policy::PacsAuth::Basic)
        return false;
    QString user = m_typed.count(nodeName) ? m_typed[nodeName].credentials.user : QString();
    m_typed.erase(nodeName); // refused or absent: nothing typed earlier is tried again
    auto* dialog = new PacsLoginDialog(nodeName, error.message, user, m_credentials != nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, nodeName, retry] {
        const pacs::BasicCredentials typed = dialog->credentials();
        if (typed.isEmpty())
            return;
        m_typed[nodeName] = {typed, dialog->remember()};
        QTimer::singleShot(0, this, [this, retry] { retry == Retry::Search ? search() : openSelected(); });
    });
    dialog->open();
    emit credentialsRequested(nodeName);
    return true;
}

void StudyBrowser::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

} // namespace custos::ui

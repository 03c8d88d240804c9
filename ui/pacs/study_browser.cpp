// SPDX-License-Identifier: Apache-2.0
#include "ui/pacs/study_browser.h"

#include "core/pacs/dicomweb_client.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/retrieved_study.h"

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
#include <QVBoxLayout>
#include <QtConcurrent>

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
};

StudyBrowser::StudyBrowser(std::vector<policy::PacsNode> nodes, std::shared_ptr<cache::StudyCache> cache, Decide decide, Outcome outcome,
                           QWidget* parent)
    : QWidget(parent), m_nodes(std::move(nodes)), m_cache(std::move(cache)), m_decide(std::move(decide)), m_outcome(std::move(outcome))
{
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("pacsBanner"));
    m_banner->setWordWrap(true);
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

    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        const std::shared_ptr<Work> work = std::move(m_work);
        setBusy(false, {});
        if (!work)
            return;
        m_lastFailure = work->ok ? pacs::Failure::None : work->error.kind;
        if (!work->retrieve) {
            if (!work->ok) {
                showBanner(work->error.message, true);
                emit searchFinished(false);
                return;
            }
            m_matches = std::move(work->matches);
            showResults();
            showBanner(tr("Studies found: %1.").arg(m_matches.size()), false);
            emit searchFinished(true);
            return;
        }
        if (m_outcome)
            m_outcome(policy::Action::RetrieveStudy, work->subject, work->ok,
                      work->ok ? QStringLiteral("RetrieveStudy completed: %1 instances").arg(work->instances)
                               : QStringLiteral("retrieve failed: ") + work->error.message);
        if (!work->ok) {
            showBanner(work->error.message, true);
            emit retrieveFinished(false);
            return;
        }
        showBanner(tr("The study is here, kept in the encrypted cache (instances: %1).").arg(work->instances), false);
        emit studyRetrieved(work->node, work->study, work->instances);
        emit retrieveFinished(true);
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

QString StudyBrowser::bannerText() const { return m_banner->isVisible() ? m_banner->text() : QString(); }
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
    policy::Subject subject;
    subject.patientId = keys.patientId;
    subject.patientName = keys.patientName;
    subject.description = QStringLiteral("PACS %1 (%2); query: %3").arg(node->name, web ? QStringLiteral("DICOMweb") : QStringLiteral("DICOM TLS"), keys.describe());
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
    m_watcher.setFuture(QtConcurrent::run([work, n, keys, web] {
        auto found = web ? [&] {
            pacs::DicomwebClient c(n);
            auto r = c.searchStudies(keys);
            work->error = c.lastError();
            return r;
        }()
                         : [&] {
                               pacs::DimseClient c(n);
                               auto r = c.findStudies(keys);
                               work->error = c.lastError();
                               return r;
                           }();
        work->ok = found.ok();
        if (found)
            work->matches = std::move(found).value();
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
    policy::Subject subject;
    subject.studyUid = m.studyInstanceUid;
    subject.patientId = m.patientId;
    subject.patientName = m.patientName;
    subject.description = QStringLiteral("from PACS %1 (%2)").arg(node->name, web ? QStringLiteral("DICOMweb") : QStringLiteral("DICOM TLS"));
    if (const QString refused = m_decide(policy::Action::RetrieveStudy, subject); !refused.isEmpty()) {
        showBanner(refused, true);
        return;
    }
    if (!m_cache) {
        showBanner(tr("The encrypted cache is not available, and a retrieved study is kept nowhere else."), true);
        return;
    }
    auto work = std::make_shared<Work>();
    work->retrieve = true;
    work->node = node->name;
    work->study = m.studyInstanceUid;
    work->subject = subject;
    m_work = work;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true, tr("Retrieving from %1...").arg(node->name));
    const int expected = m.numberOfInstances;
    if (expected > 0) {
        m_progress->setRange(0, expected);
        m_progress->setValue(0);
        m_progress->setFormat(tr("%v of %m instances"));
    }
    QPointer<QProgressBar> bar = m_progress;
    const policy::PacsNode n = *node;
    auto cache = m_cache;
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([work, n, web, cache, cancelFlag, bar] {
        pacs::RetrievedStudyWriter writer(cache, n.name, work->study);
        pacs::RetrieveOptions options;
        options.cancel = cancelFlag.get();
        options.progress = [bar](int received, int) {
            QMetaObject::invokeMethod(
                bar, [bar, received] { if (bar) bar->setValue(received); }, Qt::QueuedConnection);
        };
        QString keepProblem;
        auto sink = [&](pacs::RetrievedInstance&& i) {
            if (auto added = writer.add(i); !added) {
                keepProblem = added.errorMessage();
                return false;
            }
            return true;
        };
        Result<int> got = Error{QString()};
        if (web) {
            pacs::DicomwebClient c(n);
            got = c.retrieveStudy(work->study, sink, options);
            work->error = c.lastError();
        } else {
            pacs::DimseClient c(n);
            got = c.getStudy(work->study, sink, options);
            work->error = c.lastError();
        }
        if (!keepProblem.isEmpty())
            work->error = {pacs::Failure::BadAnswer, keepProblem};
        if (got && keepProblem.isEmpty()) {
            if (auto committed = writer.commit(); !committed)
                work->error = {pacs::Failure::BadAnswer, committed.errorMessage()};
            else {
                work->ok = true;
                work->instances = got.value();
            }
        }
    }));
}

void StudyBrowser::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

} // namespace custos::ui

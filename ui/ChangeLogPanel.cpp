// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeLogPanel.h"

#include "ProjectController.h"
#include "server/ServerProject.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {
constexpr int kShown = 300;
} // namespace

ChangeLogPanel::ChangeLogPanel(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_table(new QTableWidget(0, 3, this)),
      m_status(new QLabel(this)), m_refresh(new QPushButton(this)) {
    retranslate();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_refresh, &QPushButton::clicked, this, &ChangeLogPanel::refresh);
    connect(m_controller, &ProjectController::changed, this, &ChangeLogPanel::onChanged);
    refresh();
}

QString ChangeLogPanel::status() const {
    return m_status->text();
}

void ChangeLogPanel::retranslate() {
    m_refresh->setText(tr("Refresh"));
    m_table->setHorizontalHeaderLabels({tr("Time (UTC)"), tr("User"), tr("Change")});
}

void ChangeLogPanel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::LanguageChanged)
        retranslate();
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::FileStateChanged ||
        event.kind == ChangeKind::LanguageChanged)
        refresh();
}

void ChangeLogPanel::refresh() {
    m_table->setRowCount(0);
    auto address = server::ServerAddress::parse(m_controller->filePath());
    m_refresh->setEnabled(address.isOk());
    if (address.hasError()) {
        m_status->setText(tr("Only shared projects (File → Open Server Project…) keep a change log."));
        return;
    }
    auto project = server::ServerProject::open(address.value(), store::OpenMode::ReadOnly);
    auto entries = project.isOk() ? project.value()->changeLog(kShown)
                                  : core::Result<std::vector<server::ChangeLogEntry>>(project.error());
    if (entries.hasError()) {
        m_status->setText(
            tr("The change log cannot be read: %1").arg(QString::fromStdString(entries.error().message())));
        return;
    }
    m_table->setRowCount(int(entries.value().size()));
    int row = 0;
    for (const server::ChangeLogEntry& e : entries.value()) {
        auto* what = new QTableWidgetItem(e.describe());
        what->setToolTip(what->text());
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(e.time)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(e.user)));
        m_table->setItem(row, 2, what);
        ++row;
    }
    m_status->setText(
        tr("%1 — the newest %2 changes").arg(QString::fromStdString(address.value().schema())).arg(row));
}

} // namespace jieshui::ui

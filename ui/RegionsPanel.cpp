// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionsPanel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "RegionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole;
} // namespace

RegionsPanel::RegionsPanel(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_editing(controller), m_tree(new QTreeWidget(this)),
      m_add(new QPushButton(this)), m_rename(new QPushButton(this)), m_remove(new QPushButton(this)) {
    m_tree->setColumnCount(3);
    retranslate();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setUniformRowHeights(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RegionsPanel::addRegion);
    connect(m_rename, &QPushButton::clicked, this, &RegionsPanel::renameRegion);
    connect(m_remove, &QPushButton::clicked, this, &RegionsPanel::removeRegion);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!m_readOnly)
            renameRegion();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        updateButtons();
        if (item != nullptr && !m_rebuilding)
            m_controller->setSelectedRegion(item->data(0, kCodeRole).toString());
    });
    connect(m_controller, &ProjectController::changed, this, &RegionsPanel::onChanged);
    rebuild();
}

QString RegionsPanel::currentCode() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item != nullptr ? item->data(0, kCodeRole).toString() : QString();
}

void RegionsPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

void RegionsPanel::retranslate() {
    m_add->setText(tr("Add…"));
    m_rename->setText(tr("Rename…"));
    m_remove->setText(tr("Remove…"));
    m_tree->setHeaderLabels({tr("Region"), tr("Code"), tr("Kind")});
    m_add->setToolTip(tr("Add a county, city, sub-zone, basin, utility or reservoir"));
    m_remove->setToolTip(tr("Remove the region with its statistics and everything else that names it"));
}

void RegionsPanel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::LanguageChanged) {
        retranslate();
        rebuild();
    } else if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::DataChanged) {
        rebuild();
    } else if (event.kind == ChangeKind::RegionSelected) {
        // Follow the map's identify tool.
        const QList<QTreeWidgetItem*> found =
            m_tree->findItems(event.regionCode, Qt::MatchExactly | Qt::MatchRecursive, 1);
        m_rebuilding = true;
        if (!found.isEmpty())
            m_tree->setCurrentItem(found.front());
        m_rebuilding = false;
    }
}

void RegionsPanel::rebuild() {
    m_rebuilding = true;
    const QString current = m_controller->selectedRegion();
    m_tree->clear();
    const core::Dataset& dataset = m_controller->project().dataset;
    QMap<QString, QTreeWidgetItem*> items;
    // Parents come first in a project, but not necessarily: place children once their parent exists.
    std::vector<const core::Region*> pending;
    for (const core::Region& r : dataset.regions())
        pending.push_back(&r);
    for (bool placed = true; placed && !pending.empty();) {
        placed = false;
        for (auto it = pending.begin(); it != pending.end();) {
            const core::Region& r = **it;
            const QString parentCode = QString::fromStdString(r.parentCode);
            QTreeWidgetItem* parent = items.value(parentCode);
            if (!parentCode.isEmpty() && parent == nullptr && dataset.region(r.parentCode) != nullptr) {
                ++it;
                continue;
            }
            auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            const std::string_view kind = core::regionKindName(r.kind, DomainLabels::isChinese());
            item->setText(0, DomainLabels::regionName(r));
            item->setText(1, QString::fromStdString(r.code));
            item->setText(2, QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())));
            item->setData(0, kCodeRole, QString::fromStdString(r.code));
            if (r.provenance.isEstimate())
                item->setToolTip(0, tr("attributes estimated"));
            items.insert(QString::fromStdString(r.code), item);
            it = pending.erase(it);
            placed = true;
        }
    }
    // Cities and counties open; what lies under counties folded.
    for (QTreeWidgetItem* item : std::as_const(items)) {
        const core::Region* r = dataset.region(item->data(0, kCodeRole).toString().toStdString());
        item->setExpanded(r != nullptr && r->kind != core::RegionKind::County);
    }
    if (QTreeWidgetItem* selected = items.value(current))
        m_tree->setCurrentItem(selected);
    m_rebuilding = false;
    updateButtons();
}

void RegionsPanel::updateButtons() {
    const core::Region* r = m_controller->project().dataset.region(currentCode().toStdString());
    m_add->setEnabled(!m_readOnly && m_controller->project().dataset.root() != nullptr);
    m_rename->setEnabled(!m_readOnly && r != nullptr);
    m_remove->setEnabled(!m_readOnly && r != nullptr && !r->parentCode.empty());
}

void RegionsPanel::showError(const core::Error& error) {
    QMessageBox::warning(this, tr("Regions"),
                         tr("Nothing was changed: %1").arg(QString::fromStdString(error.message())));
}

void RegionsPanel::addRegion() {
    const core::Dataset& dataset = m_controller->project().dataset;
    QString parent = currentCode();
    if (parent.isEmpty() && dataset.root() != nullptr)
        parent = QString::fromStdString(dataset.root()->code);
    RegionDialog dialog(dataset, parent, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = m_editing.add(dialog.region()); st.hasError())
        showError(st.error());
}

void RegionsPanel::renameRegion() {
    const core::Region* region = m_controller->project().dataset.region(currentCode().toStdString());
    if (region == nullptr)
        return;
    RegionDialog dialog(m_controller->project().dataset, *region, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Region edited = dialog.region();
    if (auto st = m_editing.rename(currentCode(), QString::fromStdString(edited.nameZh),
                                   QString::fromStdString(edited.nameEn));
        st.hasError())
        showError(st.error());
}

void RegionsPanel::removeRegion() {
    const QString code = currentCode();
    auto plan = m_editing.planRemoval(code);
    if (plan.hasError()) {
        showError(plan.error());
        return;
    }
    const core::Region* region = m_controller->project().dataset.region(code.toStdString());
    QMessageBox box(QMessageBox::Question, tr("Remove region"),
                    tr("Remove %1 (%2) and everything that depends on it?")
                        .arg(region != nullptr ? DomainLabels::regionName(*region) : code, code),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(plan.value().describe().join(QLatin1Char('\n')) + QLatin1Char('\n') +
                           tr("Edit → Undo brings it all back."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (auto st = m_editing.remove(code); st.hasError())
        showError(st.error());
}

} // namespace jieshui::ui

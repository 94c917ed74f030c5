// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioManager.h"

#include "ButtonGrid.h"
#include "DomainLabels.h"
#include "DriverOverrideDelegate.h"
#include "DriverOverrideDialog.h"
#include "ProjectController.h"
#include "ScenarioDriversModel.h"
#include "ScenarioOverridesModel.h"
#include "ScenarioPropertiesDialog.h"
#include "ScenarioTreeModel.h"
#include "commands/AddRemoveScenarioCommand.h"
#include "commands/MoveScenarioCommand.h"
#include "commands/SetDriverOverrideCommand.h"
#include "i18n/ScenarioWords.h"
#include "scenario/ScenarioEditor.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {

/** An id for a new scenario from its English name ("Tighter saving" → "tighter-saving"), else "scenario". */
std::string idFrom(const ScenarioTexts& texts) {
    std::string id;
    for (const char c : texts.nameEn) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum)
            id += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id.empty() || id.size() > 40 ? std::string("scenario") : id;
}

} // namespace

ScenarioManager::ScenarioManager(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_treeModel(new ScenarioTreeModel(controller, this)),
      m_driversModel(new ScenarioDriversModel(controller, this)),
      m_overridesModel(new ScenarioOverridesModel(controller, this)), m_tree(new QTreeView(this)),
      m_drivers(new QTableView(this)), m_overrides(new QTableView(this)), m_driversTitle(new QLabel(this)),
      m_overridesTitle(new QLabel(this)), m_message(new QLabel(this)), m_new(new QPushButton(this)),
      m_duplicate(new QPushButton(this)), m_rename(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_up(new QPushButton(this)), m_down(new QPushButton(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)) {
    retranslate();
    m_tree->setModel(m_treeModel);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ScenarioTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ScenarioTreeModel::OwnValuesColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ScenarioTreeModel::OwnQuotasColumn, QHeaderView::ResizeToContents);

    m_drivers->setModel(m_driversModel);
    m_drivers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_drivers->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_drivers->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_overrides->setModel(m_overridesModel);
    m_overrides->setItemDelegate(new DriverOverrideDelegate(controller, m_overrides));
    m_overrides->verticalHeader()->hide();
    m_overrides->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrides->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overrides->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_driversTitle->setWordWrap(true);
    // Never squeezed to a sliver on a 768-pixel screen: the dock scrolls instead.
    const int line = fontMetrics().lineSpacing();
    m_tree->setMinimumHeight(line * 5);
    m_drivers->setMinimumHeight(line * 9);
    m_overrides->setMinimumHeight(line * 5);

    // Buttons in rows of three, the title above its buttons: the panel never scrolls sideways in a dock a
    // third of a 1366-pixel screen wide.
    QGridLayout* treeButtons = ButtonGrid::of({m_new, m_duplicate, m_rename, m_delete, m_up, m_down}, 3);
    auto* overrideButtons = new QVBoxLayout;
    m_overridesTitle->setWordWrap(true);
    overrideButtons->addWidget(m_overridesTitle);
    overrideButtons->addLayout(ButtonGrid::of({m_add, m_remove}, 2));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(treeButtons);
    topLayout->addWidget(m_tree);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_driversTitle);
    middleLayout->addWidget(m_drivers);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(overrideButtons);
    bottomLayout->addWidget(m_overrides);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_controller, &ProjectController::changed, this, &ScenarioManager::onChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString id =
                    current.siblingAtColumn(0).data(ScenarioTreeModel::ScenarioIdRole).toString();
                if (!id.isEmpty())
                    m_controller->setScenario(id);
                updateButtons();
            });
    connect(m_overrides->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScenarioManager::updateButtons);
    connect(
        m_driversModel, &ScenarioDriversModel::refused, this,
        [this](const QModelIndex& index, const QString& message) { showRefusal(m_drivers, index, message); });
    connect(m_overridesModel, &ScenarioOverridesModel::refused, this,
            [this](const QModelIndex& index, const QString& message) {
                showRefusal(m_overrides, index, message);
            });
    connect(m_new, &QPushButton::clicked, this, &ScenarioManager::newScenarioDialog);
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateSelected(); });
    connect(m_rename, &QPushButton::clicked, this, &ScenarioManager::renameDialog);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_add, &QPushButton::clicked, this, &ScenarioManager::addOverrideDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_overrides->currentIndex();
        if (current.isValid())
            m_overridesModel->removeRow(current.row());
    });
    onChanged(ChangeEvent{ChangeKind::ProjectReplaced});
}

QString ScenarioManager::selectedId() const {
    return m_controller->scenario();
}

void ScenarioManager::onChanged(const ChangeEvent& event) {
    switch (event.kind) {
    case ChangeKind::ProjectReplaced:
    case ChangeKind::ScenariosChanged:
        m_tree->expandAll();
        [[fallthrough]];
    case ChangeKind::ScenarioChanged:
        selectCurrentScenario();
        break;
    case ChangeKind::LanguageChanged:
        retranslate();
        // The last notice was written in the other language: it does not outlive the switch.
        showMessage(QString(), false);
        return;
    default:
        return;
    }
    updateTitles();
    updateButtons();
}

void ScenarioManager::retranslate() {
    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("A new scenario inheriting from the chosen one"));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setToolTip(tr("A copy of the chosen scenario, with its own values"));
    m_rename->setText(tr("Rename…"));
    m_rename->setToolTip(tr("Names and descriptions in Chinese and English"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the chosen scenario (not while others inherit from it)"));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Move the scenario up the list"));
    m_down->setText(tr("Down"));
    m_down->setToolTip(tr("Move the scenario down the list"));
    m_add->setText(tr("Add Value…"));
    m_add->setToolTip(tr("An own value of a driver for the city or a county, from any year"));
    m_remove->setText(tr("Remove Value"));
    m_remove->setToolTip(tr("Remove the selected own value: the parent's applies again"));
    updateTitles();
}

void ScenarioManager::updateTitles() {
    const core::Scenario* s = m_controller->project().scenario(selectedId());
    const QString name = s ? DomainLabels::scenarioName(*s) : QString();
    m_driversTitle->setText(
        s ? tr("Drivers of “%1” in %2 — <b><font color=\"%3\">bold blue: its own values</font></b>; black: "
               "inherited (the tooltip says from where); <i><font color=\"%4\">grey: baseline "
               "trend</font></i>. "
               "Double-click a value to change it.")
                .arg(name.toHtmlEscaped())
                .arg(m_driversModel->year())
                .arg(ScenarioDriversModel::ownColor().name(), ScenarioDriversModel::trendColor().name())
          : tr("The project has no scenarios."));
    m_overridesTitle->setText(s ? tr("Own values of “%1” (its differences from its parent)").arg(name)
                                : QString());
}

void ScenarioManager::selectCurrentScenario() {
    const QModelIndex index = m_treeModel->indexOf(m_controller->scenario());
    if (index.isValid() && m_tree->currentIndex().siblingAtColumn(0) != index) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
        m_tree->viewport()->update();
    }
}

void ScenarioManager::updateButtons() {
    const bool any = m_controller->project().scenario(selectedId()) != nullptr;
    for (QPushButton* b : {m_duplicate, m_rename, m_delete, m_up, m_down, m_add})
        b->setEnabled(any);
    m_new->setEnabled(any || m_controller->project().scenarios.empty());
    m_remove->setEnabled(any && m_overrides->currentIndex().isValid());
}

void ScenarioManager::showMessage(const QString& message, bool refusal) {
    m_message->setText(message);
    m_message->setStyleSheet(refusal ? QStringLiteral("color: #A83A00") : QString());
}

void ScenarioManager::showRefusal(QTableView* view, const QModelIndex& index, const QString& message) {
    showMessage(message, true);
    // At the cell: a tooltip where the value was typed.
    const QRect cell = view->visualRect(index);
    QToolTip::showText(view->viewport()->mapToGlobal(cell.bottomLeft()), message, view->viewport(), cell,
                       8000);
}

QString ScenarioManager::createScenario(const QString& parent, const ScenarioTexts& texts) {
    const ProjectData& project = m_controller->project();
    core::Scenario s{.name = core::ScenarioEditor::uniqueId(project.scenarios, idFrom(texts)),
                     .parent = parent.toStdString(),
                     .descriptionZh = texts.descriptionZh,
                     .descriptionEn = texts.descriptionEn,
                     .nameZh = texts.nameZh,
                     .nameEn = texts.nameEn};
    std::vector<core::Scenario> copy = project.scenarios;
    core::ScenarioEditor editor(copy, core::ScenarioRegions::fromDataset(project.dataset));
    if (auto problem = editor.checkCreate(s)) {
        showMessage(i18n::ScenarioWords::problem(*problem, project.dataset, project.scenarios,
                                                 DomainLabels::isChinese()),
                    true);
        return {};
    }
    m_controller->undoStack()->push(new AddScenarioCommand(m_controller, s));
    showMessage(tr("Created “%1”: it has every value of its parent until you change one.")
                    .arg(DomainLabels::scenarioName(s)),
                false);
    return QString::fromStdString(s.name);
}

QString ScenarioManager::duplicateSelected() {
    const core::Scenario* source = m_controller->project().scenario(selectedId());
    if (!source)
        return {};
    // The names are stored in both languages, whichever the window shows.
    const std::string zh = core::scenarioDisplayName(*source, true);
    const std::string en = core::scenarioDisplayName(*source, false);
    core::Scenario copy = *source;
    copy.nameZh = zh + "（副本）";
    copy.nameEn = en + " (copy)";
    copy.parent = source->parent.empty() ? source->name : source->parent;
    copy.name = core::ScenarioEditor::uniqueId(m_controller->project().scenarios, source->name + "-copy");
    const auto at = core::ScenarioEditor::indexOf(m_controller->project().scenarios, source->name);
    m_controller->undoStack()->push(
        new AddScenarioCommand(m_controller, copy, at ? std::optional(*at + 1) : std::nullopt));
    return QString::fromStdString(copy.name);
}

void ScenarioManager::describeSelected(const ScenarioTexts& texts) {
    if (m_controller->project().scenario(selectedId()))
        m_controller->undoStack()->push(new DescribeScenarioCommand(m_controller, selectedId(), texts));
}

bool ScenarioManager::deleteSelected() {
    const ProjectData& project = m_controller->project();
    std::vector<core::Scenario> copy = project.scenarios;
    core::ScenarioEditor editor(copy, core::ScenarioRegions::fromDataset(project.dataset));
    if (auto problem = editor.checkRemove(selectedId().toStdString())) {
        showMessage(i18n::ScenarioWords::problem(*problem, project.dataset, project.scenarios,
                                                 DomainLabels::isChinese()),
                    true);
        return false;
    }
    m_controller->undoStack()->push(new RemoveScenarioCommand(m_controller, selectedId()));
    showMessage(tr("Deleted. Edit → Undo brings it back."), false);
    return true;
}

void ScenarioManager::moveSelected(int delta) {
    const auto& scenarios = m_controller->project().scenarios;
    const auto i = core::ScenarioEditor::indexOf(scenarios, selectedId().toStdString());
    if (!i)
        return;
    const long target = long(*i) + delta;
    if (target < 0 || target >= long(scenarios.size()))
        return;
    m_controller->undoStack()->push(new MoveScenarioCommand(m_controller, selectedId(), std::size_t(target)));
}

bool ScenarioManager::addOverride(const core::DriverOverride& value) {
    const ProjectData& project = m_controller->project();
    if (auto problem = core::ScenarioEditor::checkOverride(
            value, core::ScenarioRegions::fromDataset(project.dataset), selectedId().toStdString())) {
        showMessage(i18n::ScenarioWords::problem(*problem, project.dataset, project.scenarios,
                                                 DomainLabels::isChinese()),
                    true);
        return false;
    }
    m_controller->undoStack()->push(new SetDriverOverrideCommand(m_controller, selectedId(), value));
    showMessage(QString(), false);
    return true;
}

void ScenarioManager::newScenarioDialog() {
    ScenarioPropertiesDialog dialog(m_controller->project().scenarios, selectedId(), {}, false, this);
    if (dialog.exec() == QDialog::Accepted)
        createScenario(dialog.parentScenario(), dialog.texts());
}

void ScenarioManager::renameDialog() {
    const core::Scenario* s = m_controller->project().scenario(selectedId());
    if (!s)
        return;
    ScenarioPropertiesDialog dialog(m_controller->project().scenarios, QString::fromStdString(s->parent),
                                    {s->nameZh.empty() ? core::scenarioDisplayName(*s, true) : s->nameZh,
                                     s->nameEn.empty() ? core::scenarioDisplayName(*s, false) : s->nameEn,
                                     s->descriptionZh, s->descriptionEn},
                                    true, this);
    if (dialog.exec() == QDialog::Accepted)
        describeSelected(dialog.texts());
}

void ScenarioManager::addOverrideDialog() {
    const core::Scenario* s = m_controller->project().scenario(selectedId());
    if (!s)
        return;
    DriverOverrideDialog dialog(m_controller->project().dataset, *s, m_driversModel->year(), this);
    if (dialog.exec() == QDialog::Accepted)
        if (const auto value = dialog.value())
            addOverride(*value);
}

} // namespace jieshui::ui

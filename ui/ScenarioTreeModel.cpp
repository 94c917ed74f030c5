// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioTreeModel.h"

#include "DomainLabels.h"
#include "ProjectController.h"

#include <QFont>
#include <map>

namespace jieshui::ui {

ScenarioTreeModel::ScenarioTreeModel(ProjectController* controller, QObject* parent)
    : QAbstractItemModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &ScenarioTreeModel::onChanged);
    rebuild();
}

void ScenarioTreeModel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::ScenariosChanged) {
        beginResetModel();
        rebuild();
        endResetModel();
    } else if (event.kind == ChangeKind::ScenarioChanged) {
        // The selected scenario is drawn bold.
        announceEveryRow();
    } else if (event.kind == ChangeKind::LanguageChanged) {
        // Names and descriptions in the new language; no reset, so the tree keeps its selection and what is
        // expanded.
        announceEveryRow();
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
}

void ScenarioTreeModel::announceEveryRow() {
    if (m_nodes.empty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (const Node& n : m_nodes)
        if (!n.children.empty()) {
            const QModelIndex parentIndex = createIndex(n.row, 0, quintptr(&n - m_nodes.data()));
            emit dataChanged(index(0, 0, parentIndex),
                             index(int(n.children.size()) - 1, ColumnCount - 1, parentIndex));
        }
}

void ScenarioTreeModel::rebuild() {
    m_nodes.clear();
    m_roots.clear();
    const auto& scenarios = m_controller->project().scenarios;
    std::map<std::string, int> nodeOf;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        m_nodes.push_back(Node{.scenario = i});
        nodeOf[scenarios[i].name] = int(i);
    }
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const auto parent = nodeOf.find(scenarios[i].parent);
        // A parent that is missing, or the scenario itself, makes it a root rather than losing it.
        if (scenarios[i].parent.empty() || parent == nodeOf.end() || parent->second == int(i)) {
            m_nodes[i].row = int(m_roots.size());
            m_roots.push_back(int(i));
        } else {
            m_nodes[i].parent = parent->second;
            m_nodes[i].row = int(m_nodes[std::size_t(parent->second)].children.size());
            m_nodes[std::size_t(parent->second)].children.push_back(int(i));
        }
    }
}

const std::vector<int>& ScenarioTreeModel::childrenOf(int node) const {
    return node < 0 ? m_roots : m_nodes[std::size_t(node)].children;
}

QModelIndex ScenarioTreeModel::indexOf(const QString& id) const {
    const auto& scenarios = m_controller->project().scenarios;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (QString::fromStdString(scenarios[m_nodes[i].scenario].name) == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QModelIndex ScenarioTreeModel::index(int row, int column, const QModelIndex& parent) const {
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    const std::vector<int>& children = childrenOf(parentNode);
    if (row < 0 || row >= int(children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex ScenarioTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() >= m_nodes.size())
        return {};
    const int parentNode = m_nodes[child.internalId()].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[std::size_t(parentNode)].row, 0, quintptr(parentNode));
}

int ScenarioTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int ScenarioTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ScenarioTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return {};
    const ProjectData& project = m_controller->project();
    const core::Scenario& s = project.scenarios[m_nodes[index.internalId()].scenario];
    const QString id = QString::fromStdString(s.name);
    if (role == ScenarioIdRole)
        return id;
    if (role == Qt::FontRole && id == m_controller->scenario()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        const std::string& description =
            DomainLabels::isChinese() || s.descriptionEn.empty() ? s.descriptionZh : s.descriptionEn;
        return QString::fromStdString(description);
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return DomainLabels::scenarioName(s);
    case OwnValuesColumn:
        return int(s.overrides.size());
    case OwnQuotasColumn: {
        QStringList years;
        for (const core::Allocation& a : project.allocations)
            if (a.scenario == s.name)
                years << QString::number(a.year);
        return years.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant ScenarioTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Scenario");
    case OwnValuesColumn:
        return tr("Own values");
    case OwnQuotasColumn:
        return tr("Own quotas");
    default:
        return {};
    }
}

} // namespace jieshui::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerTreeModel.h"

#include "ProjectController.h"

namespace jieshui::ui {

namespace {
QString roleName(geo::LayerRole role) {
    switch (role) {
    case geo::LayerRole::Counties:
        return LayerTreeModel::tr("Counties");
    case geo::LayerRole::Basins:
        return LayerTreeModel::tr("Basins");
    case geo::LayerRole::IrrigationDistricts:
        return LayerTreeModel::tr("Irrigation districts");
    case geo::LayerRole::Rivers:
        return LayerTreeModel::tr("Rivers");
    case geo::LayerRole::Reservoirs:
        return LayerTreeModel::tr("Reservoirs");
    case geo::LayerRole::Cities:
        return LayerTreeModel::tr("Cities");
    case geo::LayerRole::Other:
        break;
    }
    return LayerTreeModel::tr("Other");
}
} // namespace

LayerTreeModel::LayerTreeModel(ProjectController* controller, QObject* parent)
    : QAbstractItemModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &LayerTreeModel::onChanged);
}

void LayerTreeModel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::LanguageChanged) {
        beginResetModel();
        endResetModel();
    } else if (event.kind == ChangeKind::LayersChanged && rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    }
}

int LayerTreeModel::layerIndexAt(int row) const {
    return int(m_controller->project().layers.size()) - 1 - row;
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || row >= rowCount() || column != 0)
        return {};
    return createIndex(row, column);
}

QModelIndex LayerTreeModel::parent(const QModelIndex&) const {
    return {};
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_controller->project().layers.size());
}

int LayerTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const ProjectData& project = m_controller->project();
    const int layerIndex = layerIndexAt(index.row());
    const geo::FeatureLayer& layer = project.layers[layerIndex];
    switch (role) {
    case Qt::DisplayRole:
        return layer.schematic ? tr("%1 (schematic)").arg(layer.name) : layer.name;
    case Qt::CheckStateRole:
        return project.layerVisible.value(layerIndex, true) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("%1 — %2 features, %3").arg(roleName(layer.role)).arg(layer.features.size()).arg(layer.crs);
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    ProjectData& project = m_controller->mutableProject();
    project.normalizeLayerFlags();
    const int layerIndex = layerIndexAt(index.row());
    const bool visible = value.toInt() == Qt::Checked;
    if (project.layerVisible[layerIndex] == visible)
        return true;
    project.layerVisible[layerIndex] = visible;
    // Visibility is a view setting, not an edit of the plan data: it does not go on the undo stack.
    m_controller->notify(ChangeEvent{ChangeKind::LayersChanged});
    return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant LayerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Layer");
    return {};
}

} // namespace jieshui::ui

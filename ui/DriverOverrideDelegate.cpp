// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriverOverrideDelegate.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "ScenarioOverridesModel.h"
#include "i18n/ScenarioWords.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace jieshui::ui {

using i18n::ScenarioWords;

DriverOverrideDelegate::DriverOverrideDelegate(ProjectController* controller, QObject* parent)
    : QStyledItemDelegate(parent), m_controller(controller) {}

QWidget* DriverOverrideDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const {
    const bool zh = DomainLabels::isChinese();
    const core::Dataset& dataset = m_controller->project().dataset;
    switch (index.column()) {
    case ScenarioOverridesModel::RegionColumn: {
        auto* box = new QComboBox(parent);
        const core::ScenarioRegions regions = core::ScenarioRegions::fromDataset(dataset);
        box->addItem(ScenarioWords::regionLabel(dataset, regions.cityCode, zh, false),
                     QString::fromStdString(regions.cityCode));
        for (const std::string& county : regions.countyCodes)
            if (county != regions.cityCode)
                box->addItem(ScenarioWords::regionLabel(dataset, county, zh, false),
                             QString::fromStdString(county));
        return box;
    }
    case ScenarioOverridesModel::DriverColumn: {
        auto* box = new QComboBox(parent);
        for (core::Driver d : core::DriverTraits::all)
            box->addItem(ScenarioWords::driverName(d, zh), int(d));
        return box;
    }
    case ScenarioOverridesModel::FromYearColumn: {
        auto* box = new QSpinBox(parent);
        const core::ScenarioResult* result = m_controller->result();
        const int first = result && result->lastObservedYear() > 0 ? result->lastObservedYear() + 1 : 1901;
        box->setRange(first - 1, 2100);
        box->setSpecialValueText(ScenarioWords::fromYearText(0));
        return box;
    }
    case ScenarioOverridesModel::ValueColumn:
        return new QLineEdit(parent);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void DriverOverrideDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QComboBox*>(editor))
        box->setCurrentIndex(std::max(0, box->findData(value)));
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt() == 0 ? spin->minimum() : value.toInt());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(index.data(Qt::DisplayRole).toString().section(QLatin1Char(' '), 0, 0));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void DriverOverrideDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const {
    // A refused value is said by the model (refused()); the cell keeps its old value.
    if (auto* box = qobject_cast<QComboBox*>(editor))
        model->setData(index, box->currentData());
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        model->setData(index, spin->value() == spin->minimum() ? 0 : spin->value());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        model->setData(index, line->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace jieshui::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "scenario/Scenario.h"

#include <QAbstractTableModel>
#include <QColor>
#include <string>
#include <vector>

namespace jieshui::ui {

class ProjectController;

/**
 * Every driver of the selected scenario (rows) for the whole city and each county (columns), as the
 * projection uses it in the first projected year, with where it comes from (WEAP-like): the scenario's own
 * values in bold blue, values inherited from an ancestor in black (the tooltip names the scenario), the
 * baseline trend in grey italics. The whole-city column shows a city-wide value where one is set, else
 * "—" (each county has its own). Editing a cell sets the scenario's own value for that region (in place
 * when it has one), one undo step; a value outside the driver's range is refused (refused()).
 */
class ScenarioDriversModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        OriginRole = Qt::UserRole + 1, ///< QString: the id of the scenario the value comes from; "" = trend
        FractionRole                   ///< double: the stored value (fraction), or invalid when none
    };
    /** The colour of own values (explicit values, as WEAP shows them). */
    static QColor ownColor() { return QColor(0x00, 0x4C, 0x99); }
    /** The colour of baseline-trend values. */
    static QColor trendColor() { return QColor(0x75, 0x75, 0x75); }

    explicit ScenarioDriversModel(ProjectController* controller, QObject* parent = nullptr);

    /** The year the cells show: the first projected year of the selected scenario. */
    int year() const { return m_year; }
    /** The region code of @p column (the city first, then the counties). */
    std::string regionCode(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refused(const QModelIndex& index, const QString& message);

private:
    void onChanged(const ChangeEvent& event);
    void rebuild();

    struct Cell {
        bool hasValue = false;
        double value = 0.0;
        std::string scenario; ///< origin; empty = baseline trend
        std::string regionCode;
        int fromYear = 0;
        QString problem; ///< why there is no value
    };

    ProjectController* m_controller;
    std::vector<std::string> m_regions;     ///< city, then counties
    std::vector<std::vector<Cell>> m_cells; ///< [driver][region]
    int m_year = 0;
};

} // namespace jieshui::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ScenarioComparison.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

namespace jieshui::ui {

/**
 * Scenarios side by side (core::ScenarioComparison): a row per target of the year; for each scenario its
 * value and verdict, and for each but the reference the difference from it. Differences are highlighted:
 * a verdict other than the reference's on a pale background, a difference that shows at the report's
 * decimals in bold.
 */
class ScenarioComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { DiffersRole = Qt::UserRole + 1, IndicatorRole, StatusRole };
    /** The background of a verdict that differs from the reference's. */
    static QColor highlightColor() { return QColor(0xFF, 0xF2, 0xCC); }

    explicit ScenarioComparisonModel(QObject* parent = nullptr);

    void setComparison(std::vector<core::ComparisonRow> rows, QStringList scenarioNames,
                       const core::Dataset* dataset);
    const std::vector<core::ComparisonRow>& rows() const { return m_rows; }
    /**
     * The same comparison under the scenarios' names in another language (as many names as before): the
     * rows stay, the headers and texts are announced changed.
     */
    void setNames(QStringList scenarioNames);
    const QStringList& names() const { return m_names; }

    /** Columns: target, region, target value; then the reference's value and verdict; then for each other
     * scenario k ≥ 1 its value, verdict and difference from the reference. */
    static int valueColumn(int k) { return k == 0 ? 3 : 5 + 3 * (k - 1); }
    static int statusColumn(int k) { return valueColumn(k) + 1; }
    static int differenceColumn(int k) { return k == 0 ? -1 : valueColumn(k) + 2; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Part { Value, Status, Difference };
    struct ColumnInfo {
        int scenario = -1; ///< -1 for the target columns
        Part part = Part::Value;
    };
    ColumnInfo columnInfo(int column) const;

    std::vector<core::ComparisonRow> m_rows;
    QStringList m_names;
    const core::Dataset* m_dataset = nullptr;
};

} // namespace jieshui::ui

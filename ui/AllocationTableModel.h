// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"
#include "model/QuotaDisplay.h"
#include "report/QuotaCheck.h"
#include "report/ReportTable.h"

#include <QAbstractTableModel>
#include <optional>

namespace jieshui::ui {

/**
 * The counties of a quota split beside their use (core::QuotaCheck from the evaluation service): quota in
 * 亿m³ or 万m³ (core::QuotaDisplay), share of the cap, pinned (typed by hand), use in the split's year and
 * scenario, the verdict in the map's colours and words, and use − quota. The quota and pinned cells are
 * editable; an edit is announced (quotaEdited, pinChanged) for the allocation editor to turn into one
 * undo command — the model itself changes nothing.
 */
class AllocationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CountyColumn,
        QuotaColumn,
        ShareColumn,
        PinnedColumn,
        UseColumn,
        StatusColumn,
        GapColumn,
        ColumnCount
    };
    enum Role {
        RegionCodeRole = Qt::UserRole + 1, ///< QString county code
        StatusRole,                        ///< int(core::VerdictStatus)
        CubicMetresRole                    ///< double: the quota, use or gap of the cell in m³
    };

    explicit AllocationTableModel(QObject* parent = nullptr);

    /** Shows @p check (nullopt: nothing to show) in @p unit; @p editable lets quotas be typed. */
    void setCheck(std::optional<core::QuotaCheck> check, core::QuotaUnit unit, bool editable,
                  const core::Dataset* dataset);
    const std::optional<core::QuotaCheck>& check() const { return m_check; }
    core::QuotaUnit unit() const { return m_unit; }

    /** The table as a reader receives it (export, clipboard), with the cap, Σ and remainder as notes. */
    core::ReportTable toReportTable(const QString& title) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** A quota was typed for @p regionCode (m³), or cleared (nullopt: no quota allocated). */
    void quotaEdited(const QString& regionCode, std::optional<double> cubicMetres);
    void pinChanged(const QString& regionCode, bool pinned);
    void refused(const QModelIndex& index, const QString& message);

private:
    QString volume(double cubicMetres, bool withSign = false) const;

    std::optional<core::QuotaCheck> m_check;
    core::QuotaUnit m_unit = core::QuotaUnit::HundredMillionCubicMetres;
    bool m_editable = false;
    const core::Dataset* m_dataset = nullptr;
};

} // namespace jieshui::ui

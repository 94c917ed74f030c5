// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationTableModel.h"

#include "DomainLabels.h"
#include "render/StatusPalette.h"

#include <QBrush>
#include <QFont>

namespace jieshui::ui {

AllocationTableModel::AllocationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AllocationTableModel::setCheck(std::optional<core::QuotaCheck> check, core::QuotaUnit unit,
                                    bool editable, const core::Dataset* dataset) {
    beginResetModel();
    m_check = std::move(check);
    m_unit = unit;
    m_editable = editable;
    m_dataset = dataset;
    endResetModel();
}

QString AllocationTableModel::volume(double cubicMetres, bool withSign) const {
    QString text = QString::fromStdString(core::QuotaDisplay::format(m_unit, cubicMetres, withSign));
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, QChar(0x2212));
    return text;
}

int AllocationTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_check ? 0 : int(m_check->rows.size());
}

int AllocationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationTableModel::data(const QModelIndex& index, int role) const {
    if (!m_check || !index.isValid() || index.row() >= int(m_check->rows.size()))
        return {};
    const core::QuotaRow& row = m_check->rows[std::size_t(index.row())];
    const core::Verdict& v = row.verdict;
    if (role == RegionCodeRole)
        return QString::fromStdString(row.regionCode);
    if (role == StatusRole)
        return int(v.status);
    if (role == CubicMetresRole) {
        if (index.column() == QuotaColumn && row.quota)
            return *row.quota;
        if (index.column() == UseColumn && v.value)
            return v.value->value;
        if (index.column() == GapColumn && v.gap)
            return *v.gap;
        return {};
    }
    if (role == Qt::CheckStateRole && index.column() == PinnedColumn)
        return row.quota ? QVariant(row.manual ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == Qt::EditRole && index.column() == QuotaColumn)
        return row.quota ? volume(*row.quota) : QString();
    if (role == Qt::TextAlignmentRole && index.column() != CountyColumn && index.column() != StatusColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QBrush(DomainLabels::statusColor(v.status));
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return render::StatusPalette::color(v.status);
    if (role == Qt::FontRole && index.column() == QuotaColumn && row.manual) {
        QFont font;
        font.setBold(true); // typed by hand
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == QuotaColumn)
            return row.quota ? (row.manual ? tr("Typed by hand: kept when the rest is split by the method")
                                           : tr("Computed by the method; type a value to pin it"))
                             : tr("No quota allocated: type one, or split the cap by the method");
        if (index.column() == StatusColumn)
            return QString::fromStdString(v.explanation);
        if (index.column() == UseColumn && v.value)
            return DomainLabels::provenanceName(v.value->provenance);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CountyColumn:
        return m_dataset ? DomainLabels::regionName(*m_dataset, QString::fromStdString(row.regionCode))
                         : QString::fromStdString(row.regionCode);
    case QuotaColumn:
        return row.quota ? volume(*row.quota) : QStringLiteral("—");
    case ShareColumn:
        return row.quota ? QString::fromStdString(core::QuotaDisplay::formatShare(row.share))
                         : QStringLiteral("—");
    case UseColumn:
        return v.value ? volume(v.value->value) : QStringLiteral("—");
    case StatusColumn:
        return DomainLabels::statusName(v.status);
    case GapColumn:
        return v.gap ? volume(*v.gap, true) : QStringLiteral("—");
    default:
        return {};
    }
}

bool AllocationTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_check || !m_editable || !index.isValid() || index.row() >= int(m_check->rows.size()))
        return false;
    const core::QuotaRow& row = m_check->rows[std::size_t(index.row())];
    const QString code = QString::fromStdString(row.regionCode);
    if (index.column() == PinnedColumn && role == Qt::CheckStateRole) {
        if (!row.quota)
            return false;
        emit pinChanged(code, value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() != QuotaColumn || role != Qt::EditRole)
        return false;
    QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        emit quotaEdited(code, std::nullopt);
        return true;
    }
    text.replace(QChar(0x2212), QLatin1Char('-'));
    auto parsed = core::QuotaDisplay::parse(text.toStdString(), m_unit);
    if (parsed.hasError()) {
        emit refused(index,
                     tr("“%1” is not a quota: type a volume such as %2 %3, or leave it empty for none.")
                         .arg(value.toString(), volume(4.8e8),
                              QString::fromStdString(core::QuotaDisplay::unit(m_unit))));
        return false;
    }
    emit quotaEdited(code, parsed.value());
    return true;
}

Qt::ItemFlags AllocationTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.column() == QuotaColumn)
        f |= Qt::ItemIsEditable;
    if (m_editable && index.column() == PinnedColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AllocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString unit = QString::fromStdString(core::QuotaDisplay::unit(m_unit));
    // The name over its unit: two short lines let the seven columns fit the dock of a 1366-px window.
    const auto overUnit = [](const QString& name, const QString& u) { return name + QLatin1Char('\n') + u; };
    switch (section) {
    case CountyColumn:
        return tr("County");
    case QuotaColumn:
        return overUnit(tr("Quota"), unit);
    case ShareColumn:
        return overUnit(tr("Share"), QStringLiteral("%"));
    case PinnedColumn:
        return tr("Typed");
    case UseColumn:
        return overUnit(tr("Use"), unit);
    case StatusColumn:
        return tr("Status");
    case GapColumn:
        return overUnit(tr("Use − quota"), unit);
    default:
        return {};
    }
}

core::ReportTable AllocationTableModel::toReportTable(const QString& title) const {
    core::ReportTable table;
    table.title = title.toStdString();
    const std::string unit = core::QuotaDisplay::unit(m_unit);
    const int places = core::QuotaDisplay::decimals(m_unit);
    table.columns = {{tr("County").toStdString(), "", -1, true},
                     {tr("Quota").toStdString(), unit, places, false},
                     {tr("Share").toStdString(), "%", 2, false},
                     {tr("Typed").toStdString(), "", -1, true},
                     {tr("Use").toStdString(), unit, places, false},
                     {tr("Status").toStdString(), "", -1, true},
                     {tr("Use − quota").toStdString(), unit, places, false}};
    if (!m_check)
        return table;
    using Cell = core::ReportTable::Cell;
    const auto number = [&](std::optional<double> m3) -> Cell {
        return m3 ? Cell(core::QuotaDisplay::toDisplay(m_unit, *m3)) : Cell();
    };
    for (int r = 0; r < rowCount(); ++r) {
        const core::QuotaRow& row = m_check->rows[std::size_t(r)];
        table.rows.push_back(
            {Cell(index(r, CountyColumn).data().toString().toStdString()), number(row.quota),
             row.quota ? Cell(row.share * 100.0) : Cell(),
             Cell(row.manual ? tr("yes").toStdString() : std::string()),
             number(row.verdict.value ? std::optional(row.verdict.value->value) : std::nullopt),
             Cell(DomainLabels::statusName(row.verdict.status).toStdString()), number(row.verdict.gap)});
    }
    table.notes.push_back(tr("Cap %1 %2; quotas %3 %2; remainder (cap − Σ quotas) %4 %2")
                              .arg(volume(m_check->allocation.cap), QString::fromStdString(unit),
                                   volume(m_check->sum), volume(m_check->remainder, true))
                              .toStdString());
    return table;
}

} // namespace jieshui::ui

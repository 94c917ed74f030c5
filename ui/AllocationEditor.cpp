// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationEditor.h"

#include "AllocationTableModel.h"
#include "ButtonGrid.h"
#include "DomainLabels.h"
#include "ProjectController.h"
#include "TableClipboard.h"
#include "commands/SetAllocationCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {

QString volumeText(core::QuotaUnit unit, double m3, bool withSign = false) {
    QString text = QString::fromStdString(core::QuotaDisplay::format(unit, m3, withSign));
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, QChar(0x2212));
    return text + QLatin1Char(' ') + QString::fromStdString(core::QuotaDisplay::unit(unit));
}

} // namespace

QString AllocationEditor::methodName(core::AllocationMethod method) {
    return QString::fromUtf8(core::allocationMethodName(method, DomainLabels::isChinese()));
}

AllocationEditor::AllocationEditor(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new AllocationTableModel(this)),
      m_scenario(new QLabel(this)), m_year(new QSpinBox(this)), m_cap(new QLineEdit(this)),
      m_planCap(new QPushButton(this)), m_method(new QComboBox(this)), m_baseYear(new QSpinBox(this)),
      m_unit(new QComboBox(this)), m_origin(new QLabel(this)), m_table(new QTableView(this)),
      m_remainder(new QLabel(this)), m_message(new QLabel(this)), m_split(new QPushButton(this)),
      m_unpin(new QPushButton(this)), m_parent(new QPushButton(this)), m_goalSeek(new QPushButton(this)),
      m_copy(new QPushButton(this)), m_export(nullptr), m_scenarioCaption(new QLabel(this)),
      m_yearCaption(new QLabel(this)), m_baseYearCaption(new QLabel(this)), m_capCaption(new QLabel(this)),
      m_methodCaption(new QLabel(this)) {
    m_year->setRange(2000, 2100);
    m_year->setValue(m_yearValue);
    m_baseYear->setRange(1990, 2100);
    for (core::AllocationMethod m :
         {core::AllocationMethod::BaseYearShare, core::AllocationMethod::EqualIntensityReduction,
          core::AllocationMethod::GdpShare, core::AllocationMethod::Manual})
        m_method->addItem(QString(), int(m)); // named by retranslate()
    m_unit->addItem(QStringLiteral("亿m³"), int(core::QuotaUnit::HundredMillionCubicMetres));
    m_unit->addItem(QStringLiteral("万m³"), int(core::QuotaUnit::TenThousandCubicMetres));
    m_cap->setAlignment(Qt::AlignRight);
    retranslate();
    m_origin->setWordWrap(true);
    m_remainder->setWordWrap(true);
    m_message->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);

    // One field a row, two columns of buttons: the dock may be a third of a 1366-pixel screen, and the
    // panel never scrolls sideways (the table does, within itself).
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(10);
    auto* grid = new QGridLayout;
    grid->addWidget(m_scenarioCaption, 0, 0);
    grid->addWidget(m_scenario, 0, 1);
    grid->addWidget(m_yearCaption, 1, 0);
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_baseYearCaption);
    yearRow->addWidget(m_baseYear);
    yearRow->addStretch(1);
    grid->addLayout(yearRow, 1, 1);
    grid->addWidget(m_capCaption, 2, 0);
    auto* capRow = new QHBoxLayout;
    capRow->addWidget(m_cap, 1);
    capRow->addWidget(m_unit);
    capRow->addWidget(m_planCap);
    grid->addLayout(capRow, 2, 1);
    grid->addWidget(m_methodCaption, 3, 0);
    grid->addWidget(m_method, 3, 1);
    grid->setColumnStretch(1, 1);
    QGridLayout* buttons = ButtonGrid::of({m_split, m_unpin, m_parent, m_goalSeek, m_copy}, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_origin);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remainder);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_controller, &ProjectController::changed, this, &AllocationEditor::onChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &AllocationEditor::setYear);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AllocationEditor::refresh);
    connect(m_cap, &QLineEdit::editingFinished, this, [this] {
        auto parsed = core::QuotaDisplay::parse(m_cap->text().trimmed().toStdString(), unit());
        if (parsed.hasError()) {
            m_message->setText(tr("“%1” is not a cap: type a volume such as 16.53.").arg(m_cap->text()));
            refresh();
            return;
        }
        const core::Allocation* a = current();
        const double now = a ? a->cap : planCap().value_or(-1.0);
        if (std::abs(parsed.value() - now) >= 0.5) // an unchanged field is no edit
            setCap(parsed.value());
    });
    connect(m_planCap, &QPushButton::clicked, this, [this] {
        if (const auto cap = planCap())
            setCap(*cap);
    });
    connect(m_method, &QComboBox::activated, this,
            [this](int i) { splitByMethod(core::AllocationMethod(m_method->itemData(i).toInt())); });
    connect(m_split, &QPushButton::clicked, this,
            [this] { splitByMethod(core::AllocationMethod(m_method->currentData().toInt())); });
    connect(m_unpin, &QPushButton::clicked, this, &AllocationEditor::unpinAll);
    connect(m_parent, &QPushButton::clicked, this, &AllocationEditor::useParentSplit);
    connect(m_goalSeek, &QPushButton::clicked, this, [this] {
        if (const auto id = capTargetId())
            emit goalSeekRequested(*id);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { TableClipboard::copySelection(*m_table); });
    connect(m_model, &AllocationTableModel::quotaEdited, this, &AllocationEditor::setQuota);
    connect(m_model, &AllocationTableModel::pinChanged, this, &AllocationEditor::setPinned);
    connect(m_model, &AllocationTableModel::refused, this,
            [this](const QModelIndex& index, const QString& message) {
                m_message->setText(message);
                const QRect cell = m_table->visualRect(index);
                QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), message,
                                   m_table->viewport(), cell, 8000);
            });
    refresh();
}

void AllocationEditor::retranslate() {
    m_scenarioCaption->setText(tr("Scenario:"));
    m_yearCaption->setText(tr("Year:"));
    m_baseYearCaption->setText(tr("Base year:"));
    m_capCaption->setText(tr("Cap:"));
    m_methodCaption->setText(tr("Method:"));
    m_planCap->setText(tr("Plan's Cap"));
    m_split->setText(tr("Split by Method"));
    m_unpin->setText(tr("Unpin All"));
    m_parent->setText(tr("Use Parent's Split"));
    m_goalSeek->setText(tr("What Does It Take?…"));
    m_copy->setText(tr("Copy"));
    m_cap->setToolTip(tr("The cap to split, in the table's unit; type another to try it"));
    m_planCap->setToolTip(tr("Back to the plan's cap of the year"));
    m_method->setToolTip(tr("Choosing a method splits the cap by it (typed quotas are kept)"));
    m_split->setToolTip(
        tr("Split what the typed quotas leave of the cap among the other counties by the method"));
    m_parent->setToolTip(tr("Drop this scenario's own split: the parent's applies again"));
    m_goalSeek->setToolTip(tr("The smallest annual decline of water intensity that meets the cap, per county "
                              "and for the city"));
    // Renamed in place: the chosen method stays chosen, and renaming splits nothing.
    const QSignalBlocker blocker(m_method);
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(i, methodName(core::AllocationMethod(m_method->itemData(i).toInt())));
}

void AllocationEditor::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::LanguageChanged) {
        retranslate();
        // The last notice was written in the other language: it does not outlive the switch.
        m_message->clear();
    }
    if (event.affectsResults() && event.kind != ChangeKind::IndicatorChanged)
        refresh();
}

core::QuotaUnit AllocationEditor::unit() const {
    return core::QuotaUnit(m_unit->currentData().toInt());
}

void AllocationEditor::setYear(int year) {
    if (year != m_yearValue) {
        m_yearValue = year;
        const QSignalBlocker blocker(m_year);
        m_year->setValue(year);
        refresh();
    }
    showMap();
}

void AllocationEditor::showMap() {
    // The map shows what is being edited: county compliance with the cap of this year.
    m_controller->setIndicator(core::Indicator::TotalWaterUse);
    m_controller->setYear(m_yearValue);
}

const core::Allocation* AllocationEditor::current() const {
    return m_controller->service().allocationFor(m_controller->scenario().toStdString(), m_yearValue);
}

std::optional<double> AllocationEditor::planCap() const {
    const core::Dataset& dataset = m_controller->project().dataset;
    const core::Region* root = dataset.root();
    for (const core::PlanTarget& t : dataset.targets())
        if ((t.indicator == core::Indicator::TotalWaterUse ||
             t.indicator == core::Indicator::TotalWaterUseAssessment) &&
            t.year == m_yearValue && root && t.regionCode == root->code)
            return t.value;
    return std::nullopt;
}

std::optional<QString> AllocationEditor::capTargetId() const {
    const core::Dataset& dataset = m_controller->project().dataset;
    const core::Region* root = dataset.root();
    for (const core::PlanTarget& t : dataset.targets())
        if ((t.indicator == core::Indicator::TotalWaterUse ||
             t.indicator == core::Indicator::TotalWaterUseAssessment) &&
            t.year == m_yearValue && root && t.regionCode == root->code)
            return QString::fromStdString(t.id);
    return std::nullopt;
}

QString AllocationEditor::scenarioLabel() const {
    const core::Scenario* s = m_controller->project().scenario(m_controller->scenario());
    return s ? DomainLabels::scenarioName(*s) : tr("observed years");
}

void AllocationEditor::refresh() {
    const core::Allocation* a = current();
    const std::string scenario = m_controller->scenario().toStdString();
    const core::ScenarioResult* result = m_controller->result();
    m_scenario->setText(QStringLiteral("<b>%1</b>").arg(scenarioLabel().toHtmlEscaped()));
    const core::QuotaUnit u = unit();
    {
        const QSignalBlocker b1(m_method);
        const QSignalBlocker b2(m_baseYear);
        const auto cap = a ? std::optional(a->cap) : planCap();
        m_cap->setText(cap ? QString::fromStdString(core::QuotaDisplay::format(u, *cap)) : QString());
        m_method->setCurrentIndex(
            std::max(0, m_method->findData(int(a ? a->method : core::AllocationMethod::BaseYearShare))));
        m_baseYear->setValue(a ? a->baseYear : m_controller->service().baseYear());
    }
    m_planCap->setEnabled(planCap().has_value() && (!a || a->cap != *planCap()));
    if (!a)
        m_origin->setText(planCap()
                              ? tr("No split of the %1 cap yet: choose a method to make one, or type the "
                                   "quotas.")
                                    .arg(m_yearValue)
                              : tr("The plan has no cap for %1: type one to split it.").arg(m_yearValue));
    else if (a->scenario == scenario)
        m_origin->setText(tr("“%1”'s own split of %2.").arg(scenarioLabel()).arg(m_yearValue));
    else if (a->scenario.empty())
        m_origin->setText(tr("The project-wide split of %1 — any change makes it “%2”'s own.")
                              .arg(m_yearValue)
                              .arg(scenarioLabel()));
    else {
        const core::Scenario* from = m_controller->project().scenario(QString::fromStdString(a->scenario));
        m_origin->setText(
            tr("Inherited from “%1” — any change makes it “%2”'s own.")
                .arg(from ? DomainLabels::scenarioName(*from) : QString::fromStdString(a->scenario),
                     scenarioLabel()));
    }
    m_parent->setEnabled(a && a->scenario == scenario && !scenario.empty());
    m_unpin->setEnabled(a &&
                        std::any_of(a->shares.begin(), a->shares.end(), [](auto& s) { return s.manual; }));
    m_goalSeek->setEnabled(capTargetId().has_value() && !scenario.empty());

    std::optional<core::QuotaCheck> check;
    if (result) {
        core::Allocation shown =
            a ? *a : core::Allocation{.year = m_yearValue, .cap = planCap().value_or(0.0)};
        check = m_controller->service().checkQuotas(*result, shown);
    }
    m_model->setCheck(check, u, result != nullptr, &m_controller->project().dataset);
    if (!check || !a) {
        m_remainder->setText(QString());
        return;
    }
    const bool balanced = std::abs(check->remainder) < 0.5;
    const QString state = balanced ? tr("the quotas add up to the cap")
                          : check->remainder > 0
                              ? tr("unallocated — not spread: split it by the method or type it")
                              : tr("over-allocated: the quotas exceed the cap");
    m_remainder->setText(tr("Cap %1 · Σ quotas %2 · <b>Remainder (cap − Σ) %3</b> — %4")
                             .arg(volumeText(u, check->allocation.cap), volumeText(u, check->sum),
                                  volumeText(u, check->remainder, true), state));
    m_remainder->setStyleSheet(balanced ? QString() : QStringLiteral("color: #A83A00"));
}

core::Allocation AllocationEditor::editable() const {
    const std::string scenario = m_controller->scenario().toStdString();
    if (const core::Allocation* a = current()) {
        core::Allocation copy = *a;
        if (copy.scenario != scenario) { // the first edit of an inherited split makes it this scenario's own
            copy.scenario = scenario;
            copy.id.clear();
        }
        if (!copy.id.empty())
            return copy;
        return copy.id = scenario + "-cap-" + std::to_string(m_yearValue), copy;
    }
    const core::Region* root = m_controller->project().dataset.root();
    return core::Allocation{.id = scenario + "-cap-" + std::to_string(m_yearValue),
                            .scenario = scenario,
                            .parentRegion = root ? root->code : std::string(),
                            .year = m_yearValue,
                            .cap = planCap().value_or(0.0),
                            .method = core::AllocationMethod(m_method->currentData().toInt()),
                            .baseYear = m_baseYear->value()};
}

void AllocationEditor::push(const QString& text, std::optional<core::Allocation> allocation) {
    if (allocation) {
        // Ids are unique in the file: another scenario may use the natural one already.
        const auto& all = m_controller->project().allocations;
        const std::string base = allocation->id;
        for (int n = 2;
             std::any_of(all.begin(), all.end(),
                         [&](const core::Allocation& a) {
                             return a.id == allocation->id &&
                                    !(a.scenario == allocation->scenario && a.year == allocation->year);
                         });
             ++n)
            allocation->id = base + "-" + std::to_string(n);
        double sum = 0.0;
        for (const core::AllocationShare& s : allocation->shares)
            sum += s.volume;
        allocation->remainder = allocation->cap - sum;
    }
    m_message->clear();
    showMap();
    m_controller->undoStack()->push(new SetAllocationCommand(m_controller, text, m_controller->scenario(),
                                                             m_yearValue, std::move(allocation)));
}

void AllocationEditor::setQuota(const QString& regionCode, std::optional<double> cubicMetres) {
    core::Allocation a = editable();
    const std::string code = regionCode.toStdString();
    auto it = std::find_if(a.shares.begin(), a.shares.end(), [&](auto& s) { return s.regionCode == code; });
    if (!cubicMetres) {
        if (it != a.shares.end())
            a.shares.erase(it);
    } else if (it != a.shares.end()) {
        it->volume = *cubicMetres;
        it->manual = true;
    } else {
        // In the dataset's county order, so tables and files read the same.
        core::AllocationShare share{.regionCode = code, .volume = *cubicMetres, .manual = true};
        std::size_t position = a.shares.size();
        const auto counties = m_controller->project().dataset.regionsOfKind(core::RegionKind::County);
        for (std::size_t i = 0, rank = 0; i < counties.size(); ++i) {
            if (counties[i]->code == code) {
                position = std::min(rank, a.shares.size());
                break;
            }
            if (rank < a.shares.size() && a.shares[rank].regionCode == counties[i]->code)
                ++rank;
        }
        a.shares.insert(a.shares.begin() + std::ptrdiff_t(position), share);
    }
    const QString county = DomainLabels::regionName(m_controller->project().dataset, regionCode);
    push(cubicMetres ? tr("Set the %1 quota of %2 in “%3” to %4")
                           .arg(m_yearValue)
                           .arg(county, scenarioLabel(), volumeText(unit(), *cubicMetres))
                     : tr("Remove the %1 quota of %2 in “%3”").arg(m_yearValue).arg(county, scenarioLabel()),
         a);
}

void AllocationEditor::setPinned(const QString& regionCode, bool pinned) {
    core::Allocation a = editable();
    for (core::AllocationShare& s : a.shares)
        if (s.regionCode == regionCode.toStdString())
            s.manual = pinned;
    push(pinned ? tr("Keep the quota of %1 when splitting")
                      .arg(DomainLabels::regionName(m_controller->project().dataset, regionCode))
                : tr("Let the method split the quota of %1")
                      .arg(DomainLabels::regionName(m_controller->project().dataset, regionCode)),
         a);
}

void AllocationEditor::unpinAll() {
    core::Allocation a = editable();
    for (core::AllocationShare& s : a.shares)
        s.manual = false;
    push(tr("Let the method split every quota of %1 in “%2”").arg(m_yearValue).arg(scenarioLabel()), a);
}

void AllocationEditor::setCap(double cubicMetres) {
    core::Allocation a = editable();
    a.cap = cubicMetres;
    push(tr("Set the %1 cap of “%2” to %3")
             .arg(m_yearValue)
             .arg(scenarioLabel(), volumeText(unit(), cubicMetres)),
         a);
}

void AllocationEditor::splitByMethod(core::AllocationMethod method) {
    core::Allocation request = editable();
    request.method = method;
    request.baseYear = m_baseYear->value();
    // Manual keeps the quotas as they are (all typed); a method splits what the typed ones leave.
    if (method == core::AllocationMethod::Manual)
        for (core::AllocationShare& s : request.shares)
            s.manual = true;
    auto split = m_controller->service().allocate(m_controller->scenario().toStdString(), request);
    if (split.hasError()) {
        m_message->setText(
            tr("The cap cannot be split this way: %1").arg(QString::fromStdString(split.error().toString())));
        refresh();
        return;
    }
    // Manual: the allocator gives the quotas not typed no share (unallocated, not 0).
    core::Allocation result = split.value();
    result.id = request.id;
    push(tr("Split the %1 cap of “%2” by %3")
             .arg(m_yearValue)
             .arg(scenarioLabel(), methodName(method).toLower()),
         result);
}

void AllocationEditor::useParentSplit() {
    const core::Allocation* a = current();
    if (!a || a->scenario != m_controller->scenario().toStdString())
        return;
    push(tr("Use the parent's %1 split in “%2”").arg(m_yearValue).arg(scenarioLabel()), std::nullopt);
}

} // namespace jieshui::ui

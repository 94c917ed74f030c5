// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalSeekDialog.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "commands/AddRemoveScenarioCommand.h"
#include "report/GoalSeekPlanner.h"
#include "scenario/ScenarioEditor.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {
QString percent(double fraction) {
    QString s = QLocale().toString(fraction * 100.0, 'f', 1);
    if (s.startsWith(QLatin1Char('-')))
        s.replace(0, 1, QChar(0x2212));
    return s;
}
} // namespace

QString GoalSeekDialog::declineText(const core::GoalSeekFinding& f) {
    switch (f.outcome) {
    case core::GoalSeekFinding::Outcome::Found:
        return f.value == 0.0 ? tr("none: holding intensities level meets it")
                              : tr("%1 % a year").arg(percent(f.value));
    case core::GoalSeekFinding::Outcome::Unreachable:
        return tr("not within %1 % a year").arg(percent(core::GoalSeekPlanner::highestDecline));
    case core::GoalSeekFinding::Outcome::NotApplicable:
        break;
    }
    return QStringLiteral("—");
}

QString GoalSeekDialog::growthText(const core::GoalSeekFinding& f) {
    switch (f.outcome) {
    case core::GoalSeekFinding::Outcome::Found:
        return f.atSearchLimit ? tr("%1 % a year or more").arg(percent(f.value))
                               : tr("at most %1 % a year").arg(percent(f.value));
    case core::GoalSeekFinding::Outcome::Unreachable:
        return tr("not even at %1 % a year").arg(percent(core::GoalSeekPlanner::lowestGrowth));
    case core::GoalSeekFinding::Outcome::NotApplicable:
        break;
    }
    return QStringLiteral("—");
}

GoalSeekDialog::GoalSeekDialog(ProjectController* controller, const QString& targetId, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_title(new QLabel(this)), m_table(new QTableWidget(this)),
      m_message(new QLabel(this)), m_city(new QPushButton(tr("Create Scenario: City-wide Decline"), this)),
      m_counties(new QPushButton(tr("Create Scenario: Each County's Decline"), this)) {
    setWindowTitle(tr("What Does It Take?"));
    m_title->setWordWrap(true);
    m_message->setWordWrap(true);
    m_city->setToolTip(
        tr("A new scenario inheriting from this one in which every county's intensities fall by "
           "the city's answer"));
    m_counties->setToolTip(tr("A new scenario in which each county's intensities fall by its own answer"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_city);
    buttons->addWidget(m_counties);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_city, &QPushButton::clicked, this, [this] {
        if (!createScenario(false).isEmpty())
            accept();
    });
    connect(m_counties, &QPushButton::clicked, this, [this] {
        if (!createScenario(true).isEmpty())
            accept();
    });

    // A few dozen evaluations of the scenario: a moment, with the wait cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome =
        m_controller->service().goalSeek(m_controller->scenario().toStdString(), targetId.toStdString());
    QApplication::restoreOverrideCursor();
    if (outcome.isOk())
        m_outcome = std::move(outcome).value();
    else
        m_message->setText(tr("No answer: %1").arg(QString::fromStdString(outcome.error().message())));
    fill();
    resize(760, 380);
}

void GoalSeekDialog::fill() {
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Now"),
                                        tr("Annual decline of water intensity needed"),
                                        tr("Highest real growth that still meets it")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_city->setEnabled(false);
    m_counties->setEnabled(false);
    if (!m_outcome) {
        m_table->setRowCount(0);
        return;
    }
    const core::GoalSeekOutcome& o = *m_outcome;
    const core::Dataset& dataset = m_controller->project().dataset;
    const core::Scenario* scenario = m_controller->project().scenario(QString::fromStdString(o.scenario));
    m_title->setText(tr("<b>%1 %2</b> (%3 %4) in “%5”: what each region needs from %6 on.")
                         .arg(DomainLabels::targetLabel(o.target, dataset).toHtmlEscaped())
                         .arg(o.target.year)
                         .arg(DomainLabels::comparatorText(o.target.comparator),
                              DomainLabels::formatTargetValue(o.target, o.target.value),
                              scenario ? DomainLabels::scenarioName(*scenario).toHtmlEscaped() : QString())
                         .arg(o.firstProjectedYear));
    std::vector<const core::RegionGoalSeek*> rows{&o.city};
    for (const core::RegionGoalSeek& c : o.counties)
        rows.push_back(&c);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const core::RegionGoalSeek& g = *rows[std::size_t(r)];
        const QString region =
            r == 0 ? tr("%1 (as a whole)")
                         .arg(DomainLabels::regionName(dataset, QString::fromStdString(g.regionCode)))
                   : DomainLabels::regionName(dataset, QString::fromStdString(g.regionCode));
        auto* status = new QTableWidgetItem(DomainLabels::statusName(g.statusNow));
        status->setForeground(DomainLabels::statusColor(g.statusNow));
        m_table->setItem(r, 0, new QTableWidgetItem(region));
        m_table->setItem(r, 1, status);
        m_table->setItem(r, 2, new QTableWidgetItem(declineText(g.decline)));
        m_table->setItem(r, 3, new QTableWidgetItem(growthText(g.growthCeiling)));
        if (g.statusNow == core::VerdictStatus::NoQuota)
            m_table->item(r, 2)->setToolTip(
                tr("No quota is allocated to this county: nothing to judge it against."));
    }
    const bool cityFound = o.city.decline.outcome == core::GoalSeekFinding::Outcome::Found;
    const bool anyCounty =
        std::any_of(o.counties.begin(), o.counties.end(), [](const core::RegionGoalSeek& c) {
            return c.decline.outcome == core::GoalSeekFinding::Outcome::Found;
        });
    m_city->setEnabled(cityFound);
    m_counties->setEnabled(anyCounty);
    m_message->setText(
        tr("The decline applies to irrigation water per area, industrial water per value added and "
           "domestic water per GDP alike, every year from %1; growth is real GDP and industrial value "
           "added. Counties are judged against their quotas, met by the %2 % margin.")
            .arg(o.firstProjectedYear)
            .arg(percent(m_controller->service().settings().atRiskMargin)));
}

QString GoalSeekDialog::createScenario(bool perCounty) {
    if (!m_outcome)
        return {};
    const ProjectData& project = m_controller->project();
    const core::Region* root = project.dataset.root();
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(m_outcome->target.indicator);
    const std::string id = core::ScenarioEditor::uniqueId(
        project.scenarios,
        "goal-seek-" + std::to_string(m_outcome->target.year) + (perCounty ? "-counties" : ""));
    core::Scenario s =
        m_outcome->toScenario(id, perCounty, root ? root->code : std::string(), info.nameZh, info.nameEn);
    std::vector<core::Scenario> copy = project.scenarios;
    core::ScenarioEditor editor(copy, core::ScenarioRegions::fromDataset(project.dataset));
    if (editor.checkCreate(s) || s.overrides.empty())
        return {};
    m_controller->undoStack()->push(new AddScenarioCommand(m_controller, s));
    return QString::fromStdString(id);
}

} // namespace jieshui::ui

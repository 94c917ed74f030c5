// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyPanel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "TornadoChart.h"
#include "UncertaintyController.h"
#include "UncertaintySettingsDialog.h"
#include "model/IndicatorDisplay.h"
#include "render/ComplianceMapBuilder.h"
#include "render/InputLabel.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {
QString language() {
    return DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
}
} // namespace

UncertaintyPanel::UncertaintyPanel(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_uncertainty(controller->uncertainty()),
      m_runAction(new QAction(this)), m_mapAction(new QAction(this)), m_editAction(new QAction(this)),
      m_draws(new QSpinBox(this)), m_seed(new QSpinBox(this)), m_run(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_edit(new QPushButton(this)), m_seedLabel(new QLabel(this)),
      m_drawsLabel(new QLabel(this)), m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_tornado(new TornadoChart(this)) {
    setObjectName(QStringLiteral("UncertaintyPanel"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_mapAction->setCheckable(true);

    m_draws->setRange(100, 100000);
    m_draws->setSingleStep(1000);
    m_draws->setGroupSeparatorShown(true);
    m_draws->setValue(int(m_uncertainty->options().draws));
    m_seed->setRange(0, 999999);
    m_seed->setValue(int(m_uncertainty->options().seed));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout();
    auto* draws = new QHBoxLayout();
    draws->addWidget(m_draws, 1);
    draws->addWidget(m_seedLabel);
    draws->addWidget(m_seed, 1);
    form->addRow(m_drawsLabel, draws);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_tornado, 1);

    connect(m_runAction, &QAction::triggered, m_run, &QPushButton::click);
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_uncertainty->setDraws(std::uint32_t(m_draws->value()));
        m_uncertainty->setSeed(std::uint64_t(m_seed->value()));
        m_uncertainty->run();
    });
    connect(m_cancel, &QPushButton::clicked, m_uncertainty, &UncertaintyController::cancel);
    connect(m_edit, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_editAction, &QAction::triggered, this, &UncertaintyPanel::editUncertainty);
    connect(m_uncertainty, &UncertaintyController::runningChanged, this, &UncertaintyPanel::updateState);
    connect(m_uncertainty, &UncertaintyController::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_uncertainty, &UncertaintyController::resultChanged, this, [this] {
        updateState();
        updateTornado();
    });
    connect(m_uncertainty, &UncertaintyController::finished, this, [this](const QString& problem) {
        updateState();
        emit message(problem.isEmpty() ? summary() : problem);
    });
    connect(m_controller, &ProjectController::changed, this, &UncertaintyPanel::onChanged);
    retranslate();
}

void UncertaintyPanel::retranslate() {
    m_runAction->setText(tr("Probability of &Meeting Targets"));
    m_runAction->setStatusTip(
        tr("Monte Carlo over the uncertainty of every input: how likely each target is met"));
    m_mapAction->setText(tr("Map &Probability of Meeting"));
    m_mapAction->setStatusTip(tr("Colour the counties by the probability of meeting the city's target"));
    m_editAction->setText(tr("&Uncertainty of the Inputs…"));
    m_editAction->setStatusTip(tr("How uncertain the statistics and the scenario drivers are"));
    m_draws->setToolTip(tr("Draws of the Latin hypercube (10,000 by default)"));
    m_seed->setToolTip(tr("The same seed gives the same numbers"));
    m_run->setText(tr("Compute"));
    m_cancel->setText(tr("Cancel"));
    m_edit->setText(tr("Input Uncertainty…"));
    m_seedLabel->setText(tr("Seed:"));
    m_drawsLabel->setText(tr("Draws:"));
    updateState();
    updateTornado();
}

QString UncertaintyPanel::summary() const {
    const core::UncertaintyResult* r = m_uncertainty->result();
    if (r == nullptr)
        return {};
    const QLocale locale;
    QString text =
        tr("%1 draws over %2 uncertain inputs (Latin hypercube, seed %3), %n thread(s)", nullptr,
           int(r->threads()))
            .arg(locale.toString(qulonglong(r->draws())), locale.toString(qulonglong(r->inputs().size())))
            .arg(r->seed());
    if (r->failedDraws() > 0)
        text += QLatin1Char(' ') + tr("(%1 draws could not be projected and count in no verdict)")
                                       .arg(locale.toString(qulonglong(r->failedDraws())));
    return text;
}

void UncertaintyPanel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::LanguageChanged)
        retranslate();
    else if (event.affectsResults() || event.kind == ChangeKind::RegionSelected)
        updateTornado();
}

void UncertaintyPanel::updateState() {
    const bool running = m_uncertainty->isRunning();
    m_run->setEnabled(!running);
    m_runAction->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_summary->setText(tr("Computing…"));
        return;
    }
    if (m_uncertainty->result() != nullptr)
        m_summary->setText(summary());
    else if (!m_uncertainty->problem().isEmpty())
        m_summary->setText(m_uncertainty->problem());
    else
        m_summary->setText(tr("Press Compute to see how likely each target of the scenario is met, given the "
                              "uncertainty of every input (estimates ±10 % by default)."));
}

void UncertaintyPanel::updateTornado() {
    const core::UncertaintyResult* r = m_uncertainty->result();
    if (r == nullptr) {
        m_tornado->clear(tr("No analysis of this scenario yet."));
        return;
    }
    const core::Dataset& dataset = m_controller->project().dataset;
    const core::Indicator indicator = m_controller->indicator();
    QString region = m_controller->selectedRegion();
    std::optional<core::Verdict> verdict;
    if (!region.isEmpty())
        verdict = m_controller->judgeRegion(indicator, region);
    if (!verdict && dataset.root() != nullptr) {
        region = QString::fromStdString(dataset.root()->code);
        verdict = m_controller->judgeRegion(indicator, region);
    }
    const core::OutcomeDistribution* outcome =
        verdict ? m_uncertainty->outcome(verdict->target.id, region.toStdString()) : nullptr;
    if (!verdict || outcome == nullptr) {
        m_tornado->clear(tr("The plan has no target of %1 in %2: choose another indicator or year.")
                             .arg(DomainLabels::judgedIndicatorName(indicator))
                             .arg(m_controller->year()));
        return;
    }
    const core::PlanTarget& target = verdict->target;
    const auto shown = [&](double base) { return core::IndicatorDisplay::toTargetUnit(target, base); };
    const auto text = [&](double base) {
        return QString::fromStdString(core::IndicatorDisplay::formatForTarget(target, base));
    };
    std::vector<TornadoBar> bars;
    for (const core::InputEffect& e : outcome->effects) {
        const core::UncertainInput& input = r->inputs()[e.input];
        TornadoBar bar;
        bar.label = render::InputLabel::text(input, dataset, language());
        if (e.hasLow)
            bar.low = shown(e.low);
        if (e.hasHigh)
            bar.high = shown(e.high);
        bar.lowMet = e.lowMet;
        bar.highMet = e.highMet;
        bar.toolTip = tr("%1 (%2)\nat its 5 %: %3 — %4\nat its 95 %: %5 — %6")
                          .arg(bar.label, render::InputLabel::spread(input, dataset, language()),
                               e.hasLow ? text(e.low) : QStringLiteral("—"),
                               DomainLabels::statusName(e.lowMet ? core::VerdictStatus::Met
                                                                 : core::VerdictStatus::Missed),
                               e.hasHigh ? text(e.high) : QStringLiteral("—"),
                               DomainLabels::statusName(e.highMet ? core::VerdictStatus::Met
                                                                  : core::VerdictStatus::Missed));
        bars.push_back(std::move(bar));
    }
    const QString unit = QString::fromStdString(core::IndicatorDisplay::targetUnit(target));
    const std::optional<double> p = outcome->probabilityMet();
    // The indicator actually judged (a cap in the assessment scope), as the scorecard's CLI rows name it.
    const QString what = target.indicator == core::Indicator::TaskMilestone
                             ? DomainLabels::targetLabel(target, dataset)
                             : DomainLabels::judgedIndicatorName(target.indicator);
    const QString title = tr("%1 %2 %3 (%4 %5%6): P(met) %7")
                              .arg(DomainLabels::regionName(dataset, region), what)
                              .arg(target.year)
                              .arg(DomainLabels::comparatorText(target.comparator), text(target.value),
                                   unit.isEmpty() ? QString() : QStringLiteral(" ") + unit,
                                   p ? QString::fromStdString(core::IndicatorDisplay::formatProbability(*p))
                                     : QStringLiteral("—"));
    if (bars.empty()) {
        m_tornado->clear(title + QLatin1Char('\n') + tr("No uncertain input moves this value."));
        return;
    }
    m_tornado->setData(
        title, outcome->central ? std::optional<double>(shown(*outcome->central)) : std::nullopt,
        shown(target.value), tr("target"), std::move(bars),
        target.indicator == core::Indicator::TaskMilestone ? 2 : core::IndicatorDisplay::decimals(indicator));
}

void UncertaintyPanel::editUncertainty() {
    UncertaintySettingsDialog dialog(m_controller, this);
    dialog.exec();
}

} // namespace jieshui::ui

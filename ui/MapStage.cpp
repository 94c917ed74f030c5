// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapStage.h"

#include "DomainLabels.h"
#include "MapCanvas.h"
#include "MapPresenter.h"
#include "ProjectController.h"
#include "StageVerdictPanel.h"
#include "YearStepper.h"
#include "render/ComplianceMapBuilder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace jieshui::ui {

namespace {
QLabel* stageLabel(QWidget* parent, int pixels, bool bold, const QString& color = QStringLiteral("#212121")) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel{font-size:%1px;%2color:%3;}")
                             .arg(pixels)
                             .arg(bold ? QStringLiteral("font-weight:bold;") : QString())
                             .arg(color));
    return label;
}
} // namespace

MapStage::MapStage(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_canvas(new MapCanvas(this)),
      m_presenter(new MapPresenter(controller, m_canvas, this)), m_compareCanvas(new MapCanvas(this)),
      m_comparePresenter(new MapPresenter(controller, m_compareCanvas, this)),
      m_kicker(stageLabel(this, 20, false, QStringLiteral("#1565c0"))), m_title(stageLabel(this, 40, true)),
      m_paneHeader(stageLabel(this, 22, true, QStringLiteral("#0d47a1"))),
      m_compareHeader(stageLabel(this, 22, true, QStringLiteral("#0d47a1"))),
      m_comparePane(new QWidget(this)), m_verdicts(new StageVerdictPanel(controller, this)),
      m_caption(stageLabel(this, 26, false)),
      m_stepper(new YearStepper(controller->planYears(), this)) {
    setObjectName(QStringLiteral("MapStage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* header = new QVBoxLayout;
    header->setContentsMargins(0, 0, 0, 0); // the stage's margins come with presentation mode
    header->setObjectName(QStringLiteral("StageHeader"));
    header->addWidget(m_kicker);
    header->addWidget(m_title);
    layout->addLayout(header);

    auto* body = new QHBoxLayout;
    body->setSpacing(4);
    auto* pane = new QVBoxLayout;
    pane->setSpacing(0);
    pane->addWidget(m_paneHeader);
    pane->addWidget(m_canvas, 1);
    body->addLayout(pane, 1);
    auto* comparePane = new QVBoxLayout(m_comparePane);
    comparePane->setContentsMargins(0, 0, 0, 0);
    comparePane->setSpacing(0);
    comparePane->addWidget(m_compareHeader);
    comparePane->addWidget(m_compareCanvas, 1);
    m_compareCanvas->setParent(m_comparePane);
    body->addWidget(m_comparePane, 1);
    body->addWidget(m_verdicts);
    layout->addLayout(body, 1);

    auto* footer = new QVBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->setObjectName(QStringLiteral("StageFooter"));
    footer->addWidget(m_caption);
    footer->addWidget(m_stepper, 0, Qt::AlignHCenter);
    layout->addLayout(footer);
    m_stepper->setLarge(true);
    m_paneHeader->setAlignment(Qt::AlignCenter);
    m_compareHeader->setAlignment(Qt::AlignCenter);

    // The second map follows every pan and zoom of the first, and the first of the second.
    connect(m_canvas, &MapCanvas::viewportChanged, m_compareCanvas, &MapCanvas::followViewport);
    connect(m_compareCanvas, &MapCanvas::viewportChanged, m_canvas, &MapCanvas::followViewport);
    connect(m_stepper, &YearStepper::yearChanged, m_controller, &ProjectController::setYear);
    connect(m_controller, &ProjectController::changed, this, [this](const ChangeEvent& event) {
        if (event.affectsResults()) // a new project, or new targets: other years may be key years
            m_stepper->setPlanYears(m_controller->planYears());
        if (event.kind == ChangeKind::YearChanged || event.kind == ChangeKind::ProjectReplaced)
            m_stepper->setYear(m_controller->year());
        if (event.affectsResults()) {
            updateTitle();
            updatePaneHeaders();
        }
    });
    m_stepper->setYear(m_controller->year());
    m_comparePresenter->setActive(false); // until a second map is asked for
    m_verdicts->setComparePresenter(m_comparePresenter);
    for (QWidget* w :
         {static_cast<QWidget*>(m_kicker), static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_verdicts),
          static_cast<QWidget*>(m_caption), static_cast<QWidget*>(m_stepper),
          static_cast<QWidget*>(m_paneHeader), static_cast<QWidget*>(m_comparePane)})
        w->hide();
}

void MapStage::setCompareScenario(const QString& name) {
    if (name == m_compareScenario)
        return;
    m_compareScenario = name;
    m_comparePresenter->setActive(!name.isEmpty());
    // Each map carries its legend (a room reads each map alone; the header names its scenario).
    m_compareCanvas->overlay().setLegendVisible(m_canvas->overlay().isLegendVisible());
    m_comparePresenter->setScenario(name);
    m_comparePane->setVisible(!name.isEmpty());
    m_paneHeader->setVisible(!name.isEmpty());
    updatePaneHeaders();
    updateTitle();
    if (!name.isEmpty())
        m_compareCanvas->followViewport(m_canvas->viewport());
    if (m_verdicts->isVisible())
        m_verdicts->rebuild(); // both scenarios' verdicts, or one again
}

void MapStage::setPresentation(bool on) {
    m_presentation = on;
    for (MapCanvas* canvas : {m_canvas, m_compareCanvas}) {
        canvas->overlay().setLarge(on);
        canvas->setEasing(on);
        canvas->update();
    }
    applyStageScale();
    // Margins only on the stage: outside presentation mode the map meets the toolbar and the status bar.
    const QMargins margins = on ? QMargins(24, 10, 24, 10) : QMargins();
    for (const char* name : {"StageHeader", "StageFooter"})
        if (auto* layout = findChild<QLayout*>(QLatin1String(name)))
            layout->setContentsMargins(margins);
    m_title->setVisible(on);
    m_verdicts->setVisible(on);
    m_stepper->setVisible(on);
    m_caption->setVisible(on && !m_caption->text().isEmpty());
    m_kicker->setVisible(on && !m_kicker->text().isEmpty());
    m_stepper->setYear(m_controller->year());
    updateTitle();
}

void MapStage::resizeEvent(QResizeEvent* event) {
    // The verdicts take a quarter of the stage: wide enough for "12.31 亿m³ (est.)" in large type.
    m_verdicts->setFixedWidth(std::clamp(width() / 4, 360, 560));
    applyStageScale();
    QWidget::resizeEvent(event);
}

double MapStage::stageScale() const {
    // A room reads the stage at the size the projector makes of the screen: everything on the map grows
    // with the stage's height (768 px: legend rows of ~21 px; 1080 px: ~30 px).
    return std::clamp(height() / 560.0, 1.3, 2.2);
}

void MapStage::applyStageScale() {
    const double scale = stageScale();
    for (MapCanvas* canvas : {m_canvas, m_compareCanvas}) {
        canvas->overlay().setLargeScale(scale);
        canvas->setLabelScale(m_presentation ? 0.8 * scale : 1.0);
    }
}

void MapStage::setCaption(const QString& caption, const QString& source) {
    if (caption.isEmpty()) {
        m_caption->clear();
    } else {
        m_caption->setText(
            source.isEmpty()
                ? caption.toHtmlEscaped()
                : QStringLiteral("%1<br><span style=\"font-size:17px;color:#616161\">%2</span>")
                      .arg(caption.toHtmlEscaped(), tr("Source: %1").arg(source).toHtmlEscaped()));
    }
    m_caption->setVisible(m_presentation && !caption.isEmpty());
}

void MapStage::setKicker(const QString& text) {
    m_kicker->setText(text);
    m_kicker->setVisible(m_presentation && !text.isEmpty());
}

void MapStage::updateTitle() {
    const ProjectData& project = m_controller->project();
    QString scenario;
    if (const core::Scenario* s = project.scenario(m_controller->scenario()))
        scenario = DomainLabels::scenarioName(*s);
    const QString indicator =
        m_controller->focusedMilestone()
            ? DomainLabels::targetLabel(*m_controller->focusedMilestone(), project.dataset)
            : DomainLabels::judgedIndicatorName(m_controller->indicator());
    m_title->setText(scenario.isEmpty() || isComparing()
                         ? tr("%1 · %2").arg(indicator).arg(m_controller->year())
                         : tr("%1 · %2 · %3").arg(indicator).arg(m_controller->year()).arg(scenario));
}

void MapStage::updatePaneHeaders() {
    if (!isComparing())
        return;
    const ProjectData& project = m_controller->project();
    const auto name = [&](const QString& id) {
        const core::Scenario* s = project.scenario(id);
        return s ? DomainLabels::scenarioName(*s) : id;
    };
    m_paneHeader->setText(name(m_controller->scenario()));
    m_compareHeader->setText(name(m_compareScenario));
}

} // namespace jieshui::ui

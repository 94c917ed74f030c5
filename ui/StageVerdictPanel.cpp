// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageVerdictPanel.h"

#include "DomainLabels.h"
#include "MapPresenter.h"
#include "ProjectController.h"
#include "render/ComplianceMapBuilder.h"
#include "report/JudgedIndicator.h"
#include "report/ScenarioResult.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace jieshui::ui {

StageVerdictPanel::StageVerdictPanel(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)) {
    // A long year (many targets) scrolls rather than pushing the stage off a 768 px screen.
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(16, 8, 16, 8);
    m_label->setParent(content);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    inner->addWidget(m_label);
    inner->addStretch(1);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    setPalette(palette);
    connect(m_controller, &ProjectController::changed, this, &StageVerdictPanel::onChanged);
}

QString StageVerdictPanel::plainText() const {
    QTextDocument document;
    document.setHtml(m_label->text());
    return document.toPlainText();
}

void StageVerdictPanel::showEvent(QShowEvent* event) {
    rebuild();
    QWidget::showEvent(event);
}

void StageVerdictPanel::onChanged(const ChangeEvent& event) {
    if (isVisible() && (event.affectsResults() || event.kind == ChangeKind::TaskChanged))
        rebuild();
}

void StageVerdictPanel::rebuild() {
    const core::Dataset& dataset = m_controller->project().dataset;
    const int year = m_controller->year();
    QString html = QStringLiteral("<div style=\"font-size:30px;font-weight:bold;color:#0d47a1\">%1</div>")
                       .arg(tr("Targets of %1").arg(year));
    int milestones = 0;
    int milestonesMet = 0;
    int rows = 0;
    // Beside a second map: the other scenario's verdicts, matched to ours by target.
    const core::ScenarioResult* other = m_compare && m_compare->isActive() && !m_compare->scenario().isEmpty()
                                            ? m_compare->result()
                                            : nullptr;
    const auto scenarioName = [&](const QString& id) {
        const core::Scenario* s = m_controller->project().scenario(id);
        return (s ? DomainLabels::scenarioName(*s) : id).toHtmlEscaped();
    };
    const auto valueCell = [&](const core::Verdict& v) {
        const QString value =
            v.value ? DomainLabels::formatTargetValue(v.target, v.value->value) : QStringLiteral("—");
        const QString estimate =
            v.value && v.value->provenance != core::ProvenanceKind::Sourced
                ? QStringLiteral(" <span style=\"font-size:19px\">%1</span>").arg(tr("(est.)"))
                : QString();
        // "12.31 亿m³" stays on one line (a narrow panel broke it between 亿 and m³).
        return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(value.toHtmlEscaped()) +
               estimate;
    };
    const auto verdictCell = [](const core::Verdict& v) {
        return QStringLiteral(
                   "<td align=\"right\" style=\"font-size:%1px;font-weight:bold;color:%2\">%3</td>")
            .arg(26)
            .arg(DomainLabels::statusColor(v.status).name(), DomainLabels::statusName(v.status));
    };
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    if (!m_controller->showsAllTargets()) {
        for (const core::Verdict& v : m_controller->verdicts()) {
            if (v.target.indicator == core::Indicator::TaskMilestone) {
                ++milestones;
                milestonesMet += v.status == core::VerdictStatus::Met ? 1 : 0;
                continue;
            }
            html +=
                QStringLiteral("<tr><td colspan=\"2\" style=\"font-size:21px;padding-top:12px\">%1</td></tr>")
                    .arg(DomainLabels::targetLabel(v.target, dataset).toHtmlEscaped());
            if (!other) {
                html += QStringLiteral("<tr><td style=\"font-size:26px\">%1</td>%2</tr>")
                            .arg(valueCell(v), verdictCell(v));
            } else {
                html += QStringLiteral("<tr><td style=\"font-size:24px\">%1: %2</td>%3</tr>")
                            .arg(scenarioName(m_controller->scenario()), valueCell(v), verdictCell(v));
                const core::Verdict* mine = nullptr;
                for (const core::Verdict* candidate : other->verdictsOfYear(year))
                    if (candidate->target.id == v.target.id)
                        mine = candidate;
                html +=
                    mine ? QStringLiteral("<tr><td style=\"font-size:24px\">%1: %2</td>%3</tr>")
                               .arg(scenarioName(m_compare->scenario()), valueCell(*mine), verdictCell(*mine))
                         : QStringLiteral("<tr><td colspan=\"2\" style=\"font-size:24px\">%1: —</td></tr>")
                               .arg(scenarioName(m_compare->scenario()));
            }
            html += QStringLiteral(
                        "<tr><td colspan=\"2\" style=\"font-size:18px;color:#616161\">%1 %2 %3</td></tr>")
                        .arg(tr("target"), DomainLabels::comparatorText(v.target.comparator),
                             DomainLabels::formatTargetValue(v.target, v.target.value).toHtmlEscaped());
            ++rows;
        }
    }
    html += QStringLiteral("</table>");
    if (rows == 0) {
        // A year without numeric targets: the mapped indicator's value for the city.
        const core::Indicator indicator = core::judgedIndicator(m_controller->indicator());
        QString value = tr("no data");
        if (const core::Region* root = dataset.root())
            if (auto v = m_controller->compute(indicator, QString::fromStdString(root->code), year); v.isOk())
                value = DomainLabels::formatValue(indicator, v.value().value);
        html += QStringLiteral("<p style=\"font-size:22px\">%1</p><p style=\"font-size:22px\">%2<br>"
                               "<span style=\"font-size:30px\">%3</span></p>")
                    .arg(tr("The plan sets no numeric target for %1.").arg(year),
                         DomainLabels::indicatorName(indicator).toHtmlEscaped(), value.toHtmlEscaped());
    }
    if (milestones > 0)
        html += QStringLiteral("<p style=\"font-size:22px;padding-top:12px\">%1</p>")
                    .arg(tr("Key-task milestones of %1: %2 of %3 met")
                             .arg(year)
                             .arg(milestonesMet)
                             .arg(milestones));
    m_label->setText(html);
}

} // namespace jieshui::ui

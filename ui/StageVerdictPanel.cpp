// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageVerdictPanel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "render/ComplianceMapBuilder.h"

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
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">");
    if (!m_controller->showsAllTargets()) {
        for (const core::Verdict& v : m_controller->verdicts()) {
            if (v.target.indicator == core::Indicator::TaskMilestone) {
                ++milestones;
                milestonesMet += v.status == core::VerdictStatus::Met ? 1 : 0;
                continue;
            }
            const QString value =
                v.value ? DomainLabels::formatTargetValue(v.target, v.value->value) : QStringLiteral("—");
            const QString estimate = v.value && v.value->provenance != core::ProvenanceKind::Sourced
                                         ? QStringLiteral(" · %1").arg(tr("(est.)"))
                                         : QString();
            html +=
                QStringLiteral("<tr><td colspan=\"2\" style=\"font-size:22px;padding-top:14px\">%1</td></tr>"
                               "<tr><td style=\"font-size:30px\">%2</td>"
                               "<td align=\"right\" style=\"font-size:30px;font-weight:bold;color:%6\">%7"
                               "</td></tr><tr><td colspan=\"2\" style=\"font-size:19px;color:#616161\">"
                               "%8 %4 %5%3</td></tr>")
                    .arg(DomainLabels::targetLabel(v.target, dataset).toHtmlEscaped(), value.toHtmlEscaped(),
                         estimate, DomainLabels::comparatorText(v.target.comparator),
                         DomainLabels::formatTargetValue(v.target, v.target.value).toHtmlEscaped(),
                         DomainLabels::statusColor(v.status).name(), DomainLabels::statusName(v.status))
                    .arg(tr("target"));
            ++rows;
        }
    }
    html += QStringLiteral("</table>");
    if (rows == 0) {
        // A year without numeric targets: the mapped indicator's value for the city.
        const core::Indicator indicator =
            render::ComplianceMapBuilder::judgedIndicator(m_controller->indicator());
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

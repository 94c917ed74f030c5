// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "output/ReportLanguage.h"
#include "report/EvaluationService.h"
#include "store/ProjectData.h"

#include <QDate>
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::output {

struct ReportOptions {
    std::string scenario;   ///< the scenario's id; empty = the service's default (the baseline)
    std::vector<int> years; ///< target years to report; empty = every year with a plan target
    ReportLanguage language;
    QDate date = QDate::currentDate();
    /**
     * With a value: a section on the probability of meeting each target (ProbabilitySection), from a Monte
     * Carlo run of the scenario over the project's input uncertainty with these draws and seed.
     */
    std::optional<core::UncertaintyOptions> uncertainty;
};

/** What a written report holds (for the caller's message and the tests). */
struct ReportSummary {
    int pages = 0;
    int maps = 0;     ///< compliance maps (one per target year and indicator)
    int counties = 0; ///< county pages
    int probabilityMaps = 0; ///< "probability of meeting" maps (with ReportOptions::uncertainty)
};

/**
 * The compliance report an analyst hands in: an A4 PDF in Chinese (or English) with a cover (project,
 * scenario, years, date, verdict counts), the scorecard of every target with verdict, gap and the annual
 * rate still needed, one compliance map per target year and indicator, one section per county (a map
 * inset, its indicators against its quota and the city's targets, its 2015–2035 trajectory chart), the key
 * tasks and their milestones, and an appendix of every estimate (估算) and projection the verdicts rest on
 * with its source or method. Everything is evaluated once through @p service (the program's one pipeline);
 * tables come from ReportTables, maps from MapComposer, words from StatusPalette. Text is real text in
 * WenQuanYi Micro Hei (render::FontResolver::pdfFont), embedded. No Qt Widgets: it runs in the CLI.
 */
class ComplianceReport {
public:
    ComplianceReport(const store::ProjectData& project, const core::EvaluationService& service);

    /**
     * Writes the report to @p path atomically. Errors: an unknown scenario or year without targets
     * (InvalidValue, naming it), a missing PDF font, a file that cannot be written (IoError).
     */
    core::Result<ReportSummary> write(const ReportOptions& options, const QString& path) const;

    /** The years the plan has targets in (key-task milestones aside), ascending. */
    std::vector<int> targetYears() const;

private:
    const store::ProjectData& m_project;
    const core::EvaluationService& m_service;
};

} // namespace jieshui::output

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/EvaluationService.h"
#include "report/ReportTable.h"
#include "store/ProjectData.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace jieshui::output::test {

/** The embedded Qinzhou project (data/qinzhou, geometry included) with its evaluation service. */
struct Qinzhou {
    store::ProjectData project;
    std::unique_ptr<core::EvaluationService> service;
    /** Nothing when data/qinzhou is absent (tests then skip). */
    static std::unique_ptr<Qinzhou> load();
    core::ScenarioResult evaluate(const std::string& scenario = {}) const;
};

/** A small table: text, numbers with 2 and 0 decimals, an empty cell, a note; Chinese headers and units. */
core::ReportTable sampleTable(const std::string& title = "评价结果 2020");

/** pdftotext -layout of @p pdf (UTF-8), or an empty string when poppler-utils is missing. */
QString pdfText(const QString& pdf);

} // namespace jieshui::output::test

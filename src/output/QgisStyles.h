// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "output/ReportLanguage.h"
#include "report/EvaluationService.h"
#include "store/ComplianceLayer.h"
#include "store/LayerStyles.h"
#include "store/ProjectFile.h"

#include <string>
#include <vector>

namespace jieshui::output {

/**
 * What QGIS users see when they open a project file: the `county_compliance` layer (store::ComplianceLayer)
 * coloured by compliance in the program's verdict colours (render::StatusPalette), legend labels in
 * Chinese (达标 / 临界 / 未达标 / 无数据 / 未分配指标), county names as labels, one stored style per city
 * target ("农田灌溉水有效利用系数 2020年 达标评价"), the first the default that QGIS applies on opening.
 */
class QgisStyles {
public:
    /** The style rows for @p columns (QML and SLD), in @p language. */
    static std::vector<store::LayerStyleRow> styles(const std::vector<store::ComplianceColumn>& columns,
                                                    const ReportLanguage& language);
    /** The QGIS style document colouring @p column's verdict ids, titled @p title. */
    static std::string qml(const std::string& column, const QString& title, const ReportLanguage& language);
    /** The same categories as an OGC SLD 1.1 document. */
    static std::string sld(const std::string& column, const QString& title, const ReportLanguage& language);

    /** The scenario the file's compliance layer shows: the default scenario, "observed" without any. */
    static std::string defaultScenarioKey(const core::EvaluationService& service);
    /** Rebuilds the layer of @p scenario and its styles in @p file (open read-write). */
    static core::Status write(store::ProjectFile& file, const std::string& scenario,
                              const ReportLanguage& language = ReportLanguage());
};

} // namespace jieshui::output

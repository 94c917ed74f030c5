// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioEditor.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace jieshui::i18n {

/**
 * The words of scenario editing shared by the window and `jieshui-cli scenario`, so that both refuse the
 * same edit with the same sentence: driver names, units and valid ranges (core::DriverCatalog), values
 * typed in display units, and every core::ScenarioProblem said in the reader's language. Sentences go
 * through tr() (context "jieshui::i18n::ScenarioWords"); catalogue names follow @p chinese.
 */
class ScenarioWords {
    Q_DECLARE_TR_FUNCTIONS(ScenarioWords)

public:
    static QString driverName(core::Driver driver, bool chinese);
    /** "%/年", "%" or "" (the coefficient is a bare number). */
    static QString driverUnit(core::Driver driver, bool chinese);
    /** The valid range in display units, e.g. "[−50, 100] %/年" or "(0, 1]". */
    static QString rangeText(core::Driver driver, bool chinese);
    /** A stored value in display units with its unit, e.g. "6.0 %/yr", "0.550". */
    static QString formatValue(core::Driver driver, double fraction, bool chinese, bool withUnit = true);
    /** The number part of formatValue() (for editors). */
    static double displayValue(core::Driver driver, double fraction);
    /**
     * A value typed in display units ("6", "6 %", "-2.5%", "0.55") as the stored fraction; nullopt when it
     * is not a number. A "%" is accepted only for the percent drivers. Range checks are the editor's.
     */
    static std::optional<double> parseValue(core::Driver driver, const QString& text);
    /**
     * Whether @p text, typed for @p driver, is ambiguous: a bare number (no "%") between −1 and 1, not 0,
     * for a driver read in percent. "leakage-rate=0.07" is far more often a fraction (7 %) than 0.07 %, so
     * such a value is accepted only with its unit written ("0.07%"), and refused otherwise (see
     * ambiguousAdvice()). The coefficient, read as a bare fraction, is never ambiguous.
     */
    static bool isAmbiguous(core::Driver driver, const QString& text);
    /** Why @p text is refused for @p driver and how to write what was meant: "7" or "0.07%". */
    static QString ambiguousAdvice(core::Driver driver, const QString& text, bool chinese);
    /**
     * A stored value in display units as typed, without rounding, with its unit: "0.07 %", "5.5 %/yr",
     * "0.55" — what a confirmation echoes.
     */
    static QString exactValue(core::Driver driver, double fraction, bool chinese);
    /** One line per driver: its id, name, unit and valid range ("leakage-rate  Leakage rate  unit: % …"). */
    static QStringList driverTable(bool chinese);

    /**
     * @p problem as a sentence. Scenarios are named by their display names, followed by their ids when
     * @p withIds (the CLI, whose arguments are ids); regions by name.
     */
    static QString problem(const core::ScenarioProblem& problem, const core::Dataset& dataset,
                           const std::vector<core::Scenario>& scenarios, bool chinese, bool withIds = false);

    /** A scenario's display name (core::scenarioDisplayName), with " (id)" when @p withId. */
    static QString scenarioLabel(std::string_view id, const std::vector<core::Scenario>& scenarios,
                                 bool chinese, bool withId = false);
    /**
     * The region's name, or for the root "the whole city" in a sentence (@p inSentence) and "Whole city"
     * as a table's cell or a list's entry.
     */
    static QString regionLabel(const core::Dataset& dataset, const std::string& code, bool chinese,
                               bool inSentence = true);
    /** "every projected year" for 0, else "from 2030". */
    static QString fromYearText(int fromYear);
};

} // namespace jieshui::i18n

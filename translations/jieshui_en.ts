<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AddScenarioCommand</name>
        <message>
            <location filename="../ui/commands/AddRemoveScenarioCommand.cpp" line="+16" />
            <source>Create scenario “%1”</source>
            <translation>Create scenario “%1”</translation>
        </message>
    </context>
    <context>
        <name>ApplyLayerImportCommand</name>
        <message>
            <location filename="../ui/commands/ApplyLayerImportCommand.cpp" line="+21" />
            <source>Import layer from %1</source>
            <translation>Import layer from %1</translation>
        </message>
    </context>
    <context>
        <name>DescribeScenarioCommand</name>
        <message>
            <location filename="../ui/commands/DescribeScenarioCommand.cpp" line="+19" />
            <source>Rename or describe scenario “%1”</source>
            <translation>Rename or describe scenario “%1”</translation>
        </message>
    </context>
    <context>
        <name>DomainLabels</name>
        <message>
            <location filename="../ui/DomainLabels.cpp" line="+55" />
            <source>Sourced</source>
            <translation>Sourced</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Projected</source>
            <translation>Projected</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location line="+42" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not done</source>
            <translation>not done</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no value</source>
            <translation>no value</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, %2 — %3: %4; target %5: %6</source>
            <translation>%1, %2 — %3: %4; target %5: %6</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (the %1 split of the cap gives this region no quota)</source>
            <translation> (the %1 split of the cap gives this region no quota)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, gap %1</source>
            <translation>, gap %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; still needed: %1</source>
            <translation>; still needed: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (source: %1 %2)</source>
            <translation> (source: %1 %2)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 %/yr</source>
            <translation>%1 %/yr</translation>
        </message>
        <message>
            <location line="-73" />
            <source>Task %1: %2</source>
            <translation>Task %1: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Task %1</source>
            <translation>Task %1</translation>
        </message>
        <message>
            <location line="+66" />
            <source> pp</source>
            <translation> pp</translation>
        </message>
    </context>
    <context>
        <name>MoveScenarioCommand</name>
        <message>
            <location filename="../ui/commands/MoveScenarioCommand.cpp" line="+18" />
            <source>Move scenario “%1”</source>
            <translation>Move scenario “%1”</translation>
        </message>
    </context>
    <context>
        <name>ProjectLocationText</name>
        <message>
            <location filename="../ui/ProjectLocationText.cpp" line="+26" />
            <source>the local server</source>
            <translation>the local server</translation>
        </message>
        <message>
            <location line="+0" />
            <source>service %1</source>
            <translation>service %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>database %1 on %2</source>
            <translation>database %1 on %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a shared project in %1</source>
            <translation>a shared project in %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shared project %1 in %2</source>
            <translation>shared project %1 in %2</translation>
        </message>
    </context>
    <context>
        <name>RegionEditing</name>
        <message>
            <location filename="../ui/RegionEditing.cpp" line="+21" />
            <source>Add region %1 %2</source>
            <translation>Add region %1 %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rename region %1 to %2</source>
            <translation>Rename region %1 to %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove region %1</source>
            <translation>Remove region %1</translation>
        </message>
    </context>
    <context>
        <name>RemoveScenarioCommand</name>
        <message>
            <location filename="../ui/commands/AddRemoveScenarioCommand.cpp" line="+34" />
            <source>Delete scenario “%1”</source>
            <translation>Delete scenario “%1”</translation>
        </message>
    </context>
    <context>
        <name>ReplaceDriverOverrideCommand</name>
        <message>
            <location filename="../ui/commands/ReplaceDriverOverrideCommand.cpp" line="+23" />
            <source>Change %1 in “%2”</source>
            <translation>Change %1 in “%2”</translation>
        </message>
    </context>
    <context>
        <name>ScenarioWords</name>
        <message>
            <location filename="../src/i18n/ScenarioWords.cpp" line="+102" />
            <source>“%1” for %2 is ambiguous: %2 is written in %3 (valid: %4). Write %5 for %5 %3, or %1% if you mean %1 %3.</source>
            <translation>“%1” for %2 is ambiguous: %2 is written in %3 (valid: %4). Write %5 for %5 %3, or %1% if you mean %1 %3.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>unit: %1; valid: %2</source>
            <translation>unit: %1; valid: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a fraction (no unit)</source>
            <translation>a fraction (no unit)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the whole city</source>
            <translation>the whole city</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Whole city</source>
            <translation>Whole city</translation>
        </message>
        <message>
            <location line="+9" />
            <source>every projected year</source>
            <translation>every projected year</translation>
        </message>
        <message>
            <location line="+0" />
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“%1” cannot be a scenario id: use letters, digits, “-” and “_”, starting with a letter or digit.</source>
            <translation>“%1” cannot be a scenario id: use letters, digits, “-” and “_”, starting with a letter or digit.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A scenario with the id “%1” exists already.</source>
            <translation>A scenario with the id “%1” exists already.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The project has no scenario “%1”.</source>
            <translation>The project has no scenario “%1”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The parent “%1” is not a scenario of the project.</source>
            <translation>The parent “%1” is not a scenario of the project.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new scenario needs a parent to inherit from: a project has one baseline.</source>
            <translation>A new scenario needs a parent to inherit from: a project has one baseline.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 cannot be deleted while other scenarios inherit from it: %2. Delete those first.</source>
            <translation>%1 cannot be deleted while other scenarios inherit from it: %2. Delete those first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is neither the city nor one of its counties.</source>
            <translation>“%1” is neither the city nor one of its counties.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a plausible first year (leave it empty for every projected year).</source>
            <translation>%1 is not a plausible first year (leave it empty for every projected year).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must lie in %2; %3 is outside.</source>
            <translation>%1 must lie in %2; %3 is outside.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 has no own value of %2 for %3, %4.</source>
            <translation>%1 has no own value of %2 for %3, %4.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 already has a value of %2 for %3, %4.</source>
            <translation>%1 already has a value of %2 for %3, %4.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no such position in the list.</source>
            <translation>There is no such position in the list.</translation>
        </message>
    </context>
    <context>
        <name>SetDriverOverrideCommand</name>
        <message>
            <location filename="../ui/commands/SetDriverOverrideCommand.cpp" line="+32" />
            <source>Remove %1 of %2 in “%3”</source>
            <translation>Remove %1 of %2 in “%3”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set %1 of %2 to %3 in “%4”</source>
            <translation>Set %1 of %2 to %3 in “%4”</translation>
        </message>
    </context>
    <context>
        <name>SetLessonsCommand</name>
        <message>
            <location filename="../ui/commands/SetLessonsCommand.cpp" line="+14" />
            <source>Edit lessons</source>
            <translation>Edit lessons</translation>
        </message>
    </context>
    <context>
        <name>SetTaskStatusCommand</name>
        <message>
            <location filename="../ui/commands/SetTaskStatusCommand.cpp" line="+16" />
            <source>Set task %1 to “%2”</source>
            <translation>Set task %1 to “%2”</translation>
        </message>
    </context>
    <context>
        <name>SetUncertaintyCommand</name>
        <message>
            <location filename="../ui/commands/SetUncertaintyCommand.cpp" line="+14" />
            <source>Edit the uncertainty of the inputs</source>
            <translation>Edit the uncertainty of the inputs</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../src/cli/main.cpp" line="+44" />
            <source>Usage: jieshui-cli COMMAND [options]</source>
            <translation>Usage: jieshui-cli COMMAND [options]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Common option: --lang zh|en (default: the system language)</source>
            <translation>Common option: --lang zh|en (default: the system language)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unknown command '%1'.</source>
            <translation>Unknown command '%1'.</translation>
        </message>
        <message>
            <location filename="../src/cli/ScorecardWriter.cpp" line="+59" />
            <source>sourced</source>
            <translation>sourced</translation>
        </message>
        <message>
            <location line="+2" />
            <source>estimate</source>
            <translation>estimate</translation>
        </message>
        <message>
            <location line="+2" />
            <source>projected</source>
            <translation>projected</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+9" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P(met)</source>
            <translation>P(met)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>5–95 %</source>
            <translation>5–95 %</translation>
        </message>
        <message>
            <location line="+16" />
            <source>P(met): Monte Carlo, %1 draws of a Latin hypercube over %2 uncertain inputs, seed %3; 5–95 %: the value in 90 % of the draws.</source>
            <translation>P(met): Monte Carlo, %1 draws of a Latin hypercube over %2 uncertain inputs, seed %3; 5–95 %: the value in 90 % of the draws.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="+305" />
            <location filename="../src/cli/ScorecardWriter.cpp" line="-27" />
            <location line="+9" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../src/cli/ScorecardWriter.cpp" line="-9" />
            <location line="+9" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Needed/yr</source>
            <translation>Needed/yr</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Provenance</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+68" />
            <location filename="../src/cli/ExportArguments.cpp" line="+52" />
            <source>--year needs a year such as 2020, not '%1'.</source>
            <translation>--year needs a year such as 2020, not '%1'.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--format must be text, csv or json, not '%1'.</source>
            <translation>--format must be text, csv or json, not '%1'.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="-253" />
            <source>'%1' is not a volume such as 4.8亿m³ or 48000万m³.</source>
            <translation>'%1' is not a volume such as 4.8亿m³ or 48000万m³.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a volume cannot be negative: '%1'.</source>
            <translation>a volume cannot be negative: '%1'.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'%1' has no volume unit such as 亿m³, 万m³ or m³.</source>
            <translation>'%1' has no volume unit such as 亿m³, 万m³ or m³.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>allocate PROJECT --scenario S --year Y [--cap 16.53亿m³] --method base-year-share|equal-intensity|gdp-share|manual [--set CODE=QUOTA …] [--base-year Y] [--unit 亿m³|万m³] [--format text|csv|json] [--dry-run]   split a cap among the counties, show each county's quota, use and verdict with the remainder, and save the split</source>
            <translation>allocate PROJECT --scenario S --year Y [--cap 16.53亿m³] --method base-year-share|equal-intensity|gdp-share|manual [--set CODE=QUOTA …] [--base-year Y] [--unit 亿m³|万m³] [--format text|csv|json] [--dry-run]   split a cap among the counties, show each county's quota, use and verdict with the remainder, and save the split</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+13" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="+64" />
            <location filename="../src/cli/ExportArguments.cpp" line="+15" />
            <source>Only one project may be given.</source>
            <translation>Only one project may be given.</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+7" />
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+32" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="-11" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+69" />
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="+221" />
            <location filename="../src/cli/ExportArguments.cpp" line="-31" />
            <source>Option '%1' needs a value.</source>
            <translation>Option '%1' needs a value.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>'%1' is not a valid value of %2.</source>
            <translation>'%1' is not a valid value of %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--method must be base-year-share, equal-intensity, gdp-share or manual, not '%1'.</source>
            <translation>--method must be base-year-share, equal-intensity, gdp-share or manual, not '%1'.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The embedded project cannot be changed: create a project file with 'new' first (or add --dry-run).</source>
            <translation>The embedded project cannot be changed: create a project file with 'new' first (or add --dry-run).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Nothing was allocated: %1</source>
            <translation>Nothing was allocated: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the project has no scenario '%1'.</source>
            <translation>the project has no scenario '%1'.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the plan has no cap for %1; give one with --cap.</source>
            <translation>the plan has no cap for %1; give one with --cap.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>'%1' is not CODE=QUOTA with one of the counties %2.</source>
            <translation>'%1' is not CODE=QUOTA with one of the counties %2.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>County</source>
            <translation>County</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota (%1)</source>
            <translation>Quota (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share (%)</source>
            <translation>Share (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pinned</source>
            <translation>Pinned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use (%1)</source>
            <translation>Use (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use − quota (%1)</source>
            <translation>Use − quota (%1)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cap %1 %2, allocated %3 %2, remainder (cap − Σ) %4 %2</source>
            <translation>Cap %1 %2, allocated %3 %2, remainder (cap − Σ) %4 %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quota split of %1, scenario %2, method %3</source>
            <translation>Quota split of %1, scenario %2, method %3</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="+239" />
            <source>Nothing was changed: the project could not be saved: %1</source>
            <translation>Nothing was changed: the project could not be saved: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The split is saved in %1.</source>
            <translation>The split is saved in %1.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="-79" />
            <source>evaluate [PROJECT] [--scenario NAME] [--year Y] [--counties] [--format text|csv|json] [--out FILE] [--uncertainty [--draws N] [--seed S]]   judge every plan target, with --counties also each county against the city's targets and its quotas, with --uncertainty also the probability of meeting each (Monte Carlo, 10000 draws and seed 1 by default) (no PROJECT: the embedded Qinzhou project)</source>
            <translation>evaluate [PROJECT] [--scenario NAME] [--year Y] [--counties] [--format text|csv|json] [--out FILE] [--uncertainty [--draws N] [--seed S]]   judge every plan target, with --counties also each county against the city's targets and its quotas, with --uncertainty also the probability of meeting each (Monte Carlo, 10000 draws and seed 1 by default) (no PROJECT: the embedded Qinzhou project)</translation>
        </message>
        <message>
            <location filename="../src/cli/UncertaintyArguments.cpp" line="+32" />
            <source>--draws needs a whole number from 1 to %1, not '%2'.</source>
            <translation>--draws needs a whole number from 1 to %1, not '%2'.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed needs a whole number of 0 or more, not '%1'.</source>
            <translation>--seed needs a whole number of 0 or more, not '%1'.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+93" />
            <source>The project may only be read: the results are shown, not stored.</source>
            <translation>The project may only be read: the results are shown, not stored.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1 %2 cannot be evaluated: %3</source>
            <translation>%1 %2 cannot be evaluated: %3</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+206" />
            <location filename="../src/cli/commands/ExportTableCommand.cpp" line="+84" />
            <location line="+52" />
            <source>Cannot evaluate: %1</source>
            <translation>Cannot evaluate: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--uncertainty is computed for a city's plan; open one city's project for it.</source>
            <translation>--uncertainty is computed for a city's plan; open one city's project for it.</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+12" />
            <source>Cannot compute the probabilities: %1</source>
            <translation>Cannot compute the probabilities: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+10" />
            <source>Cannot write '%1': %2</source>
            <translation>Cannot write '%1': %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The results could not be written into the project: %1</source>
            <translation>The results could not be written into the project: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="-229" />
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="-155" />
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+30" />
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+71" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="-6" />
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="-346" />
            <location line="+135" />
            <location filename="../src/cli/ExportArguments.cpp" line="+25" />
            <source>Unknown option '%1'.</source>
            <translation>Unknown option '%1'.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+8" />
            <source>Too many arguments.</source>
            <translation>Too many arguments.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="+40" />
            <location line="+9" />
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+35" />
            <location line="+9" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-54" />
            <location filename="../src/cli/commands/ExportReportCommand.cpp" line="+55" />
            <location filename="../src/cli/commands/ExportTableCommand.cpp" line="-62" />
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+22" />
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+27" />
            <location filename="../src/cli/commands/ImportTableCommand.cpp" line="+28" />
            <location filename="../src/cli/commands/InfoCommand.cpp" line="+33" />
            <location filename="../src/cli/commands/LogCommand.cpp" line="+48" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+34" />
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="-128" />
            <location line="+149" />
            <source>Cannot open the project: %1</source>
            <translation>Cannot open the project: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="-77" />
            <source>import-layer PROJECT FILE --role counties|cities|basins|irrigation-districts|rivers|reservoirs|other [--encoding E] [--crs EPSG:N] [--match-field F] [--layer NAME] [--dry-run]   import a map layer</source>
            <translation>import-layer PROJECT FILE --role counties|cities|basins|irrigation-districts|rivers|reservoirs|other [--encoding E] [--crs EPSG:N] [--match-field F] [--layer NAME] [--dry-run]   import a map layer</translation>
        </message>
        <message>
            <location line="+65" />
            <source>--role must be counties, cities, basins, irrigation-districts, rivers, reservoirs or other, not '%1'.</source>
            <translation>--role must be counties, cities, basins, irrigation-districts, rivers, reservoirs or other, not '%1'.</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../src/cli/commands/InfoCommand.cpp" line="+17" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+8" />
            <source>Cannot read the project: %1</source>
            <translation>Cannot read the project: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import refused, the project is unchanged: %1</source>
            <translation>Import refused, the project is unchanged: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name the layer's CRS with --crs EPSG:N (or a PROJ string).</source>
            <translation>Name the layer's CRS with --crs EPSG:N (or a PROJ string).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Names decoded as %1: %2</source>
            <translation>Names decoded as %1: %2</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+55" />
            <source>Dry run: the project was not changed.</source>
            <translation>Dry run: the project was not changed.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+14" />
            <source>Cannot save the project: %1</source>
            <translation>Cannot save the project: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+6" />
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-86" />
            <source>export-map needs --indicator, --year and --out.</source>
            <translation>export-map needs --indicator, --year and --out.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown indicator '%1'; known: %2.</source>
            <translation>Unknown indicator '%1'; known: %2.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>--method must be equal-interval, quantile or natural-breaks, not '%1'.</source>
            <translation>--method must be equal-interval, quantile or natural-breaks, not '%1'.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--classes must be a number from 2 to 9, not '%1'.</source>
            <translation>--classes must be a number from 2 to 9, not '%1'.</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportArguments.cpp" line="+21" />
            <source>Give either --paper or --size, not both.</source>
            <translation>Give either --paper or --size, not both.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--dpi is the resolution of a paper page: give --paper A4 or A3 with it (--size is the image's exact size in pixels).</source>
            <translation>--dpi is the resolution of a paper page: give --paper A4 or A3 with it (--size is the image's exact size in pixels).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--paper must be A4 or A3, optionally -landscape, not '%1'.</source>
            <translation>--paper must be A4 or A3, optionally -landscape, not '%1'.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--size must be WIDTHxHEIGHT in pixels between 200 and 20000, e.g. 1600x1200, not '%1'.</source>
            <translation>--size must be WIDTHxHEIGHT in pixels between 200 and 20000, e.g. 1600x1200, not '%1'.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--dpi must be a number from 48 to 1200, not '%1'.</source>
            <translation>--dpi must be a number from 48 to 1200, not '%1'.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-104" />
            <source>export-map [PROJECT] --indicator ID --year Y [--scenario S] [--compare-to A] [--thematic auto|compliance|graduated|probability [--draws N] [--seed S]] [--method equal-interval|quantile|natural-breaks] [--classes N] [--labels] --out FILE.png|svg|pdf [--paper A4|A3[-landscape] [--dpi N] | --size WxH] [--title T] [--subtitle T]   compliance, graduated or probability-of-meeting map of any indicator; with --compare-to the difference map of the scenario minus A (no PROJECT: the embedded Qinzhou project)</source>
            <translation>export-map [PROJECT] --indicator ID --year Y [--scenario S] [--compare-to A] [--thematic auto|compliance|graduated|probability [--draws N] [--seed S]] [--method equal-interval|quantile|natural-breaks] [--classes N] [--labels] --out FILE.png|svg|pdf [--paper A4|A3[-landscape] [--dpi N] | --size WxH] [--title T] [--subtitle T]   compliance, graduated or probability-of-meeting map of any indicator; with --compare-to the difference map of the scenario minus A (no PROJECT: the embedded Qinzhou project)</translation>
        </message>
        <message>
            <location line="+66" />
            <source>--thematic must be auto, compliance, graduated or probability, not '%1'.</source>
            <translation>--thematic must be auto, compliance, graduated or probability, not '%1'.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--draws and --seed go with --thematic probability.</source>
            <translation>--draws and --seed go with --thematic probability.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A probability map shows one scenario: drop --compare-to.</source>
            <translation>A probability map shows one scenario: drop --compare-to.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>--out must end in .png, .svg or .pdf, not '%1'.</source>
            <translation>--out must end in .png, .svg or .pdf, not '%1'.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The probability map is computed for a city's plan; open one city's project for it.</source>
            <translation>The probability map is computed for a city's plan; open one city's project for it.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 cannot be evaluated: %2</source>
            <translation>%1 cannot be evaluated: %2</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Cannot build the map: %1</source>
            <translation>Cannot build the map: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot export the map: %1</source>
            <translation>Cannot export the map: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Map written to %1</source>
            <translation>Map written to %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportPlanCommand.cpp" line="+9" />
            <source>import-plan PROJECT FILE.csv   add or replace plan targets, all or nothing</source>
            <translation>import-plan PROJECT FILE.csv   add or replace plan targets, all or nothing</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="-60" />
            <source>import-stats PROJECT FILE.csv|FILE.xlsx [--wide MAPPING.csv [--dry-run]]   add or replace statistics, all or nothing (--wide: a bulletin-style table converted by the mapping)</source>
            <translation>import-stats PROJECT FILE.csv|FILE.xlsx [--wide MAPPING.csv [--dry-run]]   add or replace statistics, all or nothing (--wide: a bulletin-style table converted by the mapping)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--dry-run needs --wide MAPPING.csv.</source>
            <translation>--dry-run needs --wide MAPPING.csv.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--wide needs one mapping file.</source>
            <translation>--wide needs one mapping file.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The mapping cannot be used: %1</source>
            <translation>The mapping cannot be used: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../src/cli/commands/ImportTableCommand.cpp" line="+11" />
            <source>Nothing was imported: %1</source>
            <translation>Nothing was imported: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mapping for %1:</source>
            <translation>Mapping for %1:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region column: %1</source>
            <translation>region column: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 → %2 (%3)</source>
            <translation>%1 → %2 (%3)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>year column: %1</source>
            <translation>year column: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>year: %1</source>
            <translation>year: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>year: from each sheet's name</source>
            <translation>year: from each sheet's name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>source: %1; estimate: %2</source>
            <translation>source: %1; estimate: %2</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="+138" />
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+1" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+1" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Years: %1</source>
            <translation>Years: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regions matched (%1): %2</source>
            <translation>Regions matched (%1): %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Skipped: %1</source>
            <translation>Skipped: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 values; the first long rows:</source>
            <translation>%1 values; the first long rows:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dry run: nothing was changed. Run again without --dry-run to import.</source>
            <translation>Dry run: nothing was changed. Run again without --dry-run to import.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportTableCommand.cpp" line="+6" />
            <source>added %1, replaced %2, unchanged %3, rejected %4</source>
            <translation>added %1, replaced %2, unchanged %3, rejected %4</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was imported: correct the rejected rows and run the import again.</source>
            <translation>Nothing was imported: correct the rejected rows and run the import again.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The project already holds these rows; nothing to do.</source>
            <translation>The project already holds these rows; nothing to do.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported into %1.</source>
            <translation>Imported into %1.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/InfoCommand.cpp" line="-29" />
            <source>info PROJECT   summarise a project (file or server)</source>
            <translation>info PROJECT   summarise a project (file or server)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Its layers can be imported into a project with import-layer:</source>
            <translation>Its layers can be imported into a project with import-layer:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Project: %1 (%2)</source>
            <translation>Project: %1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema: %1 (written by Jieshui %2)</source>
            <translation>Schema: %1 (written by Jieshui %2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Regions: %1 (%2)</source>
            <translation>Regions: %1 (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Statistics: %1 values, %2-%3</source>
            <translation>Statistics: %1 values, %2-%3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Statistics: none</source>
            <translation>Statistics: none</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan targets: %1</source>
            <translation>Plan targets: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key tasks: %1</source>
            <translation>Key tasks: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scenarios: %1 (%2)</source>
            <translation>Scenarios: %1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Layers: %1</source>
            <translation>Layers: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 [%2, %3]: %4 features, %5</source>
            <translation>%1 [%2, %3]: %4 features, %5</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results: %1 rows, never evaluated</source>
            <translation>Results: %1 rows, never evaluated</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Results: %1 rows, last evaluated %2</source>
            <translation>Results: %1 rows, last evaluated %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last saved: %1</source>
            <translation>Last saved: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/NewCommand.cpp" line="+12" />
            <source>Name the project file to create.</source>
            <translation>Name the project file to create.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give either --template or --boundaries with its options, not both.</source>
            <translation>Give either --template or --boundaries with its options, not both.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot make a project from the boundaries: %1</source>
            <translation>Cannot make a project from the boundaries: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/GrantCommand.cpp" line="+53" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="+9" />
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/NewCommand.cpp" line="-78" />
            <source>new PROJECT [--template qinzhou|empty | --boundaries FILE [--code-field F] [--name-field F] [--root CODE] [--root-name NAME] [--crs CRS] [--encoding E] [--layer NAME] [--verbose]]   create a project (file or postgresql:// address): from a template (default: the Qinzhou project), or for any city, province or the country from its county boundaries</source>
            <translation>new PROJECT [--template qinzhou|empty | --boundaries FILE [--code-field F] [--name-field F] [--root CODE] [--root-name NAME] [--crs CRS] [--encoding E] [--layer NAME] [--verbose]]   create a project (file or postgresql:// address): from a template (default: the Qinzhou project), or for any city, province or the country from its county boundaries</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Regions without a name in the file:</source>
            <translation>Regions without a name in the file:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note: add --verbose for the whole list, with the counties of each.</source>
            <translation>Note: add --verbose for the whole list, with the counties of each.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--template must be qinzhou or empty, not '%1'.</source>
            <translation>--template must be qinzhou or empty, not '%1'.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot build the template: %1</source>
            <translation>Cannot build the template: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>template %1</source>
            <translation>template %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Cannot create the project: %1</source>
            <translation>Cannot create the project: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Created %1 (%2): %3 regions, %4 statistics, %5 plan targets, %6 scenarios, %7 layers.</source>
            <translation>Created %1 (%2): %3 regions, %4 statistics, %5 plan targets, %6 scenarios, %7 layers.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/GrantCommand.cpp" line="-42" />
            <source>grant postgresql://HOST/DB?schema=NAME USER viewer|editor|none   let a database login read or change a shared project, or neither</source>
            <translation>grant postgresql://HOST/DB?schema=NAME USER viewer|editor|none   let a database login read or change a shared project, or neither</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Access not changed: %1</source>
            <translation>Access not changed: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 already may change the project %2; nothing changed.</source>
            <translation>%1 already may change the project %2; nothing changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 already may read the project %2; nothing changed.</source>
            <translation>%1 already may read the project %2; nothing changed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 had no access to the project %2; nothing changed.</source>
            <translation>%1 had no access to the project %2; nothing changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 may now change the project %2.</source>
            <translation>%1 may now change the project %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 may now read the project %2.</source>
            <translation>%1 may now read the project %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 may no longer use the project %2.</source>
            <translation>%1 may no longer use the project %2.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/LogCommand.cpp" line="-36" />
            <source>log postgresql://HOST/DB?schema=NAME [--limit N]   who changed what and when in a shared project (newest first)</source>
            <translation>log postgresql://HOST/DB?schema=NAME [--limit N]   who changed what and when in a shared project (newest first)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--limit needs a positive number.</source>
            <translation>--limit needs a positive number.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Only shared projects have a change log: %1</source>
            <translation>Only shared projects have a change log: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Cannot read the change log: %1</source>
            <translation>Cannot read the change log: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Time (UTC)</source>
            <translation>Time (UTC)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/PullCommand.cpp" line="+12" />
            <source>pull postgresql://HOST/DB?schema=NAME PROJECT.gpkg   download a shared project into a new project file</source>
            <translation>pull postgresql://HOST/DB?schema=NAME PROJECT.gpkg   download a shared project into a new project file</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing was downloaded: %1</source>
            <translation>Nothing was downloaded: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Downloaded %1 into %2 in %3 s.</source>
            <translation>Downloaded %1 into %2 in %3 s.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/PushCommand.cpp" line="+12" />
            <source>push PROJECT.gpkg postgresql://HOST/DB?schema=NAME   upload a project file as a shared project on PostgreSQL/PostGIS</source>
            <translation>push PROJECT.gpkg postgresql://HOST/DB?schema=NAME   upload a project file as a shared project on PostgreSQL/PostGIS</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Nothing was uploaded: %1</source>
            <translation>Nothing was uploaded: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Uploaded %1 to %2: %3 tables, %4 rows in %5 s.</source>
            <translation>Uploaded %1 to %2: %3 tables, %4 rows in %5 s.</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/RegionCommand.cpp" line="-150" />
            <source>region list|add|rename|remove PROJECT ...   list the regions, or: add PROJECT CODE NAME --parent CODE [--kind county|sub-zone|basin|supply-utility|reservoir] [--name-en NAME]; rename PROJECT CODE NAME [--name-en NAME]; remove PROJECT CODE [--dry-run]</source>
            <translation>region list|add|rename|remove PROJECT ...   list the regions, or: add PROJECT CODE NAME --parent CODE [--kind county|sub-zone|basin|supply-utility|reservoir] [--name-en NAME]; rename PROJECT CODE NAME [--name-en NAME]; remove PROJECT CODE [--dry-run]</translation>
        </message>
        <message>
            <location line="+55" />
            <source>--kind must be county, sub-zone, basin, supply-utility or reservoir, not '%1'.</source>
            <translation>--kind must be county, sub-zone, basin, supply-utility or reservoir, not '%1'.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English name</source>
            <translation>English name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Added region %1 %2 under %3.</source>
            <translation>Added region %1 %2 under %3.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Renamed region %1 to %2.</source>
            <translation>Renamed region %1 to %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Removing region %1 would remove:</source>
            <translation>Removing region %1 would remove:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed region %1 with:</source>
            <translation>Removed region %1 with:</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="+13" />
            <location line="+80" />
            <source>Nothing was changed: %1</source>
            <translation>Nothing was changed: %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportReportCommand.cpp" line="-31" />
            <source>export-report [PROJECT] [--scenario S] [--year Y]... [--uncertainty [--draws N] [--seed S]] --out report.pdf   the compliance report (A4 PDF: scorecard, maps, one page per county, key tasks, with --uncertainty the probability of meeting each target and its map, appendix of estimates) in the --lang language (no PROJECT: the embedded Qinzhou project)</source>
            <translation>export-report [PROJECT] [--scenario S] [--year Y]... [--uncertainty [--draws N] [--seed S]] --out report.pdf   the compliance report (A4 PDF: scorecard, maps, one page per county, key tasks, with --uncertainty the probability of meeting each target and its map, appendix of estimates) in the --lang language (no PROJECT: the embedded Qinzhou project)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>export-report needs --out FILE.pdf.</source>
            <translation>export-report needs --out FILE.pdf.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot write the report: %1</source>
            <translation>Cannot write the report: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Report written to %1: %2, %3, %4 (%5 ms)</source>
            <translation>Report written to %1: %2, %3, %4 (%5 ms)</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n map(s)</source>
            <translation>
                <numerusform>%n map</numerusform>
                <numerusform>%n maps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n county section(s)</source>
            <translation>
                <numerusform>%n county section</numerusform>
                <numerusform>%n county sections</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportTableCommand.cpp" line="-50" />
            <source>export-table [PROJECT] [--scenario S] [--year Y] [--tables scorecard,counties,key-tasks,evidence,allocation,comparison] [--compare A,B,…] --out FILE.xlsx|FILE.csv   the analyst's tables as an Excel workbook (a sheet per table) or one CSV table (no PROJECT: the embedded Qinzhou project); --compare: the scenarios of the comparison, the reference first, each with its difference from it (default: every scenario; alone it exports the comparison only)</source>
            <translation>export-table [PROJECT] [--scenario S] [--year Y] [--tables scorecard,counties,key-tasks,evidence,allocation,comparison] [--compare A,B,…] --out FILE.xlsx|FILE.csv   the analyst's tables as an Excel workbook (a sheet per table) or one CSV table (no PROJECT: the embedded Qinzhou project); --compare: the scenarios of the comparison, the reference first, each with its difference from it (default: every scenario; alone it exports the comparison only)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Unknown table '%1'; known: %2.</source>
            <translation>Unknown table '%1'; known: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>export-table needs --out FILE.xlsx or FILE.csv.</source>
            <translation>export-table needs --out FILE.xlsx or FILE.csv.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>The project has no scenario '%1'.</source>
            <translation>The project has no scenario '%1'.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cannot write the tables: %1</source>
            <translation>Cannot write the tables: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n table(s) written to %1</source>
            <translation>
                <numerusform>%n table written to %1</numerusform>
                <numerusform>%n tables written to %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="-308" />
            <source>scenario list|create|delete|set|unset PROJECT …   list the scenarios; create ID --parent P (or --copy-of S) [--name-zh N] [--name-en N]; delete ID; set ID DRIVER=VALUE … [--region CODE] [--from YEAR]; unset ID DRIVER … [--region CODE] [--from YEAR] [--all] — all or nothing</source>
            <translation>scenario list|create|delete|set|unset PROJECT …   list the scenarios; create ID --parent P (or --copy-of S) [--name-zh N] [--name-en N]; delete ID; set ID DRIVER=VALUE … [--region CODE] [--from YEAR]; unset ID DRIVER … [--region CODE] [--from YEAR] [--all] — all or nothing</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drivers (DRIVER=VALUE, the value in the driver's unit):</source>
            <translation>Drivers (DRIVER=VALUE, the value in the driver's unit):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Values are typed in the unit shown: leakage-rate=7 is 7 %, gdp-real-growth=-1.5 is −1.5 %/yr. A number between −1 and 1 (not 0) for a driver in percent is refused as ambiguous unless written with its unit: leakage-rate=0.07% means 0.07 %; for 7 % write 7. The irrigation coefficient is a bare fraction (0.55).
Without --region a value is the whole city's; without --from it holds in every projected year. unset removes the one matching value whatever its region and first year; when several match it lists them: name one with --region and --from, or give --all.</source>
            <translation>Values are typed in the unit shown: leakage-rate=7 is 7 %, gdp-real-growth=-1.5 is −1.5 %/yr. A number between −1 and 1 (not 0) for a driver in percent is refused as ambiguous unless written with its unit: leakage-rate=0.07% means 0.07 %; for 7 % write 7. The irrigation coefficient is a bare fraction (0.55).
Without --region a value is the whole city's; without --from it holds in every projected year. unset removes the one matching value whatever its region and first year; when several match it lists them: name one with --region and --from, or give --all.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Unknown scenario action '%1'.</source>
            <translation>Unknown scenario action '%1'.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--format must be text or json, not '%1'.</source>
            <translation>--format must be text or json, not '%1'.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The project has no scenarios.</source>
            <translation>The project has no scenarios.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inherits from</source>
            <translation>Inherits from</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own values</source>
            <translation>Own values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own quotas</source>
            <translation>Own quotas</translation>
        </message>
        <message>
            <location line="+67" />
            <source>--from needs a year such as 2030, not '%1'.</source>
            <translation>--from needs a year such as 2030, not '%1'.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Name the scenario by its id.</source>
            <translation>Name the scenario by its id.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The embedded project cannot be changed: create a project file with 'new' first.</source>
            <translation>The embedded project cannot be changed: create a project file with 'new' first.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Give the parent with --parent (or --copy-of).</source>
            <translation>Give the parent with --parent (or --copy-of).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Created %1.</source>
            <translation>Created %1.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Deleted %1 and its own quota splits (%2).</source>
            <translation>Deleted %1 and its own quota splits (%2).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>'%1' is not DRIVER=VALUE; the drivers are:%2</source>
            <translation>'%1' is not DRIVER=VALUE; the drivers are:%2</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+59" />
            <source>Unknown driver '%1'; the drivers are:%2</source>
            <translation>Unknown driver '%1'; the drivers are:%2</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Changed %1: name and description.</source>
            <translation>Changed %1: name and description.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed %1 (%2, %3): %4.</source>
            <translation>Changed %1 (%2, %3): %4.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name the drivers to unset; the drivers are:%1</source>
            <translation>Name the drivers to unset; the drivers are:%1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Nothing was changed: %1 has no own value of %2 that matches.</source>
            <translation>Nothing was changed: %1 has no own value of %2 that matches.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing was changed: %1 has %2 own values of %3:%4
Name one with --region CODE and --from YEAR, or remove them all with --all.</source>
            <translation>Nothing was changed: %1 has %2 own values of %3:%4
Name one with --region CODE and --from YEAR, or remove them all with --all.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Changed %1: removed %2.</source>
            <translation>Changed %1: removed %2.</translation>
        </message>
        <message>
            <location line="-97" />
            <source>Nothing was changed: '%1' is not a value of %2 (%3).</source>
            <translation>Nothing was changed: '%1' is not a value of %2 (%3).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nothing to set: give DRIVER=VALUE or a name.</source>
            <translation>Nothing to set: give DRIVER=VALUE or a name.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../src/i18n/ErrorText.cpp" line="+18" />
            <source>the cap must be zero or positive (m³)</source>
            <translation>the cap must be zero or positive (m³)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the rounding unit must be positive (m³)</source>
            <translation>the rounding unit must be positive (m³)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region %1 has no child regions to allocate to</source>
            <translation>region %1 has no child regions to allocate to</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a share for %1, which is not a child of %2</source>
            <translation>a share for %1, which is not a child of %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a share must be zero or positive (m³)</source>
            <translation>a share must be zero or positive (m³)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the pinned shares add up to more than the cap</source>
            <translation>the pinned shares add up to more than the cap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every child's weight is zero: nothing to split the cap by</source>
            <translation>every child's weight is zero: nothing to split the cap by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no water use in the base year for %1 (%2)</source>
            <translation>no water use in the base year for %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the base-year share</source>
            <translation>the base-year share</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the intensity</source>
            <translation>the intensity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no GDP in the target year for the GDP share</source>
            <translation>no GDP in the target year for the GDP share</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no GDP in the base year for the intensity</source>
            <translation>no GDP in the base year for the intensity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the GDP index (上年=100) is missing, so real growth is unknown</source>
            <translation>the GDP index (上年=100) is missing, so real growth is unknown</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the plan has no target of '%1' for %2</source>
            <translation>the plan has no target of '%1' for %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan has no target in %1 to report on</source>
            <translation>the plan has no target in %1 to report on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan has no targets to report on</source>
            <translation>the plan has no targets to report on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan has no target '%1'</source>
            <translation>the plan has no target '%1'</translation>
        </message>
        <message>
            <location line="+60" />
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>field '%1'</source>
            <translation>field '%1'</translation>
        </message>
        <message>
            <location line="+2" />
            <source>region %1</source>
            <translation>region %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>year %1</source>
            <translation>year %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>geo</name>
        <message>
            <location filename="../src/geo/CoordinateTransformer.cpp" line="+67" />
            <source>CGCS2000 (EPSG:4490) and WGS 84 (EPSG:4326) differ by centimetres; they are treated as the same datum. Boundaries from web maps (AMap/DataV) are often GCJ-02 and sit 300-600 m off.</source>
            <translation>CGCS2000 (EPSG:4490) and WGS 84 (EPSG:4326) differ by centimetres; they are treated as the same datum. Boundaries from web maps (AMap/DataV) are often GCJ-02 and sit 300-600 m off.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>no CRS given for the transformation</source>
            <translation>no CRS given for the transformation</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PROJ does not know the CRS "%1"</source>
            <translation>PROJ does not know the CRS "%1"</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>no transformation from %1 to %2</source>
            <translation>no transformation from %1 to %2</translation>
        </message>
        <message>
            <location line="+54" />
            <source>the transformation was cancelled</source>
            <translation>the transformation was cancelled</translation>
        </message>
        <message>
            <location line="+7" />
            <source>feature %1 (%2) has points that cannot be transformed from %3 to %4</source>
            <translation>feature %1 (%2) has points that cannot be transformed from %3 to %4</translation>
        </message>
        <message>
            <location filename="../src/geo/CrsGuesser.cpp" line="+50" />
            <source>the file declares no CRS; its coordinates can only be degrees in China, so they are read as CGCS2000 (EPSG:4490). Name the file's CRS if that is wrong.</source>
            <translation>the file declares no CRS; its coordinates can only be degrees in China, so they are read as CGCS2000 (EPSG:4490). Name the file's CRS if that is wrong.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the file declares no CRS; its coordinates look like degrees but lie (partly) outside China. Name EPSG:4490 or EPSG:4326 as its CRS if they are degrees.</source>
            <translation>the file declares no CRS; its coordinates look like degrees but lie (partly) outside China. Name EPSG:4490 or EPSG:4326 as its CRS if they are degrees.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>degrees</source>
            <translation>degrees</translation>
        </message>
        <message>
            <location line="+12" />
            <source>easting starts with the 3-degree zone number %1 (CM %2E)</source>
            <translation>easting starts with the 3-degree zone number %1 (CM %2E)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>easting starts with the 6-degree zone number %1 (CM %2E)</source>
            <translation>easting starts with the 6-degree zone number %1 (CM %2E)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>3-degree zone whose false easting (500 km) puts the data in the project area</source>
            <translation>3-degree zone whose false easting (500 km) puts the data in the project area</translation>
        </message>
        <message>
            <location line="+8" />
            <source>6-degree zone whose false easting (500 km) puts the data in the project area</source>
            <translation>6-degree zone whose false easting (500 km) puts the data in the project area</translation>
        </message>
        <message>
            <location line="+10" />
            <source>ranges fit Web Mercator over China</source>
            <translation>ranges fit Web Mercator over China</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Albers equal-area for China (Krasovsky, 25N/47N, 105E)</source>
            <translation>Albers equal-area for China (Krasovsky, 25N/47N, 105E)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>coordinates around 0 spanning thousands of km: an equal-area projection of China</source>
            <translation>coordinates around 0 spanning thousands of km: an equal-area projection of China</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Albers equal-area (24N/48N, 104.5E, origin 36N)</source>
            <translation>Albers equal-area (24N/48N, 104.5E, origin 36N)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the file declares no CRS and its coordinates (%1 to %2, %3 to %4) fit no CRS we can suggest; name the CRS the data was made in</source>
            <translation>the file declares no CRS and its coordinates (%1 to %2, %3 to %4) fit no CRS we can suggest; name the CRS the data was made in</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the file declares no CRS and its coordinates are projected; it is not imported until you name its CRS. Likely: %1</source>
            <translation>the file declares no CRS and its coordinates are projected; it is not imported until you name its CRS. Likely: %1</translation>
        </message>
        <message>
            <location filename="../src/geo/GeometryRepair.cpp" line="+73" />
            <source>the polygon (%1 vertices) could not be checked and repaired within %2 s; repair it in a GIS (e.g. QGIS) and import again</source>
            <translation>the polygon (%1 vertices) could not be checked and repaired within %2 s; repair it in a GIS (e.g. QGIS) and import again</translation>
        </message>
        <message>
            <location line="+64" />
            <source>MakeValid left no polygon; the geometry is kept as it was</source>
            <translation>MakeValid left no polygon; the geometry is kept as it was</translation>
        </message>
        <message>
            <location line="+4" />
            <source>invalid polygon (self-intersection or bad ring) repaired with MakeValid</source>
            <translation>invalid polygon (self-intersection or bad ring) repaired with MakeValid</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/geo/GeometryRepairSession.cpp" line="+118" />
            <source>no coordinates</source>
            <translation>no coordinates</translation>
        </message>
        <message>
            <location filename="../src/geo/LayerDissolver.cpp" line="+40" />
            <location filename="../src/geo/LayerImporter.cpp" line="+51" />
            <source>the import was cancelled</source>
            <translation>the import was cancelled</translation>
        </message>
        <message>
            <location filename="../src/geo/LayerImporter.cpp" line="+7" />
            <source>repaired</source>
            <translation>repaired</translation>
        </message>
        <message>
            <location line="+2" />
            <source>invalid, not repairable</source>
            <translation>invalid, not repairable</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no geometry (null)</source>
            <translation>no geometry (null)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty geometry</source>
            <translation>empty geometry</translation>
        </message>
        <message>
            <location line="+2" />
            <source>too complex to check and repair in time</source>
            <translation>too complex to check and repair in time</translation>
        </message>
        <message>
            <location line="+106" />
            <source>layer "%1": %2 region geometries replaced, %3 added</source>
            <translation>layer "%1": %2 region geometries replaced, %3 added</translation>
        </message>
        <message>
            <location line="+6" />
            <source>layer "%1" still holds schematic geometry for %2 regions and stays marked schematic</source>
            <translation>layer "%1" still holds schematic geometry for %2 regions and stays marked schematic</translation>
        </message>
        <message>
            <location line="+9" />
            <source>layer "%1" replaced by "%2" (%3 features)</source>
            <translation>layer "%1" replaced by "%2" (%3 features)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>layer "%1" added (%2 features)</source>
            <translation>layer "%1" added (%2 features)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (unmatched)</source>
            <translation>%1 (unmatched)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>layer "%1" added with the %2 unmatched features</source>
            <translation>layer "%1" added with the %2 unmatched features</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>read layer "%1" (%2) with %3 features</source>
            <translation>read layer "%1" (%2) with %3 features</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file has %1 layers (%2); pass the layer name to import another</source>
            <translation>the file has %1 layers (%2); pass the layer name to import another</translation>
        </message>
        <message>
            <location line="+7" />
            <source>text encoding: %1</source>
            <translation>text encoding: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>names as read: %1</source>
            <translation>names as read: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the layer has no features</source>
            <translation>the layer has no features</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no feature has the match field "%1"</source>
            <translation>no feature has the match field "%1"</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the file claims degrees (%1) but its coordinates are not; the CRS is ignored</source>
            <translation>the file claims degrees (%1) but its coordinates are not; the CRS is ignored</translation>
        </message>
        <message>
            <location line="+17" />
            <source>source CRS: %1%2</source>
            <translation>source CRS: %1%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 single-part and %2 multi-part features: all are stored as multi-part</source>
            <translation>%1 single-part and %2 multi-part features: all are stored as multi-part</translation>
        </message>
        <message>
            <location line="+6" />
            <source>feature %1 has a geometry of another kind than the layer; its geometry is dropped</source>
            <translation>feature %1 has a geometry of another kind than the layer; its geometry is dropped</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+36" />
            <source>feature %1 %2: %3</source>
            <translation>feature %1 %2: %3</translation>
        </message>
        <message>
            <location line="-12" />
            <source>geometry check: %1 repaired, %2 not repairable, %3 empty or null</source>
            <translation>geometry check: %1 repaired, %2 not repairable, %3 empty or null</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 features have no usable geometry, so importing them would blank or degrade boundaries; nothing was imported. Fix the file (is it truncated?) and import again: %2</source>
            <translation>%1 features have no usable geometry, so importing them would blank or degrade boundaries; nothing was imported. Fix the file (is it truncated?) and import again: %2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>transformed from %1 to %2</source>
            <translation>transformed from %1 to %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>in the CRS %1 the layer lies (partly) outside China, so the CRS is probably wrong; nothing was imported</source>
            <translation>in the CRS %1 the layer lies (partly) outside China, so the CRS is probably wrong; nothing was imported</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the layer does not overlap the project area</source>
            <translation>the layer does not overlap the project area</translation>
        </message>
        <message>
            <location line="+19" />
            <source>re-linking: %1 of %2 regions matched (%3 by name), %4 ambiguous, %5 features unmatched</source>
            <translation>re-linking: %1 of %2 regions matched (%3 by name), %4 ambiguous, %5 features unmatched</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ambiguous: %1</source>
            <translation>ambiguous: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>regions without a feature (keep their current geometry): %1</source>
            <translation>regions without a feature (keep their current geometry): %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>no project regions given: nothing is re-linked</source>
            <translation>no project regions given: nothing is re-linked</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 features kept as an ordinary layer</source>
            <translation>%1 features kept as an ordinary layer</translation>
        </message>
        <message>
            <location filename="../src/geo/LayerReader.cpp" line="+140" />
            <source>the CRS "%1" is not an EPSG code, PROJ string or WKT GDAL can read</source>
            <translation>the CRS "%1" is not an EPSG code, PROJ string or WKT GDAL can read</translation>
        </message>
        <message>
            <location line="+19" />
            <source>GDAL cannot open the file as vector data</source>
            <translation>GDAL cannot open the file as vector data</translation>
        </message>
        <message>
            <location line="+30" />
            <source>cannot create an in-memory file</source>
            <translation>cannot create an in-memory file</translation>
        </message>
        <message>
            <location line="+30" />
            <source>encoding %1 chosen by the user</source>
            <translation>encoding %1 chosen by the user</translation>
        </message>
        <message>
            <location line="+20" />
            <source>GDAL cannot open the file as vector data%1</source>
            <translation>GDAL cannot open the file as vector data%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the file has no vector layer</source>
            <translation>the file has no vector layer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no layer "%1"; the file has: %2</source>
            <translation>no layer "%1"; the file has: %2</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+15" />
            <source>the layer has no field "%1"</source>
            <translation>the layer has no field "%1"</translation>
        </message>
        <message>
            <location line="+88" />
            <source>the file is damaged or truncated (GDAL: %1); nothing was imported</source>
            <translation>the file is damaged or truncated (GDAL: %1); nothing was imported</translation>
        </message>
        <message>
            <location filename="../src/geo/RegionMatcher.cpp" line="+99" />
            <source>the name "%1" fits %2 regions</source>
            <translation>the name "%1" fits %2 regions</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 features match region %2</source>
            <translation>%1 features match region %2</translation>
        </message>
        <message>
            <location filename="../src/geo/ShapefileEncoding.cpp" line="+47" />
            <source>cannot open the DBF file</source>
            <translation>cannot open the DBF file</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the DBF file is too short</source>
            <translation>the DBF file is too short</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the DBF header is damaged</source>
            <translation>the DBF header is damaged</translation>
        </message>
        <message>
            <location line="+94" />
            <location line="+64" />
            <source>the shapefile has no .dbf file</source>
            <translation>the shapefile has no .dbf file</translation>
        </message>
        <message>
            <location line="-50" />
            <source>encoding %1 from the .cpg file</source>
            <translation>encoding %1 from the .cpg file</translation>
        </message>
        <message>
            <location line="+8" />
            <source>encoding %1 from the DBF language byte (%2)</source>
            <translation>encoding %1 from the DBF language byte (%2)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>text fields are plain ASCII; read as UTF-8</source>
            <translation>text fields are plain ASCII; read as UTF-8</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no .cpg and no language byte; the text is valid UTF-8</source>
            <translation>no .cpg and no language byte; the text is valid UTF-8</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no .cpg and no language byte; the text is not UTF-8 but valid GBK (CP936)</source>
            <translation>no .cpg and no language byte; the text is not UTF-8 but valid GBK (CP936)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no .cpg and no language byte; the text is valid GB18030</source>
            <translation>no .cpg and no language byte; the text is valid GB18030</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the text is neither UTF-8 nor GBK; choose the encoding by hand (--encoding)</source>
            <translation>the text is neither UTF-8 nor GBK; choose the encoding by hand (--encoding)</translation>
        </message>
        <message>
            <location filename="../src/geo/TableReader.cpp" line="+78" />
            <source>the file is not valid %1 text</source>
            <translation>the file is not valid %1 text</translation>
        </message>
        <message>
            <location line="+45" />
            <source>a quote inside an unquoted cell</source>
            <translation>a quote inside an unquoted cell</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a quoted cell is not closed</source>
            <translation>a quoted cell is not closed</translation>
        </message>
        <message>
            <location line="+25" />
            <source>cannot open the file</source>
            <translation>cannot open the file</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+17" />
            <source>tables are read from .csv or .xlsx files</source>
            <translation>tables are read from .csv or .xlsx files</translation>
        </message>
        <message>
            <location line="+18" />
            <source>GDAL cannot open the workbook</source>
            <translation>GDAL cannot open the workbook</translation>
        </message>
        <message>
            <location filename="../src/geo/WideTableMapping.cpp" line="+71" />
            <location line="+5" />
            <location line="+8" />
            <source>no column "%1"</source>
            <translation>no column "%1"</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no year: give one, or a year column, or name the sheet by its year</source>
            <translation>no year: give one, or a year column, or name the sheet by its year</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 row %2: "%3" is not a project region</source>
            <translation>%1 row %2: "%3" is not a project region</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not a year: "%1"</source>
            <translation>not a year: "%1"</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 row %2: no value for %3</source>
            <translation>%1 row %2: no value for %3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>not a number: "%1"</source>
            <translation>not a number: "%1"</translation>
        </message>
        <message>
            <location filename="../src/geo/InputFile.cpp" line="+24" />
            <source>the path is a loop of symbolic links</source>
            <translation>the path is a loop of symbolic links</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <location line="-16" />
            <source>no such file</source>
            <translation>no such file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the path is too long</source>
            <translation>the path is too long</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file cannot be read</source>
            <translation>the file cannot be read</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a folder, not a file</source>
            <translation>a folder, not a file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not a regular file (a pipe, device or socket); nothing was read</source>
            <translation>not a regular file (a pipe, device or socket); nothing was read</translation>
        </message>
        <message>
            <location filename="../src/geo/TextDecoding.cpp" line="+111" />
            <source>the file mixes encodings: line %1 is UTF-8 but line %2 is not (GBK?); save the whole file once as "CSV UTF-8"</source>
            <translation>the file mixes encodings: line %1 is UTF-8 but line %2 is not (GBK?); save the whole file once as "CSV UTF-8"</translation>
        </message>
        <message>
            <location line="+7" />
            <source>line %1 is neither UTF-8 nor GBK/GB18030 text; save the file as "CSV UTF-8"</source>
            <translation>line %1 is neither UTF-8 nor GBK/GB18030 text; save the file as "CSV UTF-8"</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the file is neither UTF-8 nor GBK/GB18030 text</source>
            <translation>the file is neither UTF-8 nor GBK/GB18030 text</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the encoding "%1" is empty; name one (UTF-8, GBK, GB18030, BIG5) or leave it out to detect it</source>
            <translation>the encoding "%1" is empty; name one (UTF-8, GBK, GB18030, BIG5) or leave it out to detect it</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the encoding "%1" cannot be a shapefile's: a DBF holds single-byte or multi-byte ASCII-compatible text (UTF-8, GBK, GB18030, BIG5)</source>
            <translation>the encoding "%1" cannot be a shapefile's: a DBF holds single-byte or multi-byte ASCII-compatible text (UTF-8, GBK, GB18030, BIG5)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown encoding "%1" (try UTF-8, GBK, GB18030 or BIG5)</source>
            <translation>unknown encoding "%1" (try UTF-8, GBK, GB18030 or BIG5)</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::AllocationEditor</name>
        <message>
            <location filename="../ui/AllocationEditor.cpp" line="+154" />
            <source>Plan's Cap</source>
            <translation>Plan's Cap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Split by Method</source>
            <translation>Split by Method</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpin All</source>
            <translation>Unpin All</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use Parent's Split</source>
            <translation>Use Parent's Split</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What Does It Take?…</source>
            <translation>What Does It Take?…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The cap to split, in the table's unit; type another to try it</source>
            <translation>The cap to split, in the table's unit; type another to try it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the plan's cap of the year</source>
            <translation>Back to the plan's cap of the year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choosing a method splits the cap by it (typed quotas are kept)</source>
            <translation>Choosing a method splits the cap by it (typed quotas are kept)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Split what the typed quotas leave of the cap among the other counties by the method</source>
            <translation>Split what the typed quotas leave of the cap among the other counties by the method</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drop this scenario's own split: the parent's applies again</source>
            <translation>Drop this scenario's own split: the parent's applies again</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The smallest annual decline of water intensity that meets the cap, per county and for the city</source>
            <translation>The smallest annual decline of water intensity that meets the cap, per county and for the city</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cap:</source>
            <translation>Cap:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Base year:</source>
            <translation>Base year:</translation>
        </message>
        <message>
            <location line="-39" />
            <source>“%1” is not a cap: type a volume such as 16.53.</source>
            <translation>“%1” is not a cap: type a volume such as 16.53.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>observed years</source>
            <translation>observed years</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No split of the %1 cap yet: choose a method to make one, or type the quotas.</source>
            <translation>No split of the %1 cap yet: choose a method to make one, or type the quotas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The plan has no cap for %1: type one to split it.</source>
            <translation>The plan has no cap for %1: type one to split it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1”'s own split of %2.</source>
            <translation>“%1”'s own split of %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The project-wide split of %1 — any change makes it “%2”'s own.</source>
            <translation>The project-wide split of %1 — any change makes it “%2”'s own.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Inherited from “%1” — any change makes it “%2”'s own.</source>
            <translation>Inherited from “%1” — any change makes it “%2”'s own.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the quotas add up to the cap</source>
            <translation>the quotas add up to the cap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unallocated — not spread: split it by the method or type it</source>
            <translation>unallocated — not spread: split it by the method or type it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over-allocated: the quotas exceed the cap</source>
            <translation>over-allocated: the quotas exceed the cap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cap %1 · Σ quotas %2 · &lt;b&gt;Remainder (cap − Σ) %3&lt;/b&gt; — %4</source>
            <translation>Cap %1 · Σ quotas %2 · &lt;b&gt;Remainder (cap − Σ) %3&lt;/b&gt; — %4</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Set the %1 quota of %2 in “%3” to %4</source>
            <translation>Set the %1 quota of %2 in “%3” to %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove the %1 quota of %2 in “%3”</source>
            <translation>Remove the %1 quota of %2 in “%3”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep the quota of %1 when splitting</source>
            <translation>Keep the quota of %1 when splitting</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Let the method split the quota of %1</source>
            <translation>Let the method split the quota of %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Let the method split every quota of %1 in “%2”</source>
            <translation>Let the method split every quota of %1 in “%2”</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set the %1 cap of “%2” to %3</source>
            <translation>Set the %1 cap of “%2” to %3</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The cap cannot be split this way: %1</source>
            <translation>The cap cannot be split this way: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Split the %1 cap of “%2” by %3</source>
            <translation>Split the %1 cap of “%2” by %3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Use the parent's %1 split in “%2”</source>
            <translation>Use the parent's %1 split in “%2”</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::AllocationTableModel</name>
        <message>
            <location filename="../ui/AllocationTableModel.cpp" line="+74" />
            <source>Typed by hand: kept when the rest is split by the method</source>
            <translation>Typed by hand: kept when the rest is split by the method</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computed by the method; type a value to pin it</source>
            <translation>Computed by the method; type a value to pin it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No quota allocated: type one, or split the cap by the method</source>
            <translation>No quota allocated: type one, or split the cap by the method</translation>
        </message>
        <message>
            <location line="+50" />
            <source>“%1” is not a quota: type a volume such as %2 %3, or leave it empty for none.</source>
            <translation>“%1” is not a quota: type a volume such as %2 %3, or leave it empty for none.</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+23" />
            <source>County</source>
            <translation>County</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+20" />
            <source>Typed</source>
            <translation>Typed</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+18" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+22" />
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+21" />
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+19" />
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+17" />
            <source>Use − quota</source>
            <translation>Use − quota</translation>
        </message>
        <message>
            <location line="+12" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cap %1 %2; quotas %3 %2; remainder (cap − Σ quotas) %4 %2</source>
            <translation>Cap %1 %2; quotas %3 %2; remainder (cap − Σ quotas) %4 %2</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ChangeLogPanel</name>
        <message>
            <location filename="../ui/ChangeLogPanel.cpp" line="+48" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time (UTC)</source>
            <translation>Time (UTC)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Only shared projects (File → Open Server Project…) keep a change log.</source>
            <translation>Only shared projects (File → Open Server Project…) keep a change log.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The change log cannot be read: %1</source>
            <translation>The change log cannot be read: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 — the newest %2 changes</source>
            <translation>%1 — the newest %2 changes</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::DriverOverrideDialog</name>
        <message>
            <location filename="../ui/DriverOverrideDialog.cpp" line="+30" />
            <source>Add a Value to “%1”</source>
            <translation>Add a Value to “%1”</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driver:</source>
            <translation>Driver:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value:</source>
            <translation>Value:</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Valid range: %1</source>
            <translation>Valid range: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the value in %1.</source>
            <translation>Type the value in %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plain numbers</source>
            <translation>plain numbers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is not a number: %2 takes a value in %3.</source>
            <translation>“%1” is not a number: %2 takes a value in %3.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Replaces the value the scenario has for this region, driver and year.</source>
            <translation>Replaces the value the scenario has for this region, driver and year.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportActions</name>
        <message>
            <location filename="../ui/ExportActions.cpp" line="+43" />
            <source>Export &amp;Map…</source>
            <translation>Export &amp;Map…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Print Map…</source>
            <translation>&amp;Print Map…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export &amp;Table…</source>
            <translation>Export &amp;Table…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport Report…</source>
            <translation>E&amp;xport Report…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import Statisti&amp;cs…</source>
            <translation>Import Statisti&amp;cs…</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Print Map</source>
            <translation>Print Map</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportMapDialog</name>
        <message>
            <location filename="../ui/ExportMapDialog.cpp" line="+34" />
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scale bar</source>
            <translation>Scale bar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>North arrow</source>
            <translation>North arrow</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+63" />
            <location line="+103" />
            <source>Export Map</source>
            <translation>Export Map</translation>
        </message>
        <message>
            <location line="-164" />
            <source>Current view</source>
            <translation>Current view</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Full extent</source>
            <translation>Full extent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A4 portrait</source>
            <translation>A4 portrait</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A4 landscape</source>
            <translation>A4 landscape</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A3 portrait</source>
            <translation>A3 portrait</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A3 landscape</source>
            <translation>A3 landscape</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size in pixels</source>
            <translation>Size in pixels</translation>
        </message>
        <message>
            <location line="+4" />
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <location line="+6" />
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution of PNG files; PDF and SVG are vector drawings</source>
            <translation>Resolution of PNG files; PDF and SVG are vector drawings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>map.pdf, map.png or map.svg</source>
            <translation>map.pdf, map.png or map.svg</translation>
        </message>
        <message>
            <location line="+15" />
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Extent:</source>
            <translation>Extent:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page:</source>
            <translation>Page:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pixel size:</source>
            <translation>Pixel size:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG resolution:</source>
            <translation>PNG resolution:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subtitle:</source>
            <translation>Subtitle:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+111" />
            <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportReportDialog</name>
        <message>
            <location filename="../ui/ExportReportDialog.cpp" line="+29" />
            <source>Probability of meeting each target (Monte Carlo)</source>
            <translation>Probability of meeting each target (Monte Carlo)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <location line="+34" />
            <source>Export Report</source>
            <translation>Export Report</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>report.pdf</source>
            <translation>report.pdf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target years:</source>
            <translation>Target years:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adds P(met) and the 5–95 % band of every target and county, and the probability maps: %1 draws, seed %2 (as in the probability window)</source>
            <translation>Adds P(met) and the 5–95 % band of every target and county, and the probability maps: %1 draws, seed %2 (as in the probability window)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Tick at least one target year.</source>
            <translation>Tick at least one target year.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportTableDialog</name>
        <message>
            <location filename="../ui/ExportTableDialog.cpp" line="+26" />
            <location line="+38" />
            <location line="+25" />
            <source>Export Table</source>
            <translation>Export Table</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Scorecard %1</source>
            <translation>Scorecard %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scorecard of every year, with the counties</source>
            <translation>Scorecard of every year, with the counties</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Region details (select a region on the map)</source>
            <translation>Region details (select a region on the map)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region details: %1 %2</source>
            <translation>Region details: %1 %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Key tasks</source>
            <translation>Key tasks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota allocation %1</source>
            <translation>Quota allocation %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quota allocation (none in %1)</source>
            <translation>Quota allocation (none in %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scenario comparison %1</source>
            <translation>Scenario comparison %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>tables.xlsx (a sheet per table) or table.csv (one table)</source>
            <translation>tables.xlsx (a sheet per table) or table.csv (one table)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tables:</source>
            <translation>Tables:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Tick at least one table.</source>
            <translation>Tick at least one table.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::GoalSeekDialog</name>
        <message>
            <location filename="../ui/GoalSeekDialog.cpp" line="+35" />
            <source>none: holding intensities level meets it</source>
            <translation>none: holding intensities level meets it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 % a year</source>
            <translation>%1 % a year</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not within %1 % a year</source>
            <translation>not within %1 % a year</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 % a year or more</source>
            <translation>%1 % a year or more</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at most %1 % a year</source>
            <translation>at most %1 % a year</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not even at %1 % a year</source>
            <translation>not even at %1 % a year</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create Scenario: City-wide Decline</source>
            <translation>Create Scenario: City-wide Decline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create Scenario: Each County's Decline</source>
            <translation>Create Scenario: Each County's Decline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What Does It Take?</source>
            <translation>What Does It Take?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A new scenario inheriting from this one in which every county's intensities fall by the city's answer</source>
            <translation>A new scenario inheriting from this one in which every county's intensities fall by the city's answer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new scenario in which each county's intensities fall by its own answer</source>
            <translation>A new scenario in which each county's intensities fall by its own answer</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No answer: %1</source>
            <translation>No answer: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual decline of water intensity needed</source>
            <translation>Annual decline of water intensity needed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Highest real growth that still meets it</source>
            <translation>Highest real growth that still meets it</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;%1 %2&lt;/b&gt; (%3 %4) in “%5”: what each region needs from %6 on.</source>
            <translation>&lt;b&gt;%1 %2&lt;/b&gt; (%3 %4) in “%5”: what each region needs from %6 on.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (as a whole)</source>
            <translation>%1 (as a whole)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No quota is allocated to this county: nothing to judge it against.</source>
            <translation>No quota is allocated to this county: nothing to judge it against.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The decline applies to irrigation water per area, industrial water per value added and domestic water per GDP alike, every year from %1; growth is real GDP and industrial value added. Counties are judged against their quotas, met by the %2 % margin.</source>
            <translation>The decline applies to irrigation water per area, industrial water per value added and domestic water per GDP alike, every year from %1; growth is real GDP and industrial value added. Counties are judged against their quotas, met by the %2 % margin.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ImportController</name>
        <message>
            <location filename="../ui/ImportController.cpp" line="+179" />
            <source>The analysis was cancelled.</source>
            <translation>The analysis was cancelled.</translation>
        </message>
        <message>
            <location line="+93" />
            <source>matched</source>
            <translation>matched</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ambiguous</source>
            <translation>ambiguous</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unmatched</source>
            <translation>unmatched</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ImportLayerDialog</name>
        <message>
            <location filename="../ui/ImportLayerDialog.cpp" line="+29" />
            <source>Vector files (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.gml *.tab *.mif *.sqlite *.gdb);;All files (*)</source>
            <translation>Vector files (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.gml *.tab *.mif *.sqlite *.gdb);;All files (*)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Analyse</source>
            <translation>&amp;Analyse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel Analysis</source>
            <translation>Cancel Analysis</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+115" />
            <source>Import Layer</source>
            <translation>Import Layer</translation>
        </message>
        <message>
            <location line="-112" />
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A vector file: Shapefile, GeoJSON, GeoPackage, KML, …</source>
            <translation>A vector file: Shapefile, GeoJSON, GeoPackage, KML, …</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counties</source>
            <translation>Counties</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basins</source>
            <translation>Basins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Irrigation districts</source>
            <translation>Irrigation districts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rivers</source>
            <translation>Rivers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservoirs</source>
            <translation>Reservoirs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location line="+17" />
            <source>As detected (or EPSG:n, a PROJ string)</source>
            <translation>As detected (or EPSG:n, a PROJ string)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Automatic (code, then name)</source>
            <translation>Automatic (code, then name)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Layer:</source>
            <translation>&amp;Layer:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text &amp;encoding:</source>
            <translation>Text &amp;encoding:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;CRS:</source>
            <translation>&amp;CRS:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Match field:</source>
            <translation>&amp;Match field:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Feature</source>
            <translation>Feature</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Project region</source>
            <translation>Project region</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The import report appears here after the analysis.</source>
            <translation>The import report appears here after the analysis.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Detected: %1 (%2)</source>
            <translation>Detected: %1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not a shapefile: %1 stores its text encoding itself.</source>
            <translation>Not a shapefile: %1 stores its text encoding itself.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No names to preview.</source>
            <translation>No names to preview.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names decoded as %1: %2</source>
            <translation>Names decoded as %1: %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Declared by the file: %1.</source>
            <translation>Declared by the file: %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not declared; CGCS2000 (%1) is offered: %2</source>
            <translation>Not declared; CGCS2000 (%1) is offered: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+88" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Not declared and not guessable, set the CRS below: %1</source>
            <translation>Not declared and not guessable, set the CRS below: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Candidates: %1</source>
            <translation>Candidates: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file is read as %1 (set by you).</source>
            <translation>The file is read as %1 (set by you).</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Analysing…</source>
            <translation>Analysing…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Import refused, the project is unchanged: %1</source>
            <translation>Import refused, the project is unchanged: %1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ImportStatisticsDialog</name>
        <message>
            <location filename="../ui/ImportStatisticsDialog.cpp" line="+42" />
            <location line="+63" />
            <source>Import Statistics</source>
            <translation>Import Statistics</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+5" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Table (CSV or XLSX):</source>
            <translation>Table (CSV or XLSX):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wide bulletin table, converted with a mapping file</source>
            <translation>Wide bulletin table, converted with a mapping file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mapping (CSV):</source>
            <translation>Mapping (CSV):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>region_code,year,variable,value,unit,source,estimate</source>
            <translation>region_code,year,variable,value,unit,source,estimate</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preview</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mapping File</source>
            <translation>Mapping File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (*.csv);;All files (*)</source>
            <translation>CSV (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The mapping cannot be used.</source>
            <translation>The mapping cannot be used.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The table cannot be converted.</source>
            <translation>The table cannot be converted.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Converted %n value(s) into long rows.</source>
            <translation>
                <numerusform>Converted %n value into long rows.</numerusform>
                <numerusform>Converted %n values into long rows.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skipped:</source>
            <translation>Skipped:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>First converted rows:</source>
            <translation>First converted rows:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (converted to long rows)</source>
            <translation>%1 (converted to long rows)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>The file cannot be read.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 to add, %2 to replace, %3 unchanged, %4 rejected.</source>
            <translation>%1 to add, %2 to replace, %3 unchanged, %4 rejected.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing will be imported until every row is valid:</source>
            <translation>Nothing will be imported until every row is valid:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>  replace %1 %2 %3: %4 → %5</source>
            <translation>  replace %1 %2 %3: %4 → %5</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::IndicatorChooser</name>
        <message>
            <location filename="../ui/IndicatorChooser.cpp" line="+35" />
            <source>Indicator shown on the map and the chart: %1</source>
            <translation>Indicator shown on the map and the chart: %1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::KeyTaskModel</name>
        <message>
            <location filename="../ui/KeyTaskModel.cpp" line="+115" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lead department</source>
            <translation>Lead department</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next milestone</source>
            <translation>Next milestone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::LayerTreeModel</name>
        <message>
            <location filename="../ui/LayerTreeModel.cpp" line="+12" />
            <source>Counties</source>
            <translation>Counties</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Basins</source>
            <translation>Basins</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irrigation districts</source>
            <translation>Irrigation districts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rivers</source>
            <translation>Rivers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reservoirs</source>
            <translation>Reservoirs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cities</source>
            <translation>Cities</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 (schematic)</source>
            <translation>%1 (schematic)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — %2 features, %3</source>
            <translation>%1 — %2 features, %3</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::LessonEditorDialog</name>
        <message>
            <location filename="../ui/LessonEditorDialog.cpp" line="+30" />
            <source>Lessons</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(the scenario selected)</source>
            <translation>(the scenario selected)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none: one map)</source>
            <translation>(none: one map)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New Lesson</source>
            <translation>New Lesson</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lesson:</source>
            <translation>Lesson:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title (Chinese):</source>
            <translation>Title (Chinese):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title (English):</source>
            <translation>Title (English):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add Step</source>
            <translation>Add Step</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Step</source>
            <translation>Remove Step</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Up</source>
            <translation>Move Up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Down</source>
            <translation>Move Down</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Indicator:</source>
            <translation>Indicator:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with:</source>
            <translation>Compare with:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region to outline:</source>
            <translation>Region to outline:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption (Chinese):</source>
            <translation>Caption (Chinese):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption (English):</source>
            <translation>Caption (English):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source (Chinese):</source>
            <translation>Source (Chinese):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source (English):</source>
            <translation>Source (English):</translation>
        </message>
        <message>
            <location line="+86" />
            <source>%1. %2 · %3</source>
            <translation>%1. %2 · %3</translation>
        </message>
        <message>
            <location line="+87" />
            <source>New lesson</source>
            <translation>New lesson</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Caption</source>
            <translation>Caption</translation>
        </message>
        <message>
            <location line="+48" />
            <source>lessons</source>
            <translation>lessons</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Demonstration mode is on: the project is read-only.</source>
            <translation>Demonstration mode is on: the project is read-only.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::LessonPlayer</name>
        <message>
            <location filename="../ui/LessonPlayer.cpp" line="+88" />
            <source>%1 — step %2 of %3</source>
            <translation>%1 — step %2 of %3</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::MainWindow</name>
        <message>
            <location filename="../ui/app/MainWindow.cpp" line="+177" />
            <source>Layers</source>
            <translation>Layers</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Region Details</source>
            <translation>Region Details</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Trajectory</source>
            <translation>Trajectory</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Key Tasks</source>
            <translation>Key Tasks</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change Log</source>
            <translation>Change Log</translation>
        </message>
        <message>
            <location line="+203" />
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Indicator:</source>
            <translation>Indicator:</translation>
        </message>
        <message>
            <location line="-225" />
            <source>Probability</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scenarios</source>
            <translation>Scenarios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>County Quotas</source>
            <translation>County Quotas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare Scenarios</source>
            <translation>Compare Scenarios</translation>
        </message>
        <message>
            <location line="+208" />
            <source>No lessons in this project</source>
            <translation>No lessons in this project</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scenario:</source>
            <translation>Scenario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy Table</source>
            <translation>&amp;Copy Table</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the selected rows of the focused table (all rows when none is selected)</source>
            <translation>Copy the selected rows of the focused table (all rows when none is selected)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom to &amp;Full Extent</source>
            <translation>Zoom to &amp;Full Extent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom to &amp;Box</source>
            <translation>Zoom to &amp;Box</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag a box on the map to zoom to it (Shift+drag works at any time)</source>
            <translation>Drag a box on the map to zoom to it (Shift+drag works at any time)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous Year</source>
            <translation>&amp;Previous Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next Year</source>
            <translation>&amp;Next Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map &amp;Legend</source>
            <translation>Map &amp;Legend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the legend on the map; drag it to move it</source>
            <translation>Show or hide the legend on the map; drag it to move it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Scale Bar</source>
            <translation>&amp;Scale Bar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sc&amp;hematic Map Note</source>
            <translation>Sc&amp;hematic Map Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Display &amp;CRS</source>
            <translation>Display &amp;CRS</translation>
        </message>
        <message>
            <location line="-359" />
            <source>CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)</source>
            <translation>CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CGCS2000 geographic (EPSG:4490)</source>
            <translation>CGCS2000 geographic (EPSG:4490)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)</source>
            <translation>CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WGS 84 / UTM zone 49N (EPSG:32649)</source>
            <translation>WGS 84 / UTM zone 49N (EPSG:32649)</translation>
        </message>
        <message>
            <location line="+257" />
            <source>Display CRS: %1</source>
            <translation>Display CRS: %1</translation>
        </message>
        <message>
            <location line="+114" />
            <source>&amp;Panels</source>
            <translation>&amp;Panels</translation>
        </message>
        <message>
            <location line="-9" />
            <source>P&amp;resentation Mode</source>
            <translation>P&amp;resentation Mode</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language…</source>
            <translation>&amp;Language…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Jieshui Workbench</source>
            <translation>&amp;About Jieshui Workbench</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Analysis</source>
            <translation>&amp;Analysis</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Training</source>
            <translation>&amp;Training</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map full screen with large text, for training sessions (Page Up/Down step, Esc leaves)</source>
            <translation>The map full screen with large text, for training sessions (Page Up/Down step, Esc leaves)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Play Lesson</source>
            <translation>&amp;Play Lesson</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop Lesson</source>
            <translation>&amp;Stop Lesson</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Lessons…</source>
            <translation>&amp;Edit Lessons…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Demonstration Mode (Read-Only)</source>
            <translation>&amp;Demonstration Mode (Read-Only)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing clicked can change the project file while this is on</source>
            <translation>Nothing clicked can change the project file while this is on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Window</source>
            <translation>&amp;Window</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reset Layout</source>
            <translation>&amp;Reset Layout</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Demonstration · read-only</source>
            <translation>Demonstration · read-only</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Drawing…</source>
            <translation>Drawing…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 [demonstration, read-only] — Jieshui Workbench</source>
            <translation>%1 [demonstration, read-only] — Jieshui Workbench</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — Jieshui Workbench</source>
            <translation>%1 — Jieshui Workbench</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The scenario could not be evaluated; its observed years are shown: %1</source>
            <translation>The scenario could not be evaluated; its observed years are shown: %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Table copied to the clipboard</source>
            <translation>Table copied to the clipboard</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scorecard copied to the clipboard</source>
            <translation>Scorecard copied to the clipboard</translation>
        </message>
        <message>
            <location line="+4" />
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Language of the workbench:</source>
            <translation>Language of the workbench:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>About Jieshui Workbench</source>
            <translation>About Jieshui Workbench</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Jieshui Workbench %1&lt;/h3&gt;&lt;p&gt;Water-saving planning workbench for Qinzhou: judges the targets of the water-saving action plan by county, year and scenario.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Jieshui Workbench %1&lt;/h3&gt;&lt;p&gt;Water-saving planning workbench for Qinzhou: judges the targets of the water-saving action plan by county, year and scenario.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::MapPresenter</name>
        <message>
            <location filename="../ui/MapPresenter.cpp" line="+69" />
            <source>The scenario “%1” could not be evaluated: %2</source>
            <translation>The scenario “%1” could not be evaluated: %2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3: %4&lt;br&gt;no target of the plan this year</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3: %4&lt;br&gt;no target of the plan this year</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1° E, %2° N (%3)</source>
            <translation>%1° E, %2° N (%3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>x %1 m, y %2 m (%3)</source>
            <translation>x %1 m, y %2 m (%3)</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+6" />
            <source>Layer “%1” is not shown: %2</source>
            <translation>Layer “%1” is not shown: %2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nothing to show: %1</source>
            <translation>Nothing to show: %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Province: %1</source>
            <translation>Province: %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Compliance: %1</source>
            <translation>Compliance: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Values: %1 %2 (no target this year)</source>
            <translation>Values: %1 %2 (no target this year)</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::MapStage</name>
        <message>
            <location filename="../ui/MapStage.cpp" line="+172" />
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::NewFromBoundariesDialog</name>
        <message>
            <location filename="../ui/NewFromBoundariesDialog.cpp" line="+47" />
            <source>New Project From Boundaries</source>
            <translation>New Project From Boundaries</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>county boundaries: Shapefile, GeoJSON, GeoPackage, …</source>
            <translation>county boundaries: Shapefile, GeoJSON, GeoPackage, …</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The attribute with the GB/T 2260 codes; empty: found by itself (adcode, code, …)</source>
            <translation>The attribute with the GB/T 2260 codes; empty: found by itself (adcode, code, …)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The attribute with the names; empty: found by itself (name, name_zh, …)</source>
            <translation>The attribute with the names; empty: found by itself (name, name_zh, …)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty: the city or province holding every county</source>
            <translation>empty: the city or province holding every county</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A city (e.g. 450200), a province (450000) or the country (100000): only the counties under it are taken</source>
            <translation>A city (e.g. 450200), a province (450000) or the country (100000): only the counties under it are taken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>empty: from the file or the code lists</source>
            <translation>empty: from the file or the code lists</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty: the file's own (degrees in China: CGCS2000)</source>
            <translation>empty: the file's own (degrees in China: CGCS2000)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new project file (.gpkg) or postgresql:// address</source>
            <translation>new project file (.gpkg) or postgresql:// address</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Boundary file</source>
            <translation>Boundary file</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+67" />
            <source>Code attribute</source>
            <translation>Code attribute</translation>
        </message>
        <message>
            <location line="-66" />
            <location line="+67" />
            <source>Name attribute</source>
            <translation>Name attribute</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Root code</source>
            <translation>Root code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Root name</source>
            <translation>Root name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CRS of the file</source>
            <translation>CRS of the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The regions come from the counties' GB/T 2260 codes (county → city → province), the display CRS from the data (the 3-degree Gauss-Krüger zone of its centre). Statistics and plan targets come in afterwards through the imports; the project's years come from its plan targets.</source>
            <translation>The regions come from the counties' GB/T 2260 codes (county → city → province), the display CRS from the data (the 3-degree Gauss-Krüger zone of its centre). Statistics and plan targets come in afterwards through the imports; the project's years come from its plan targets.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <location line="+22" />
            <source>County Boundaries</source>
            <translation>County Boundaries</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vector files (*.shp *.geojson *.json *.gpkg *.kml *.topojson *.tab);;All files (*)</source>
            <translation>Vector files (*.shp *.geojson *.json *.gpkg *.kml *.topojson *.tab);;All files (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New Project</source>
            <translation>New Project</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jieshui projects (*.gpkg)</source>
            <translation>Jieshui projects (*.gpkg)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose the boundary file and where to save the project.</source>
            <translation>Choose the boundary file and where to save the project.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>“%1” above</source>
            <translation>“%1” above</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No project was made: %1</source>
            <translation>No project was made: %1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::OpenServerProjectDialog</name>
        <message>
            <location filename="../ui/OpenServerProjectDialog.cpp" line="+24" />
            <source>Open Server Project</source>
            <translation>Open Server Project</translation>
        </message>
        <message>
            <location line="+1" />
            <source>server name, or the folder of a local socket</source>
            <translation>server name, or the folder of a local socket</translation>
        </message>
        <message>
            <location line="+3" />
            <source>database</source>
            <translation>database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the project, e.g. qinzhou</source>
            <translation>the project, e.g. qinzhou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your database login (empty: your system login)</source>
            <translation>your database login (empty: your system login)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: a service of pg_service.conf instead of the above</source>
            <translation>optional: a service of pg_service.conf instead of the above</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is never asked for here nor kept with the project: it comes from your ~/.pgpass file or the service file, as for psql and QGIS.</source>
            <translation>The password is never asked for here nor kept with the project: it comes from your ~/.pgpass file or the service file, as for psql and QGIS.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::PlannerActions</name>
        <message>
            <location filename="../ui/PlannerActions.cpp" line="+35" />
            <source>S&amp;cenarios</source>
            <translation>S&amp;cenarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What Does It Take?…</source>
            <translation>&amp;What Does It Take?…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For the scorecard's selected target: the smallest annual decline of water intensity that meets it, per county and for the city</source>
            <translation>For the scorecard's selected target: the smallest annual decline of water intensity that meets it, per county and for the city</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ProjectActions</name>
        <message>
            <location filename="../ui/ProjectActions.cpp" line="+27" />
            <source>Jieshui projects (*.gpkg);;All files (*)</source>
            <translation>Jieshui projects (*.gpkg);;All files (*)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>&amp;New Project…</source>
            <translation>&amp;New Project…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import Layer…</source>
            <translation>&amp;Import Layer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new project file from the Qinzhou template</source>
            <translation>Create a new project file from the Qinzhou template</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a project file (GeoPackage)</source>
            <translation>Open a project file (GeoPackage)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the project</source>
            <translation>Save the project</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import a map layer (Shapefile, GeoJSON, GeoPackage, …) into the project</source>
            <translation>Import a map layer (Shapefile, GeoJSON, GeoPackage, …) into the project</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Jieshui Workbench</source>
            <translation>Jieshui Workbench</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+28" />
            <source>Opened %1</source>
            <translation>Opened %1</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Opened the embedded Qinzhou project</source>
            <translation>Opened the embedded Qinzhou project</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No project could be opened: %1</source>
            <translation>No project could be opened: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is a GeoPackage but not a project: its layers can be imported</source>
            <translation>%1 is a GeoPackage but not a project: its layers can be imported</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not open %1:
%2</source>
            <translation>Could not open %1:
%2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not a Jieshui project</source>
            <translation>Not a Jieshui project</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 is a GeoPackage but not a Jieshui project. It holds %n layer(s):
%2

Import one of them into the current project?</source>
            <translation>
                <numerusform>%1 is a GeoPackage but not a Jieshui project. It holds %n layer:
%2

Import one of them into the current project?</numerusform>
                <numerusform>%1 is a GeoPackage but not a Jieshui project. It holds %n layers:
%2

Import one of them into the current project?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Could not save %1:
%2</source>
            <translation>Could not save %1:
%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The project has unsaved changes. Save them first?</source>
            <translation>The project has unsaved changes. Save them first?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New Project</source>
            <translation>New Project</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not create %1:
%2</source>
            <translation>Could not create %1:
%2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open Project</source>
            <translation>Open Project</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save Project As</source>
            <translation>Save Project As</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 (shared)</source>
            <translation>%1 (shared)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No recent files</source>
            <translation>No recent files</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear List</source>
            <translation>Clear List</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ProjectController</name>
        <message>
            <location filename="../ui/ProjectController.cpp" line="+43" />
            <source>%1 (shared)</source>
            <translation>%1 (shared)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> [read-only]</source>
            <translation> [read-only]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Untitled project</source>
            <translation>Untitled project</translation>
        </message>
        <message>
            <location line="+48" />
            <source>demonstration mode is on: the project is read-only</source>
            <translation>demonstration mode is on: the project is read-only</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ProvincePanel</name>
        <message>
            <location filename="../ui/ProvincePanel.cpp" line="+63" />
            <source>City / county</source>
            <translation>City / county</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The province view shows every city of a province's project on one map and in one table. Make one with File → New Project From Boundaries… from a province's county boundaries.</source>
            <translation>The province view shows every city of a province's project on one map and in one table. Make one with File → New Project From Boundaries… from a province's county boundaries.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>cannot be evaluated</source>
            <translation>cannot be evaluated</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no target</source>
            <translation>no target</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 %2: %3 of %4 cities have a target; %5</source>
            <translation>%1 %2: %3 of %4 cities have a target; %5</translation>
        </message>
        <message>
            <location line="+7" />
            <source>; %1 cannot be evaluated</source>
            <translation>; %1 cannot be evaluated</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::RegionDetailsPanel</name>
        <message>
            <location filename="../ui/RegionDetailsPanel.cpp" line="+85" />
            <source>Met in %1 of %2 judged draws; the value in %3 lies between these bounds in 90 % of them</source>
            <translation>Met in %1 of %2 judged draws; the value in %3 lies between these bounds in 90 % of them</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Selected %1</source>
            <translation>Selected %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target %1</source>
            <translation>Target %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Since %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>P(met) · 5–95 %</source>
            <translation>P(met) · 5–95 %</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No region selected</source>
            <translation>No region selected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a county on the map to see all its indicators.</source>
            <translation>Click a county on the map to see all its indicators.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 · code %2</source>
            <translation>%1 · code %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · in %1</source>
            <translation> · in %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source> · %n sub-regions</source>
            <translation>
                <numerusform> · %n sub-region</numerusform>
                <numerusform> · %n sub-regions</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source> · attributes estimated</source>
            <translation> · attributes estimated</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 (est.)</source>
            <translation>%1 (est.)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2: no data</source>
            <translation>%1, %2: no data</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::RegionDialog</name>
        <message>
            <location filename="../ui/RegionDialog.cpp" line="+32" />
            <source>Add region</source>
            <translation>Add region</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rename region</source>
            <translation>Rename region</translation>
        </message>
        <message>
            <location line="+14" />
            <source>e.g. 450799 (GB/T 2260) or a project code</source>
            <translation>e.g. 450799 (GB/T 2260) or a project code</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese name</source>
            <translation>Chinese name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation>English name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lies in</source>
            <translation>Lies in</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The code stays; the map and every table show the new name.</source>
            <translation>The code stays; the map and every table show the new name.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The new region starts without statistics; import them afterwards.</source>
            <translation>The new region starts without statistics; import them afterwards.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::RegionsPanel</name>
        <message>
            <location filename="../ui/RegionsPanel.cpp" line="+64" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a county, city, sub-zone, basin, utility or reservoir</source>
            <translation>Add a county, city, sub-zone, basin, utility or reservoir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the region with its statistics and everything else that names it</source>
            <translation>Remove the region with its statistics and everything else that names it</translation>
        </message>
        <message>
            <location line="+47" />
            <source>attributes estimated</source>
            <translation>attributes estimated</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was changed: %1</source>
            <translation>Nothing was changed: %1</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Remove region</source>
            <translation>Remove region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 (%2) and everything that depends on it?</source>
            <translation>Remove %1 (%2) and everything that depends on it?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit → Undo brings it all back.</source>
            <translation>Edit → Undo brings it all back.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioChooser</name>
        <message>
            <location filename="../ui/ScenarioChooser.cpp" line="+12" />
            <source>Scenario whose results are shown</source>
            <translation>Scenario whose results are shown</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioComparisonModel</name>
        <message>
            <location filename="../ui/ScenarioComparisonModel.cpp" line="+102" />
            <source>The verdict differs from “%1”</source>
            <translation>The verdict differs from “%1”</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target value</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 − %2</source>
            <translation>%1 − %2</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioComparisonPanel</name>
        <message>
            <location filename="../ui/ScenarioComparisonPanel.cpp" line="+153" />
            <source>Save Map…</source>
            <translation>Save Map…</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The scenarios compared with the reference</source>
            <translation>The scenarios compared with the reference</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reference scenario A: differences are each scenario minus A</source>
            <translation>The reference scenario A: differences are each scenario minus A</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Reference (A):</source>
            <translation>Reference (A):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference map of</source>
            <translation>Difference map of</translation>
        </message>
        <message>
            <location line="+1" />
            <source>B:</source>
            <translation>B:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference Map</source>
            <translation>Difference Map</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Compared with A:</source>
            <translation>Compared with A:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export the comparison with each difference as CSV or Excel</source>
            <translation>Export the comparison with each difference as CSV or Excel</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Export Comparison</source>
            <translation>Export Comparison</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV table (*.csv)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The comparison could not be exported: %1</source>
            <translation>The comparison could not be exported: %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Save the difference map as PNG, SVG or PDF, as export-map draws it</source>
            <translation>Save the difference map as PNG, SVG or PDF, as export-map draws it</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Save Difference Map</source>
            <translation>Save Difference Map</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maps (*.png *.svg *.pdf)</source>
            <translation>Maps (*.png *.svg *.pdf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The map could not be saved: %1</source>
            <translation>The map could not be saved: %1</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+11" />
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <location line="+199" />
            <source>“%1” cannot be evaluated: %2</source>
            <translation>“%1” cannot be evaluated: %2</translation>
        </message>
        <message>
            <location line="-132" />
            <location line="+193" />
            <source>Check at least one scenario to compare with the reference.</source>
            <translation>Check at least one scenario to compare with the reference.</translation>
        </message>
        <message>
            <location line="-191" />
            <source>The plan has no targets in %1; the map compares the values.</source>
            <translation>The plan has no targets in %1; the map compares the values.</translation>
        </message>
        <message>
            <location line="+242" />
            <source>No difference map: %1</source>
            <translation>No difference map: %1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioDriversModel</name>
        <message>
            <location filename="../ui/ScenarioDriversModel.cpp" line="+124" />
            <source>No city-wide value: each county has its own. Type one to set it for the whole city.</source>
            <translation>No city-wide value: each county has its own. Type one to set it for the whole city.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Baseline trend of the observed years</source>
            <translation>Baseline trend of the observed years</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This scenario's own value (%1, %2)</source>
            <translation>This scenario's own value (%1, %2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Inherited from %1 (%2, %3)</source>
            <translation>Inherited from %1 (%2, %3)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 in %2: %3
%4
Valid range: %5</source>
            <translation>%1 in %2: %3
%4
Valid range: %5</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“%1” is not a number: %2 takes a value in %3.</source>
            <translation>“%1” is not a number: %2 takes a value in %3.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Valid range: %1</source>
            <translation>Valid range: %1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioManager</name>
        <message>
            <location filename="../ui/ScenarioManager.cpp" line="+182" />
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new scenario inheriting from the chosen one</source>
            <translation>A new scenario inheriting from the chosen one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A copy of the chosen scenario, with its own values</source>
            <translation>A copy of the chosen scenario, with its own values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and descriptions in Chinese and English</source>
            <translation>Names and descriptions in Chinese and English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen scenario (not while others inherit from it)</source>
            <translation>Delete the chosen scenario (not while others inherit from it)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the scenario up the list</source>
            <translation>Move the scenario up the list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the scenario down the list</source>
            <translation>Move the scenario down the list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Value…</source>
            <translation>Add Value…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An own value of a driver for the city or a county, from any year</source>
            <translation>An own value of a driver for the city or a county, from any year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Value</source>
            <translation>Remove Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected own value: the parent's applies again</source>
            <translation>Remove the selected own value: the parent's applies again</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Drivers of “%1” in %2 — &lt;b&gt;&lt;font color="%3"&gt;bold blue: its own values&lt;/font&gt;&lt;/b&gt;; black: inherited (the tooltip says from where); &lt;i&gt;&lt;font color="%4"&gt;grey: baseline trend&lt;/font&gt;&lt;/i&gt;. Double-click a value to change it.</source>
            <translation>Drivers of “%1” in %2 — &lt;b&gt;&lt;font color="%3"&gt;bold blue: its own values&lt;/font&gt;&lt;/b&gt;; black: inherited (the tooltip says from where); &lt;i&gt;&lt;font color="%4"&gt;grey: baseline trend&lt;/font&gt;&lt;/i&gt;. Double-click a value to change it.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The project has no scenarios.</source>
            <translation>The project has no scenarios.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own values of “%1” (its differences from its parent)</source>
            <translation>Own values of “%1” (its differences from its parent)</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Created “%1”: it has every value of its parent until you change one.</source>
            <translation>Created “%1”: it has every value of its parent until you change one.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Deleted. Edit → Undo brings it back.</source>
            <translation>Deleted. Edit → Undo brings it back.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioOverridesModel</name>
        <message>
            <location filename="../ui/ScenarioOverridesModel.cpp" line="+72" />
            <source>Valid range: %1</source>
            <translation>Valid range: %1</translation>
        </message>
        <message>
            <location line="+44" />
            <source>“%1” is not a number: %2 takes a value in %3.</source>
            <translation>“%1” is not a number: %2 takes a value in %3.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Valid range</source>
            <translation>Valid range</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioPropertiesDialog</name>
        <message>
            <location filename="../ui/ScenarioPropertiesDialog.cpp" line="+24" />
            <source>Rename Scenario</source>
            <translation>Rename Scenario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New Scenario</source>
            <translation>New Scenario</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Inherits from:</source>
            <translation>Inherits from:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Chinese):</source>
            <translation>Name (Chinese):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (English):</source>
            <translation>Name (English):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description (Chinese):</source>
            <translation>Description (Chinese):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description (English):</source>
            <translation>Description (English):</translation>
        </message>
        <message>
            <location line="+16" />
            <source>It starts with every value of its parent; change only what differs.</source>
            <translation>It starts with every value of its parent; change only what differs.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the scenario a name in at least one language.</source>
            <translation>Give the scenario a name in at least one language.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioTreeModel</name>
        <message>
            <location filename="../ui/ScenarioTreeModel.cpp" line="+152" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Own values</source>
            <translation>Own values</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Own quotas</source>
            <translation>Own quotas</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScorecardModel</name>
        <message>
            <location filename="../ui/ScorecardModel.cpp" line="+111" />
            <source>%1 (est.)</source>
            <translation>%1 (est.)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Run Analysis ▸ Probability of Meeting Targets to see how likely each target is met</source>
            <translation>Run Analysis ▸ Probability of Meeting Targets to see how likely each target is met</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No draw could be judged against this target</source>
            <translation>No draw could be judged against this target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met in %1 of %2 judged draws (%3 draws, Latin hypercube, seed %4)</source>
            <translation>Met in %1 of %2 judged draws (%3 draws, Latin hypercube, seed %4)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No uncertain input moves this value: its verdict is as certain as its inputs (key-task records are taken as exact)</source>
            <translation>No uncertain input moves this value: its verdict is as certain as its inputs (key-task records are taken as exact)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Value, 5–95 %: %1 (median %2)</source>
            <translation>Value, 5–95 %: %1 (median %2)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Probability of meeting the target, from the uncertainty of every input (Monte Carlo)</source>
            <translation>Probability of meeting the target, from the uncertainty of every input (Monte Carlo)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>P(met)</source>
            <translation>P(met)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rate still needed</source>
            <translation>Rate still needed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Provenance</source>
            <translation>Provenance</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::SharedProjectFeatures</name>
        <message>
            <location filename="../ui/SharedProjectFeatures.cpp" line="+38" />
            <source>New Project From &amp;Boundaries…</source>
            <translation>New Project From &amp;Boundaries…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A project for any city, province or the country from its county boundaries</source>
            <translation>A project for any city, province or the country from its county boundaries</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open Ser&amp;ver Project…</source>
            <translation>Open Ser&amp;ver Project…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a project shared on a PostgreSQL/PostGIS server</source>
            <translation>Open a project shared on a PostgreSQL/PostGIS server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reloa&amp;d From Server</source>
            <translation>Reloa&amp;d From Server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the shared project again, with everyone's saved changes</source>
            <translation>Read the shared project again, with everyone's saved changes</translation>
        </message>
        <message>
            <location line="+20" />
            <source>New Project From Boundaries</source>
            <translation>New Project From Boundaries</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Regions without a name in the file:</source>
            <translation>Regions without a name in the file:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>You may only read this project: editing is off</source>
            <translation>You may only read this project: editing is off</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reload From Server</source>
            <translation>Reload From Server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reloading drops your unsaved edits. Reload anyway?</source>
            <translation>Reloading drops your unsaved edits. Reload anyway?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reloaded %1 with everyone's saved changes</source>
            <translation>Reloaded %1 with everyone's saved changes</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::StageVerdictPanel</name>
        <message>
            <location filename="../ui/StageVerdictPanel.cpp" line="+65" />
            <source>Targets of %1</source>
            <translation>Targets of %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(est.)</source>
            <translation>(est.)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The plan sets no numeric target for %1.</source>
            <translation>The plan sets no numeric target for %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Key-task milestones of %1: %2 of %3 met</source>
            <translation>Key-task milestones of %1: %2 of %3 met</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::TrajectoryChart</name>
        <message>
            <location filename="../ui/TrajectoryChart.cpp" line="+227" />
            <source>%1 5–95 %</source>
            <translation>%1 5–95 %</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Estimate or projection (dashed)</source>
            <translation>Estimate or projection (dashed)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::UncertaintyController</name>
        <message>
            <location filename="../ui/UncertaintyController.cpp" line="+103" />
            <source>The probability of meeting the targets is computed for a scenario; this project has none.</source>
            <translation>The probability of meeting the targets is computed for a scenario; this project has none.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>The analysis was cancelled.</source>
            <translation>The analysis was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::UncertaintyPanel</name>
        <message>
            <location filename="../ui/UncertaintyPanel.cpp" line="+95" />
            <source>Probability of &amp;Meeting Targets</source>
            <translation>Probability of &amp;Meeting Targets</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Monte Carlo over the uncertainty of every input: how likely each target is met</source>
            <translation>Monte Carlo over the uncertainty of every input: how likely each target is met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map &amp;Probability of Meeting</source>
            <translation>Map &amp;Probability of Meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colour the counties by the probability of meeting the city's target</source>
            <translation>Colour the counties by the probability of meeting the city's target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Uncertainty of the Inputs…</source>
            <translation>&amp;Uncertainty of the Inputs…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How uncertain the statistics and the scenario drivers are</source>
            <translation>How uncertain the statistics and the scenario drivers are</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draws of the Latin hypercube (10,000 by default)</source>
            <translation>Draws of the Latin hypercube (10,000 by default)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same seed gives the same numbers</source>
            <translation>The same seed gives the same numbers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute</source>
            <translation>Compute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Input Uncertainty…</source>
            <translation>Input Uncertainty…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draws:</source>
            <translation>Draws:</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%1 draws over %2 uncertain inputs (Latin hypercube, seed %3), %n thread(s)</source>
            <translation>
                <numerusform>%1 draws over %2 uncertain inputs (Latin hypercube, seed %3), %n thread</numerusform>
                <numerusform>%1 draws over %2 uncertain inputs (Latin hypercube, seed %3), %n threads</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>(%1 draws could not be projected and count in no verdict)</source>
            <translation>(%1 draws could not be projected and count in no verdict)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Press Compute to see how likely each target of the scenario is met, given the uncertainty of every input (estimates ±10 % by default).</source>
            <translation>Press Compute to see how likely each target of the scenario is met, given the uncertainty of every input (estimates ±10 % by default).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No analysis of this scenario yet.</source>
            <translation>No analysis of this scenario yet.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The plan has no target of %1 in %2: choose another indicator or year.</source>
            <translation>The plan has no target of %1 in %2: choose another indicator or year.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 (%2)
at its 5 %: %3 — %4
at its 95 %: %5 — %6</source>
            <translation>%1 (%2)
at its 5 %: %3 — %4
at its 95 %: %5 — %6</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 %2 %3 (%4 %5%6): P(met) %7</source>
            <translation>%1 %2 %3 (%4 %5%6): P(met) %7</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No uncertain input moves this value.</source>
            <translation>No uncertain input moves this value.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>target</source>
            <translation>target</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::UncertaintySettingsDialog</name>
        <message>
            <location filename="../ui/UncertaintySettingsDialog.cpp" line="+34" />
            <source>Normal (spread = σ)</source>
            <translation>Normal (spread = σ)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangular (± spread)</source>
            <translation>Triangular (± spread)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uniform (± spread)</source>
            <translation>Uniform (± spread)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Relative</source>
            <translation>Relative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absolute</source>
            <translation>Absolute</translation>
        </message>
        <message>
            <location line="+16" />
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <location line="+34" />
            <location line="+209" />
            <source>percentage points</source>
            <translation>percentage points</translation>
        </message>
        <message>
            <location line="-207" />
            <source>index points</source>
            <translation>index points</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+3" />
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Spread (%)</source>
            <translation>Spread (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variable</source>
            <translation>Variable</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Spread</source>
            <translation>Spread</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Driver</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Uncertainty of the Inputs</source>
            <translation>Uncertainty of the Inputs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each draw of the probability analysis moves every uncertain input by its spread. A value takes the default of its provenance unless a rule names it; the most specific rule wins (variable over region over years), then the later. Driver ranges apply to the named scenario and those inheriting from it; a range for the city moves every county together.</source>
            <translation>Each draw of the probability analysis moves every uncertain input by its spread. A value takes the default of its provenance unless a rule names it; the most specific rule wins (variable over region over years), then the later. Driver ranges apply to the named scenario and those inheriting from it; a range for the city moves every county together.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Defaults by provenance</source>
            <translation>Defaults by provenance</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add Rule</source>
            <translation>Add Rule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Rule</source>
            <translation>Remove Rule</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add Range</source>
            <translation>Add Range</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Range</source>
            <translation>Remove Range</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scenario drivers</source>
            <translation>Scenario drivers</translation>
        </message>
        <message>
            <location line="+57" />
            <source>(every variable)</source>
            <translation>(every variable)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(every region)</source>
            <translation>(every region)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>(every scenario)</source>
            <translation>(every scenario)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 (all counties together)</source>
            <translation>%1 (all counties together)</translation>
        </message>
        <message>
            <location line="+42" />
            <source>(needs a variable)</source>
            <translation>(needs a variable)</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::YearStepper</name>
        <message>
            <location filename="../ui/YearStepper.cpp" line="+130" />
            <source>Previous year (Page Up)</source>
            <translation>Previous year (Page Up)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (base year)</source>
            <translation>%1 (base year)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (target year)</source>
            <translation>%1 (target year)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Next year (Page Down)</source>
            <translation>Next year (Page Down)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../ui/app/main.cpp" line="+26" />
            <location line="+14" />
            <location filename="../ui/app/MainWindow.cpp" line="-11" />
            <source>Jieshui Workbench</source>
            <translation>Jieshui Workbench</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An internal error stopped the workbench:
%1</source>
            <translation>An internal error stopped the workbench:
%1</translation>
        </message>
    </context>
    <context>
        <name>render</name>
        <message>
            <location filename="../src/render/MapDecorations.cpp" line="+140" />
            <source>Schematic map — geometry is approximate, not for official use</source>
            <translation>Schematic map — geometry is approximate, not for official use</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Coordinate system: </source>
            <translation>Coordinate system: </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source: </source>
            <translation>Source: </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Date: </source>
            <translation>Date: </translation>
        </message>
        <message>
            <location line="+160" />
            <source>Counties</source>
            <translation>Counties</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basins</source>
            <translation>Basins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Irrigation districts</source>
            <translation>Irrigation districts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rivers</source>
            <translation>Rivers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservoirs</source>
            <translation>Reservoirs</translation>
        </message>
        <message>
            <location filename="../src/render/StatusPalette.cpp" line="+65" />
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <location filename="../src/render/MapDecorations.cpp" line="+37" />
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>No quota allocated</source>
            <translation>No quota allocated</translation>
        </message>
        <message>
            <location filename="../src/render/MapDecorations.cpp" line="+19" />
            <source>estimate (hatched)</source>
            <translation>estimate (hatched)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../src/render/DifferenceMapBuilder.cpp" line="+56" />
            <source>percentage points</source>
            <translation>percentage points</translation>
        </message>
        <message>
            <location line="+29" />
            <source>blue: better than %1; red: worse than %1</source>
            <translation>blue: better than %1; red: worse than %1</translation>
        </message>
        <message>
            <location filename="../src/render/InputLabel.cpp" line="+73" />
            <source> percentage points</source>
            <translation> percentage points</translation>
        </message>
        <message>
            <location line="+3" />
            <source> points</source>
            <translation> points</translation>
        </message>
        <message>
            <location filename="../src/render/ProbabilityMapBuilder.cpp" line="+33" />
            <source>0–10 %: very likely missed</source>
            <translation>0–10 %: very likely missed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10–33 %: likely missed</source>
            <translation>10–33 %: likely missed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>33–67 %: as likely as not</source>
            <translation>33–67 %: as likely as not</translation>
        </message>
        <message>
            <location line="+1" />
            <source>67–90 %: likely met</source>
            <translation>67–90 %: likely met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>90–100 %: very likely met</source>
            <translation>90–100 %: very likely met</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Probability of meeting: %1 %2</source>
            <translation>Probability of meeting: %1 %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Monte Carlo, %1 draws (Latin hypercube, seed %2)</source>
            <translation>Monte Carlo, %1 draws (Latin hypercube, seed %2)</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <location filename="../src/server/ChangeLogEntry.cpp" line="+18" />
            <source>Chinese name</source>
            <translation>Chinese name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation>English name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>parent region</source>
            <translation>parent region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>estimate flag</source>
            <translation>estimate flag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>volume (m³)</source>
            <translation>volume (m³)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cap (m³)</source>
            <translation>cap (m³)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remainder (m³)</source>
            <translation>remainder (m³)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>set by hand</source>
            <translation>set by hand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>method</source>
            <translation>method</translation>
        </message>
        <message>
            <location line="+1" />
            <source>parent scenario</source>
            <translation>parent scenario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>description (Chinese)</source>
            <translation>description (Chinese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>description (English)</source>
            <translation>description (English)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>geometry</source>
            <translation>geometry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attributes</source>
            <translation>attributes</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+4" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+10" />
            <source>project setting</source>
            <translation>project setting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <location line="+1" />
            <source>statistic</source>
            <translation>statistic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan target</source>
            <translation>plan target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>key task</source>
            <translation>key task</translation>
        </message>
        <message>
            <location line="+1" />
            <source>task milestone</source>
            <translation>task milestone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>scenario</source>
            <translation>scenario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>scenario setting</source>
            <translation>scenario setting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>allocation</source>
            <translation>allocation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>allocation share</source>
            <translation>allocation share</translation>
        </message>
        <message>
            <location line="+1" />
            <source>results</source>
            <translation>results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map layer</source>
            <translation>map layer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>feature of map table %1</source>
            <translation>feature of map table %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>project uploaded from %1 (%2 rows)</source>
            <translation>project uploaded from %1 (%2 rows)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>results of every scenario replaced (%1 rows)</source>
            <translation>results of every scenario replaced (%1 rows)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>results of %1 replaced (%2 rows)</source>
            <translation>results of %1 replaced (%2 rows)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 added</source>
            <translation>%1 added</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 removed</source>
            <translation>%1 removed</translation>
        </message>
        <message>
            <location line="+4" />
            <source>geometry changed</source>
            <translation>geometry changed</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 changed: %2</source>
            <translation>%1 changed: %2</translation>
        </message>
        <message>
            <location filename="../src/server/PgConnection.cpp" line="+43" />
            <source>cannot connect to the server: %1</source>
            <translation>cannot connect to the server: %1</translation>
        </message>
        <message>
            <location line="+48" />
            <source>the server refused a statement</source>
            <translation>the server refused a statement</translation>
        </message>
        <message>
            <location filename="../src/server/ProjectAccess.cpp" line="+38" />
            <source>the server revoked nothing: %1</source>
            <translation>the server revoked nothing: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the server granted nothing: %1</source>
            <translation>the server granted nothing: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the server warns: %1</source>
            <translation>the server warns: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server notes: %1</source>
            <translation>the server notes: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the project "%1" has no viewer and editor roles (it is missing, or was uploaded by a login that could not create roles)</source>
            <translation>the project "%1" has no viewer and editor roles (it is missing, or was uploaded by a login that could not create roles)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the database has no login "%1"</source>
            <translation>the database has no login "%1"</translation>
        </message>
        <message>
            <location filename="../src/server/ProjectTransfer.cpp" line="+53" />
            <source>the database already holds a project "%1"; choose another ?schema= name</source>
            <translation>the database already holds a project "%1"; choose another ?schema= name</translation>
        </message>
        <message>
            <location filename="../src/server/ServerAddress.cpp" line="+28" />
            <source>a server project address starts with postgresql://</source>
            <translation>a server project address starts with postgresql://</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a valid postgresql:// address</source>
            <translation>not a valid postgresql:// address</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the address holds a password; passwords are never stored with a project: put it in ~/.pgpass or a pg_service.conf service instead</source>
            <translation>the address holds a password; passwords are never stored with a project: put it in ~/.pgpass or a pg_service.conf service instead</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the address names no project: add ?schema=NAME (the project's schema in the database)</source>
            <translation>the address names no project: add ?schema=NAME (the project's schema in the database)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the schema name must be lower-case letters, digits and underscores, starting with a letter</source>
            <translation>the schema name must be lower-case letters, digits and underscores, starting with a letter</translation>
        </message>
        <message>
            <location filename="../src/server/ServerProject.cpp" line="+99" />
            <source>there is no project "%1" in this database (upload one with jieshui-cli push)</source>
            <translation>there is no project "%1" in this database (upload one with jieshui-cli push)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the project has no schema version; it is damaged</source>
            <translation>the project has no schema version; it is damaged</translation>
        </message>
        <message>
            <location line="+5" />
            <source>made by a newer Jieshui (schema %1 &gt; %2); update Jieshui to open it</source>
            <translation>made by a newer Jieshui (schema %1 &gt; %2); update Jieshui to open it</translation>
        </message>
        <message>
            <location line="+10" />
            <source>your login %1 may only read this project; ask its owner for the editor role</source>
            <translation>your login %1 may only read this project; ask its owner for the editor role</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the project is open read-only</source>
            <translation>the project is open read-only</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the project's schema version %1 cannot be read by this version of Jieshui</source>
            <translation>the project's schema version %1 cannot be read by this version of Jieshui</translation>
        </message>
        <message>
            <location line="+87" />
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <location line="+27" />
            <source>not saved: %1 was %2 by %3%4 after you opened the project</source>
            <translation>not saved: %1 was %2 by %3%4 after you opened the project</translation>
        </message>
        <message>
            <location line="+2" />
            <source> at %1 UTC</source>
            <translation> at %1 UTC</translation>
        </message>
        <message>
            <location line="+3" />
            <source>. Reload the project to see that change, then make yours again.</source>
            <translation>. Reload the project to see that change, then make yours again.</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+88" />
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+34" />
            <source>changed or removed</source>
            <translation>changed or removed</translation>
        </message>
        <message>
            <location line="-23" />
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <location line="+42" />
            <source>cannot save</source>
            <translation>cannot save</translation>
        </message>
        <message>
            <location filename="../src/server/ServerSchema.cpp" line="+183" />
            <source>the schema "%1" exists but holds no Jieshui project</source>
            <translation>the schema "%1" exists but holds no Jieshui project</translation>
        </message>
        <message>
            <location line="+17" />
            <source>PostGIS is not enabled in this database and could not be enabled (%1); an administrator must run CREATE EXTENSION postgis</source>
            <translation>PostGIS is not enabled in this database and could not be enabled (%1); an administrator must run CREATE EXTENSION postgis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>PostGIS is not enabled in this database</source>
            <translation>PostGIS is not enabled in this database</translation>
        </message>
        <message>
            <location line="+138" />
            <source>Roles %1 and %2 were not created: your login may not create roles. An administrator can create them and grant them the schema.</source>
            <translation>Roles %1 and %2 were not created: your login may not create roles. An administrator can create them and grant them the schema.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Roles: %1 may read the project, %2 may change it; grant them to users with: jieshui-cli grant ADDRESS USER viewer|editor</source>
            <translation>Roles: %1 may read the project, %2 may change it; grant them to users with: jieshui-cli grant ADDRESS USER viewer|editor</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../src/store/ProjectFile.cpp" line="+81" />
            <source>the folder does not exist</source>
            <translation>the folder does not exist</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the folder is read-only; choose another folder</source>
            <translation>the folder is read-only; choose another folder</translation>
        </message>
        <message>
            <location line="+9" />
            <source>cannot create the file in this folder</source>
            <translation>cannot create the file in this folder</translation>
        </message>
        <message>
            <location line="+31" />
            <source>cannot write the file</source>
            <translation>cannot write the file</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a GeoPackage, but not a Jieshui project: its layers can be imported into a project</source>
            <translation>a GeoPackage, but not a Jieshui project: its layers can be imported into a project</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a SQLite database, but not a GeoPackage or Jieshui project</source>
            <translation>a SQLite database, but not a GeoPackage or Jieshui project</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the project has no schema version; the file is damaged</source>
            <translation>the project has no schema version; the file is damaged</translation>
        </message>
        <message>
            <location line="+4" />
            <source>made by a newer Jieshui (schema %1 &gt; %2); update Jieshui to open it</source>
            <translation>made by a newer Jieshui (schema %1 &gt; %2); update Jieshui to open it</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the file is truncated or damaged</source>
            <translation>the file is truncated or damaged</translation>
        </message>
        <message>
            <location line="+15" />
            <source>cannot upgrade the project from schema %1 to %2: its tables do not match its schema version (was the file edited outside Jieshui?); the file was not changed</source>
            <translation>cannot upgrade the project from schema %1 to %2: its tables do not match its schema version (was the file edited outside Jieshui?); the file was not changed</translation>
        </message>
        <message>
            <location line="+20" />
            <source>not a GeoPackage</source>
            <translation>not a GeoPackage</translation>
        </message>
        <message>
            <location filename="../src/store/Database.cpp" line="+294" />
            <location filename="../src/store/ProjectFile.cpp" line="+26" />
            <location line="+49" />
            <location line="+15" />
            <location line="+15" />
            <source>the project is open read-only</source>
            <translation>the project is open read-only</translation>
        </message>
        <message>
            <location filename="../src/store/SpreadsheetReader.cpp" line="+61" />
            <source>not a readable XLSX workbook</source>
            <translation>not a readable XLSX workbook</translation>
        </message>
        <message>
            <location filename="../src/store/Database.cpp" line="-267" />
            <source>the project is open in another program (or another Jieshui window); close it there first</source>
            <translation>the project is open in another program (or another Jieshui window); close it there first</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not a SQLite/GeoPackage file, or the file is truncated or damaged</source>
            <translation>not a SQLite/GeoPackage file, or the file is truncated or damaged</translation>
        </message>
        <message>
            <location line="+31" />
            <source>the file could not be written (disk or file system error); nothing was saved</source>
            <translation>the file could not be written (disk or file system error); nothing was saved</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/store/ProjectFile.cpp" line="-246" />
            <source>the file already exists</source>
            <translation>the file already exists</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no such file</source>
            <translation>no such file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not a file</source>
            <translation>not a file</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+58" />
            <source>the file is read-only; save it under another name</source>
            <translation>the file is read-only; save it under another name</translation>
        </message>
        <message>
            <location line="-53" />
            <source>the folder of the file is read-only, so saves cannot be made safely</source>
            <translation>the folder of the file is read-only, so saves cannot be made safely</translation>
        </message>
        <message>
            <location line="+21" />
            <source>cannot open the file</source>
            <translation>cannot open the file</translation>
        </message>
        <message>
            <location line="+34" />
            <source>cannot lock the file</source>
            <translation>cannot lock the file</translation>
        </message>
        <message>
            <location line="+22" />
            <source>a save of this project was interrupted; open it once where it can be written to restore the last saved state</source>
            <translation>a save of this project was interrupted; open it once where it can be written to restore the last saved state</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../src/store/ProjectImporter.cpp" line="+38" />
            <source>cannot read the file</source>
            <translation>cannot read the file</translation>
        </message>
        <message>
            <location line="-137" />
            <location line="+210" />
            <source>the disk is full; nothing was saved</source>
            <translation>the disk is full; nothing was saved</translation>
        </message>
        <message>
            <location filename="../src/store/ProjectImporter.cpp" line="+129" />
            <source>the mapping file is empty</source>
            <translation>the mapping file is empty</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the mapping file must start with the header column,variable,unit</source>
            <translation>the mapping file must start with the header column,variable,unit</translation>
        </message>
        <message>
            <location line="+14" />
            <source>"%1" needs a value</source>
            <translation>"%1" needs a value</translation>
        </message>
        <message>
            <location line="+11" />
            <source>not a year: "%1"</source>
            <translation>not a year: "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>estimate must be 0 or 1, not "%1"</source>
            <translation>estimate must be 0 or 1, not "%1"</translation>
        </message>
        <message>
            <location line="+9" />
            <source>unknown variable "%1"</source>
            <translation>unknown variable "%1"</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown unit "%1"</source>
            <translation>unknown unit "%1"</translation>
        </message>
        <message>
            <location line="+5" />
            <source>column "%1" is mapped twice</source>
            <translation>column "%1" is mapped twice</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no region_column row</source>
            <translation>no region_column row</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no column is mapped to a variable</source>
            <translation>no column is mapped to a variable</translation>
        </message>
        <message>
            <location line="+43" />
            <source>%1 (converted to long rows)</source>
            <translation>%1 (converted to long rows)</translation>
        </message>
        <message>
            <location filename="../src/store/RegionEditor.cpp" line="+47" />
            <source>regions: %1</source>
            <translation>regions: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>statistics: %1</source>
            <translation>statistics: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>plan targets: %1</source>
            <translation>plan targets: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>allocations: %1</source>
            <translation>allocations: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>allocation shares (their volume is left unallocated): %1</source>
            <translation>allocation shares (their volume is left unallocated): %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>scenario settings: %1</source>
            <translation>scenario settings: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no longer covered by: %1</source>
            <translation>no longer covered by: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>map features: %1</source>
            <translation>map features: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>stored results: %1</source>
            <translation>stored results: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>a region needs a code</source>
            <translation>a region needs a code</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the project already has a region %1</source>
            <translation>the project already has a region %1</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+44" />
            <source>a region needs a Chinese name</source>
            <translation>a region needs a Chinese name</translation>
        </message>
        <message>
            <location line="-39" />
            <source>a new region needs a parent (the project has its root)</source>
            <translation>a new region needs a parent (the project has its root)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the parent %1 is not a region of the project</source>
            <translation>the parent %1 is not a region of the project</translation>
        </message>
        <message>
            <location line="+7" />
            <source>a region of kind %1 cannot lie under a region of kind %2</source>
            <translation>a region of kind %1 cannot lie under a region of kind %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a county of the project</source>
            <translation>%1 is not a county of the project</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+26" />
            <source>the project has no region %1</source>
            <translation>the project has no region %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the root region cannot be removed; make a new project instead</source>
            <translation>the root region cannot be removed; make a new project instead</translation>
        </message>
        <message>
            <location filename="../src/store/ProjectFromBoundaries.cpp" line="+63" />
            <source>and %1 more</source>
            <translation>and %1 more</translation>
        </message>
        <message>
            <location line="+58" />
            <source>no code</source>
            <translation>no code</translation>
        </message>
        <message>
            <location line="+57" />
            <source>codes given to more than one feature: %1</source>
            <translation>codes given to more than one feature: %1</translation>
        </message>
        <message>
            <location line="-84" />
            <source>the root %1 is not the GB/T 2260 code of a city, a province or the country (100000)</source>
            <translation>the root %1 is not the GB/T 2260 code of a city, a province or the country (100000)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1: not a six-digit code</source>
            <translation>%1: not a six-digit code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: a province's code</source>
            <translation>%1: a province's code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the country's code</source>
            <translation>%1: the country's code</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1: a city whose counties are in the file too</source>
            <translation>%1: a city whose counties are in the file too</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 features have no code of a unit: each feature needs the six-digit GB/T 2260 code of a county-level unit (last two digits not 00), or of a prefecture-level city none of whose counties is in the file (last two digits 00, e.g. 441900 东莞市): %2. Name the attribute holding the codes: %3.</source>
            <translation>%1 features have no code of a unit: each feature needs the six-digit GB/T 2260 code of a county-level unit (last two digits not 00), or of a prefecture-level city none of whose counties is in the file (last two digits 00, e.g. 441900 东莞市): %2. Name the attribute holding the codes: %3.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 features have no name: %2. Name the attribute holding the names: %3.</source>
            <translation>%1 features have no name: %2. Name the attribute holding the names: %3.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>no feature of the file lies in %1</source>
            <translation>no feature of the file lies in %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 is a prefecture-level city without counties: it is one unit of its province's project (--root %2), not a project of its own</source>
            <translation>%1 is a prefecture-level city without counties: it is one unit of its province's project (--root %2), not a project of its own</translation>
        </message>
        <message>
            <location line="+197" />
            <source>root: %1 %2</source>
            <translation>root: %1 %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 provinces</source>
            <translation>%1 provinces</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cities</source>
            <translation>%1 cities</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 counties</source>
            <translation>%1 counties</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 cities without counties, each one unit with its own figures: %2</source>
            <translation>%1 cities without counties, each one unit with its own figures: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>display CRS: %1 (%2), the 3-degree Gauss-Krüger zone of the data's centre</source>
            <translation>display CRS: %1 (%2), the 3-degree Gauss-Krüger zone of the data's centre</translation>
        </message>
        <message>
            <location line="+12" />
            <source> and %1 more</source>
            <translation> and %1 more</translation>
        </message>
        <message>
            <location line="+4" />
            <source>provinces without a name in the file (each carries its code as name for now): %1 — %2</source>
            <translation>provinces without a name in the file (each carries its code as name for now): %1 — %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cities without a name in the file (each carries its code as name for now): %1 — %2</source>
            <translation>cities without a name in the file (each carries its code as name for now): %1 — %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>rename them with: jieshui-cli region rename PROJECT CODE NAME (or in the Regions panel)</source>
            <translation>rename them with: jieshui-cli region rename PROJECT CODE NAME (or in the Regions panel)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: holds %3 %4 (counties in it: %2)</source>
            <translation>%1: holds %3 %4 (counties in it: %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the project has no statistics or plan targets yet: import them with import-stats and import-plan; its years come from the plan targets</source>
            <translation>the project has no statistics or plan targets yet: import them with import-stats and import-plan; its years come from the plan targets</translation>
        </message>
        <message>
            <location filename="../src/store/Statement.cpp" line="+22" />
            <source>the project file lacks a table or column that its schema version promises (%1): it is damaged or was edited outside Jieshui</source>
            <translation>the project file lacks a table or column that its schema version promises (%1): it is damaged or was edited outside Jieshui</translation>
        </message>
    </context>
</TS>

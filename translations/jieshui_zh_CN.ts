<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddScenarioCommand</name>
        <message>
            <location filename="../ui/commands/AddRemoveScenarioCommand.cpp" line="+16" />
            <source>Create scenario “%1”</source>
            <translation>新建情景“%1”</translation>
        </message>
    </context>
    <context>
        <name>ApplyLayerImportCommand</name>
        <message>
            <location filename="../ui/commands/ApplyLayerImportCommand.cpp" line="+21" />
            <source>Import layer from %1</source>
            <translation>从 %1 导入图层</translation>
        </message>
    </context>
    <context>
        <name>DescribeScenarioCommand</name>
        <message>
            <location filename="../ui/commands/DescribeScenarioCommand.cpp" line="+19" />
            <source>Rename or describe scenario “%1”</source>
            <translation>重命名或修改情景“%1”的说明</translation>
        </message>
    </context>
    <context>
        <name>DomainLabels</name>
        <message>
            <location filename="../ui/DomainLabels.cpp" line="+55" />
            <source>Sourced</source>
            <translation>有出处</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Projected</source>
            <translation>预测</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location line="+42" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no value</source>
            <translation>无数值</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1, %2 — %3: %4; target %5: %6</source>
            <translation>%1，%2 年 — %3：%4；目标 %5：%6</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (the %1 split of the cap gives this region no quota)</source>
            <translation>（%1 年总量分解未给该地区分配指标）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, gap %1</source>
            <translation>，差距 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; still needed: %1</source>
            <translation>；尚需年均变化 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (source: %1 %2)</source>
            <translation>（出处：%1 %2）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 %/yr</source>
            <translation>%1 %/年</translation>
        </message>
        <message>
            <location line="-73" />
            <source>Task %1: %2</source>
            <translation>任务 %1：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Task %1</source>
            <translation>任务 %1</translation>
        </message>
        <message>
            <location line="+66" />
            <source> pp</source>
            <translation> 个百分点</translation>
        </message>
    </context>
    <context>
        <name>MoveScenarioCommand</name>
        <message>
            <location filename="../ui/commands/MoveScenarioCommand.cpp" line="+18" />
            <source>Move scenario “%1”</source>
            <translation>移动情景“%1”</translation>
        </message>
    </context>
    <context>
        <name>ProjectLocationText</name>
        <message>
            <location filename="../ui/ProjectLocationText.cpp" line="+26" />
            <source>the local server</source>
            <translation>本机服务器</translation>
        </message>
        <message>
            <location line="+0" />
            <source>service %1</source>
            <translation>服务 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>database %1 on %2</source>
            <translation>%2 上的数据库 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a shared project in %1</source>
            <translation>%1 中的共享项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shared project %1 in %2</source>
            <translation>%2 中的共享项目 %1</translation>
        </message>
    </context>
    <context>
        <name>RegionEditing</name>
        <message>
            <location filename="../ui/RegionEditing.cpp" line="+21" />
            <source>Add region %1 %2</source>
            <translation>新增区域 %1 %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rename region %1 to %2</source>
            <translation>将区域 %1 更名为 %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove region %1</source>
            <translation>删除区域 %1</translation>
        </message>
    </context>
    <context>
        <name>RemoveScenarioCommand</name>
        <message>
            <location filename="../ui/commands/AddRemoveScenarioCommand.cpp" line="+34" />
            <source>Delete scenario “%1”</source>
            <translation>删除情景“%1”</translation>
        </message>
    </context>
    <context>
        <name>ReplaceDriverOverrideCommand</name>
        <message>
            <location filename="../ui/commands/ReplaceDriverOverrideCommand.cpp" line="+23" />
            <source>Change %1 in “%2”</source>
            <translation>修改情景“%2”的%1</translation>
        </message>
    </context>
    <context>
        <name>ScenarioWords</name>
        <message>
            <location filename="../src/i18n/ScenarioWords.cpp" line="+102" />
            <source>“%1” for %2 is ambiguous: %2 is written in %3 (valid: %4). Write %5 for %5 %3, or %1% if you mean %1 %3.</source>
            <translation>“%1”作为%2有歧义：%2以 %3 为单位（有效范围：%4）。若指 %5 %3，请写 %5；若确指 %1 %3，请写 %1%。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>unit: %1; valid: %2</source>
            <translation>单位：%1；有效范围：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a fraction (no unit)</source>
            <translation>小数（无单位）</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the whole city</source>
            <translation>全市</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Whole city</source>
            <translation>全市</translation>
        </message>
        <message>
            <location line="+9" />
            <source>every projected year</source>
            <translation>全部预测年份</translation>
        </message>
        <message>
            <location line="+0" />
            <source>from %1</source>
            <translation>自 %1 年起</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“%1” cannot be a scenario id: use letters, digits, “-” and “_”, starting with a letter or digit.</source>
            <translation>“%1”不能作为情景标识：只能使用字母、数字、“-”和“_”，并以字母或数字开头。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A scenario with the id “%1” exists already.</source>
            <translation>标识为“%1”的情景已存在。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The project has no scenario “%1”.</source>
            <translation>项目中没有情景“%1”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The parent “%1” is not a scenario of the project.</source>
            <translation>上级情景“%1”不是本项目的情景。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new scenario needs a parent to inherit from: a project has one baseline.</source>
            <translation>新情景需要一个上级情景来继承：每个项目只有一个基准情景。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 cannot be deleted while other scenarios inherit from it: %2. Delete those first.</source>
            <translation>仍有其他情景继承自%1，不能删除：%2。请先删除这些情景。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is neither the city nor one of its counties.</source>
            <translation>“%1”既不是本市，也不是本市所辖县区。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a plausible first year (leave it empty for every projected year).</source>
            <translation>%1 不是合理的起始年份（留空表示全部预测年份）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 must lie in %2; %3 is outside.</source>
            <translation>%1须在 %2 范围内；%3 超出范围。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 has no own value of %2 for %3, %4.</source>
            <translation>%1没有为%3（%4）设定%2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 already has a value of %2 for %3, %4.</source>
            <translation>%1已为%3（%4）设定了%2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no such position in the list.</source>
            <translation>列表中没有这个位置。</translation>
        </message>
    </context>
    <context>
        <name>SetDriverOverrideCommand</name>
        <message>
            <location filename="../ui/commands/SetDriverOverrideCommand.cpp" line="+32" />
            <source>Remove %1 of %2 in “%3”</source>
            <translation>删除情景“%3”中%2的%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set %1 of %2 to %3 in “%4”</source>
            <translation>将情景“%4”中%2的%1设为 %3</translation>
        </message>
    </context>
    <context>
        <name>SetLessonsCommand</name>
        <message>
            <location filename="../ui/commands/SetLessonsCommand.cpp" line="+14" />
            <source>Edit lessons</source>
            <translation>编辑培训课程</translation>
        </message>
    </context>
    <context>
        <name>SetTaskStatusCommand</name>
        <message>
            <location filename="../ui/commands/SetTaskStatusCommand.cpp" line="+16" />
            <source>Set task %1 to “%2”</source>
            <translation>将任务 %1 设为“%2”</translation>
        </message>
    </context>
    <context>
        <name>SetUncertaintyCommand</name>
        <message>
            <location filename="../ui/commands/SetUncertaintyCommand.cpp" line="+14" />
            <source>Edit the uncertainty of the inputs</source>
            <translation>编辑输入不确定性</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../src/cli/main.cpp" line="+44" />
            <source>Usage: jieshui-cli COMMAND [options]</source>
            <translation>用法：jieshui-cli 命令 [选项]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Common option: --lang zh|en (default: the system language)</source>
            <translation>通用选项：--lang zh|en（默认：系统语言）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unknown command '%1'.</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <location filename="../src/cli/ScorecardWriter.cpp" line="+59" />
            <source>sourced</source>
            <translation>有出处</translation>
        </message>
        <message>
            <location line="+2" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location line="+2" />
            <source>projected</source>
            <translation>预测</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+9" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P(met)</source>
            <translation>达标概率</translation>
        </message>
        <message>
            <location line="+0" />
            <source>5–95 %</source>
            <translation>5–95% 区间</translation>
        </message>
        <message>
            <location line="+16" />
            <source>P(met): Monte Carlo, %1 draws of a Latin hypercube over %2 uncertain inputs, seed %3; 5–95 %: the value in 90 % of the draws.</source>
            <translation>达标概率：蒙特卡洛模拟，对 %2 个不确定输入做拉丁超立方抽样 %1 次，随机种子 %3；5–95% 区间：90% 的抽样中数值所在的范围。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="+305" />
            <location filename="../src/cli/ScorecardWriter.cpp" line="-27" />
            <location line="+9" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../src/cli/ScorecardWriter.cpp" line="-9" />
            <location line="+9" />
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+9" />
            <source>Needed/yr</source>
            <translation>尚需年均变化</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+9" />
            <source>Provenance</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+68" />
            <location filename="../src/cli/ExportArguments.cpp" line="+52" />
            <source>--year needs a year such as 2020, not '%1'.</source>
            <translation>--year 需要年份（如 2020），而不是“%1”。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--format must be text, csv or json, not '%1'.</source>
            <translation>--format 只能是 text、csv 或 json，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="-253" />
            <source>'%1' is not a volume such as 4.8亿m³ or 48000万m³.</source>
            <translation>“%1”不是有效的水量，应如 4.8亿m³ 或 48000万m³。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a volume cannot be negative: '%1'.</source>
            <translation>水量不能为负：“%1”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'%1' has no volume unit such as 亿m³, 万m³ or m³.</source>
            <translation>“%1”没有水量单位（如 亿m³、万m³ 或 m³）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>allocate PROJECT --scenario S --year Y [--cap 16.53亿m³] --method base-year-share|equal-intensity|gdp-share|manual [--set CODE=QUOTA …] [--base-year Y] [--unit 亿m³|万m³] [--format text|csv|json] [--dry-run]   split a cap among the counties, show each county's quota, use and verdict with the remainder, and save the split</source>
            <translation>allocate 项目 --scenario 情景 --year 年份 [--cap 16.53亿m³] --method base-year-share|equal-intensity|gdp-share|manual [--set 代码=指标 …] [--base-year 年份] [--unit 亿m³|万m³] [--format text|csv|json] [--dry-run]   将总量控制指标分解到各县区，列出各县区的分配指标、用水量、评判结果和余量，并保存分解结果</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+13" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="+64" />
            <location filename="../src/cli/ExportArguments.cpp" line="+15" />
            <source>Only one project may be given.</source>
            <translation>只能指定一个项目。</translation>
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
            <translation>选项“%1”需要一个值。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>'%1' is not a valid value of %2.</source>
            <translation>“%1”不是 %2 的有效值。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--method must be base-year-share, equal-intensity, gdp-share or manual, not '%1'.</source>
            <translation>--method 只能是 base-year-share、equal-intensity、gdp-share 或 manual，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The embedded project cannot be changed: create a project file with 'new' first (or add --dry-run).</source>
            <translation>内置项目不能修改：请先用 new 创建项目文件（或加 --dry-run）。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Nothing was allocated: %1</source>
            <translation>未作任何分配：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the project has no scenario '%1'.</source>
            <translation>项目中没有情景“%1”。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the plan has no cap for %1; give one with --cap.</source>
            <translation>规划中没有 %1 年的总量控制指标；请用 --cap 给出。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>'%1' is not CODE=QUOTA with one of the counties %2.</source>
            <translation>“%1”不是“代码=指标”的形式，代码须为以下县区之一：%2。</translation>
        </message>
        <message>
            <location line="+61" />
            <source>County</source>
            <translation>县区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota (%1)</source>
            <translation>分配指标（%1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pinned</source>
            <translation>手工输入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use (%1)</source>
            <translation>用水量（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use − quota (%1)</source>
            <translation>用水量 − 指标（%1）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cap %1 %2, allocated %3 %2, remainder (cap − Σ) %4 %2</source>
            <translation>总量控制指标 %1 %2，已分配 %3 %2，余量（指标 − 合计）%4 %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Quota split of %1, scenario %2, method %3</source>
            <translation>%1 年指标分解，情景：%2，方法：%3</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="+239" />
            <source>Nothing was changed: the project could not be saved: %1</source>
            <translation>未作任何修改：项目无法保存：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The split is saved in %1.</source>
            <translation>分解结果已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="-79" />
            <source>evaluate [PROJECT] [--scenario NAME] [--year Y] [--counties] [--format text|csv|json] [--out FILE] [--uncertainty [--draws N] [--seed S]]   judge every plan target, with --counties also each county against the city's targets and its quotas, with --uncertainty also the probability of meeting each (Monte Carlo, 10000 draws and seed 1 by default) (no PROJECT: the embedded Qinzhou project)</source>
            <translation>evaluate [项目] [--scenario 情景] [--year 年份] [--counties] [--format text|csv|json] [--out 文件] [--uncertainty [--draws 次数] [--seed 种子]]   评判方案的全部目标；加 --counties 时还按全市目标和各县区分配指标评判每个县区；加 --uncertainty 时还给出每个目标的达标概率（蒙特卡洛模拟，默认抽样 10000 次、种子为 1）（不指定项目时使用内置钦州项目）</translation>
        </message>
        <message>
            <location filename="../src/cli/UncertaintyArguments.cpp" line="+32" />
            <source>--draws needs a whole number from 1 to %1, not '%2'.</source>
            <translation>--draws 需要 1 到 %1 之间的整数，而不是“%2”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--seed needs a whole number of 0 or more, not '%1'.</source>
            <translation>--seed 需要不小于 0 的整数，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+93" />
            <source>The project may only be read: the results are shown, not stored.</source>
            <translation>此项目只读：结果仅显示，不写入项目。</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1 %2 cannot be evaluated: %3</source>
            <translation>%1 %2 无法评价：%3</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+206" />
            <location filename="../src/cli/commands/ExportTableCommand.cpp" line="+84" />
            <location line="+52" />
            <source>Cannot evaluate: %1</source>
            <translation>无法评价：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--uncertainty is computed for a city's plan; open one city's project for it.</source>
            <translation>--uncertainty 针对单个城市的方案计算；请打开一个城市的项目。</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+12" />
            <source>Cannot compute the probabilities: %1</source>
            <translation>无法计算达标概率：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+10" />
            <source>Cannot write '%1': %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The results could not be written into the project: %1</source>
            <translation>无法将结果写入项目：%1</translation>
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
            <translation>未知选项“%1”。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+8" />
            <source>Too many arguments.</source>
            <translation>参数过多。</translation>
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
            <translation>无法打开项目：%1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="-77" />
            <source>import-layer PROJECT FILE --role counties|cities|basins|irrigation-districts|rivers|reservoirs|other [--encoding E] [--crs EPSG:N] [--match-field F] [--layer NAME] [--dry-run]   import a map layer</source>
            <translation>import-layer 项目 文件 --role counties|cities|basins|irrigation-districts|rivers|reservoirs|other [--encoding 编码] [--crs EPSG:N] [--match-field 字段] [--layer 图层名] [--dry-run]   导入地图图层</translation>
        </message>
        <message>
            <location line="+65" />
            <source>--role must be counties, cities, basins, irrigation-districts, rivers, reservoirs or other, not '%1'.</source>
            <translation>--role 只能是 counties、cities、basins、irrigation-districts、rivers、reservoirs 或 other，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../src/cli/commands/InfoCommand.cpp" line="+17" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+8" />
            <source>Cannot read the project: %1</source>
            <translation>无法读取项目：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import refused, the project is unchanged: %1</source>
            <translation>导入被拒绝，项目未改动：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name the layer's CRS with --crs EPSG:N (or a PROJ string).</source>
            <translation>请用 --crs EPSG:N（或 PROJ 字符串）指定图层的坐标系。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Names decoded as %1: %2</source>
            <translation>名称按 %1 解码：%2</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+55" />
            <source>Dry run: the project was not changed.</source>
            <translation>试运行：项目未改动。</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+14" />
            <source>Cannot save the project: %1</source>
            <translation>无法保存项目：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+6" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-86" />
            <source>export-map needs --indicator, --year and --out.</source>
            <translation>export-map 需要 --indicator、--year 和 --out。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown indicator '%1'; known: %2.</source>
            <translation>未知指标“%1”；可用指标：%2。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>--method must be equal-interval, quantile or natural-breaks, not '%1'.</source>
            <translation>--method 须为 equal-interval、quantile 或 natural-breaks，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--classes must be a number from 2 to 9, not '%1'.</source>
            <translation>--classes 须为 2 到 9 之间的数，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../src/cli/ExportArguments.cpp" line="+21" />
            <source>Give either --paper or --size, not both.</source>
            <translation>--paper 与 --size 只能给出其一。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--dpi is the resolution of a paper page: give --paper A4 or A3 with it (--size is the image's exact size in pixels).</source>
            <translation>--dpi 是纸张页面的分辨率：请同时给出 --paper A4 或 A3（--size 为图像的精确像素尺寸）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--paper must be A4 or A3, optionally -landscape, not '%1'.</source>
            <translation>--paper 须为 A4 或 A3（可加 -landscape 表示横向），而不是“%1”。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--size must be WIDTHxHEIGHT in pixels between 200 and 20000, e.g. 1600x1200, not '%1'.</source>
            <translation>--size 须为 宽x高（像素，200 至 20000 之间），如 1600x1200，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--dpi must be a number from 48 to 1200, not '%1'.</source>
            <translation>--dpi 须为 48 到 1200 之间的数，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-104" />
            <source>export-map [PROJECT] --indicator ID --year Y [--scenario S] [--compare-to A] [--thematic auto|compliance|graduated|probability [--draws N] [--seed S]] [--method equal-interval|quantile|natural-breaks] [--classes N] [--labels] --out FILE.png|svg|pdf [--paper A4|A3[-landscape] [--dpi N] | --size WxH] [--title T] [--subtitle T]   compliance, graduated or probability-of-meeting map of any indicator; with --compare-to the difference map of the scenario minus A (no PROJECT: the embedded Qinzhou project)</source>
            <translation>export-map [项目] --indicator 指标 --year 年份 [--scenario 情景] [--compare-to 参照情景] [--thematic auto|compliance|graduated|probability [--draws 抽样次数] [--seed 随机种子]] [--method equal-interval|quantile|natural-breaks] [--classes 分级数] [--labels] --out 文件.png|svg|pdf [--paper A4|A3[-landscape] [--dpi 分辨率] | --size 宽x高] [--title 标题] [--subtitle 副标题]   任意指标的达标评价图、分级图或达标概率图；加 --compare-to 时为该情景减参照情景的差异图（不给项目：内置钦州市项目）</translation>
        </message>
        <message>
            <location line="+66" />
            <source>--thematic must be auto, compliance, graduated or probability, not '%1'.</source>
            <translation>--thematic 须为 auto、compliance、graduated 或 probability，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--draws and --seed go with --thematic probability.</source>
            <translation>--draws 和 --seed 须与 --thematic probability 一起使用。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A probability map shows one scenario: drop --compare-to.</source>
            <translation>达标概率图只显示一个情景：请去掉 --compare-to。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>--out must end in .png, .svg or .pdf, not '%1'.</source>
            <translation>--out 的扩展名须为 .png、.svg 或 .pdf，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The probability map is computed for a city's plan; open one city's project for it.</source>
            <translation>达标概率图按一个城市的规划计算；请打开单个城市的项目。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 cannot be evaluated: %2</source>
            <translation>%1 无法评价：%2</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Cannot build the map: %1</source>
            <translation>无法生成地图：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot export the map: %1</source>
            <translation>无法导出地图：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Map written to %1</source>
            <translation>地图已写入 %1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportPlanCommand.cpp" line="+9" />
            <source>import-plan PROJECT FILE.csv   add or replace plan targets, all or nothing</source>
            <translation>import-plan 项目 文件.csv   添加或替换方案目标（全部成功或全部不变）</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="-60" />
            <source>import-stats PROJECT FILE.csv|FILE.xlsx [--wide MAPPING.csv [--dry-run]]   add or replace statistics, all or nothing (--wide: a bulletin-style table converted by the mapping)</source>
            <translation>import-stats 项目 文件.csv|文件.xlsx [--wide 映射.csv [--dry-run]]   添加或替换统计数据，全部成功或全不导入（--wide：按映射转换公报式宽表）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--dry-run needs --wide MAPPING.csv.</source>
            <translation>--dry-run 需要与 --wide 映射.csv 一起使用。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--wide needs one mapping file.</source>
            <translation>--wide 需要且只能指定一个映射文件。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The mapping cannot be used: %1</source>
            <translation>映射无法使用：%1</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../src/cli/commands/ImportTableCommand.cpp" line="+11" />
            <source>Nothing was imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mapping for %1:</source>
            <translation>%1 的映射：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region column: %1</source>
            <translation>地区列：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 → %2 (%3)</source>
            <translation>%1 → %2（%3）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>year column: %1</source>
            <translation>年份列：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>year: %1</source>
            <translation>年份：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>year: from each sheet's name</source>
            <translation>年份：取自各工作表的名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>source: %1; estimate: %2</source>
            <translation>来源：%1；估算：%2</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/AllocateCommand.cpp" line="+138" />
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+1" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+1" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Years: %1</source>
            <translation>年份：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regions matched (%1): %2</source>
            <translation>已匹配地区（%1 个）：%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Skipped: %1</source>
            <translation>已跳过：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 values; the first long rows:</source>
            <translation>共 %1 个数值；前几行长表数据：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dry run: nothing was changed. Run again without --dry-run to import.</source>
            <translation>试运行：未做任何更改。去掉 --dry-run 再次运行即可导入。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportTableCommand.cpp" line="+6" />
            <source>added %1, replaced %2, unchanged %3, rejected %4</source>
            <translation>新增 %1，替换 %2，未变 %3，拒绝 %4</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was imported: correct the rejected rows and run the import again.</source>
            <translation>未导入任何内容：请修正被拒绝的行后重新导入。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The project already holds these rows; nothing to do.</source>
            <translation>项目中已有这些行，无需导入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imported into %1.</source>
            <translation>已导入 %1。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/InfoCommand.cpp" line="-29" />
            <source>info PROJECT   summarise a project (file or server)</source>
            <translation>info 项目   概述项目（文件或服务器）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Its layers can be imported into a project with import-layer:</source>
            <translation>可用 import-layer 将其图层导入项目：</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Project: %1 (%2)</source>
            <translation>项目：%1（%2）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server: %1</source>
            <translation>服务器：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File: %1</source>
            <translation>文件：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema: %1 (written by Jieshui %2)</source>
            <translation>结构版本：%1（由节水工作台 %2 写入）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Regions: %1 (%2)</source>
            <translation>地区：%1（%2）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Statistics: %1 values, %2-%3</source>
            <translation>统计数据：%1 个值，%2–%3 年</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Statistics: none</source>
            <translation>统计数据：无</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan targets: %1</source>
            <translation>方案目标：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key tasks: %1</source>
            <translation>重点任务：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scenarios: %1 (%2)</source>
            <translation>情景：%1（%2）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Layers: %1</source>
            <translation>图层：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 [%2, %3]: %4 features, %5</source>
            <translation>%1 [%2，%3]：%4 个要素，%5</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Results: %1 rows, never evaluated</source>
            <translation>结果：%1 行，从未评价</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Results: %1 rows, last evaluated %2</source>
            <translation>结果：%1 行，最近评价于 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last saved: %1</source>
            <translation>最近保存：%1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/NewCommand.cpp" line="+12" />
            <source>Name the project file to create.</source>
            <translation>请指定要创建的项目文件。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give either --template or --boundaries with its options, not both.</source>
            <translation>请指定 --template，或 --boundaries 及其选项，二者不能同时使用。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot make a project from the boundaries: %1</source>
            <translation>无法由边界新建项目：%1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/GrantCommand.cpp" line="+53" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="+9" />
            <source>Note: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/NewCommand.cpp" line="-78" />
            <source>new PROJECT [--template qinzhou|empty | --boundaries FILE [--code-field F] [--name-field F] [--root CODE] [--root-name NAME] [--crs CRS] [--encoding E] [--layer NAME] [--verbose]]   create a project (file or postgresql:// address): from a template (default: the Qinzhou project), or for any city, province or the country from its county boundaries</source>
            <translation>new 项目 [--template qinzhou|empty | --boundaries 文件 [--code-field 字段] [--name-field 字段] [--root 代码] [--root-name 名称] [--crs 坐标系] [--encoding 编码] [--layer 图层名] [--verbose]]   新建项目（文件或 postgresql:// 地址）：由模板（默认为钦州项目）新建，或由县级行政区边界为任一城市、省份或全国新建</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Regions without a name in the file:</source>
            <translation>文件中没有名称的区域：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note: add --verbose for the whole list, with the counties of each.</source>
            <translation>注意：加 --verbose 可列出全部区域及其下辖县区。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--template must be qinzhou or empty, not '%1'.</source>
            <translation>--template 只能是 qinzhou 或 empty，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot build the template: %1</source>
            <translation>无法生成模板：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>template %1</source>
            <translation>模板 %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Cannot create the project: %1</source>
            <translation>无法创建项目：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Created %1 (%2): %3 regions, %4 statistics, %5 plan targets, %6 scenarios, %7 layers.</source>
            <translation>已新建 %1（%2）：%3 个区域、%4 条统计数据、%5 项方案目标、%6 个情景、%7 个图层。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/GrantCommand.cpp" line="-42" />
            <source>grant postgresql://HOST/DB?schema=NAME USER viewer|editor|none   let a database login read or change a shared project, or neither</source>
            <translation>grant postgresql://主机/数据库?schema=项目 用户 viewer|editor|none   允许数据库账号查看或编辑共享项目，或取消其权限</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Access not changed: %1</source>
            <translation>权限未更改：%1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 already may change the project %2; nothing changed.</source>
            <translation>%1 已可修改项目 %2，未作更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 already may read the project %2; nothing changed.</source>
            <translation>%1 已可查看项目 %2，未作更改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 had no access to the project %2; nothing changed.</source>
            <translation>%1 原本就无权使用项目 %2，未作更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 may now change the project %2.</source>
            <translation>%1 现在可以编辑项目 %2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 may now read the project %2.</source>
            <translation>%1 现在可以查看项目 %2。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 may no longer use the project %2.</source>
            <translation>%1 不再能使用项目 %2。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/LogCommand.cpp" line="-36" />
            <source>log postgresql://HOST/DB?schema=NAME [--limit N]   who changed what and when in a shared project (newest first)</source>
            <translation>log postgresql://主机/数据库?schema=项目 [--limit N]   共享项目的修改记录：谁在何时改了什么（最新在前）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--limit needs a positive number.</source>
            <translation>--limit 需要一个正整数。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Only shared projects have a change log: %1</source>
            <translation>只有共享项目才有修改记录：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Cannot read the change log: %1</source>
            <translation>无法读取修改记录：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>修改内容</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/PullCommand.cpp" line="+12" />
            <source>pull postgresql://HOST/DB?schema=NAME PROJECT.gpkg   download a shared project into a new project file</source>
            <translation>pull postgresql://主机/数据库?schema=项目 项目.gpkg   将共享项目下载为新的项目文件</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing was downloaded: %1</source>
            <translation>未下载任何内容：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Downloaded %1 into %2 in %3 s.</source>
            <translation>已将 %1 下载到 %2，用时 %3 秒。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/PushCommand.cpp" line="+12" />
            <source>push PROJECT.gpkg postgresql://HOST/DB?schema=NAME   upload a project file as a shared project on PostgreSQL/PostGIS</source>
            <translation>push 项目.gpkg postgresql://主机/数据库?schema=项目   将项目文件上传为 PostgreSQL/PostGIS 上的共享项目</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Nothing was uploaded: %1</source>
            <translation>未上传任何内容：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Uploaded %1 to %2: %3 tables, %4 rows in %5 s.</source>
            <translation>已将 %1 上传到 %2：%3 张表、%4 行，用时 %5 秒。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/RegionCommand.cpp" line="-150" />
            <source>region list|add|rename|remove PROJECT ...   list the regions, or: add PROJECT CODE NAME --parent CODE [--kind county|sub-zone|basin|supply-utility|reservoir] [--name-en NAME]; rename PROJECT CODE NAME [--name-en NAME]; remove PROJECT CODE [--dry-run]</source>
            <translation>region list|add|rename|remove 项目 ...   列出区域，或：add 项目 代码 名称 --parent 代码 [--kind county|sub-zone|basin|supply-utility|reservoir] [--name-en 英文名]；rename 项目 代码 名称 [--name-en 英文名]；remove 项目 代码 [--dry-run]</translation>
        </message>
        <message>
            <location line="+55" />
            <source>--kind must be county, sub-zone, basin, supply-utility or reservoir, not '%1'.</source>
            <translation>--kind 只能是 county、sub-zone、basin、supply-utility 或 reservoir，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent</source>
            <translation>上级</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Added region %1 %2 under %3.</source>
            <translation>已在 %3 下新增区域 %1 %2。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Renamed region %1 to %2.</source>
            <translation>已将区域 %1 更名为 %2。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Removing region %1 would remove:</source>
            <translation>删除区域 %1 将同时删除：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed region %1 with:</source>
            <translation>已删除区域 %1，同时删除：</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="+13" />
            <location line="+80" />
            <source>Nothing was changed: %1</source>
            <translation>未作任何修改：%1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportReportCommand.cpp" line="-31" />
            <source>export-report [PROJECT] [--scenario S] [--year Y]... [--uncertainty [--draws N] [--seed S]] --out report.pdf   the compliance report (A4 PDF: scorecard, maps, one page per county, key tasks, with --uncertainty the probability of meeting each target and its map, appendix of estimates) in the --lang language (no PROJECT: the embedded Qinzhou project)</source>
            <translation>export-report [项目] [--scenario 情景] [--year 年份]... [--uncertainty [--draws 抽样次数] [--seed 随机种子]] --out 报告.pdf   达标评价报告（A4 PDF：目标评价表、评价图、每个县区一节、重点任务，加 --uncertainty 时含各目标的达标概率及达标概率图，估算值附录），语言由 --lang 指定（不给项目：内置钦州市项目）</translation>
        </message>
        <message>
            <location line="+25" />
            <source>export-report needs --out FILE.pdf.</source>
            <translation>export-report 需要 --out 文件.pdf。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cannot write the report: %1</source>
            <translation>无法写出报告：%1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Report written to %1: %2, %3, %4 (%5 ms)</source>
            <translation>报告已写入 %1：%2，%3，%4（%5 毫秒）</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n map(s)</source>
            <translation>
                <numerusform>%n 幅图</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n county section(s)</source>
            <translation>
                <numerusform>%n 个县区</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportTableCommand.cpp" line="-50" />
            <source>export-table [PROJECT] [--scenario S] [--year Y] [--tables scorecard,counties,key-tasks,evidence,allocation,comparison] [--compare A,B,…] --out FILE.xlsx|FILE.csv   the analyst's tables as an Excel workbook (a sheet per table) or one CSV table (no PROJECT: the embedded Qinzhou project); --compare: the scenarios of the comparison, the reference first, each with its difference from it (default: every scenario; alone it exports the comparison only)</source>
            <translation>export-table [项目] [--scenario 情景] [--year 年份] [--tables scorecard,counties,key-tasks,evidence,allocation,comparison] [--compare A,B,…] --out 文件.xlsx|文件.csv   分析表格导出为 Excel 工作簿（每表一个工作表）或一个 CSV 表（不给项目：内置钦州市项目）；--compare：参与比较的情景，参照情景在前，其余各情景列出与参照情景的差值（默认：全部情景；单独使用时只导出情景比较表）</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Unknown table '%1'; known: %2.</source>
            <translation>未知表格“%1”；可用：%2。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>export-table needs --out FILE.xlsx or FILE.csv.</source>
            <translation>export-table 需要 --out 文件.xlsx 或 文件.csv。</translation>
        </message>
        <message>
            <location line="+53" />
            <source>The project has no scenario '%1'.</source>
            <translation>项目中没有情景“%1”。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cannot write the tables: %1</source>
            <translation>无法写出表格：%1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n table(s) written to %1</source>
            <translation>
                <numerusform>已将 %n 个表格写入 %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ScenarioCommand.cpp" line="-308" />
            <source>scenario list|create|delete|set|unset PROJECT …   list the scenarios; create ID --parent P (or --copy-of S) [--name-zh N] [--name-en N]; delete ID; set ID DRIVER=VALUE … [--region CODE] [--from YEAR]; unset ID DRIVER … [--region CODE] [--from YEAR] [--all] — all or nothing</source>
            <translation>scenario list|create|delete|set|unset 项目 …   列出情景；create 标识 --parent 上级（或 --copy-of 情景）[--name-zh 名称] [--name-en 名称]；delete 标识；set 标识 参数=值 … [--region 代码] [--from 年份]；unset 标识 参数 … [--region 代码] [--from 年份] [--all] —— 全部成功或不作任何修改</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Drivers (DRIVER=VALUE, the value in the driver's unit):</source>
            <translation>参数（参数=值，值按该参数的单位填写）：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Values are typed in the unit shown: leakage-rate=7 is 7 %, gdp-real-growth=-1.5 is −1.5 %/yr. A number between −1 and 1 (not 0) for a driver in percent is refused as ambiguous unless written with its unit: leakage-rate=0.07% means 0.07 %; for 7 % write 7. The irrigation coefficient is a bare fraction (0.55).
Without --region a value is the whole city's; without --from it holds in every projected year. unset removes the one matching value whatever its region and first year; when several match it lists them: name one with --region and --from, or give --all.</source>
            <translation>数值按所列单位填写：leakage-rate=7 即 7 %，gdp-real-growth=-1.5 即 −1.5 %/年。以 % 为单位的参数若填写 −1 到 1 之间（非 0）的数，视为有歧义而拒绝，除非写明单位：leakage-rate=0.07% 表示 0.07 %；要表示 7 % 请写 7。灌溉水有效利用系数为小数（如 0.55），不带单位。
不给 --region 时数值适用于全市；不给 --from 时适用于全部预测年份。unset 删除唯一符合条件的设定值，不论其地区和起始年份；符合条件的有多个时将其列出：请用 --region 和 --from 指定其一，或加 --all 全部删除。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Unknown scenario action '%1'.</source>
            <translation>未知的情景操作“%1”。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--format must be text or json, not '%1'.</source>
            <translation>--format 只能是 text 或 json，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The project has no scenarios.</source>
            <translation>项目中没有情景。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Id</source>
            <translation>标识</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inherits from</source>
            <translation>继承自</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own values</source>
            <translation>自有设定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own quotas</source>
            <translation>自有指标分解</translation>
        </message>
        <message>
            <location line="+67" />
            <source>--from needs a year such as 2030, not '%1'.</source>
            <translation>--from 需要年份（如 2030），而不是“%1”。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Name the scenario by its id.</source>
            <translation>请用标识指定情景。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The embedded project cannot be changed: create a project file with 'new' first.</source>
            <translation>内置项目不能修改：请先用 new 创建项目文件。</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Give the parent with --parent (or --copy-of).</source>
            <translation>请用 --parent（或 --copy-of）给出上级情景。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Created %1.</source>
            <translation>已创建%1。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Deleted %1 and its own quota splits (%2).</source>
            <translation>已删除%1及其自有指标分解（%2 个）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>'%1' is not DRIVER=VALUE; the drivers are:%2</source>
            <translation>“%1”不是“参数=值”的形式；可用参数：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+59" />
            <source>Unknown driver '%1'; the drivers are:%2</source>
            <translation>未知的参数“%1”；可用参数：%2</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Changed %1: name and description.</source>
            <translation>已修改%1：名称和说明。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed %1 (%2, %3): %4.</source>
            <translation>已修改%1（%2，%3）：%4。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name the drivers to unset; the drivers are:%1</source>
            <translation>请指定要删除的参数；可用参数：%1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Nothing was changed: %1 has no own value of %2 that matches.</source>
            <translation>未作任何修改：%1没有符合条件的自有%2设定值。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing was changed: %1 has %2 own values of %3:%4
Name one with --region CODE and --from YEAR, or remove them all with --all.</source>
            <translation>未作任何修改：%1有 %2 个自有%3设定值：%4
请用 --region 代码 和 --from 年份 指定其一，或用 --all 全部删除。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Changed %1: removed %2.</source>
            <translation>已修改%1：已删除 %2。</translation>
        </message>
        <message>
            <location line="-97" />
            <source>Nothing was changed: '%1' is not a value of %2 (%3).</source>
            <translation>未作任何修改：“%1”不是%2的有效值（%3）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nothing to set: give DRIVER=VALUE or a name.</source>
            <translation>没有要设置的内容：请给出“参数=值”或名称。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../src/i18n/ErrorText.cpp" line="+18" />
            <source>the cap must be zero or positive (m³)</source>
            <translation>总量控制指标必须为零或正数（m³）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the rounding unit must be positive (m³)</source>
            <translation>取整单位必须为正数（m³）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region %1 has no child regions to allocate to</source>
            <translation>地区 %1 没有可分配的下级地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a share for %1, which is not a child of %2</source>
            <translation>%1 不是 %2 的下级地区，不能为其指定份额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a share must be zero or positive (m³)</source>
            <translation>份额必须为零或正数（m³）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the pinned shares add up to more than the cap</source>
            <translation>人工指定的份额之和超过总量控制指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every child's weight is zero: nothing to split the cap by</source>
            <translation>各下级地区的权重均为零，无法据此分配总量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no water use in the base year for %1 (%2)</source>
            <translation>基准年没有用水量，无法计算%1（%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the base-year share</source>
            <translation>基准年占比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the intensity</source>
            <translation>用水强度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no GDP in the target year for the GDP share</source>
            <translation>目标年没有地区生产总值，无法按其占比分配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no GDP in the base year for the intensity</source>
            <translation>基准年没有地区生产总值，无法计算用水强度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the GDP index (上年=100) is missing, so real growth is unknown</source>
            <translation>缺少地区生产总值指数（上年=100），无法计算实际增长</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the plan has no target of '%1' for %2</source>
            <translation>规划中没有%2年“%1”的目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan has no target in %1 to report on</source>
            <translation>规划中没有%1年的目标可供报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan has no targets to report on</source>
            <translation>规划中没有可供报告的目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the plan has no target '%1'</source>
            <translation>规划中没有目标“%1”</translation>
        </message>
        <message>
            <location line="+60" />
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>field '%1'</source>
            <translation>字段“%1”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>region %1</source>
            <translation>地区 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>year %1</source>
            <translation>%1年</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>geo</name>
        <message>
            <location filename="../src/geo/CoordinateTransformer.cpp" line="+67" />
            <source>CGCS2000 (EPSG:4490) and WGS 84 (EPSG:4326) differ by centimetres; they are treated as the same datum. Boundaries from web maps (AMap/DataV) are often GCJ-02 and sit 300-600 m off.</source>
            <translation>CGCS2000（EPSG:4490）与 WGS 84（EPSG:4326）相差仅厘米级，本程序视为同一基准。来自网络地图（高德/DataV）的边界常为 GCJ-02 坐标，偏移约 300–600 米。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>no CRS given for the transformation</source>
            <translation>未指定转换所需的坐标系</translation>
        </message>
        <message>
            <location line="+13" />
            <source>PROJ does not know the CRS "%1"</source>
            <translation>PROJ 无法识别坐标系“%1”</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+7" />
            <source>no transformation from %1 to %2</source>
            <translation>没有从 %1 到 %2 的坐标转换</translation>
        </message>
        <message>
            <location line="+54" />
            <source>the transformation was cancelled</source>
            <translation>坐标转换已取消</translation>
        </message>
        <message>
            <location line="+7" />
            <source>feature %1 (%2) has points that cannot be transformed from %3 to %4</source>
            <translation>要素 %1（%2）有无法从 %3 转换到 %4 的点</translation>
        </message>
        <message>
            <location filename="../src/geo/CrsGuesser.cpp" line="+50" />
            <source>the file declares no CRS; its coordinates can only be degrees in China, so they are read as CGCS2000 (EPSG:4490). Name the file's CRS if that is wrong.</source>
            <translation>文件未声明坐标系；其坐标只能是中国范围内的经纬度，因此按 CGCS2000（EPSG:4490）读取。如不正确，请指定文件的坐标系。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the file declares no CRS; its coordinates look like degrees but lie (partly) outside China. Name EPSG:4490 or EPSG:4326 as its CRS if they are degrees.</source>
            <translation>文件未声明坐标系；其坐标像经纬度，但（部分）位于中国境外。若确为经纬度，请指定 EPSG:4490 或 EPSG:4326 为其坐标系。</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>degrees</source>
            <translation>经纬度</translation>
        </message>
        <message>
            <location line="+12" />
            <source>easting starts with the 3-degree zone number %1 (CM %2E)</source>
            <translation>东坐标以 3 度带带号 %1 开头（中央经线 %2°E）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>easting starts with the 6-degree zone number %1 (CM %2E)</source>
            <translation>东坐标以 6 度带带号 %1 开头（中央经线 %2°E）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>3-degree zone whose false easting (500 km) puts the data in the project area</source>
            <translation>该 3 度带（东偏 500 km）使数据落在项目区域内</translation>
        </message>
        <message>
            <location line="+8" />
            <source>6-degree zone whose false easting (500 km) puts the data in the project area</source>
            <translation>该 6 度带（东偏 500 km）使数据落在项目区域内</translation>
        </message>
        <message>
            <location line="+10" />
            <source>ranges fit Web Mercator over China</source>
            <translation>坐标范围符合中国区域的 Web 墨卡托投影</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Albers equal-area for China (Krasovsky, 25N/47N, 105E)</source>
            <translation>中国阿尔伯斯等积投影（克拉索夫斯基椭球，25°N/47°N，105°E）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>coordinates around 0 spanning thousands of km: an equal-area projection of China</source>
            <translation>坐标以 0 为中心、跨度数千公里：中国等积投影</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Albers equal-area (24N/48N, 104.5E, origin 36N)</source>
            <translation>阿尔伯斯等积投影（24°N/48°N，104.5°E，原点 36°N）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the file declares no CRS and its coordinates (%1 to %2, %3 to %4) fit no CRS we can suggest; name the CRS the data was made in</source>
            <translation>文件未声明坐标系，其坐标（%1 至 %2，%3 至 %4）与可推荐的坐标系均不符；请指定数据的原始坐标系</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the file declares no CRS and its coordinates are projected; it is not imported until you name its CRS. Likely: %1</source>
            <translation>文件未声明坐标系且坐标为投影坐标；请先指定其坐标系再导入。可能是：%1</translation>
        </message>
        <message>
            <location filename="../src/geo/GeometryRepair.cpp" line="+73" />
            <source>the polygon (%1 vertices) could not be checked and repaired within %2 s; repair it in a GIS (e.g. QGIS) and import again</source>
            <translation>该多边形（%1 个顶点）无法在 %2 秒内完成检查和修复；请先在 GIS 软件（如 QGIS）中修复后再导入</translation>
        </message>
        <message>
            <location line="+64" />
            <source>MakeValid left no polygon; the geometry is kept as it was</source>
            <translation>MakeValid 修复后不再是面，几何保持原样</translation>
        </message>
        <message>
            <location line="+4" />
            <source>invalid polygon (self-intersection or bad ring) repaired with MakeValid</source>
            <translation>无效面（自相交或环错误）已用 MakeValid 修复</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/geo/GeometryRepairSession.cpp" line="+118" />
            <source>no coordinates</source>
            <translation>没有坐标</translation>
        </message>
        <message>
            <location filename="../src/geo/LayerDissolver.cpp" line="+40" />
            <location filename="../src/geo/LayerImporter.cpp" line="+51" />
            <source>the import was cancelled</source>
            <translation>导入已取消</translation>
        </message>
        <message>
            <location filename="../src/geo/LayerImporter.cpp" line="+7" />
            <source>repaired</source>
            <translation>已修复</translation>
        </message>
        <message>
            <location line="+2" />
            <source>invalid, not repairable</source>
            <translation>无效，无法修复</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no geometry (null)</source>
            <translation>无几何（空值）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty geometry</source>
            <translation>空几何</translation>
        </message>
        <message>
            <location line="+2" />
            <source>too complex to check and repair in time</source>
            <translation>过于复杂，无法在限定时间内检查和修复</translation>
        </message>
        <message>
            <location line="+106" />
            <source>layer "%1": %2 region geometries replaced, %3 added</source>
            <translation>图层“%1”：替换 %2 个地区几何，新增 %3 个</translation>
        </message>
        <message>
            <location line="+6" />
            <source>layer "%1" still holds schematic geometry for %2 regions and stays marked schematic</source>
            <translation>图层“%1”仍有 %2 个地区为示意几何，继续标记为示意</translation>
        </message>
        <message>
            <location line="+9" />
            <source>layer "%1" replaced by "%2" (%3 features)</source>
            <translation>图层“%1”已由“%2”替换（%3 个要素）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>layer "%1" added (%2 features)</source>
            <translation>已添加图层“%1”（%2 个要素）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (unmatched)</source>
            <translation>%1（未匹配）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>layer "%1" added with the %2 unmatched features</source>
            <translation>已添加图层“%1”，含 %2 个未匹配要素</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>read layer "%1" (%2) with %3 features</source>
            <translation>已读取图层“%1”（%2），共 %3 个要素</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the file has %1 layers (%2); pass the layer name to import another</source>
            <translation>文件有 %1 个图层（%2）；如需导入其他图层，请指定图层名</translation>
        </message>
        <message>
            <location line="+7" />
            <source>text encoding: %1</source>
            <translation>文本编码：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>names as read: %1</source>
            <translation>读取到的名称：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the layer has no features</source>
            <translation>图层没有要素</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no feature has the match field "%1"</source>
            <translation>没有要素含匹配字段“%1”</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the file claims degrees (%1) but its coordinates are not; the CRS is ignored</source>
            <translation>文件声明为经纬度（%1），但坐标并非经纬度；已忽略该坐标系</translation>
        </message>
        <message>
            <location line="+17" />
            <source>source CRS: %1%2</source>
            <translation>源坐标系：%1%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 single-part and %2 multi-part features: all are stored as multi-part</source>
            <translation>%1 个单部件要素和 %2 个多部件要素：全部按多部件存储</translation>
        </message>
        <message>
            <location line="+6" />
            <source>feature %1 has a geometry of another kind than the layer; its geometry is dropped</source>
            <translation>要素 %1 的几何类型与图层不同，已舍弃其几何</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+36" />
            <source>feature %1 %2: %3</source>
            <translation>要素 %1 %2：%3</translation>
        </message>
        <message>
            <location line="-12" />
            <source>geometry check: %1 repaired, %2 not repairable, %3 empty or null</source>
            <translation>几何检查：%1 个已修复，%2 个无法修复，%3 个为空</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 features have no usable geometry, so importing them would blank or degrade boundaries; nothing was imported. Fix the file (is it truncated?) and import again: %2</source>
            <translation>%1 个要素没有可用的几何图形，导入会清空或损坏已有边界；未导入任何内容。请修复文件（是否被截断？）后重新导入：%2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>transformed from %1 to %2</source>
            <translation>已从 %1 转换到 %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>in the CRS %1 the layer lies (partly) outside China, so the CRS is probably wrong; nothing was imported</source>
            <translation>按坐标系 %1 该图层（部分）位于中国境外，坐标系很可能有误；未导入任何内容</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the layer does not overlap the project area</source>
            <translation>图层与项目区域不重叠</translation>
        </message>
        <message>
            <location line="+19" />
            <source>re-linking: %1 of %2 regions matched (%3 by name), %4 ambiguous, %5 features unmatched</source>
            <translation>重新关联：%2 个地区中匹配 %1 个（按名称 %3 个），%4 个有歧义，%5 个要素未匹配</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ambiguous: %1</source>
            <translation>有歧义：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>regions without a feature (keep their current geometry): %1</source>
            <translation>没有对应要素的地区（保留现有几何）：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>no project regions given: nothing is re-linked</source>
            <translation>未提供项目地区：不进行重新关联</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 features kept as an ordinary layer</source>
            <translation>%1 个要素作为普通图层保留</translation>
        </message>
        <message>
            <location filename="../src/geo/LayerReader.cpp" line="+140" />
            <source>the CRS "%1" is not an EPSG code, PROJ string or WKT GDAL can read</source>
            <translation>坐标系“%1”不是 GDAL 可读取的 EPSG 代码、PROJ 字符串或 WKT</translation>
        </message>
        <message>
            <location line="+19" />
            <source>GDAL cannot open the file as vector data</source>
            <translation>GDAL 无法将该文件作为矢量数据打开</translation>
        </message>
        <message>
            <location line="+30" />
            <source>cannot create an in-memory file</source>
            <translation>无法创建内存文件</translation>
        </message>
        <message>
            <location line="+30" />
            <source>encoding %1 chosen by the user</source>
            <translation>用户选择的编码 %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>GDAL cannot open the file as vector data%1</source>
            <translation>GDAL 无法将该文件作为矢量数据打开%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the file has no vector layer</source>
            <translation>文件中没有矢量图层</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no layer "%1"; the file has: %2</source>
            <translation>没有图层“%1”；文件包含：%2</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+15" />
            <source>the layer has no field "%1"</source>
            <translation>图层没有字段“%1”</translation>
        </message>
        <message>
            <location line="+88" />
            <source>the file is damaged or truncated (GDAL: %1); nothing was imported</source>
            <translation>文件已损坏或被截断（GDAL：%1）；未导入任何内容</translation>
        </message>
        <message>
            <location filename="../src/geo/RegionMatcher.cpp" line="+99" />
            <source>the name "%1" fits %2 regions</source>
            <translation>名称“%1”对应 %2 个地区</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 features match region %2</source>
            <translation>%1 个要素匹配地区 %2</translation>
        </message>
        <message>
            <location filename="../src/geo/ShapefileEncoding.cpp" line="+47" />
            <source>cannot open the DBF file</source>
            <translation>无法打开 DBF 文件</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the DBF file is too short</source>
            <translation>DBF 文件过短</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the DBF header is damaged</source>
            <translation>DBF 文件头已损坏</translation>
        </message>
        <message>
            <location line="+94" />
            <location line="+64" />
            <source>the shapefile has no .dbf file</source>
            <translation>Shapefile 缺少 .dbf 文件</translation>
        </message>
        <message>
            <location line="-50" />
            <source>encoding %1 from the .cpg file</source>
            <translation>编码 %1（来自 .cpg 文件）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>encoding %1 from the DBF language byte (%2)</source>
            <translation>编码 %1（来自 DBF 语言字节 %2）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>text fields are plain ASCII; read as UTF-8</source>
            <translation>文本字段为纯 ASCII，按 UTF-8 读取</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no .cpg and no language byte; the text is valid UTF-8</source>
            <translation>无 .cpg 文件和语言字节；文本为有效的 UTF-8</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no .cpg and no language byte; the text is not UTF-8 but valid GBK (CP936)</source>
            <translation>无 .cpg 文件和语言字节；文本不是 UTF-8，而是有效的 GBK（CP936）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no .cpg and no language byte; the text is valid GB18030</source>
            <translation>无 .cpg 文件和语言字节；文本为有效的 GB18030</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the text is neither UTF-8 nor GBK; choose the encoding by hand (--encoding)</source>
            <translation>文本既非 UTF-8 也非 GBK，请手动选择编码（--encoding）</translation>
        </message>
        <message>
            <location filename="../src/geo/TableReader.cpp" line="+78" />
            <source>the file is not valid %1 text</source>
            <translation>文件不是有效的 %1 文本</translation>
        </message>
        <message>
            <location line="+45" />
            <source>a quote inside an unquoted cell</source>
            <translation>未加引号的单元格中出现引号</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a quoted cell is not closed</source>
            <translation>带引号的单元格未闭合</translation>
        </message>
        <message>
            <location line="+25" />
            <source>cannot open the file</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+17" />
            <source>tables are read from .csv or .xlsx files</source>
            <translation>表格只能从 .csv 或 .xlsx 文件读取</translation>
        </message>
        <message>
            <location line="+18" />
            <source>GDAL cannot open the workbook</source>
            <translation>GDAL 无法打开该工作簿</translation>
        </message>
        <message>
            <location filename="../src/geo/WideTableMapping.cpp" line="+71" />
            <location line="+5" />
            <location line="+8" />
            <source>no column "%1"</source>
            <translation>没有“%1”列</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no year: give one, or a year column, or name the sheet by its year</source>
            <translation>缺少年份：请指定年份、提供年份列，或以年份命名工作表</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 row %2: "%3" is not a project region</source>
            <translation>%1 第 %2 行：“%3”不是项目中的地区</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not a year: "%1"</source>
            <translation>不是年份：“%1”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 row %2: no value for %3</source>
            <translation>%1 第 %2 行：%3 没有数值</translation>
        </message>
        <message>
            <location line="+10" />
            <source>not a number: "%1"</source>
            <translation>不是数字：“%1”</translation>
        </message>
        <message>
            <location filename="../src/geo/InputFile.cpp" line="+24" />
            <source>the path is a loop of symbolic links</source>
            <translation>该路径是符号链接循环</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>permission denied</source>
            <translation>没有读取权限</translation>
        </message>
        <message>
            <location line="-16" />
            <source>no such file</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the path is too long</source>
            <translation>路径过长</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file cannot be read</source>
            <translation>无法读取该文件</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a folder, not a file</source>
            <translation>这是文件夹，不是文件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not a regular file (a pipe, device or socket); nothing was read</source>
            <translation>不是普通文件（管道、设备或套接字）；未读取任何内容</translation>
        </message>
        <message>
            <location filename="../src/geo/TextDecoding.cpp" line="+111" />
            <source>the file mixes encodings: line %1 is UTF-8 but line %2 is not (GBK?); save the whole file once as "CSV UTF-8"</source>
            <translation>文件混用了多种编码：第 %1 行是 UTF-8，第 %2 行不是（GBK？）；请将整个文件重新另存为“CSV UTF-8”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>line %1 is neither UTF-8 nor GBK/GB18030 text; save the file as "CSV UTF-8"</source>
            <translation>第 %1 行既不是 UTF-8 也不是 GBK/GB18030 文本；请将文件另存为“CSV UTF-8”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the file is neither UTF-8 nor GBK/GB18030 text</source>
            <translation>文件既不是 UTF-8 也不是 GBK/GB18030 文本</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the encoding "%1" is empty; name one (UTF-8, GBK, GB18030, BIG5) or leave it out to detect it</source>
            <translation>编码“%1”为空；请指定一种编码（UTF-8、GBK、GB18030、BIG5），或省略该选项以自动识别</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the encoding "%1" cannot be a shapefile's: a DBF holds single-byte or multi-byte ASCII-compatible text (UTF-8, GBK, GB18030, BIG5)</source>
            <translation>编码“%1”不能用于 Shapefile：DBF 只能保存兼容 ASCII 的单字节或多字节文本（UTF-8、GBK、GB18030、BIG5）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown encoding "%1" (try UTF-8, GBK, GB18030 or BIG5)</source>
            <translation>未知编码“%1”（可用 UTF-8、GBK、GB18030 或 BIG5）</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::AllocationEditor</name>
        <message>
            <location filename="../ui/AllocationEditor.cpp" line="+154" />
            <source>Plan's Cap</source>
            <translation>规划指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Split by Method</source>
            <translation>按方法分解</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpin All</source>
            <translation>全部取消手工</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use Parent's Split</source>
            <translation>使用上级情景的分解</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What Does It Take?…</source>
            <translation>目标反推…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The cap to split, in the table's unit; type another to try it</source>
            <translation>待分解的总量控制指标（表格单位）；可输入其他数值试算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the plan's cap of the year</source>
            <translation>恢复为规划中该年的总量控制指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choosing a method splits the cap by it (typed quotas are kept)</source>
            <translation>选择方法即按该方法分解（手工输入的指标保持不变）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Split what the typed quotas leave of the cap among the other counties by the method</source>
            <translation>将手工指标之外的剩余总量按所选方法分给其他县区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drop this scenario's own split: the parent's applies again</source>
            <translation>删除本情景自有的分解，恢复使用上级情景的分解</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The smallest annual decline of water intensity that meets the cap, per county and for the city</source>
            <translation>达到总量控制指标所需的最小年均用水强度降幅（分县区和全市）</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Scenario:</source>
            <translation>情景：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cap:</source>
            <translation>总量指标：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method:</source>
            <translation>方法：</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Base year:</source>
            <translation>基准年：</translation>
        </message>
        <message>
            <location line="-39" />
            <source>“%1” is not a cap: type a volume such as 16.53.</source>
            <translation>“%1”不是有效的总量指标：请输入水量，如 16.53。</translation>
        </message>
        <message>
            <location line="+120" />
            <source>observed years</source>
            <translation>观测年份</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No split of the %1 cap yet: choose a method to make one, or type the quotas.</source>
            <translation>%1 年总量指标尚未分解：请选择分解方法，或手工输入各县区指标。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The plan has no cap for %1: type one to split it.</source>
            <translation>规划中没有 %1 年的总量控制指标：输入一个数值即可分解。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1”'s own split of %2.</source>
            <translation>“%1”自有的 %2 年指标分解。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The project-wide split of %1 — any change makes it “%2”'s own.</source>
            <translation>项目通用的 %1 年指标分解——任何修改都会使其成为“%2”自有的分解。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Inherited from “%1” — any change makes it “%2”'s own.</source>
            <translation>继承自“%1”——任何修改都会使其成为“%2”自有的分解。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the quotas add up to the cap</source>
            <translation>各县区指标之和等于总量指标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unallocated — not spread: split it by the method or type it</source>
            <translation>尚未分配——不会自动分摊：请按方法分解或手工输入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over-allocated: the quotas exceed the cap</source>
            <translation>超额分配：各县区指标之和超过总量指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cap %1 · Σ quotas %2 · &lt;b&gt;Remainder (cap − Σ) %3&lt;/b&gt; — %4</source>
            <translation>总量指标 %1 · 指标合计 %2 · &lt;b&gt;余量（总量 − 合计）%3&lt;/b&gt; —— %4</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Set the %1 quota of %2 in “%3” to %4</source>
            <translation>将“%3”中%2的 %1 年指标设为 %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove the %1 quota of %2 in “%3”</source>
            <translation>删除“%3”中%2的 %1 年指标</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep the quota of %1 when splitting</source>
            <translation>分解时保留%1的指标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Let the method split the quota of %1</source>
            <translation>由分解方法计算%1的指标</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Let the method split every quota of %1 in “%2”</source>
            <translation>由分解方法计算“%2”中 %1 年全部指标</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set the %1 cap of “%2” to %3</source>
            <translation>将“%2”的 %1 年总量指标设为 %3</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The cap cannot be split this way: %1</source>
            <translation>无法按此方式分解：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Split the %1 cap of “%2” by %3</source>
            <translation>将“%2”的 %1 年总量指标%3分解</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Use the parent's %1 split in “%2”</source>
            <translation>“%2”恢复使用上级情景的 %1 年分解</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::AllocationTableModel</name>
        <message>
            <location filename="../ui/AllocationTableModel.cpp" line="+74" />
            <source>Typed by hand: kept when the rest is split by the method</source>
            <translation>手工输入：按方法分解其余指标时保持不变</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computed by the method; type a value to pin it</source>
            <translation>由分解方法计算；输入数值即可固定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No quota allocated: type one, or split the cap by the method</source>
            <translation>未分配指标：请输入，或按方法分解总量指标</translation>
        </message>
        <message>
            <location line="+50" />
            <source>“%1” is not a quota: type a volume such as %2 %3, or leave it empty for none.</source>
            <translation>“%1”不是有效的指标：请输入水量，如 %2 %3，或留空表示不分配。</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+23" />
            <source>County</source>
            <translation>县区</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+20" />
            <source>Typed</source>
            <translation>手工</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+18" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+22" />
            <source>Quota</source>
            <translation>分配指标</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+21" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+19" />
            <source>Use</source>
            <translation>用水量</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+17" />
            <source>Use − quota</source>
            <translation>用水量 − 指标</translation>
        </message>
        <message>
            <location line="+12" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cap %1 %2; quotas %3 %2; remainder (cap − Σ quotas) %4 %2</source>
            <translation>总量指标 %1 %2；指标合计 %3 %2；余量（总量 − 合计）%4 %2</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ChangeLogPanel</name>
        <message>
            <location filename="../ui/ChangeLogPanel.cpp" line="+48" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>修改内容</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Only shared projects (File → Open Server Project…) keep a change log.</source>
            <translation>只有共享项目（文件 → 打开服务器项目…）才有修改记录。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The change log cannot be read: %1</source>
            <translation>无法读取修改记录：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 — the newest %2 changes</source>
            <translation>%1 — 最近 %2 条修改</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::DriverOverrideDialog</name>
        <message>
            <location filename="../ui/DriverOverrideDialog.cpp" line="+30" />
            <source>Add a Value to “%1”</source>
            <translation>为“%1”添加设定值</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Region:</source>
            <translation>地区：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driver:</source>
            <translation>参数：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From:</source>
            <translation>起始年份：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value:</source>
            <translation>数值：</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Valid range: %1</source>
            <translation>有效范围：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Type the value in %1.</source>
            <translation>请以 %1 为单位输入数值。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plain numbers</source>
            <translation>纯数值</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is not a number: %2 takes a value in %3.</source>
            <translation>“%1”不是数字：%2的取值范围为 %3。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Replaces the value the scenario has for this region, driver and year.</source>
            <translation>将替换本情景中该地区、该参数、该年份已有的设定值。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportActions</name>
        <message>
            <location filename="../ui/ExportActions.cpp" line="+43" />
            <source>Export &amp;Map…</source>
            <translation>导出地图(&amp;M)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Print Map…</source>
            <translation>打印地图(&amp;P)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export &amp;Table…</source>
            <translation>导出表格(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport Report…</source>
            <translation>导出评价报告(&amp;X)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import Statisti&amp;cs…</source>
            <translation>导入统计数据(&amp;C)…</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Print Map</source>
            <translation>打印地图</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportMapDialog</name>
        <message>
            <location filename="../ui/ExportMapDialog.cpp" line="+34" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scale bar</source>
            <translation>比例尺</translation>
        </message>
        <message>
            <location line="+1" />
            <source>North arrow</source>
            <translation>指北针</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+63" />
            <location line="+103" />
            <source>Export Map</source>
            <translation>导出地图</translation>
        </message>
        <message>
            <location line="-164" />
            <source>Current view</source>
            <translation>当前视图</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Full extent</source>
            <translation>全图</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A4 portrait</source>
            <translation>A4 纵向</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A4 landscape</source>
            <translation>A4 横向</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A3 portrait</source>
            <translation>A3 纵向</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A3 landscape</source>
            <translation>A3 横向</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size in pixels</source>
            <translation>按像素尺寸</translation>
        </message>
        <message>
            <location line="+4" />
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <location line="+6" />
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution of PNG files; PDF and SVG are vector drawings</source>
            <translation>PNG 图片的分辨率；PDF 和 SVG 为矢量图</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>map.pdf, map.png or map.svg</source>
            <translation>地图.pdf、地图.png 或 地图.svg</translation>
        </message>
        <message>
            <location line="+15" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Extent:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page:</source>
            <translation>页面：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pixel size:</source>
            <translation>像素尺寸：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG resolution:</source>
            <translation>PNG 分辨率：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subtitle:</source>
            <translation>副标题：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location line="+111" />
            <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportReportDialog</name>
        <message>
            <location filename="../ui/ExportReportDialog.cpp" line="+29" />
            <source>Probability of meeting each target (Monte Carlo)</source>
            <translation>各目标达标概率（蒙特卡洛模拟）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <location line="+34" />
            <source>Export Report</source>
            <translation>导出评价报告</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>report.pdf</source>
            <translation>评价报告.pdf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scenario:</source>
            <translation>情景：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target years:</source>
            <translation>目标年份：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adds P(met) and the 5–95 % band of every target and county, and the probability maps: %1 draws, seed %2 (as in the probability window)</source>
            <translation>加入各目标和各县区的达标概率及 5–95 % 区间，以及达标概率图：抽样 %1 次，随机种子 %2（与达标概率窗口相同）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Tick at least one target year.</source>
            <translation>请至少勾选一个目标年份。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ExportTableDialog</name>
        <message>
            <location filename="../ui/ExportTableDialog.cpp" line="+26" />
            <location line="+38" />
            <location line="+25" />
            <source>Export Table</source>
            <translation>导出表格</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Scorecard %1</source>
            <translation>%1年目标评价表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scorecard of every year, with the counties</source>
            <translation>各年份目标评价表（含各县区）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Region details (select a region on the map)</source>
            <translation>地区详情（请先在地图上选择地区）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region details: %1 %2</source>
            <translation>地区详情：%1 %2年</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Key tasks</source>
            <translation>重点任务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota allocation %1</source>
            <translation>%1年用水总量指标分配</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quota allocation (none in %1)</source>
            <translation>用水总量指标分配（%1年无）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scenario comparison %1</source>
            <translation>%1年情景比较</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV，带 BOM 的 UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>tables.xlsx (a sheet per table) or table.csv (one table)</source>
            <translation>表格.xlsx（每表一个工作表）或 表格.csv（一个表）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tables:</source>
            <translation>表格：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Tick at least one table.</source>
            <translation>请至少勾选一个表格。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::GoalSeekDialog</name>
        <message>
            <location filename="../ui/GoalSeekDialog.cpp" line="+35" />
            <source>none: holding intensities level meets it</source>
            <translation>无需下降：用水强度保持不变即可达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 % a year</source>
            <translation>每年 %1 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not within %1 % a year</source>
            <translation>每年 %1 % 以内无法达标</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 % a year or more</source>
            <translation>每年 %1 % 及以上</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at most %1 % a year</source>
            <translation>每年不超过 %1 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not even at %1 % a year</source>
            <translation>即使每年 %1 % 也无法达标</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create Scenario: City-wide Decline</source>
            <translation>生成情景：全市统一降幅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create Scenario: Each County's Decline</source>
            <translation>生成情景：各县区各自降幅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What Does It Take?</source>
            <translation>目标反推：达标需要什么？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A new scenario inheriting from this one in which every county's intensities fall by the city's answer</source>
            <translation>继承本情景的新情景：各县区用水强度均按全市所需降幅下降</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new scenario in which each county's intensities fall by its own answer</source>
            <translation>继承本情景的新情景：各县区用水强度按各自所需降幅下降</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No answer: %1</source>
            <translation>无法反推：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Now</source>
            <translation>现状评判</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual decline of water intensity needed</source>
            <translation>所需用水强度年均降幅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Highest real growth that still meets it</source>
            <translation>仍能达标的最高实际增速</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;%1 %2&lt;/b&gt; (%3 %4) in “%5”: what each region needs from %6 on.</source>
            <translation>“%5”中的 &lt;b&gt;%1 %2&lt;/b&gt;（%3 %4）：各地区自 %6 年起需要做到什么。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (as a whole)</source>
            <translation>%1（整体）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No quota is allocated to this county: nothing to judge it against.</source>
            <translation>该县区未分配指标：无可评判的依据。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The decline applies to irrigation water per area, industrial water per value added and domestic water per GDP alike, every year from %1; growth is real GDP and industrial value added. Counties are judged against their quotas, met by the %2 % margin.</source>
            <translation>降幅同时作用于亩均灌溉用水量、工业增加值用水量和万元GDP生活与公共用水量，自 %1 年起逐年生效；增速指地区生产总值和工业增加值的实际增速。各县区按其分配指标评判，须留出 %2 % 的余地才算达标。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ImportController</name>
        <message>
            <location filename="../ui/ImportController.cpp" line="+179" />
            <source>The analysis was cancelled.</source>
            <translation>分析已取消。</translation>
        </message>
        <message>
            <location line="+93" />
            <source>matched</source>
            <translation>已匹配</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ambiguous</source>
            <translation>有歧义</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unmatched</source>
            <translation>未匹配</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ImportLayerDialog</name>
        <message>
            <location filename="../ui/ImportLayerDialog.cpp" line="+29" />
            <source>Vector files (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.gml *.tab *.mif *.sqlite *.gdb);;All files (*)</source>
            <translation>矢量文件 (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.gml *.tab *.mif *.sqlite *.gdb);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Analyse</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel Analysis</source>
            <translation>取消分析</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+115" />
            <source>Import Layer</source>
            <translation>导入图层</translation>
        </message>
        <message>
            <location line="-112" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A vector file: Shapefile, GeoJSON, GeoPackage, KML, …</source>
            <translation>矢量文件：Shapefile、GeoJSON、GeoPackage、KML 等</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Counties</source>
            <translation>县区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basins</source>
            <translation>流域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Irrigation districts</source>
            <translation>灌区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rivers</source>
            <translation>河流</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservoirs</source>
            <translation>水库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+17" />
            <source>As detected (or EPSG:n, a PROJ string)</source>
            <translation>按检测结果（或填 EPSG:n、PROJ 字符串）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Automatic (code, then name)</source>
            <translation>自动（先按代码，再按名称）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Layer:</source>
            <translation>图层(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role:</source>
            <translation>用途(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text &amp;encoding:</source>
            <translation>文字编码(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;CRS:</source>
            <translation>坐标系(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Match field:</source>
            <translation>匹配字段(&amp;M)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Feature</source>
            <translation>要素</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Project region</source>
            <translation>项目地区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The import report appears here after the analysis.</source>
            <translation>分析完成后，导入报告显示在此处。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Detected: %1 (%2)</source>
            <translation>检测结果：%1（%2）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not a shapefile: %1 stores its text encoding itself.</source>
            <translation>不是 Shapefile：%1 格式自带文字编码。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No names to preview.</source>
            <translation>没有可预览的名称。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names decoded as %1: %2</source>
            <translation>名称按 %1 解码：%2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Declared by the file: %1.</source>
            <translation>文件声明的坐标系：%1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not declared; CGCS2000 (%1) is offered: %2</source>
            <translation>文件未声明坐标系，建议采用 CGCS2000（%1）：%2</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+88" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Not declared and not guessable, set the CRS below: %1</source>
            <translation>文件未声明坐标系且无法推断，请在下方指定：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Candidates: %1</source>
            <translation>可能的坐标系：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file is read as %1 (set by you).</source>
            <translation>按您指定的 %1 读取文件。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Analysing…</source>
            <translation>正在分析…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Import refused, the project is unchanged: %1</source>
            <translation>导入被拒绝，项目未改动：%1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ImportStatisticsDialog</name>
        <message>
            <location filename="../ui/ImportStatisticsDialog.cpp" line="+42" />
            <location line="+63" />
            <source>Import Statistics</source>
            <translation>导入统计数据</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+5" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Table (CSV or XLSX):</source>
            <translation>数据表（CSV 或 XLSX）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wide bulletin table, converted with a mapping file</source>
            <translation>公报式宽表，按对照文件转换</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mapping (CSV):</source>
            <translation>对照文件（CSV）：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>region_code,year,variable,value,unit,source,estimate</source>
            <translation>region_code,year,variable,value,unit,source,estimate</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>数据表 (*.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mapping File</source>
            <translation>对照文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (*.csv);;All files (*)</source>
            <translation>CSV (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The mapping cannot be used.</source>
            <translation>对照文件无法使用。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The table cannot be converted.</source>
            <translation>数据表无法转换。</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Converted %n value(s) into long rows.</source>
            <translation>
                <numerusform>已将 %n 个数值转换为长表行。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Skipped:</source>
            <translation>已跳过：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>First converted rows:</source>
            <translation>转换后的前几行：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (converted to long rows)</source>
            <translation>%1（已转换为长表行）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>The file cannot be read.</source>
            <translation>文件无法读取。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 to add, %2 to replace, %3 unchanged, %4 rejected.</source>
            <translation>新增 %1 条，替换 %2 条，未变 %3 条，拒绝 %4 条。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing will be imported until every row is valid:</source>
            <translation>所有行均有效之前不会导入任何数据：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>  replace %1 %2 %3: %4 → %5</source>
            <translation>  替换 %1 %2 %3：%4 → %5</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::IndicatorChooser</name>
        <message>
            <location filename="../ui/IndicatorChooser.cpp" line="+35" />
            <source>Indicator shown on the map and the chart: %1</source>
            <translation>地图和图表所示指标：%1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::KeyTaskModel</name>
        <message>
            <location filename="../ui/KeyTaskModel.cpp" line="+115" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lead department</source>
            <translation>牵头单位</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next milestone</source>
            <translation>下一节点</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::LayerTreeModel</name>
        <message>
            <location filename="../ui/LayerTreeModel.cpp" line="+12" />
            <source>Counties</source>
            <translation>县区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Basins</source>
            <translation>流域</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irrigation districts</source>
            <translation>灌区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rivers</source>
            <translation>河流</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reservoirs</source>
            <translation>水库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cities</source>
            <translation>地级行政区</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 (schematic)</source>
            <translation>%1（示意）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — %2 features, %3</source>
            <translation>%1 — %2 个要素，%3</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Layer</source>
            <translation>图层</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::LessonEditorDialog</name>
        <message>
            <location filename="../ui/LessonEditorDialog.cpp" line="+30" />
            <source>Lessons</source>
            <translation>培训课程</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(the scenario selected)</source>
            <translation>（当前所选情景）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none: one map)</source>
            <translation>（无：单幅地图）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New Lesson</source>
            <translation>新建课程</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lesson:</source>
            <translation>课程：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title (Chinese):</source>
            <translation>标题（中文）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title (English):</source>
            <translation>标题（英文）：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add Step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Step</source>
            <translation>删除步骤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Indicator:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scenario:</source>
            <translation>情景：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare with:</source>
            <translation>对比情景：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region to outline:</source>
            <translation>突出显示地区：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption (Chinese):</source>
            <translation>说明（中文）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caption (English):</source>
            <translation>说明（英文）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source (Chinese):</source>
            <translation>出处（中文）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source (English):</source>
            <translation>出处（英文）：</translation>
        </message>
        <message>
            <location line="+86" />
            <source>%1. %2 · %3</source>
            <translation>%1. %2 · %3</translation>
        </message>
        <message>
            <location line="+87" />
            <source>New lesson</source>
            <translation>新课程</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Caption</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+48" />
            <source>lessons</source>
            <translation>培训课程</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Demonstration mode is on: the project is read-only.</source>
            <translation>演示模式已开启：项目为只读。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::LessonPlayer</name>
        <message>
            <location filename="../ui/LessonPlayer.cpp" line="+88" />
            <source>%1 — step %2 of %3</source>
            <translation>%1 — 第 %2 步，共 %3 步</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::MainWindow</name>
        <message>
            <location filename="../ui/app/MainWindow.cpp" line="+177" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Region Details</source>
            <translation>地区详情</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Scorecard</source>
            <translation>目标评价表</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Trajectory</source>
            <translation>变化轨迹</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Key Tasks</source>
            <translation>重点任务</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Regions</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Province</source>
            <translation>全省</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change Log</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <location line="+203" />
            <source>Selection</source>
            <translation>选择</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Indicator:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <location line="-225" />
            <source>Probability</source>
            <translation>达标概率</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scenarios</source>
            <translation>情景</translation>
        </message>
        <message>
            <location line="+3" />
            <source>County Quotas</source>
            <translation>县区指标分解</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare Scenarios</source>
            <translation>情景比较</translation>
        </message>
        <message>
            <location line="+208" />
            <source>No lessons in this project</source>
            <translation>本项目没有培训课程</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scenario:</source>
            <translation>情景：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy Table</source>
            <translation>复制表格(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the selected rows of the focused table (all rows when none is selected)</source>
            <translation>复制当前表格中选中的行（未选中时复制全部）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom to &amp;Full Extent</source>
            <translation>缩放至全图(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom to &amp;Box</source>
            <translation>拉框缩放(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drag a box on the map to zoom to it (Shift+drag works at any time)</source>
            <translation>在地图上拖出矩形框进行缩放（任何时候按住 Shift 拖动均可）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous Year</source>
            <translation>上一年(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next Year</source>
            <translation>下一年(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map &amp;Legend</source>
            <translation>地图图例(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the legend on the map; drag it to move it</source>
            <translation>显示或隐藏地图上的图例；拖动图例可移动其位置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Scale Bar</source>
            <translation>比例尺(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sc&amp;hematic Map Note</source>
            <translation>示意图说明(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Display &amp;CRS</source>
            <translation>显示坐标系(&amp;C)</translation>
        </message>
        <message>
            <location line="-359" />
            <source>CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)</source>
            <translation>CGCS2000 / 3 度带高斯-克吕格投影 中央经线 108°E（EPSG:4545）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CGCS2000 geographic (EPSG:4490)</source>
            <translation>CGCS2000 地理坐标（EPSG:4490）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)</source>
            <translation>CGCS2000 / 3 度带高斯-克吕格投影 中央经线 111°E（EPSG:4546）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WGS 84 / UTM zone 49N (EPSG:32649)</source>
            <translation>WGS 84 / UTM 第 49N 带（EPSG:32649）</translation>
        </message>
        <message>
            <location line="+257" />
            <source>Display CRS: %1</source>
            <translation>显示坐标系：%1</translation>
        </message>
        <message>
            <location line="+114" />
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <location line="-9" />
            <source>P&amp;resentation Mode</source>
            <translation>演示模式(&amp;R)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language…</source>
            <translation>语言(&amp;L)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Jieshui Workbench</source>
            <translation>关于节水规划工作台(&amp;A)</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Training</source>
            <translation>培训(&amp;T)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The map full screen with large text, for training sessions (Page Up/Down step, Esc leaves)</source>
            <translation>地图全屏、大字显示，用于培训讲解（Page Up/Page Down 翻页，Esc 退出）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Play Lesson</source>
            <translation>播放课程(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stop Lesson</source>
            <translation>停止课程(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Lessons…</source>
            <translation>编辑课程(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Demonstration Mode (Read-Only)</source>
            <translation>演示模式（只读）(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing clicked can change the project file while this is on</source>
            <translation>开启后，任何点击都不会改动项目文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Window</source>
            <translation>窗口(&amp;W)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reset Layout</source>
            <translation>重置布局(&amp;R)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Demonstration · read-only</source>
            <translation>演示模式 · 只读</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Drawing…</source>
            <translation>正在绘制…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 [demonstration, read-only] — Jieshui Workbench</source>
            <translation>%1［演示模式，只读］— 节水规划工作台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — Jieshui Workbench</source>
            <translation>%1 — 节水规划工作台</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The scenario could not be evaluated; its observed years are shown: %1</source>
            <translation>该情景无法评价，现显示其观测年份：%1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Table copied to the clipboard</source>
            <translation>表格已复制到剪贴板</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scorecard copied to the clipboard</source>
            <translation>目标评价表已复制到剪贴板</translation>
        </message>
        <message>
            <location line="+4" />
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Language of the workbench:</source>
            <translation>工作台界面语言：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>About Jieshui Workbench</source>
            <translation>关于节水规划工作台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Jieshui Workbench %1&lt;/h3&gt;&lt;p&gt;Water-saving planning workbench for Qinzhou: judges the targets of the water-saving action plan by county, year and scenario.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;节水规划工作台 %1&lt;/h3&gt;&lt;p&gt;钦州市节水规划工作台：按县区、年份和情景评判节水行动实施方案的各项目标。&lt;/p&gt;&lt;p&gt;以 GNU GPL v3 或更新版本授权。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::MapPresenter</name>
        <message>
            <location filename="../ui/MapPresenter.cpp" line="+69" />
            <source>The scenario “%1” could not be evaluated: %2</source>
            <translation>情景“%1”无法评价：%2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3: %4&lt;br&gt;no target of the plan this year</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;，%2 年&lt;br&gt;%3：%4&lt;br&gt;方案本年无此项目标</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1° E, %2° N (%3)</source>
            <translation>东经 %1°，北纬 %2°（%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>x %1 m, y %2 m (%3)</source>
            <translation>x %1 米，y %2 米（%3）</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+6" />
            <source>Layer “%1” is not shown: %2</source>
            <translation>图层“%1”未显示：%2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nothing to show: %1</source>
            <translation>无可显示内容：%1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Province: %1</source>
            <translation>全省：%1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Compliance: %1</source>
            <translation>达标情况：%1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Values: %1 %2 (no target this year)</source>
            <translation>数值：%1 %2（该年无目标）</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::MapStage</name>
        <message>
            <location filename="../ui/MapStage.cpp" line="+172" />
            <source>Source: %1</source>
            <translation>出处：%1</translation>
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
            <translation>由边界新建项目</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>county boundaries: Shapefile, GeoJSON, GeoPackage, …</source>
            <translation>县级行政区边界：Shapefile、GeoJSON、GeoPackage 等</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The attribute with the GB/T 2260 codes; empty: found by itself (adcode, code, …)</source>
            <translation>存放 GB/T 2260 代码的属性字段；留空则自动识别（adcode、code 等）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The attribute with the names; empty: found by itself (name, name_zh, …)</source>
            <translation>存放名称的属性字段；留空则自动识别（name、name_zh 等）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty: the city or province holding every county</source>
            <translation>留空：包含全部县级行政区的城市或省份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A city (e.g. 450200), a province (450000) or the country (100000): only the counties under it are taken</source>
            <translation>城市（如 450200）、省份（450000）或全国（100000）：只取其下属的县级行政区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>empty: from the file or the code lists</source>
            <translation>留空：取自文件或代码表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty: the file's own (degrees in China: CGCS2000)</source>
            <translation>留空：使用文件自带坐标系（中国范围内的经纬度视为 CGCS2000）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new project file (.gpkg) or postgresql:// address</source>
            <translation>新项目文件（.gpkg）或 postgresql:// 地址</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Boundary file</source>
            <translation>边界文件</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+67" />
            <source>Code attribute</source>
            <translation>代码字段</translation>
        </message>
        <message>
            <location line="-66" />
            <location line="+67" />
            <source>Name attribute</source>
            <translation>名称字段</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Root code</source>
            <translation>根区域代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Root name</source>
            <translation>根区域名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CRS of the file</source>
            <translation>文件坐标系</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as</source>
            <translation>保存为</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The regions come from the counties' GB/T 2260 codes (county → city → province), the display CRS from the data (the 3-degree Gauss-Krüger zone of its centre). Statistics and plan targets come in afterwards through the imports; the project's years come from its plan targets.</source>
            <translation>区域由县级行政区的 GB/T 2260 代码生成（县 → 市 → 省），显示坐标系由数据确定（数据中心所在的3度高斯-克吕格投影带）。统计数据和方案目标随后通过导入功能添加；项目的年份取自方案目标。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create</source>
            <translation>新建</translation>
        </message>
        <message>
            <location line="+22" />
            <source>County Boundaries</source>
            <translation>县级行政区边界</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vector files (*.shp *.geojson *.json *.gpkg *.kml *.topojson *.tab);;All files (*)</source>
            <translation>矢量文件 (*.shp *.geojson *.json *.gpkg *.kml *.topojson *.tab);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New Project</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jieshui projects (*.gpkg)</source>
            <translation>节水规划项目 (*.gpkg)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose the boundary file and where to save the project.</source>
            <translation>请选择边界文件和项目保存位置。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>“%1” above</source>
            <translation>上方的“%1”</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No project was made: %1</source>
            <translation>未能新建项目：%1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::OpenServerProjectDialog</name>
        <message>
            <location filename="../ui/OpenServerProjectDialog.cpp" line="+24" />
            <source>Open Server Project</source>
            <translation>打开服务器项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>server name, or the folder of a local socket</source>
            <translation>服务器名称，或本地套接字所在目录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the project, e.g. qinzhou</source>
            <translation>项目，如 qinzhou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>your database login (empty: your system login)</source>
            <translation>数据库账号（留空则为系统账号）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: a service of pg_service.conf instead of the above</source>
            <translation>可选：使用 pg_service.conf 中的服务代替以上各项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login</source>
            <translation>账号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is never asked for here nor kept with the project: it comes from your ~/.pgpass file or the service file, as for psql and QGIS.</source>
            <translation>此处不询问也不保存密码：密码取自您的 ~/.pgpass 文件或服务配置文件，与 psql 和 QGIS 相同。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::PlannerActions</name>
        <message>
            <location filename="../ui/PlannerActions.cpp" line="+35" />
            <source>S&amp;cenarios</source>
            <translation>情景(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;What Does It Take?…</source>
            <translation>目标反推(&amp;W)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For the scorecard's selected target: the smallest annual decline of water intensity that meets it, per county and for the city</source>
            <translation>针对评价表中选中的目标：计算达标所需的最小年均用水强度降幅（分县区和全市）</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ProjectActions</name>
        <message>
            <location filename="../ui/ProjectActions.cpp" line="+27" />
            <source>Jieshui projects (*.gpkg);;All files (*)</source>
            <translation>节水项目 (*.gpkg);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>&amp;New Project…</source>
            <translation>新建项目(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import Layer…</source>
            <translation>导入图层(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a new project file from the Qinzhou template</source>
            <translation>以钦州模板新建项目文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a project file (GeoPackage)</source>
            <translation>打开项目文件（GeoPackage）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the project</source>
            <translation>保存项目</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import a map layer (Shapefile, GeoJSON, GeoPackage, …) into the project</source>
            <translation>将地图图层（Shapefile、GeoJSON、GeoPackage 等）导入项目</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Jieshui Workbench</source>
            <translation>节水规划工作台</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+28" />
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Opened the embedded Qinzhou project</source>
            <translation>已打开内置钦州项目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No project could be opened: %1</source>
            <translation>无法打开任何项目：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is a GeoPackage but not a project: its layers can be imported</source>
            <translation>%1 是 GeoPackage 文件而非项目：可导入其中的图层</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not open %1:
%2</source>
            <translation>无法打开 %1：
%2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not a Jieshui project</source>
            <translation>不是节水项目文件</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 is a GeoPackage but not a Jieshui project. It holds %n layer(s):
%2

Import one of them into the current project?</source>
            <translation>
                <numerusform>%1 是 GeoPackage 文件，但不是节水规划项目。其中有 %n 个图层：
%2

要将其中一个导入当前项目吗？</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Could not save %1:
%2</source>
            <translation>无法保存 %1：
%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The project has unsaved changes. Save them first?</source>
            <translation>项目有未保存的修改，是否先保存？</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New Project</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not create %1:
%2</source>
            <translation>无法创建 %1：
%2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open Project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save Project As</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 (shared)</source>
            <translation>%1（共享）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No recent files</source>
            <translation>没有最近打开的文件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clear List</source>
            <translation>清空列表</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ProjectController</name>
        <message>
            <location filename="../ui/ProjectController.cpp" line="+43" />
            <source>%1 (shared)</source>
            <translation>%1（共享）</translation>
        </message>
        <message>
            <location line="+2" />
            <source> [read-only]</source>
            <translation> [只读]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Untitled project</source>
            <translation>未命名项目</translation>
        </message>
        <message>
            <location line="+48" />
            <source>demonstration mode is on: the project is read-only</source>
            <translation>演示模式已开启：项目为只读</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ProvincePanel</name>
        <message>
            <location filename="../ui/ProvincePanel.cpp" line="+63" />
            <source>City / county</source>
            <translation>市 / 县</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The province view shows every city of a province's project on one map and in one table. Make one with File → New Project From Boundaries… from a province's county boundaries.</source>
            <translation>全省视图在一张地图和一张表中显示省级项目的每个城市。可用“文件 → 由边界新建项目…”以全省县级行政区边界新建省级项目。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>cannot be evaluated</source>
            <translation>无法评价</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no target</source>
            <translation>无目标</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 %2: %3 of %4 cities have a target; %5</source>
            <translation>%1 %2年：%4 个城市中有 %3 个设有目标；%5</translation>
        </message>
        <message>
            <location line="+7" />
            <source>; %1 cannot be evaluated</source>
            <translation>；%1 个无法评价</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::RegionDetailsPanel</name>
        <message>
            <location filename="../ui/RegionDetailsPanel.cpp" line="+85" />
            <source>Met in %1 of %2 judged draws; the value in %3 lies between these bounds in 90 % of them</source>
            <translation>在 %2 次可评判的抽样中达标 %1 次；%3 年的数值在 90% 的抽样中位于此区间内</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Selected %1</source>
            <translation>所选 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target %1</source>
            <translation>%1 年目标</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Since %1</source>
            <translation>%1年以来</translation>
        </message>
        <message>
            <location line="+0" />
            <source>P(met) · 5–95 %</source>
            <translation>达标概率 · 5–95% 区间</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No region selected</source>
            <translation>未选择地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a county on the map to see all its indicators.</source>
            <translation>在地图上单击县区即可查看其全部指标。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 · code %2</source>
            <translation>%1 · 代码 %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · in %1</source>
            <translation> · 隶属 %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source> · %n sub-regions</source>
            <translation>
                <numerusform> · %n 个下级地区</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source> · attributes estimated</source>
            <translation> · 属性为估算</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 (est.)</source>
            <translation>%1（估算）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, %2: %3</source>
            <translation>%1，%2 年：%3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2: no data</source>
            <translation>%1，%2 年：无数据</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::RegionDialog</name>
        <message>
            <location filename="../ui/RegionDialog.cpp" line="+32" />
            <source>Add region</source>
            <translation>新增区域</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rename region</source>
            <translation>区域更名</translation>
        </message>
        <message>
            <location line="+14" />
            <source>e.g. 450799 (GB/T 2260) or a project code</source>
            <translation>如 450799（GB/T 2260）或项目自定代码</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lies in</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The code stays; the map and every table show the new name.</source>
            <translation>代码不变；地图和各表格将显示新名称。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The new region starts without statistics; import them afterwards.</source>
            <translation>新区域暂无统计数据，可随后导入。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::RegionsPanel</name>
        <message>
            <location filename="../ui/RegionsPanel.cpp" line="+64" />
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>更名…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a county, city, sub-zone, basin, utility or reservoir</source>
            <translation>新增县级行政区、城市、功能区、流域、供水单位或水库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the region with its statistics and everything else that names it</source>
            <translation>删除该区域及其统计数据和其他所有引用它的内容</translation>
        </message>
        <message>
            <location line="+47" />
            <source>attributes estimated</source>
            <translation>属性为估算值</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Regions</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was changed: %1</source>
            <translation>未做任何更改：%1</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Remove region</source>
            <translation>删除区域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 (%2) and everything that depends on it?</source>
            <translation>删除 %1（%2）及所有依赖它的内容？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit → Undo brings it all back.</source>
            <translation>可用“编辑 → 撤销”全部恢复。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioChooser</name>
        <message>
            <location filename="../ui/ScenarioChooser.cpp" line="+12" />
            <source>Scenario whose results are shown</source>
            <translation>显示其结果的情景</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioComparisonModel</name>
        <message>
            <location filename="../ui/ScenarioComparisonModel.cpp" line="+102" />
            <source>The verdict differs from “%1”</source>
            <translation>评判结果与“%1”不同</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Target value</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Status</source>
            <translation>状态</translation>
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
            <translation>保存地图…</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The scenarios compared with the reference</source>
            <translation>与参照情景比较的情景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reference scenario A: differences are each scenario minus A</source>
            <translation>参照情景 A：差值为各情景减去 A</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Reference (A):</source>
            <translation>参照情景（A）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference map of</source>
            <translation>差值图：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>B:</source>
            <translation>B：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Table</source>
            <translation>比较表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference Map</source>
            <translation>差值图</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Compared with A:</source>
            <translation>与 A 比较：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export the comparison with each difference as CSV or Excel</source>
            <translation>将比较表（含各项差值）导出为 CSV 或 Excel</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Export Comparison</source>
            <translation>导出情景比较</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The comparison could not be exported: %1</source>
            <translation>比较表未能导出：%1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Save the difference map as PNG, SVG or PDF, as export-map draws it</source>
            <translation>按 export-map 的样式将差值图保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Save Difference Map</source>
            <translation>保存差值图</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maps (*.png *.svg *.pdf)</source>
            <translation>地图 (*.png *.svg *.pdf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The map could not be saved: %1</source>
            <translation>无法保存地图：%1</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+11" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location line="+199" />
            <source>“%1” cannot be evaluated: %2</source>
            <translation>无法评价“%1”：%2</translation>
        </message>
        <message>
            <location line="-132" />
            <location line="+193" />
            <source>Check at least one scenario to compare with the reference.</source>
            <translation>请至少勾选一个情景与参照情景比较。</translation>
        </message>
        <message>
            <location line="-191" />
            <source>The plan has no targets in %1; the map compares the values.</source>
            <translation>规划中没有 %1 年的目标；地图比较各指标数值。</translation>
        </message>
        <message>
            <location line="+242" />
            <source>No difference map: %1</source>
            <translation>无法绘制差值图：%1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioDriversModel</name>
        <message>
            <location filename="../ui/ScenarioDriversModel.cpp" line="+124" />
            <source>No city-wide value: each county has its own. Type one to set it for the whole city.</source>
            <translation>没有全市统一值：各县区各有其值。输入数值即可为全市统一设定。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Baseline trend of the observed years</source>
            <translation>观测年份的基准趋势</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This scenario's own value (%1, %2)</source>
            <translation>本情景自有的设定值（%1，%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Inherited from %1 (%2, %3)</source>
            <translation>继承自%1（%2，%3）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 in %2: %3
%4
Valid range: %5</source>
            <translation>%2 年%1：%3
%4
有效范围：%5</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“%1” is not a number: %2 takes a value in %3.</source>
            <translation>“%1”不是数字：%2的取值范围为 %3。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Valid range: %1</source>
            <translation>有效范围：%1</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioManager</name>
        <message>
            <location filename="../ui/ScenarioManager.cpp" line="+182" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new scenario inheriting from the chosen one</source>
            <translation>新建一个继承所选情景的情景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate</source>
            <translation>复制情景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A copy of the chosen scenario, with its own values</source>
            <translation>复制所选情景及其自有设定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and descriptions in Chinese and English</source>
            <translation>中英文名称和说明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen scenario (not while others inherit from it)</source>
            <translation>删除所选情景（仍有其他情景继承时不能删除）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the scenario up the list</source>
            <translation>将情景在列表中上移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the scenario down the list</source>
            <translation>将情景在列表中下移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Value…</source>
            <translation>添加设定…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An own value of a driver for the city or a county, from any year</source>
            <translation>为全市或某县区设定一个参数值，可从任意年份起</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Value</source>
            <translation>删除设定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected own value: the parent's applies again</source>
            <translation>删除选中的自有设定，恢复使用上级情景的值</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Drivers of “%1” in %2 — &lt;b&gt;&lt;font color="%3"&gt;bold blue: its own values&lt;/font&gt;&lt;/b&gt;; black: inherited (the tooltip says from where); &lt;i&gt;&lt;font color="%4"&gt;grey: baseline trend&lt;/font&gt;&lt;/i&gt;. Double-click a value to change it.</source>
            <translation>“%1”%2 年的参数——&lt;b&gt;&lt;font color="%3"&gt;蓝色粗体：本情景自有设定&lt;/font&gt;&lt;/b&gt;；黑色：继承值（提示中注明来源）；&lt;i&gt;&lt;font color="%4"&gt;灰色：基准趋势&lt;/font&gt;&lt;/i&gt;。双击数值即可修改。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The project has no scenarios.</source>
            <translation>项目中没有情景。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Own values of “%1” (its differences from its parent)</source>
            <translation>“%1”的自有设定（与上级情景的差别）</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Created “%1”: it has every value of its parent until you change one.</source>
            <translation>已新建“%1”：在修改之前，它的所有参数都与上级情景相同。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Deleted. Edit → Undo brings it back.</source>
            <translation>已删除。“编辑 → 撤销”可恢复。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioOverridesModel</name>
        <message>
            <location filename="../ui/ScenarioOverridesModel.cpp" line="+72" />
            <source>Valid range: %1</source>
            <translation>有效范围：%1</translation>
        </message>
        <message>
            <location line="+44" />
            <source>“%1” is not a number: %2 takes a value in %3.</source>
            <translation>“%1”不是数字：%2的取值范围为 %3。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Driver</source>
            <translation>参数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>起始年</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Valid range</source>
            <translation>有效范围</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioPropertiesDialog</name>
        <message>
            <location filename="../ui/ScenarioPropertiesDialog.cpp" line="+24" />
            <source>Rename Scenario</source>
            <translation>重命名情景</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New Scenario</source>
            <translation>新建情景</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Inherits from:</source>
            <translation>继承自：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Chinese):</source>
            <translation>中文名称：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (English):</source>
            <translation>英文名称：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description (Chinese):</source>
            <translation>中文说明：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description (English):</source>
            <translation>英文说明：</translation>
        </message>
        <message>
            <location line="+16" />
            <source>It starts with every value of its parent; change only what differs.</source>
            <translation>新情景继承上级情景的全部参数，只需修改不同之处。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the scenario a name in at least one language.</source>
            <translation>请至少用一种语言为情景命名。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScenarioTreeModel</name>
        <message>
            <location filename="../ui/ScenarioTreeModel.cpp" line="+152" />
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Own values</source>
            <translation>自有设定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Own quotas</source>
            <translation>自有指标分解</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ScorecardModel</name>
        <message>
            <location filename="../ui/ScorecardModel.cpp" line="+111" />
            <source>%1 (est.)</source>
            <translation>%1（估算）</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Run Analysis ▸ Probability of Meeting Targets to see how likely each target is met</source>
            <translation>运行“分析 ▸ 目标达标概率”即可看到每个目标达标的可能性</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No draw could be judged against this target</source>
            <translation>没有一次抽样能对此目标作出评判</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Met in %1 of %2 judged draws (%3 draws, Latin hypercube, seed %4)</source>
            <translation>在 %2 次可评判的抽样中达标 %1 次（共抽样 %3 次，拉丁超立方，种子 %4）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No uncertain input moves this value: its verdict is as certain as its inputs (key-task records are taken as exact)</source>
            <translation>没有不确定输入影响此数值：其评判与输入一样确定（重点任务记录视为准确）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Value, 5–95 %: %1 (median %2)</source>
            <translation>数值 5–95% 区间：%1（中位数 %2）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Probability of meeting the target, from the uncertainty of every input (Monte Carlo)</source>
            <translation>达标概率：由全部输入的不确定性经蒙特卡洛模拟得出</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>P(met)</source>
            <translation>达标概率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rate still needed</source>
            <translation>尚需年均变化率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Provenance</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::SharedProjectFeatures</name>
        <message>
            <location filename="../ui/SharedProjectFeatures.cpp" line="+38" />
            <source>New Project From &amp;Boundaries…</source>
            <translation>由边界新建项目(&amp;B)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A project for any city, province or the country from its county boundaries</source>
            <translation>由县级行政区边界为任一城市、省份或全国新建项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open Ser&amp;ver Project…</source>
            <translation>打开服务器项目(&amp;V)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a project shared on a PostgreSQL/PostGIS server</source>
            <translation>打开 PostgreSQL/PostGIS 服务器上的共享项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reloa&amp;d From Server</source>
            <translation>从服务器重新载入(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the shared project again, with everyone's saved changes</source>
            <translation>重新读取共享项目，包括所有人已保存的修改</translation>
        </message>
        <message>
            <location line="+20" />
            <source>New Project From Boundaries</source>
            <translation>由边界新建项目</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Regions without a name in the file:</source>
            <translation>文件中没有名称的区域：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>You may only read this project: editing is off</source>
            <translation>您对此项目只有查看权限：已关闭编辑</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reload From Server</source>
            <translation>从服务器重新载入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reloading drops your unsaved edits. Reload anyway?</source>
            <translation>重新载入将放弃您未保存的修改。仍要重新载入吗？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reloaded %1 with everyone's saved changes</source>
            <translation>已重新载入 %1，包括所有人已保存的修改</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::StageVerdictPanel</name>
        <message>
            <location filename="../ui/StageVerdictPanel.cpp" line="+65" />
            <source>Targets of %1</source>
            <translation>%1 年目标</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(est.)</source>
            <translation>（估算）</translation>
        </message>
        <message>
            <location line="+41" />
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The plan sets no numeric target for %1.</source>
            <translation>方案对 %1 年未设量化目标。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Key-task milestones of %1: %2 of %3 met</source>
            <translation>%1 年重点任务节点：%3 项中 %2 项达标</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::TrajectoryChart</name>
        <message>
            <location filename="../ui/TrajectoryChart.cpp" line="+227" />
            <source>%1 5–95 %</source>
            <translation>%1 5–95%区间</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Estimate or projection (dashed)</source>
            <translation>估算或预测值（虚线）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::UncertaintyController</name>
        <message>
            <location filename="../ui/UncertaintyController.cpp" line="+103" />
            <source>The probability of meeting the targets is computed for a scenario; this project has none.</source>
            <translation>达标概率针对情景计算，而本项目没有情景。</translation>
        </message>
        <message>
            <location line="+62" />
            <source>The analysis was cancelled.</source>
            <translation>分析已取消。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::UncertaintyPanel</name>
        <message>
            <location filename="../ui/UncertaintyPanel.cpp" line="+95" />
            <source>Probability of &amp;Meeting Targets</source>
            <translation>目标达标概率(&amp;M)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Monte Carlo over the uncertainty of every input: how likely each target is met</source>
            <translation>对全部输入的不确定性做蒙特卡洛模拟：每个目标达标的可能性有多大</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map &amp;Probability of Meeting</source>
            <translation>地图显示达标概率(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colour the counties by the probability of meeting the city's target</source>
            <translation>按达到全市目标的概率为各县区着色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Uncertainty of the Inputs…</source>
            <translation>输入不确定性(&amp;U)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How uncertain the statistics and the scenario drivers are</source>
            <translation>统计数据和情景参数的不确定程度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draws of the Latin hypercube (10,000 by default)</source>
            <translation>拉丁超立方抽样次数（默认 10,000 次）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same seed gives the same numbers</source>
            <translation>相同的种子得出相同的结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute</source>
            <translation>计算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Input Uncertainty…</source>
            <translation>输入不确定性…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seed:</source>
            <translation>种子：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draws:</source>
            <translation>抽样次数：</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%1 draws over %2 uncertain inputs (Latin hypercube, seed %3), %n thread(s)</source>
            <translation>
                <numerusform>对 %2 个不确定输入抽样 %1 次（拉丁超立方，种子 %3），%n 个线程</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>(%1 draws could not be projected and count in no verdict)</source>
            <translation>（%1 次抽样无法预测，不计入任何评判）</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Press Compute to see how likely each target of the scenario is met, given the uncertainty of every input (estimates ±10 % by default).</source>
            <translation>按“计算”即可看到：考虑全部输入的不确定性（估算值默认 ±10%），本情景每个目标达标的可能性。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No analysis of this scenario yet.</source>
            <translation>尚未分析此情景。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The plan has no target of %1 in %2: choose another indicator or year.</source>
            <translation>方案在 %2 年没有%1目标：请选择其他指标或年份。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 (%2)
at its 5 %: %3 — %4
at its 95 %: %5 — %6</source>
            <translation>%1（%2）
取其 5% 分位值：%3 — %4
取其 95% 分位值：%5 — %6</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 %2 %3 (%4 %5%6): P(met) %7</source>
            <translation>%1 %2 %3（%4 %5%6）：达标概率 %7</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No uncertain input moves this value.</source>
            <translation>没有不确定输入影响此数值。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>target</source>
            <translation>目标</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::UncertaintySettingsDialog</name>
        <message>
            <location filename="../ui/UncertaintySettingsDialog.cpp" line="+34" />
            <source>Normal (spread = σ)</source>
            <translation>正态（幅度 = σ）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangular (± spread)</source>
            <translation>三角（± 幅度）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uniform (± spread)</source>
            <translation>均匀（± 幅度）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Relative</source>
            <translation>相对</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absolute</source>
            <translation>绝对</translation>
        </message>
        <message>
            <location line="+16" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+34" />
            <location line="+209" />
            <source>percentage points</source>
            <translation>个百分点</translation>
        </message>
        <message>
            <location line="-207" />
            <source>index points</source>
            <translation>个指数点</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Values</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+3" />
            <source>Distribution</source>
            <translation>分布</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Spread (%)</source>
            <translation>幅度（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Variable</source>
            <translation>变量</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>From</source>
            <translation>起始年</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>To</source>
            <translation>终止年</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+2" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Spread</source>
            <translation>幅度</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Driver</source>
            <translation>参数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Uncertainty of the Inputs</source>
            <translation>输入不确定性</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each draw of the probability analysis moves every uncertain input by its spread. A value takes the default of its provenance unless a rule names it; the most specific rule wins (variable over region over years), then the later. Driver ranges apply to the named scenario and those inheriting from it; a range for the city moves every county together.</source>
            <translation>概率分析的每次抽样按各自的幅度变动每个不确定输入。一个数值采用其来源类型的默认值，除非有规则指明它；最具体的规则优先（变量优先于地区，地区优先于年份），其次是较后的规则。参数区间适用于所指情景及继承它的情景；全市的区间使各县区一同变动。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Defaults by provenance</source>
            <translation>按来源的默认值</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add Rule</source>
            <translation>添加规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Rule</source>
            <translation>删除规则</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Statistics</source>
            <translation>统计数据</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add Range</source>
            <translation>添加区间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove Range</source>
            <translation>删除区间</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Scenario drivers</source>
            <translation>情景参数</translation>
        </message>
        <message>
            <location line="+57" />
            <source>(every variable)</source>
            <translation>（全部变量）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(every region)</source>
            <translation>（全部地区）</translation>
        </message>
        <message>
            <location line="+31" />
            <source>(every scenario)</source>
            <translation>（全部情景）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 (all counties together)</source>
            <translation>%1（各县区一同变动）</translation>
        </message>
        <message>
            <location line="+42" />
            <source>(needs a variable)</source>
            <translation>（需要指定变量）</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::YearStepper</name>
        <message>
            <location filename="../ui/YearStepper.cpp" line="+130" />
            <source>Previous year (Page Up)</source>
            <translation>上一年（Page Up）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (base year)</source>
            <translation>%1（基准年）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (target year)</source>
            <translation>%1（目标年）</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Next year (Page Down)</source>
            <translation>下一年（Page Down）</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../ui/app/main.cpp" line="+26" />
            <location line="+14" />
            <location filename="../ui/app/MainWindow.cpp" line="-11" />
            <source>Jieshui Workbench</source>
            <translation>节水规划工作台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An internal error stopped the workbench:
%1</source>
            <translation>内部错误导致工作台停止运行：
%1</translation>
        </message>
    </context>
    <context>
        <name>render</name>
        <message>
            <location filename="../src/render/MapDecorations.cpp" line="+140" />
            <source>Schematic map — geometry is approximate, not for official use</source>
            <translation>示意图 — 几何形状为近似，不作正式用途</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Coordinate system: </source>
            <translation>坐标系：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source: </source>
            <translation>数据来源：</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Date: </source>
            <translation>日期：</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Counties</source>
            <translation>县区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basins</source>
            <translation>流域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Irrigation districts</source>
            <translation>灌区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rivers</source>
            <translation>河流</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservoirs</source>
            <translation>水库</translation>
        </message>
        <message>
            <location filename="../src/render/StatusPalette.cpp" line="+65" />
            <source>Met</source>
            <translation>达标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At risk</source>
            <translation>临界</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../src/render/MapDecorations.cpp" line="+37" />
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>No quota allocated</source>
            <translation>未分配指标</translation>
        </message>
        <message>
            <location filename="../src/render/MapDecorations.cpp" line="+19" />
            <source>estimate (hatched)</source>
            <translation>估算（斜线填充）</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location filename="../src/render/DifferenceMapBuilder.cpp" line="+56" />
            <source>percentage points</source>
            <translation>百分点</translation>
        </message>
        <message>
            <location line="+29" />
            <source>blue: better than %1; red: worse than %1</source>
            <translation>蓝：优于%1　红：劣于%1</translation>
        </message>
        <message>
            <location filename="../src/render/InputLabel.cpp" line="+73" />
            <source> percentage points</source>
            <translation> 个百分点</translation>
        </message>
        <message>
            <location line="+3" />
            <source> points</source>
            <translation> 个点</translation>
        </message>
        <message>
            <location filename="../src/render/ProbabilityMapBuilder.cpp" line="+33" />
            <source>0–10 %: very likely missed</source>
            <translation>0–10%：很可能未达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10–33 %: likely missed</source>
            <translation>10–33%：可能未达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>33–67 %: as likely as not</source>
            <translation>33–67%：达标与否相当</translation>
        </message>
        <message>
            <location line="+1" />
            <source>67–90 %: likely met</source>
            <translation>67–90%：可能达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>90–100 %: very likely met</source>
            <translation>90–100%：很可能达标</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Probability of meeting: %1 %2</source>
            <translation>达标概率：%1 %2</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Monte Carlo, %1 draws (Latin hypercube, seed %2)</source>
            <translation>蒙特卡洛%1次抽样（拉丁超立方，种子%2）</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <location filename="../src/server/ChangeLogEntry.cpp" line="+18" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>parent region</source>
            <translation>上级区域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>estimate flag</source>
            <translation>估算标记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>volume (m³)</source>
            <translation>水量（m³）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cap (m³)</source>
            <translation>总量（m³）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remainder (m³)</source>
            <translation>未分配余量（m³）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>set by hand</source>
            <translation>手工设定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>method</source>
            <translation>方法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>parent scenario</source>
            <translation>上级情景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>description (Chinese)</source>
            <translation>说明（中文）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>description (English)</source>
            <translation>说明（英文）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>geometry</source>
            <translation>几何形状</translation>
        </message>
        <message>
            <location line="+1" />
            <source>attributes</source>
            <translation>属性</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+4" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+10" />
            <source>project setting</source>
            <translation>项目设置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>region</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+1" />
            <source>statistic</source>
            <translation>统计数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan target</source>
            <translation>方案目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>key task</source>
            <translation>重点任务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>task milestone</source>
            <translation>任务节点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location line="+1" />
            <source>scenario setting</source>
            <translation>情景参数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>allocation</source>
            <translation>指标分配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>allocation share</source>
            <translation>分配份额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>results</source>
            <translation>评价结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>map layer</source>
            <translation>地图图层</translation>
        </message>
        <message>
            <location line="+5" />
            <source>feature of map table %1</source>
            <translation>图层表 %1 的要素</translation>
        </message>
        <message>
            <location line="+8" />
            <source>project uploaded from %1 (%2 rows)</source>
            <translation>项目由 %1 上传（%2 行）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>results of every scenario replaced (%1 rows)</source>
            <translation>全部情景的评价结果已更新（%1 行）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>results of %1 replaced (%2 rows)</source>
            <translation>%1 的评价结果已更新（%2 行）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 added</source>
            <translation>新增%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 removed</source>
            <translation>删除%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>geometry changed</source>
            <translation>几何形状已修改</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 changed: %2</source>
            <translation>修改%1：%2</translation>
        </message>
        <message>
            <location filename="../src/server/PgConnection.cpp" line="+43" />
            <source>cannot connect to the server: %1</source>
            <translation>无法连接服务器：%1</translation>
        </message>
        <message>
            <location line="+48" />
            <source>the server refused a statement</source>
            <translation>服务器拒绝了一条语句</translation>
        </message>
        <message>
            <location filename="../src/server/ProjectAccess.cpp" line="+38" />
            <source>the server revoked nothing: %1</source>
            <translation>服务器未撤销任何权限：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the server granted nothing: %1</source>
            <translation>服务器未授予任何权限：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the server warns: %1</source>
            <translation>服务器警告：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the server notes: %1</source>
            <translation>服务器提示：%1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the project "%1" has no viewer and editor roles (it is missing, or was uploaded by a login that could not create roles)</source>
            <translation>项目“%1”没有查看和编辑角色（项目不存在，或上传账号无权创建角色）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the database has no login "%1"</source>
            <translation>数据库中没有账号“%1”</translation>
        </message>
        <message>
            <location filename="../src/server/ProjectTransfer.cpp" line="+53" />
            <source>the database already holds a project "%1"; choose another ?schema= name</source>
            <translation>数据库中已有项目“%1”，请换一个 ?schema= 名称</translation>
        </message>
        <message>
            <location filename="../src/server/ServerAddress.cpp" line="+28" />
            <source>a server project address starts with postgresql://</source>
            <translation>服务器项目地址应以 postgresql:// 开头</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a valid postgresql:// address</source>
            <translation>不是有效的 postgresql:// 地址</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the address holds a password; passwords are never stored with a project: put it in ~/.pgpass or a pg_service.conf service instead</source>
            <translation>地址中含有密码；密码不随项目保存，请改写到 ~/.pgpass 或 pg_service.conf 服务配置中</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the address names no project: add ?schema=NAME (the project's schema in the database)</source>
            <translation>地址未指明项目：请加上 ?schema=名称（项目在数据库中的模式名）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the schema name must be lower-case letters, digits and underscores, starting with a letter</source>
            <translation>模式名只能由小写字母、数字和下划线组成，并以字母开头</translation>
        </message>
        <message>
            <location filename="../src/server/ServerProject.cpp" line="+99" />
            <source>there is no project "%1" in this database (upload one with jieshui-cli push)</source>
            <translation>此数据库中没有项目“%1”（可用 jieshui-cli push 上传）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the project has no schema version; it is damaged</source>
            <translation>项目没有结构版本号，已损坏</translation>
        </message>
        <message>
            <location line="+5" />
            <source>made by a newer Jieshui (schema %1 &gt; %2); update Jieshui to open it</source>
            <translation>由更新版本的节水工作台创建（结构版本 %1 &gt; %2），请升级后再打开</translation>
        </message>
        <message>
            <location line="+10" />
            <source>your login %1 may only read this project; ask its owner for the editor role</source>
            <translation>账号 %1 对此项目只有查看权限；如需编辑，请向项目负责人申请编辑角色</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the project is open read-only</source>
            <translation>项目以只读方式打开</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the project's schema version %1 cannot be read by this version of Jieshui</source>
            <translation>此版本的节水规划工作台无法读取结构版本为 %1 的项目</translation>
        </message>
        <message>
            <location line="+87" />
            <source>someone</source>
            <translation>他人</translation>
        </message>
        <message>
            <location line="+27" />
            <source>not saved: %1 was %2 by %3%4 after you opened the project</source>
            <translation>未保存：您打开项目之后，%1 已被 %3%4%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source> at %1 UTC</source>
            <translation>于 %1（UTC）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>. Reload the project to see that change, then make yours again.</source>
            <translation>。请重新载入项目查看该修改，然后再次进行您的修改。</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+88" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+34" />
            <source>changed or removed</source>
            <translation>修改或删除</translation>
        </message>
        <message>
            <location line="-23" />
            <source>removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+42" />
            <source>cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../src/server/ServerSchema.cpp" line="+183" />
            <source>the schema "%1" exists but holds no Jieshui project</source>
            <translation>模式“%1”已存在，但其中没有节水规划工作台项目</translation>
        </message>
        <message>
            <location line="+17" />
            <source>PostGIS is not enabled in this database and could not be enabled (%1); an administrator must run CREATE EXTENSION postgis</source>
            <translation>此数据库未启用 PostGIS，且无法启用（%1）；请管理员执行 CREATE EXTENSION postgis</translation>
        </message>
        <message>
            <location line="+14" />
            <source>PostGIS is not enabled in this database</source>
            <translation>此数据库未启用 PostGIS</translation>
        </message>
        <message>
            <location line="+138" />
            <source>Roles %1 and %2 were not created: your login may not create roles. An administrator can create them and grant them the schema.</source>
            <translation>未创建角色 %1 和 %2：您的账号无权创建角色。可由管理员创建并授予对该模式的权限。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Roles: %1 may read the project, %2 may change it; grant them to users with: jieshui-cli grant ADDRESS USER viewer|editor</source>
            <translation>角色：%1 可查看项目，%2 可编辑项目；用 jieshui-cli grant 地址 用户 viewer|editor 授予用户。</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../src/store/ProjectFile.cpp" line="+81" />
            <source>the folder does not exist</source>
            <translation>文件夹不存在</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the folder is read-only; choose another folder</source>
            <translation>该文件夹为只读；请选择其他文件夹</translation>
        </message>
        <message>
            <location line="+9" />
            <source>cannot create the file in this folder</source>
            <translation>无法在该文件夹中创建文件</translation>
        </message>
        <message>
            <location line="+31" />
            <source>cannot write the file</source>
            <translation>无法写入文件</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a GeoPackage, but not a Jieshui project: its layers can be imported into a project</source>
            <translation>这是 GeoPackage，但不是节水项目：可将其图层导入项目</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a SQLite database, but not a GeoPackage or Jieshui project</source>
            <translation>这是 SQLite 数据库，但不是 GeoPackage 或节水项目</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the project has no schema version; the file is damaged</source>
            <translation>项目没有结构版本号，文件已损坏</translation>
        </message>
        <message>
            <location line="+4" />
            <source>made by a newer Jieshui (schema %1 &gt; %2); update Jieshui to open it</source>
            <translation>由更新版本的节水工作台创建（结构版本 %1 &gt; %2），请升级后再打开</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the file is truncated or damaged</source>
            <translation>文件不完整或已损坏</translation>
        </message>
        <message>
            <location line="+15" />
            <source>cannot upgrade the project from schema %1 to %2: its tables do not match its schema version (was the file edited outside Jieshui?); the file was not changed</source>
            <translation>无法将项目从结构版本 %1 升级到 %2：其数据表与结构版本不符（文件是否在节水规划工作台之外被修改过？）；文件未作改动</translation>
        </message>
        <message>
            <location line="+20" />
            <source>not a GeoPackage</source>
            <translation>不是 GeoPackage</translation>
        </message>
        <message>
            <location filename="../src/store/Database.cpp" line="+294" />
            <location filename="../src/store/ProjectFile.cpp" line="+26" />
            <location line="+49" />
            <location line="+15" />
            <location line="+15" />
            <source>the project is open read-only</source>
            <translation>项目以只读方式打开</translation>
        </message>
        <message>
            <location filename="../src/store/SpreadsheetReader.cpp" line="+61" />
            <source>not a readable XLSX workbook</source>
            <translation>不是可读取的 XLSX 工作簿</translation>
        </message>
        <message>
            <location filename="../src/store/Database.cpp" line="-267" />
            <source>the project is open in another program (or another Jieshui window); close it there first</source>
            <translation>项目已在其他程序（或另一个节水工作台窗口）中打开，请先在那里关闭</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not a SQLite/GeoPackage file, or the file is truncated or damaged</source>
            <translation>不是 SQLite/GeoPackage 文件，或文件不完整、已损坏</translation>
        </message>
        <message>
            <location line="+31" />
            <source>the file could not be written (disk or file system error); nothing was saved</source>
            <translation>无法写入文件（磁盘或文件系统错误）；未保存任何内容</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../src/store/ProjectFile.cpp" line="-246" />
            <source>the file already exists</source>
            <translation>文件已存在</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no such file</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not a file</source>
            <translation>不是文件</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+58" />
            <source>the file is read-only; save it under another name</source>
            <translation>文件为只读，请另存为其他名称</translation>
        </message>
        <message>
            <location line="-53" />
            <source>the folder of the file is read-only, so saves cannot be made safely</source>
            <translation>文件所在文件夹为只读，无法安全保存</translation>
        </message>
        <message>
            <location line="+21" />
            <source>cannot open the file</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <location line="+34" />
            <source>cannot lock the file</source>
            <translation>无法锁定文件</translation>
        </message>
        <message>
            <location line="+22" />
            <source>a save of this project was interrupted; open it once where it can be written to restore the last saved state</source>
            <translation>该项目上次保存被中断；请在可写入的位置打开一次，以恢复到最后一次保存的状态</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../src/store/ProjectImporter.cpp" line="+38" />
            <source>cannot read the file</source>
            <translation>无法读取文件</translation>
        </message>
        <message>
            <location line="-137" />
            <location line="+210" />
            <source>the disk is full; nothing was saved</source>
            <translation>磁盘已满，未保存任何内容</translation>
        </message>
        <message>
            <location filename="../src/store/ProjectImporter.cpp" line="+129" />
            <source>the mapping file is empty</source>
            <translation>映射文件为空</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the mapping file must start with the header column,variable,unit</source>
            <translation>映射文件的第一行必须是表头 column,variable,unit</translation>
        </message>
        <message>
            <location line="+14" />
            <source>"%1" needs a value</source>
            <translation>“%1”需要一个值</translation>
        </message>
        <message>
            <location line="+11" />
            <source>not a year: "%1"</source>
            <translation>不是年份：“%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>estimate must be 0 or 1, not "%1"</source>
            <translation>estimate 只能是 0 或 1，而不是“%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>unknown variable "%1"</source>
            <translation>未知变量“%1”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown unit "%1"</source>
            <translation>未知单位“%1”</translation>
        </message>
        <message>
            <location line="+5" />
            <source>column "%1" is mapped twice</source>
            <translation>列“%1”被映射了两次</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no region_column row</source>
            <translation>缺少 region_column 行</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no column is mapped to a variable</source>
            <translation>没有任何列映射到变量</translation>
        </message>
        <message>
            <location line="+43" />
            <source>%1 (converted to long rows)</source>
            <translation>%1（已转换为长表行）</translation>
        </message>
        <message>
            <location filename="../src/store/RegionEditor.cpp" line="+47" />
            <source>regions: %1</source>
            <translation>区域：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>statistics: %1</source>
            <translation>统计数据：%1 条</translation>
        </message>
        <message>
            <location line="+3" />
            <source>plan targets: %1</source>
            <translation>方案目标：%1 项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>allocations: %1</source>
            <translation>指标分配：%1 项</translation>
        </message>
        <message>
            <location line="+4" />
            <source>allocation shares (their volume is left unallocated): %1</source>
            <translation>分配份额（其水量改为未分配）：%1 个</translation>
        </message>
        <message>
            <location line="+4" />
            <source>scenario settings: %1</source>
            <translation>情景参数：%1 项</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no longer covered by: %1</source>
            <translation>不再包含该区域的：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>map features: %1</source>
            <translation>地图要素：%1 个</translation>
        </message>
        <message>
            <location line="+3" />
            <source>stored results: %1</source>
            <translation>已保存的评价结果：%1 行</translation>
        </message>
        <message>
            <location line="+7" />
            <source>a region needs a code</source>
            <translation>区域需要代码</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the project already has a region %1</source>
            <translation>项目中已有区域 %1</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+44" />
            <source>a region needs a Chinese name</source>
            <translation>区域需要中文名称</translation>
        </message>
        <message>
            <location line="-39" />
            <source>a new region needs a parent (the project has its root)</source>
            <translation>新区域需要上级区域（项目已有根区域）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the parent %1 is not a region of the project</source>
            <translation>上级 %1 不是项目中的区域</translation>
        </message>
        <message>
            <location line="+7" />
            <source>a region of kind %1 cannot lie under a region of kind %2</source>
            <translation>“%1”类区域不能隶属于“%2”类区域</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a county of the project</source>
            <translation>%1 不是项目中的县级行政区</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+26" />
            <source>the project has no region %1</source>
            <translation>项目中没有区域 %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the root region cannot be removed; make a new project instead</source>
            <translation>根区域不能删除；如需更换，请新建项目</translation>
        </message>
        <message>
            <location filename="../src/store/ProjectFromBoundaries.cpp" line="+63" />
            <source>and %1 more</source>
            <translation>等，另有 %1 个</translation>
        </message>
        <message>
            <location line="+58" />
            <source>no code</source>
            <translation>无代码</translation>
        </message>
        <message>
            <location line="+57" />
            <source>codes given to more than one feature: %1</source>
            <translation>以下代码被多个要素重复使用：%1</translation>
        </message>
        <message>
            <location line="-84" />
            <source>the root %1 is not the GB/T 2260 code of a city, a province or the country (100000)</source>
            <translation>根区域 %1 不是城市、省份或全国（100000）的 GB/T 2260 代码</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1: not a six-digit code</source>
            <translation>%1：不是六位代码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: a province's code</source>
            <translation>%1：省级代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the country's code</source>
            <translation>%1：全国代码</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1: a city whose counties are in the file too</source>
            <translation>%1：地级市代码，而文件中也有其下辖县区</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 features have no code of a unit: each feature needs the six-digit GB/T 2260 code of a county-level unit (last two digits not 00), or of a prefecture-level city none of whose counties is in the file (last two digits 00, e.g. 441900 东莞市): %2. Name the attribute holding the codes: %3.</source>
            <translation>%1 个要素没有可用的单元代码：每个要素须有县级单元的六位 GB/T 2260 代码（末两位不为 00），或文件中没有其任何下辖县区的地级市的代码（末两位为 00，如 441900 东莞市）：%2。请指明存放代码的属性字段：%3。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 features have no name: %2. Name the attribute holding the names: %3.</source>
            <translation>%1 个要素没有名称：%2。请指明存放名称的属性字段：%3。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>no feature of the file lies in %1</source>
            <translation>文件中没有位于 %1 内的要素</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 is a prefecture-level city without counties: it is one unit of its province's project (--root %2), not a project of its own</source>
            <translation>%1 是不设县的地级市：它是所在省项目（--root %2）中的一个单元，不能单独建立项目</translation>
        </message>
        <message>
            <location line="+197" />
            <source>root: %1 %2</source>
            <translation>根区域：%1 %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 provinces</source>
            <translation>%1 个省级行政区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 cities</source>
            <translation>%1 个地级行政区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 counties</source>
            <translation>%1 个县级行政区</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 cities without counties, each one unit with its own figures: %2</source>
            <translation>%1 个不设县的地级市，各为一个单元，按其自身数据评价：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>display CRS: %1 (%2), the 3-degree Gauss-Krüger zone of the data's centre</source>
            <translation>显示坐标系：%1（%2），即数据中心所在的3度高斯-克吕格投影带</translation>
        </message>
        <message>
            <location line="+12" />
            <source> and %1 more</source>
            <translation> 等，另有 %1 个</translation>
        </message>
        <message>
            <location line="+4" />
            <source>provinces without a name in the file (each carries its code as name for now): %1 — %2</source>
            <translation>文件中没有名称的省级区域（暂以代码为名）：%1 个 — %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cities without a name in the file (each carries its code as name for now): %1 — %2</source>
            <translation>文件中没有名称的地级区域（暂以代码为名）：%1 个 — %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>rename them with: jieshui-cli region rename PROJECT CODE NAME (or in the Regions panel)</source>
            <translation>请用 jieshui-cli region rename 项目 代码 名称（或在“区域”面板中）为其命名</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: holds %3 %4 (counties in it: %2)</source>
            <translation>%1：含 %3 %4（共 %2 个县区）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the project has no statistics or plan targets yet: import them with import-stats and import-plan; its years come from the plan targets</source>
            <translation>项目尚无统计数据和方案目标：请用 import-stats 和 import-plan 导入；项目的年份取自方案目标</translation>
        </message>
        <message>
            <location filename="../src/store/Statement.cpp" line="+22" />
            <source>the project file lacks a table or column that its schema version promises (%1): it is damaged or was edited outside Jieshui</source>
            <translation>项目文件缺少其结构版本应有的数据表或字段（%1）：文件已损坏，或在节水规划工作台之外被修改过</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ApplyLayerImportCommand</name>
        <message>
            <location filename="../ui/commands/ApplyLayerImportCommand.cpp" line="+21" />
            <source>Import layer from %1</source>
            <translation>从 %1 导入图层</translation>
        </message>
    </context>
    <context>
        <name>DomainLabels</name>
        <message>
            <location filename="../ui/DomainLabels.cpp" line="+53" />
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
            <location line="+38" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 %/yr</source>
            <translation>%1 %/年</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Task %1: %2</source>
            <translation>任务 %1：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Task %1</source>
            <translation>任务 %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source> pp</source>
            <translation> 个百分点</translation>
        </message>
    </context>
    <context>
        <name>RegionEditing</name>
        <message>
            <location filename="../ui/RegionEditing.cpp" line="+22" />
            <source>Add region %1 %2</source>
            <translation>新增区域 %1 %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rename region %1 to %2</source>
            <translation>将区域 %1 更名为 %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Remove region %1</source>
            <translation>删除区域 %1</translation>
        </message>
    </context>
    <context>
        <name>SetDriverOverrideCommand</name>
        <message>
            <location filename="../ui/commands/SetDriverOverrideCommand.cpp" line="+29" />
            <source>Remove override %1 of %2</source>
            <translation>删除情景 %2 的参数覆盖 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set override %1 of %2</source>
            <translation>设置情景 %2 的参数覆盖 %1</translation>
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
            <location filename="../src/cli/ScorecardWriter.cpp" line="+57" />
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
            <location line="+80" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed/yr</source>
            <translation>尚需年均变化</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Provenance</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+18" />
            <source>evaluate [PROJECT] [--scenario NAME] [--year Y] [--counties] [--format text|csv|json] [--out FILE]   judge every plan target, with --counties also each county against the city's targets and its quotas (no PROJECT: the embedded Qinzhou project)</source>
            <translation>evaluate [项目] [--scenario 情景] [--year 年份] [--counties] [--format text|csv|json] [--out 文件]   评判方案的全部目标；加 --counties 时还按全市目标和各县区分配指标评判每个县区（不指定项目时使用内置钦州项目）</translation>
        </message>
        <message>
            <location line="+35" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+79" />
            <source>--year needs a year such as 2020, not '%1'.</source>
            <translation>--year 需要年份（如 2020），而不是“%1”。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>--format must be text, csv or json, not '%1'.</source>
            <translation>--format 只能是 text、csv 或 json，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+14" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="+59" />
            <source>Only one project may be given.</source>
            <translation>只能指定一个项目。</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-22" />
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+29" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="-11" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+65" />
            <source>Option '%1' needs a value.</source>
            <translation>选项“%1”需要一个值。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The project may only be read: the results are shown, not stored.</source>
            <translation>此项目只读：结果仅显示，不写入项目。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 %2 cannot be evaluated: %3</source>
            <translation>%1 %2 无法评价：%3</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+115" />
            <source>Cannot evaluate: %1</source>
            <translation>无法评价：%1</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+10" />
            <source>Cannot write '%1': %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The results could not be written into the project: %1</source>
            <translation>无法将结果写入项目：%1</translation>
        </message>
        <message>
            <location line="-126" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-99" />
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+25" />
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+71" />
            <location filename="../src/cli/commands/NewCommand.cpp" line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="-5" />
            <source>Unknown option '%1'.</source>
            <translation>未知选项“%1”。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+8" />
            <source>Too many arguments.</source>
            <translation>参数过多。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/EvaluateCommand.cpp" line="+34" />
            <location line="+9" />
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="+52" />
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="+23" />
            <location filename="../src/cli/commands/ImportStatsCommand.cpp" line="+27" />
            <location filename="../src/cli/commands/ImportTableCommand.cpp" line="+28" />
            <location filename="../src/cli/commands/InfoCommand.cpp" line="+33" />
            <location filename="../src/cli/commands/LogCommand.cpp" line="+47" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+29" />
            <source>Cannot open the project: %1</source>
            <translation>无法打开项目：%1</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ImportLayerCommand.cpp" line="-72" />
            <source>import-layer PROJECT FILE --role counties|cities|basins|irrigation-districts|rivers|reservoirs|other [--encoding E] [--crs EPSG:N] [--match-field F] [--layer NAME] [--dry-run]   import a map layer</source>
            <translation>import-layer 项目 文件 --role counties|cities|basins|irrigation-districts|rivers|reservoirs|other [--encoding 编码] [--crs EPSG:N] [--match-field 字段] [--layer 图层名] [--dry-run]   导入地图图层</translation>
        </message>
        <message>
            <location line="+60" />
            <source>--role must be counties, cities, basins, irrigation-districts, rivers, reservoirs or other, not '%1'.</source>
            <translation>--role 只能是 counties、cities、basins、irrigation-districts、rivers、reservoirs 或 other，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../src/cli/commands/InfoCommand.cpp" line="+17" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+6" />
            <source>Cannot read the project: %1</source>
            <translation>无法读取项目：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import refused, the project is unchanged: %1</source>
            <translation>导入被拒绝，项目未改动：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Names decoded as %1: %2</source>
            <translation>名称按 %1 解码：%2</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+43" />
            <source>Dry run: the project was not changed.</source>
            <translation>试运行：项目未改动。</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+10" />
            <source>Cannot save the project: %1</source>
            <translation>无法保存项目：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../src/cli/commands/RegionCommand.cpp" line="+5" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/ExportMapCommand.cpp" line="-100" />
            <source>export-map [PROJECT] --indicator ID --year Y [--scenario S] --out FILE.png|svg|pdf [--size WxH] [--title T]   compliance map (no PROJECT: the embedded Qinzhou project)</source>
            <translation>export-map [项目] --indicator 指标 --year 年份 [--scenario 情景] --out 文件.png|svg|pdf [--size 宽x高] [--title 标题]   导出达标情况图（不指定项目时使用内置钦州项目）</translation>
        </message>
        <message>
            <location line="+60" />
            <source>export-map needs --indicator, --year and --out.</source>
            <translation>export-map 需要 --indicator、--year 和 --out。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown indicator '%1'; known: %2.</source>
            <translation>未知指标“%1”；可用指标：%2。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--size must be WIDTHxHEIGHT in pixels between 200 and 20000, e.g. 1600x1200, not '%1'.</source>
            <translation>--size 须为 宽x高（像素，200 至 20000 之间），如 1600x1200，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--out must end in .png, .svg or .pdf, not '%1'.</source>
            <translation>--out 的扩展名须为 .png、.svg 或 .pdf，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 cannot be evaluated: %2</source>
            <translation>%1 无法评价：%2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cannot build the map: %1</source>
            <translation>无法生成地图：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot draw layer '%1': %2</source>
            <translation>无法绘制图层“%1”：%2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The project has no cities layer to colour.</source>
            <translation>项目没有可着色的地级行政区图层。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The project has no counties layer to colour.</source>
            <translation>项目中没有可着色的县区图层。</translation>
        </message>
        <message>
            <location line="+29" />
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
            <location line="+20" />
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
            <location line="+1" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location filename="../src/cli/commands/NewCommand.cpp" line="-31" />
            <source>new PROJECT [--template qinzhou|empty | --boundaries FILE [--code-field F] [--name-field F] [--root CODE] [--root-name NAME] [--crs CRS] [--encoding E] [--layer NAME]]   create a project (file or postgresql:// address): from a template (default: the Qinzhou project), or for any city, province or the country from its county boundaries</source>
            <translation>new 项目 [--template qinzhou|empty | --boundaries 文件 [--code-field 字段] [--name-field 字段] [--root 代码] [--root-name 名称] [--crs 坐标系] [--encoding 编码] [--layer 图层名]]   新建项目（文件或 postgresql:// 地址）：由模板（默认为钦州项目）新建，或由县级行政区边界为任一城市、省份或全国新建</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Name the project file to create.</source>
            <translation>请指定要创建的项目文件。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give either --template or --boundaries with its options, not both.</source>
            <translation>请指定 --template，或 --boundaries 及其选项，二者不能同时使用。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot make a project from the boundaries: %1</source>
            <translation>无法由边界新建项目：%1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Note: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <location line="+8" />
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
            <location filename="../src/cli/commands/GrantCommand.cpp" line="+11" />
            <source>grant postgresql://HOST/DB?schema=NAME USER viewer|editor|none   let a database login read or change a shared project, or neither</source>
            <translation>grant postgresql://主机/数据库?schema=项目 用户 viewer|editor|none   允许数据库账号查看或编辑共享项目，或取消其权限</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Access not changed: %1</source>
            <translation>权限未更改：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>may now change</source>
            <translation>现在可以编辑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>may now read</source>
            <translation>现在可以查看</translation>
        </message>
        <message>
            <location line="+1" />
            <source>may no longer use</source>
            <translation>不再可以使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 %2 the project %3.</source>
            <translation>%1 %2项目 %3。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/LogCommand.cpp" line="-35" />
            <source>log postgresql://HOST/DB?schema=NAME [--limit N]   who changed what and when in a shared project (newest first)</source>
            <translation>log postgresql://主机/数据库?schema=项目 [--limit N]   共享项目的修改记录：谁在何时改了什么（最新在前）</translation>
        </message>
        <message>
            <location line="+12" />
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
            <location line="+0" />
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
            <location line="+17" />
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
            <location line="+18" />
            <source>Nothing was uploaded: %1</source>
            <translation>未上传任何内容：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Uploaded %1 to %2: %3 tables, %4 rows in %5 s.</source>
            <translation>已将 %1 上传到 %2：%3 张表、%4 行，用时 %5 秒。</translation>
        </message>
        <message>
            <location filename="../src/cli/commands/RegionCommand.cpp" line="-123" />
            <source>region list|add|rename|remove PROJECT ...   list the regions, or: add PROJECT CODE NAME --parent CODE [--kind county|sub-zone|basin|supply-utility|reservoir] [--name-en NAME]; rename PROJECT CODE NAME [--name-en NAME]; remove PROJECT CODE [--dry-run]</source>
            <translation>region list|add|rename|remove 项目 ...   列出区域，或：add 项目 代码 名称 --parent 代码 [--kind county|sub-zone|basin|supply-utility|reservoir] [--name-en 英文名]；rename 项目 代码 名称 [--name-en 英文名]；remove 项目 代码 [--dry-run]</translation>
        </message>
        <message>
            <location line="+50" />
            <source>--kind must be county, sub-zone, basin, supply-utility or reservoir, not '%1'.</source>
            <translation>--kind 只能是 county、sub-zone、basin、supply-utility 或 reservoir，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Parent</source>
            <translation>上级</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Added region %1 %2 under %3.</source>
            <translation>已在 %3 下新增区域 %1 %2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Renamed region %1 to %2.</source>
            <translation>已将区域 %1 更名为 %2。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Removing region %1 would remove:</source>
            <translation>删除区域 %1 将同时删除：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Removed region %1 with:</source>
            <translation>已删除区域 %1，同时删除：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Nothing was changed: %1</source>
            <translation>未做任何更改：%1</translation>
        </message>
    </context>
    <context>
        <name>geo</name>
        <message>
            <location filename="../src/geo/CoordinateTransformer.cpp" line="+62" />
            <source>CGCS2000 (EPSG:4490) and WGS 84 (EPSG:4326) differ by centimetres; they are treated as the same datum. Boundaries from web maps (AMap/DataV) are often GCJ-02 and sit 300-600 m off.</source>
            <translation>CGCS2000（EPSG:4490）与 WGS 84（EPSG:4326）相差仅厘米级，本程序视为同一基准。来自网络地图（高德/DataV）的边界常为 GCJ-02 坐标，偏移约 300–600 米。</translation>
        </message>
        <message>
            <location line="+26" />
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
            <source>the file declares no CRS; its coordinates can only be degrees in China, so they are read as CGCS2000 (EPSG:4490). Pass --crs if that is wrong.</source>
            <translation>文件未声明坐标系；其坐标只能是中国范围内的经纬度，因此按 CGCS2000（EPSG:4490）读取。如不正确，请用 --crs 指定。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the file declares no CRS; its coordinates look like degrees but lie (partly) outside China. Pass --crs EPSG:4490 or EPSG:4326 if they are degrees.</source>
            <translation>文件未声明坐标系；其坐标像经纬度，但（部分）位于中国境外。若确为经纬度，请用 --crs EPSG:4490 或 EPSG:4326 指定。</translation>
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
            <source>the file declares no CRS and its coordinates (%1 to %2, %3 to %4) fit no CRS we can suggest; pass --crs with the CRS the data was made in</source>
            <translation>文件未声明坐标系，其坐标（%1 至 %2，%3 至 %4）与可推荐的坐标系均不符；请用 --crs 指定数据的原始坐标系</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the file declares no CRS and its coordinates are projected; it is not imported until you name the CRS with --crs. Likely: %1</source>
            <translation>文件未声明坐标系且坐标为投影坐标；请先用 --crs 指定坐标系再导入。可能是：%1</translation>
        </message>
        <message>
            <location filename="../src/geo/GeometryRepair.cpp" line="+50" />
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
            <location filename="../src/geo/LayerDissolver.cpp" line="+37" />
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
            <source>feature %1 %2: %3</source>
            <translation>要素 %1 %2：%3</translation>
        </message>
        <message>
            <location line="+20" />
            <source>geometry check: %1 repaired, %2 not repairable, %3 empty or null</source>
            <translation>几何检查：%1 个已修复，%2 个无法修复，%3 个为空</translation>
        </message>
        <message>
            <location line="+20" />
            <source>transformed from %1 to %2</source>
            <translation>已从 %1 转换到 %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>after transformation the layer lies (partly) outside China; check the CRS</source>
            <translation>转换后图层（部分）位于中国境外，请检查坐标系</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location filename="../src/geo/LayerReader.cpp" line="+139" />
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
            <location line="+24" />
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
            <location filename="../src/geo/TableReader.cpp" line="+73" />
            <source>the file is neither UTF-8 nor GBK text; name its encoding</source>
            <translation>文件既非 UTF-8 也非 GBK 文本，请指定编码</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the file is not valid %1 text</source>
            <translation>文件不是有效的 %1 文本</translation>
        </message>
        <message>
            <location line="+44" />
            <source>a quote inside an unquoted cell</source>
            <translation>未加引号的单元格中出现引号</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a quoted cell is not closed</source>
            <translation>带引号的单元格未闭合</translation>
        </message>
        <message>
            <location line="+17" />
            <source>cannot open the file</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <location line="+9" />
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
    </context>
    <context>
        <name>jieshui::ui::ChangeLogPanel</name>
        <message>
            <location filename="../ui/ChangeLogPanel.cpp" line="+22" />
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
            <location line="+34" />
            <source>Only shared projects (File → Open Server Project…) keep a change log.</source>
            <translation>只有共享项目（文件 → 打开服务器项目…）才有修改记录。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The change log cannot be read: %1</source>
            <translation>无法读取修改记录：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 — the newest %2 changes</source>
            <translation>%1 — 最近 %2 条修改</translation>
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
        <name>jieshui::ui::IndicatorChooser</name>
        <message>
            <location filename="../ui/IndicatorChooser.cpp" line="+15" />
            <source>Indicator shown on the map and the chart</source>
            <translation>地图和图表显示的指标</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::KeyTaskModel</name>
        <message>
            <location filename="../ui/KeyTaskModel.cpp" line="+113" />
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
        <name>jieshui::ui::MainWindow</name>
        <message>
            <location filename="../ui/app/MainWindow.cpp" line="+85" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Region Details</source>
            <translation>地区详情</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Click a row to map its indicator</source>
            <translation>单击一行即在地图上显示该指标</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scorecard</source>
            <translation>目标评价表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trajectory</source>
            <translation>变化轨迹</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Key Tasks</source>
            <translation>重点任务</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What the selected scenario changes from its parent; double-click a value to edit it</source>
            <translation>所选情景相对上级情景的改动；双击数值即可编辑</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scenario Drivers</source>
            <translation>情景参数</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regions</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Province</source>
            <translation>全省</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change Log</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Selection</source>
            <translation>选择</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Indicator:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Scenario:</source>
            <translation>情景：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Year:</source>
            <translation>年份：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Copy Table</source>
            <translation>复制表格(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the selected rows of the focused table (all rows when none is selected)</source>
            <translation>复制当前表格中选中的行（未选中时复制全部）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom to &amp;Full Extent</source>
            <translation>缩放至全图(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom to &amp;Box</source>
            <translation>拉框缩放(&amp;B)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drag a box on the map to zoom to it (Shift+drag works at any time)</source>
            <translation>在地图上拖出矩形框进行缩放（任何时候按住 Shift 拖动均可）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Previous Year</source>
            <translation>上一年(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Next Year</source>
            <translation>下一年(&amp;N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Display &amp;CRS</source>
            <translation>显示坐标系(&amp;C)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)</source>
            <translation>CGCS2000 / 3 度带高斯-克吕格投影 中央经线 108°E（EPSG:4545）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CGCS2000 geographic (EPSG:4490)</source>
            <translation>CGCS2000 地理坐标（EPSG:4490）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)</source>
            <translation>CGCS2000 / 3 度带高斯-克吕格投影 中央经线 111°E（EPSG:4546）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WGS 84 / UTM zone 49N (EPSG:32649)</source>
            <translation>WGS 84 / UTM 第 49N 带（EPSG:32649）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Display CRS: %1</source>
            <translation>显示坐标系：%1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;resentation Mode</source>
            <translation>演示模式(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Full screen with large text, for training sessions</source>
            <translation>全屏大字显示，用于培训讲解</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language…</source>
            <translation>语言(&amp;L)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Jieshui Workbench</source>
            <translation>关于节水规划工作台(&amp;A)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Drawing…</source>
            <translation>正在绘制…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 — Jieshui Workbench</source>
            <translation>%1 — 节水规划工作台</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The scenario could not be evaluated; its observed years are shown: %1</source>
            <translation>该情景无法评价，现显示其观测年份：%1</translation>
        </message>
        <message>
            <location line="+30" />
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
            <location line="+6" />
            <location line="+5" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Language of the workbench:</source>
            <translation>工作台界面语言：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The new language takes effect when the workbench restarts.</source>
            <translation>新语言将在工作台重新启动后生效。</translation>
        </message>
        <message>
            <location line="+5" />
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
            <location filename="../ui/MapPresenter.cpp" line="+37" />
            <source>%1° E, %2° N (%3)</source>
            <translation>东经 %1°，北纬 %2°（%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>x %1 m, y %2 m (%3)</source>
            <translation>x %1 米，y %2 米（%3）</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+6" />
            <source>Layer “%1” is not shown: %2</source>
            <translation>图层“%1”未显示：%2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Nothing to show: %1</source>
            <translation>无可显示内容：%1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Province: %1</source>
            <translation>全省：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Compliance: %1</source>
            <translation>达标情况：%1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Values: %1 %2 (no target this year)</source>
            <translation>数值：%1 %2（该年无目标）</translation>
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
            <location line="+1" />
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
            <location line="+1" />
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
            <source>Code attribute</source>
            <translation>代码字段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name attribute</source>
            <translation>名称字段</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+1" />
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
            <location line="+13" />
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
            <location line="+1" />
            <source>The password is never asked for here nor kept with the project: it comes from your ~/.pgpass file or the service file, as for psql and QGIS.</source>
            <translation>此处不询问也不保存密码：密码取自您的 ~/.pgpass 文件或服务配置文件，与 psql 和 QGIS 相同。</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::ProjectActions</name>
        <message>
            <location filename="../ui/ProjectActions.cpp" line="+26" />
            <source>Jieshui projects (*.gpkg);;All files (*)</source>
            <translation>节水项目 (*.gpkg);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;New Project…</source>
            <translation>新建项目(&amp;N)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
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
            <location line="+5" />
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
            <location line="+7" />
            <source>Import a map layer (Shapefile, GeoJSON, GeoPackage, …) into the project</source>
            <translation>将地图图层（Shapefile、GeoJSON、GeoPackage 等）导入项目</translation>
        </message>
        <message>
            <location line="+8" />
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
            <location line="+8" />
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
            <location line="+32" />
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
            <location filename="../ui/ProjectController.cpp" line="+34" />
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
    </context>
    <context>
        <name>jieshui::ui::ProvincePanel</name>
        <message>
            <location filename="../ui/ProvincePanel.cpp" line="+41" />
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
            <location line="+30" />
            <source>The province view shows every city of a province's project on one map and in one table. Make one with File → New Project From Boundaries… from a province's county boundaries.</source>
            <translation>全省视图在一张地图和一张表中显示省级项目的每个城市。可用“文件 → 由边界新建项目…”以全省县级行政区边界新建省级项目。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>cannot be evaluated</source>
            <translation>无法评价</translation>
        </message>
        <message>
            <location line="+6" />
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
            <location filename="../ui/RegionDetailsPanel.cpp" line="+75" />
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
            <location line="+25" />
            <source>%1 (est.)</source>
            <translation>%1（估算）</translation>
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
            <location line="+10" />
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
            <location filename="../ui/RegionsPanel.cpp" line="+24" />
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename…</source>
            <translation>更名…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location line="+11" />
            <source>Add a county, city, sub-zone, basin, utility or reservoir</source>
            <translation>新增县级行政区、城市、功能区、流域、供水单位或水库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the region with its statistics and everything else that names it</source>
            <translation>删除该区域及其统计数据和其他所有引用它的内容</translation>
        </message>
        <message>
            <location line="+67" />
            <source>attributes estimated</source>
            <translation>属性为估算值</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Regions</source>
            <translation>区域</translation>
        </message>
        <message>
            <location line="+0" />
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
        <name>jieshui::ui::ScenarioOverridesModel</name>
        <message>
            <location filename="../ui/ScenarioOverridesModel.cpp" line="+21" />
            <source>Real GDP growth (%/yr)</source>
            <translation>GDP 实际增速（%/年）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Real industrial value added growth (%/yr)</source>
            <translation>工业增加值实际增速（%/年）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irrigation water per area, change (%/yr)</source>
            <translation>亩均灌溉用水量变化（%/年）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Industrial water intensity, change (%/yr)</source>
            <translation>工业用水强度变化（%/年）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Domestic and public water intensity, change (%/yr)</source>
            <translation>生活及公共用水强度变化（%/年）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irrigated area, change (%/yr)</source>
            <translation>灌溉面积变化（%/年）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Irrigation coefficient reached by 2035</source>
            <translation>2035 年灌溉水有效利用系数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leakage rate reached by 2035 (%)</source>
            <translation>2035 年管网漏损率（%）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Industrial reuse rate reached by 2035 (%)</source>
            <translation>2035 年工业用水重复利用率（%）</translation>
        </message>
        <message>
            <location line="+44" />
            <source>all years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <location line="+38" />
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
    </context>
    <context>
        <name>jieshui::ui::ScorecardModel</name>
        <message>
            <location filename="../ui/ScorecardModel.cpp" line="+98" />
            <source>%1 (est.)</source>
            <translation>%1（估算）</translation>
        </message>
        <message>
            <location line="+28" />
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
            <location filename="../ui/SharedProjectFeatures.cpp" line="+21" />
            <source>New Project From &amp;Boundaries…</source>
            <translation>由边界新建项目(&amp;B)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Server Project…</source>
            <translation>打开服务器项目(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reload From Server</source>
            <translation>从服务器重新载入(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A project for any city, province or the country from its county boundaries</source>
            <translation>由县级行政区边界为任一城市、省份或全国新建项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a project shared on a PostgreSQL/PostGIS server</source>
            <translation>打开 PostgreSQL/PostGIS 服务器上的共享项目</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the shared project again, with everyone's saved changes</source>
            <translation>重新读取共享项目，包括所有人已保存的修改</translation>
        </message>
        <message>
            <location line="+26" />
            <source>New Project From Boundaries</source>
            <translation>由边界新建项目</translation>
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
        <name>jieshui::ui::TrajectoryChart</name>
        <message>
            <location filename="../ui/TrajectoryChart.cpp" line="+149" />
            <source>Estimate or projection (dashed)</source>
            <translation>估算或预测值（虚线）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
    </context>
    <context>
        <name>jieshui::ui::YearStepper</name>
        <message>
            <location filename="../ui/YearStepper.cpp" line="+28" />
            <source>Previous year (Page Up)</source>
            <translation>上一年（Page Up）</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 (base year)</source>
            <translation>%1（基准年）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (target year)</source>
            <translation>%1（目标年）</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Next year (Page Down)</source>
            <translation>下一年（Page Down）</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../ui/app/main.cpp" line="+26" />
            <location line="+15" />
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
            <location filename="../src/render/MapDecorations.cpp" line="+94" />
            <source>Schematic map — geometry is approximate, not for official use</source>
            <translation>示意图 — 几何形状为近似，不作正式用途</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Coordinate system: </source>
            <translation>坐标系：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source: </source>
            <translation>数据来源：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date: </source>
            <translation>日期：</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../src/render/StatusPalette.cpp" line="+44" />
            <source>Met</source>
            <translation>达标</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>At risk</source>
            <translation>临界</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>Missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location line="-24" />
            <location filename="../src/render/StatusPalette.cpp" line="+2" />
            <source>No quota allocated</source>
            <translation>未分配指标</translation>
        </message>
        <message>
            <location line="+42" />
            <source>estimate (hatched)</source>
            <translation>估算（斜线填充）</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+21" />
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <location filename="../src/render/DifferenceMapBuilder.cpp" line="+56" />
            <source>percentage points</source>
            <translation>百分点</translation>
        </message>
        <message>
            <location line="+12" />
            <source>blue: better than %1; red: worse than %1</source>
            <translation>蓝：优于%1　红：劣于%1</translation>
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
            <location line="+0" />
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
            <location line="+7" />
            <source>project uploaded from %1 (%2 rows)</source>
            <translation>项目由 %1 上传（%2 行）</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location filename="../src/server/PgConnection.cpp" line="+19" />
            <source>cannot connect to the server: %1</source>
            <translation>无法连接服务器：%1</translation>
        </message>
        <message>
            <location line="+47" />
            <source>the server refused a statement</source>
            <translation>服务器拒绝了一条语句</translation>
        </message>
        <message>
            <location filename="../src/server/ProjectAccess.cpp" line="+50" />
            <source>the project "%1" has no viewer and editor roles (it is missing, or was uploaded by a login that could not create roles)</source>
            <translation>项目“%1”没有查看和编辑角色（项目不存在，或上传账号无权创建角色）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the database has no login "%1"</source>
            <translation>数据库中没有账号“%1”</translation>
        </message>
        <message>
            <location filename="../src/server/ProjectTransfer.cpp" line="+52" />
            <source>the database already holds a project "%1"; choose another ?schema= name</source>
            <translation>数据库中已有项目“%1”，请换一个 ?schema= 名称</translation>
        </message>
        <message>
            <location filename="../src/server/ServerAddress.cpp" line="+26" />
            <source>a server project address starts with postgresql://</source>
            <translation>服务器项目地址应以 postgresql:// 开头</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not a valid postgresql:// address</source>
            <translation>不是有效的 postgresql:// 地址</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the address holds a password; passwords are never stored with a project: put it in ~/.pgpass or a pg_service.conf service instead</source>
            <translation>地址中含有密码；密码不随项目保存，请改写到 ~/.pgpass 或 pg_service.conf 服务配置中</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the address names no project: add ?schema=NAME (the project's schema in the database)</source>
            <translation>地址未指明项目：请加上 ?schema=名称（项目在数据库中的模式名）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the schema name must be lower-case letters, digits and underscores, starting with a letter</source>
            <translation>模式名只能由小写字母、数字和下划线组成，并以字母开头</translation>
        </message>
        <message>
            <location filename="../src/server/ServerProject.cpp" line="+98" />
            <source>there is no project "%1" in this database (upload one with jieshui-cli push)</source>
            <translation>此数据库中没有项目“%1”（可用 jieshui-cli push 上传）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the project has no schema version; it is damaged</source>
            <translation>项目没有结构版本号，已损坏</translation>
        </message>
        <message>
            <location line="+4" />
            <source>made by a newer Jieshui (schema %1 &gt; %2); update Jieshui to open it</source>
            <translation>由更新版本的节水工作台创建（结构版本 %1 &gt; %2），请升级后再打开</translation>
        </message>
        <message>
            <location line="+8" />
            <source>your login %1 may only read this project; ask its owner for the editor role</source>
            <translation>账号 %1 对此项目只有查看权限；如需编辑，请向项目负责人申请编辑角色</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the project is open read-only</source>
            <translation>项目以只读方式打开</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the project's schema version %1 cannot be read by this version of Jieshui</source>
            <translation>此版本的节水规划工作台无法读取结构版本为 %1 的项目</translation>
        </message>
        <message>
            <location line="+76" />
            <source>someone</source>
            <translation>他人</translation>
        </message>
        <message>
            <location line="+25" />
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
            <location line="+37" />
            <location line="+84" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="-50" />
            <location line="+33" />
            <source>changed or removed</source>
            <translation>修改或删除</translation>
        </message>
        <message>
            <location line="-22" />
            <source>removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+41" />
            <source>cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../src/server/ServerSchema.cpp" line="+180" />
            <source>the schema "%1" exists but holds no Jieshui project</source>
            <translation>模式“%1”已存在，但其中没有节水规划工作台项目</translation>
        </message>
        <message>
            <location line="+17" />
            <source>PostGIS is not enabled in this database and could not be enabled (%1); an administrator must run CREATE EXTENSION postgis</source>
            <translation>此数据库未启用 PostGIS，且无法启用（%1）；请管理员执行 CREATE EXTENSION postgis</translation>
        </message>
        <message>
            <location line="+12" />
            <source>PostGIS is not enabled in this database</source>
            <translation>此数据库未启用 PostGIS</translation>
        </message>
        <message>
            <location line="+136" />
            <source>Roles %1 and %2 were not created: your login may not create roles. An administrator can create them and grant them the schema.</source>
            <translation>未创建角色 %1 和 %2：您的账号无权创建角色。可由管理员创建并授予对该模式的权限。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Roles: %1 may read the project, %2 may change it; grant them to users with: jieshui-cli grant ADDRESS USER viewer|editor</source>
            <translation>角色：%1 可查看项目，%2 可编辑项目；用 jieshui-cli grant 地址 用户 viewer|editor 授予用户。</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <location filename="../src/store/ProjectFile.cpp" line="+110" />
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
            <location line="+23" />
            <source>not a GeoPackage</source>
            <translation>不是 GeoPackage</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+52" />
            <location line="+16" />
            <source>the project is open read-only</source>
            <translation>项目以只读方式打开</translation>
        </message>
        <message>
            <location filename="../src/store/SpreadsheetReader.cpp" line="+58" />
            <source>not a readable XLSX workbook</source>
            <translation>不是可读取的 XLSX 工作簿</translation>
        </message>
        <message>
            <location filename="../src/store/Database.cpp" line="+23" />
            <source>the project is open in another program (or another Jieshui window); close it there first</source>
            <translation>项目已在其他程序（或另一个节水工作台窗口）中打开，请先在那里关闭</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not a SQLite/GeoPackage file, or the file is truncated or damaged</source>
            <translation>不是 SQLite/GeoPackage 文件，或文件不完整、已损坏</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../src/store/ProjectFile.cpp" line="-200" />
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
            <location line="+16" />
            <source>a save of this project was interrupted; open it once where it can be written to restore the last saved state</source>
            <translation>该项目上次保存被中断；请在可写入的位置打开一次，以恢复到最后一次保存的状态</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot read the file</source>
            <translation>无法读取文件</translation>
        </message>
        <message>
            <location line="+69" />
            <source>the disk is full; nothing was saved</source>
            <translation>磁盘已满，未保存任何内容</translation>
        </message>
        <message>
            <location filename="../src/store/ProjectImporter.cpp" line="+157" />
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
            <location line="+32" />
            <source>%1 (converted to long rows)</source>
            <translation>%1（已转换为长表行）</translation>
        </message>
        <message>
            <location filename="../src/store/RegionEditor.cpp" line="+47" />
            <source>regions: %1</source>
            <translation>区域：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>statistics: %1</source>
            <translation>统计数据：%1 条</translation>
        </message>
        <message>
            <location line="+2" />
            <source>plan targets: %1</source>
            <translation>方案目标：%1 项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>allocations: %1</source>
            <translation>指标分配：%1 项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>allocation shares (their volume is left unallocated): %1</source>
            <translation>分配份额（其水量改为未分配）：%1 个</translation>
        </message>
        <message>
            <location line="+2" />
            <source>scenario settings: %1</source>
            <translation>情景参数：%1 项</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no longer covered by: %1</source>
            <translation>不再包含该区域的：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>map features: %1</source>
            <translation>地图要素：%1 个</translation>
        </message>
        <message>
            <location line="+2" />
            <source>stored results: %1</source>
            <translation>已保存的评价结果：%1 行</translation>
        </message>
        <message>
            <location line="+7" />
            <source>a region needs a code</source>
            <translation>区域需要代码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the project already has a region %1</source>
            <translation>项目中已有区域 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+37" />
            <source>a region needs a Chinese name</source>
            <translation>区域需要中文名称</translation>
        </message>
        <message>
            <location line="-33" />
            <source>a new region needs a parent (the project has its root)</source>
            <translation>新区域需要上级区域（项目已有根区域）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the parent %1 is not a region of the project</source>
            <translation>上级 %1 不是项目中的区域</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a region of kind %1 cannot lie under a region of kind %2</source>
            <translation>“%1”类区域不能隶属于“%2”类区域</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a county of the project</source>
            <translation>%1 不是项目中的县级行政区</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+23" />
            <source>the project has no region %1</source>
            <translation>项目中没有区域 %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the root region cannot be removed; make a new project instead</source>
            <translation>根区域不能删除；如需更换，请新建项目</translation>
        </message>
        <message>
            <location filename="../src/store/ProjectFromBoundaries.cpp" line="+62" />
            <source>and %1 more</source>
            <translation>等，另有 %1 个</translation>
        </message>
        <message>
            <location line="+34" />
            <source>no code</source>
            <translation>无代码</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 features have no county-level GB/T 2260 code (six digits, not ending in 00): %2. Name the attribute holding the codes with --code-field.</source>
            <translation>%1 个要素没有县级 GB/T 2260 代码（六位数字，且不以 00 结尾）：%2。请用 --code-field 指明存放代码的属性字段。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 features have no name: %2. Name the attribute holding the names with --name-field.</source>
            <translation>%1 个要素没有名称：%2。请用 --name-field 指明存放名称的属性字段。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>codes given to more than one feature: %1</source>
            <translation>以下代码被多个要素重复使用：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the root %1 is not the GB/T 2260 code of a city, a province or the country (100000)</source>
            <translation>根区域 %1 不是城市、省份或全国（100000）的 GB/T 2260 代码</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no feature of the file lies in %1</source>
            <translation>文件中没有位于 %1 内的要素</translation>
        </message>
        <message>
            <location line="+163" />
            <source>root: %1 %2</source>
            <translation>根区域：%1 %2</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location line="+1" />
            <source>display CRS: %1 (%2), the 3-degree Gauss-Krüger zone of the data's centre</source>
            <translation>显示坐标系：%1（%2），即数据中心所在的3度高斯-克吕格投影带</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no name found for %1; rename them with: jieshui-cli region rename PROJECT CODE NAME</source>
            <translation>未找到 %1 的名称；请用 jieshui-cli region rename 项目 代码 名称 命名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the project has no statistics or plan targets yet: import them with import-stats and import-plan; its years come from the plan targets</source>
            <translation>项目尚无统计数据和方案目标：请用 import-stats 和 import-plan 导入；项目的年份取自方案目标</translation>
        </message>
    </context>
</TS>

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the Chinese translations of translations/jieshui_zh_CN.ts from the table below and marks every
English entry of jieshui_en.ts finished (identical to the source). Run after `cmake --build . --target
jieshui_lupdate`; prints the sources still without a translation and exits 1 if there are any."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (context or None for any context, source) -> Chinese
ZH = {
    # status and provenance names
    'Met': '达标', 'At risk': '临界', 'Missed': '未达标', 'No data': '无数据',
    'met': '达标', 'at risk': '临界', 'missed': '未达标', 'no data': '无数据',
    'Sourced': '有出处', 'Estimate': '估算', 'Projected': '预测',
    'sourced': '有出处', 'estimate': '估算', 'projected': '预测',
    'Not started': '未开始', 'In progress': '进行中', 'Done': '已完成', 'Overdue': '逾期',
    ' pp': ' 个百分点',
    'Remove override %1 of %2': '删除情景 %2 的参数覆盖 %1',
    'Set override %1 of %2': '设置情景 %2 的参数覆盖 %1',
    'Set task %1 to “%2”': '将任务 %1 设为“%2”',
    # cli
    'Usage: jieshui-cli COMMAND [options]': '用法：jieshui-cli 命令 [选项]',
    'Commands:': '命令：',
    'Common option: --lang zh|en (default: the system language)': '通用选项：--lang zh|en（默认：系统语言）',
    "Unknown command '%1'.": '未知命令“%1”。',
    'Indicator': '指标', 'Region': '地区', 'Year': '年份', 'Value': '数值', 'Target': '目标', 'Unit': '单位',
    'Status': '状态', 'Gap': '差距', 'Needed/yr': '尚需年均变化', 'Provenance': '来源',
    'evaluate [PROJECT] [--scenario NAME] [--year Y] [--format text|csv|json] [--out FILE]   judge every plan target (no PROJECT: the embedded Qinzhou project)':
        'evaluate [项目] [--scenario 情景] [--year 年份] [--format text|csv|json] [--out 文件]   评判方案的全部目标（不指定项目时使用内置钦州项目）',
    "--year needs a year such as 2020, not '%1'.": '--year 需要年份（如 2020），而不是“%1”。',
    "--format must be text, csv or json, not '%1'.": '--format 只能是 text、csv 或 json，而不是“%1”。',
    "Unknown option '%1'.": '未知选项“%1”。',
    'Only one project may be given.': '只能指定一个项目。',
    "Option '%1' needs a value.": '选项“%1”需要一个值。',
    'Cannot open the project: %1': '无法打开项目：%1',
    'Cannot evaluate: %1': '无法评价：%1',
    "Cannot write '%1': %2": '无法写入“%1”：%2',
    'The results could not be written into the project: %1': '无法将结果写入项目：%1',
    # geo
    'MakeValid left no polygon; the geometry is kept as it was': 'MakeValid 修复后不再是面，几何保持原样',
    'invalid polygon (self-intersection or bad ring) repaired with MakeValid': '无效面（自相交或环错误）已用 MakeValid 修复',
    'the import was cancelled': '导入已取消',
    'repaired': '已修复',
    'invalid, not repairable': '无效，无法修复',
    'no geometry (null)': '无几何（空值）',
    'empty geometry': '空几何',
    'the CRS "%1" is not an EPSG code, PROJ string or WKT GDAL can read': '坐标系“%1”不是 GDAL 可读取的 EPSG 代码、PROJ 字符串或 WKT',
    'cannot open the DBF file': '无法打开 DBF 文件',
    'the DBF file is too short': 'DBF 文件过短',
    'the DBF header is damaged': 'DBF 文件头已损坏',
    'CGCS2000 (EPSG:4490) and WGS 84 (EPSG:4326) differ by centimetres; they are treated as the same datum. Boundaries from web maps (AMap/DataV) are often GCJ-02 and sit 300-600 m off.':
        'CGCS2000（EPSG:4490）与 WGS 84（EPSG:4326）相差仅厘米级，本程序视为同一基准。来自网络地图（高德/DataV）的边界常为 GCJ-02 坐标，偏移约 300–600 米。',
    'no CRS given for the transformation': '未指定转换所需的坐标系',
    'PROJ does not know the CRS "%1"': 'PROJ 无法识别坐标系“%1”',
    'no transformation from %1 to %2': '没有从 %1 到 %2 的坐标转换',
    'the transformation was cancelled': '坐标转换已取消',
    'feature %1 (%2) has points that cannot be transformed from %3 to %4': '要素 %1（%2）有无法从 %3 转换到 %4 的点',
    'the file declares no CRS; its coordinates can only be degrees in China, so they are read as CGCS2000 (EPSG:4490). Pass --crs if that is wrong.':
        '文件未声明坐标系；其坐标只能是中国范围内的经纬度，因此按 CGCS2000（EPSG:4490）读取。如不正确，请用 --crs 指定。',
    'the file declares no CRS; its coordinates look like degrees but lie (partly) outside China. Pass --crs EPSG:4490 or EPSG:4326 if they are degrees.':
        '文件未声明坐标系；其坐标像经纬度，但（部分）位于中国境外。若确为经纬度，请用 --crs EPSG:4490 或 EPSG:4326 指定。',
    'degrees': '经纬度',
    'easting starts with the 3-degree zone number %1 (CM %2E)': '东坐标以 3 度带带号 %1 开头（中央经线 %2°E）',
    'easting starts with the 6-degree zone number %1 (CM %2E)': '东坐标以 6 度带带号 %1 开头（中央经线 %2°E）',
    '3-degree zone whose false easting (500 km) puts the data in the project area': '该 3 度带（东偏 500 km）使数据落在项目区域内',
    '6-degree zone whose false easting (500 km) puts the data in the project area': '该 6 度带（东偏 500 km）使数据落在项目区域内',
    'ranges fit Web Mercator over China': '坐标范围符合中国区域的 Web 墨卡托投影',
    'Albers equal-area for China (Krasovsky, 25N/47N, 105E)': '中国阿尔伯斯等积投影（克拉索夫斯基椭球，25°N/47°N，105°E）',
    'coordinates around 0 spanning thousands of km: an equal-area projection of China': '坐标以 0 为中心、跨度数千公里：中国等积投影',
    'Albers equal-area (24N/48N, 104.5E, origin 36N)': '阿尔伯斯等积投影（24°N/48°N，104.5°E，原点 36°N）',
    'the file declares no CRS and its coordinates (%1 to %2, %3 to %4) fit no CRS we can suggest; pass --crs with the CRS the data was made in':
        '文件未声明坐标系，其坐标（%1 至 %2，%3 至 %4）与可推荐的坐标系均不符；请用 --crs 指定数据的原始坐标系',
    'the file declares no CRS and its coordinates are projected; it is not imported until you name the CRS with --crs. Likely: %1':
        '文件未声明坐标系且坐标为投影坐标；请先用 --crs 指定坐标系再导入。可能是：%1',
    'no coordinates': '没有坐标',
    'Warning: %1': '警告：%1',
    'read layer "%1" (%2) with %3 features': '已读取图层“%1”（%2），共 %3 个要素',
    'the file has %1 layers (%2); pass the layer name to import another': '文件有 %1 个图层（%2）；如需导入其他图层，请指定图层名',
    'text encoding: %1': '文本编码：%1',
    'names as read: %1': '读取到的名称：%1',
    'the layer has no features': '图层没有要素',
    'no feature has the match field "%1"': '没有要素含匹配字段“%1”',
    'source CRS: %1%2': '源坐标系：%1%2',
    '%1 single-part and %2 multi-part features: all are stored as multi-part': '%1 个单部件要素和 %2 个多部件要素：全部按多部件存储',
    'feature %1 has a geometry of another kind than the layer; its geometry is dropped': '要素 %1 的几何类型与图层不同，已舍弃其几何',
    'feature %1 %2: %3': '要素 %1 %2：%3',
    'geometry check: %1 repaired, %2 not repairable, %3 empty or null': '几何检查：%1 个已修复，%2 个无法修复，%3 个为空',
    'transformed from %1 to %2': '已从 %1 转换到 %2',
    'after transformation the layer lies (partly) outside China; check the CRS': '转换后图层（部分）位于中国境外，请检查坐标系',
    'the layer does not overlap the project area': '图层与项目区域不重叠',
    're-linking: %1 of %2 regions matched (%3 by name), %4 ambiguous, %5 features unmatched': '重新关联：%2 个地区中匹配 %1 个（按名称 %3 个），%4 个有歧义，%5 个要素未匹配',
    'ambiguous: %1': '有歧义：%1',
    'regions without a feature (keep their current geometry): %1': '没有对应要素的地区（保留现有几何）：%1',
    'no project regions given: nothing is re-linked': '未提供项目地区：不进行重新关联',
    '%1 features kept as an ordinary layer': '%1 个要素作为普通图层保留',
    'GDAL cannot open the file as vector data': 'GDAL 无法将该文件作为矢量数据打开',
    'cannot create an in-memory file': '无法创建内存文件',
    'encoding %1 chosen by the user': '用户选择的编码 %1',
    'GDAL cannot open the file as vector data%1': 'GDAL 无法将该文件作为矢量数据打开%1',
    'the file has no vector layer': '文件中没有矢量图层',
    'no layer "%1"; the file has: %2': '没有图层“%1”；文件包含：%2',
    'the layer has no field "%1"': '图层没有字段“%1”',
    'the name "%1" fits %2 regions': '名称“%1”对应 %2 个地区',
    '%1 features match region %2': '%1 个要素匹配地区 %2',
    'the shapefile has no .dbf file': 'Shapefile 缺少 .dbf 文件',
    'encoding %1 from the .cpg file': '编码 %1（来自 .cpg 文件）',
    'encoding %1 from the DBF language byte (%2)': '编码 %1（来自 DBF 语言字节 %2）',
    'text fields are plain ASCII; read as UTF-8': '文本字段为纯 ASCII，按 UTF-8 读取',
    'no .cpg and no language byte; the text is valid UTF-8': '无 .cpg 文件和语言字节；文本为有效的 UTF-8',
    'no .cpg and no language byte; the text is not UTF-8 but valid GBK (CP936)': '无 .cpg 文件和语言字节；文本不是 UTF-8，而是有效的 GBK（CP936）',
    'no .cpg and no language byte; the text is valid GB18030': '无 .cpg 文件和语言字节；文本为有效的 GB18030',
    'the text is neither UTF-8 nor GBK; choose the encoding by hand (--encoding)': '文本既非 UTF-8 也非 GBK，请手动选择编码（--encoding）',
    # store
    'the project is open in another program (or another Jieshui window); close it there first': '项目已在其他程序（或另一个节水工作台窗口）中打开，请先在那里关闭',
    'not a SQLite/GeoPackage file, or the file is truncated or damaged': '不是 SQLite/GeoPackage 文件，或文件不完整、已损坏',
    'the file already exists': '文件已存在',
    'no such file': '文件不存在',
    'not a file': '不是文件',
    'the file is read-only; save it under another name': '文件为只读，请另存为其他名称',
    'the folder of the file is read-only, so saves cannot be made safely': '文件所在文件夹为只读，无法安全保存',
    'cannot open the file': '无法打开文件',
    'cannot lock the file': '无法锁定文件',
    'cannot read the file': '无法读取文件',
    'the disk is full; nothing was saved': '磁盘已满，未保存任何内容',
    'cannot write the file': '无法写入文件',
    'a GeoPackage, but not a Jieshui project: its layers can be imported into a project': '这是 GeoPackage，但不是节水项目：可将其图层导入项目',
    'a SQLite database, but not a GeoPackage or Jieshui project': '这是 SQLite 数据库，但不是 GeoPackage 或节水项目',
    'the project has no schema version; the file is damaged': '项目没有结构版本号，文件已损坏',
    'the file is truncated or damaged': '文件不完整或已损坏',
    'not a GeoPackage': '不是 GeoPackage',
    'the project is open read-only': '项目以只读方式打开',
    'made by a newer Jieshui (schema %1 > %2); update Jieshui to open it': '由更新版本的节水工作台创建（结构版本 %1 > %2），请升级后再打开',
    # ui
    'Indicator shown on the map and the chart': '地图和图表显示的指标',
    'No.': '序号', 'Task': '任务', 'Lead department': '牵头单位', 'Next milestone': '下一节点',
    'Counties': '县区', 'Basins': '流域', 'Irrigation districts': '灌区', 'Rivers': '河流', 'Reservoirs': '水库',
    'Other': '其他', '%1 (schematic)': '%1（示意）', '%1 — %2 features, %3': '%1 — %2 个要素，%3', 'Layer': '图层',
    'Layers': '图层', 'Region Details': '地区详情', 'Click a row to map its indicator': '单击一行即在地图上显示该指标',
    'Scorecard': '目标评价表', 'Trajectory': '变化轨迹', 'Key Tasks': '重点任务', 'Selection': '选择',
    'Indicator:': '指标：', 'Scenario:': '情景：', 'Year:': '年份：',
    '&File': '文件(&F)', '&Quit': '退出(&Q)', '&Edit': '编辑(&E)', '&Undo': '撤销(&U)', '&Redo': '重做(&R)',
    '&Copy Table': '复制表格(&C)',
    'Copy the selected rows of the focused table (all rows when none is selected)': '复制当前表格中选中的行（未选中时复制全部）',
    '&View': '视图(&V)', 'Zoom to &Full Extent': '缩放至全图(&F)', 'Zoom &In': '放大(&I)', 'Zoom &Out': '缩小(&O)',
    'Zoom to &Box': '拉框缩放(&B)',
    'Drag a box on the map to zoom to it (Shift+drag works at any time)': '在地图上拖出矩形框进行缩放（任何时候按住 Shift 拖动均可）',
    '&Previous Year': '上一年(&P)', '&Next Year': '下一年(&N)', 'Display &CRS': '显示坐标系(&C)',
    'CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)': 'CGCS2000 / 3 度带高斯-克吕格投影 中央经线 108°E（EPSG:4545）',
    'CGCS2000 geographic (EPSG:4490)': 'CGCS2000 地理坐标（EPSG:4490）',
    'CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)': 'CGCS2000 / 3 度带高斯-克吕格投影 中央经线 111°E（EPSG:4546）',
    'WGS 84 / UTM zone 49N (EPSG:32649)': 'WGS 84 / UTM 第 49N 带（EPSG:32649）',
    'Display CRS: %1': '显示坐标系：%1', '&Panels': '面板(&P)', 'P&resentation Mode': '演示模式(&R)',
    'Full screen with large text, for training sessions': '全屏大字显示，用于培训讲解',
    '&Settings': '设置(&S)', '&Language…': '语言(&L)…', '&Help': '帮助(&H)',
    '&About Jieshui Workbench': '关于节水规划工作台(&A)', 'Map': '地图', 'Drawing…': '正在绘制…',
    '%1 — Jieshui Workbench': '%1 — 节水规划工作台', 'Scenario not projected: %1': '情景未能预测：%1',
    'Table copied to the clipboard': '表格已复制到剪贴板', 'Scorecard copied to the clipboard': '目标评价表已复制到剪贴板',
    'System default': '跟随系统', 'Language': '语言', 'Language of the workbench:': '工作台界面语言：',
    'The new language takes effect when the workbench restarts.': '新语言将在工作台重新启动后生效。',
    'About Jieshui Workbench': '关于节水规划工作台',
    '<h3>Jieshui Workbench %1</h3><p>Water-saving planning workbench for Qinzhou: judges the targets of the water-saving action plan by county, year and scenario.</p><p>Licensed under the GNU GPL v3 or later.</p>':
        '<h3>节水规划工作台 %1</h3><p>钦州市节水规划工作台：按县区、年份和情景评判节水行动实施方案的各项目标。</p><p>以 GNU GPL v3 或更新版本授权。</p>',
    '%1° E, %2° N (%3)': '东经 %1°，北纬 %2°（%3）', 'x %1 m, y %2 m (%3)': 'x %1 米，y %2 米（%3）',
    'Layer “%1” is not shown: %2': '图层“%1”未显示：%2', 'Compliance: %1': '达标情况：%1',
    'Values: %1 %2 (no target this year)': '数值：%1 %2（该年无目标）',
    'Jieshui projects (*.gpkg);;All files (*)': '节水项目 (*.gpkg);;所有文件 (*)',
    '&New Project…': '新建项目(&N)…', '&Open…': '打开(&O)…', '&Save': '保存(&S)', 'Save &As…': '另存为(&A)…',
    'Open &Recent': '最近打开(&R)', 'Create a new project file from the Qinzhou template': '以钦州模板新建项目文件',
    'Open a project file (GeoPackage)': '打开项目文件（GeoPackage）', 'Save the project': '保存项目',
    'Jieshui Workbench': '节水规划工作台', 'Opened %1': '已打开 %1', 'Opened the embedded Qinzhou project': '已打开内置钦州项目',
    'No project could be opened: %1': '无法打开任何项目：%1', 'Could not open %1:\n%2': '无法打开 %1：\n%2',
    'Could not save %1:\n%2': '无法保存 %1：\n%2', 'Saved %1': '已保存 %1', 'Unsaved changes': '未保存的修改',
    'The project has unsaved changes. Save them first?': '项目有未保存的修改，是否先保存？',
    'New Project': '新建项目', 'Could not create %1:\n%2': '无法创建 %1：\n%2', 'Open Project': '打开项目',
    'Save Project As': '项目另存为', 'No recent files': '没有最近打开的文件', 'Clear List': '清空列表',
    'Untitled project': '未命名项目',
    'City': '市', 'County': '县区', 'Sub-zone': '功能区', 'Basin': '流域', 'Irrigation district': '灌区',
    'Water supply utility': '供水单位', 'Reservoir': '水库', 'Since 2015': '较 2015 年', 'Target %1': '%1 年目标',
    'No region selected': '未选择地区', 'Click a county on the map to see all its indicators.': '在地图上单击县区即可查看其全部指标。',
    '%1 · code %2': '%1 · 代码 %2', ' · in %1': ' · 隶属 %1', ' · %n sub-regions': ' · %n 个下级地区',
    ' · attributes estimated': ' · 属性为估算', '%1 (est.)': '%1（估算）',
    'Scenario whose results are shown': '显示其结果的情景', 'Baseline': '基准情景',
    '%1 %/yr': '%1 %/年', 'Rate still needed': '尚需年均变化率',
    '%1 (estimate)': '%1（估算）', 'Estimate or projection (dashed)': '估算或预测值（虚线）',
    'Previous year (Page Up)': '上一年（Page Up）', '%1 (base year)': '%1（基准年）', '%1 (target year)': '%1（目标年）',
    'Next year (Page Down)': '下一年（Page Down）',
    'An internal error stopped the workbench:\n%1': '内部错误导致工作台停止运行：\n%1',
    # render
    'Schematic map — geometry is approximate, not for official use': '示意图 — 几何形状为近似，不作正式用途',
    'Coordinate system: ': '坐标系：', 'Source: ': '数据来源：', 'Date: ': '日期：',
    'estimate (hatched)': '估算（斜线填充）', 'Legend': '图例',
}

ZH.update({
    'Task %1: %2': '任务 %1：%2', 'Task %1': '任务 %1',
    'import-layer PROJECT FILE --role counties|basins|irrigation-districts|rivers|reservoirs|other [--encoding E] [--crs EPSG:N] [--match-field F] [--layer NAME] [--dry-run]   import a map layer':
        'import-layer 项目 文件 --role counties|basins|irrigation-districts|rivers|reservoirs|other [--encoding 编码] [--crs EPSG:N] [--match-field 字段] [--layer 图层名] [--dry-run]   导入地图图层',
    'Too many arguments.': '参数过多。',
    "--role must be counties, basins, irrigation-districts, rivers, reservoirs or other, not '%1'.":
        '--role 只能是 counties、basins、irrigation-districts、rivers、reservoirs 或 other，而不是“%1”。',
    'Cannot read the project: %1': '无法读取项目：%1',
    'Import refused, the project is unchanged: %1': '导入被拒绝，项目未改动：%1',
    'Names decoded as %1: %2': '名称按 %1 解码：%2',
    'Dry run: the project was not changed.': '试运行：项目未改动。',
    'Cannot save the project: %1': '无法保存项目：%1',
    'Saved %1.': '已保存 %1。',
    'layer "%1": %2 region geometries replaced, %3 added': '图层“%1”：替换 %2 个地区几何，新增 %3 个',
    'layer "%1" still holds schematic geometry for %2 regions and stays marked schematic': '图层“%1”仍有 %2 个地区为示意几何，继续标记为示意',
    'layer "%1" replaced by "%2" (%3 features)': '图层“%1”已由“%2”替换（%3 个要素）',
    'layer "%1" added (%2 features)': '已添加图层“%1”（%2 个要素）',
    '%1 (unmatched)': '%1（未匹配）',
    'layer "%1" added with the %2 unmatched features': '已添加图层“%1”，含 %2 个未匹配要素',
    'the file claims degrees (%1) but its coordinates are not; the CRS is ignored': '文件声明为经纬度（%1），但坐标并非经纬度；已忽略该坐标系',
    'the file is neither UTF-8 nor GBK text; name its encoding': '文件既非 UTF-8 也非 GBK 文本，请指定编码',
    'the file is not valid %1 text': '文件不是有效的 %1 文本',
    'a quote inside an unquoted cell': '未加引号的单元格中出现引号',
    'a quoted cell is not closed': '带引号的单元格未闭合',
    'tables are read from .csv or .xlsx files': '表格只能从 .csv 或 .xlsx 文件读取',
    'GDAL cannot open the workbook': 'GDAL 无法打开该工作簿',
    'no column "%1"': '没有“%1”列',
    'no year: give one, or a year column, or name the sheet by its year': '缺少年份：请指定年份、提供年份列，或以年份命名工作表',
    '%1 row %2: "%3" is not a project region': '%1 第 %2 行：“%3”不是项目中的地区',
    'not a year: "%1"': '不是年份：“%1”',
    '%1 row %2: no value for %3': '%1 第 %2 行：%3 没有数值',
    'not a number: "%1"': '不是数字：“%1”',
    'export-map [PROJECT] --indicator ID --year Y [--scenario S] --out FILE.png|svg|pdf [--size WxH] [--title T]   compliance map (no PROJECT: the embedded Qinzhou project)':
        'export-map [项目] --indicator 指标 --year 年份 [--scenario 情景] --out 文件.png|svg|pdf [--size 宽x高] [--title 标题]   导出达标情况图（不指定项目时使用内置钦州项目）',
    'export-map needs --indicator, --year and --out.': 'export-map 需要 --indicator、--year 和 --out。',
    "Unknown indicator '%1'; known: %2.": '未知指标“%1”；可用指标：%2。',
    "--size must be WIDTHxHEIGHT in pixels between 200 and 20000, e.g. 1600x1200, not '%1'.":
        '--size 须为 宽x高（像素，200 至 20000 之间），如 1600x1200，而不是“%1”。',
    "--out must end in .png, .svg or .pdf, not '%1'.": '--out 的扩展名须为 .png、.svg 或 .pdf，而不是“%1”。',
    'Cannot build the map: %1': '无法生成地图：%1',
    "Cannot draw layer '%1': %2": '无法绘制图层“%1”：%2',
    'The project has no counties layer to colour.': '项目中没有可着色的县区图层。',
    'Cannot export the map: %1': '无法导出地图：%1',
    'Map written to %1': '地图已写入 %1',
    'import-plan PROJECT FILE.csv   add or replace plan targets, all or nothing': 'import-plan 项目 文件.csv   添加或替换方案目标（全部成功或全部不变）',
    'Nothing was imported: %1': '未导入任何内容：%1',
    'added %1, replaced %2, unchanged %3, rejected %4': '新增 %1，替换 %2，未变 %3，拒绝 %4',
    'Nothing was imported: correct the rejected rows and run the import again.': '未导入任何内容：请修正被拒绝的行后重新导入。',
    'The project already holds these rows; nothing to do.': '项目中已有这些行，无需导入。',
    'Imported into %1.': '已导入 %1。',
    'import-stats PROJECT FILE.csv|FILE.xlsx   add or replace statistics, all or nothing': 'import-stats 项目 文件.csv|文件.xlsx   添加或替换统计数据（全部成功或全部不变）',
    'info PROJECT   summarise a project file': 'info 项目   显示项目文件概要',
    'Its layers can be imported into a project with import-layer:': '可用 import-layer 将其图层导入项目：',
    'Project: %1 (%2)': '项目：%1（%2）', 'File: %1': '文件：%1',
    'Schema: %1 (written by Jieshui %2)': '结构版本：%1（由节水工作台 %2 写入）',
    'Regions: %1 (%2)': '地区：%1（%2）', 'Statistics: %1 values, %2-%3': '统计数据：%1 个值，%2–%3 年',
    'Statistics: none': '统计数据：无', 'Plan targets: %1': '方案目标：%1', 'Key tasks: %1': '重点任务：%1',
    'Scenarios: %1 (%2)': '情景：%1（%2）', 'Layers: %1': '图层：%1', '%1 [%2, %3]: %4 features, %5': '%1 [%2，%3]：%4 个要素，%5',
    'Results: %1 rows, never evaluated': '结果：%1 行，从未评价', 'Results: %1 rows, last evaluated %2': '结果：%1 行，最近评价于 %2',
    'Last saved: %1': '最近保存：%1',
    'new PROJECT.gpkg [--template qinzhou|empty]   create a project file (default: the Qinzhou project)':
        'new 项目.gpkg [--template qinzhou|empty]   新建项目文件（默认：钦州项目）',
    'Name the project file to create.': '请指定要创建的项目文件。',
    "--template must be qinzhou or empty, not '%1'.": '--template 只能是 qinzhou 或 empty，而不是“%1”。',
    'Cannot build the template: %1': '无法生成模板：%1',
    'Cannot create the project: %1': '无法创建项目：%1',
    'Created %1 (template %2): %3 regions, %4 statistics, %5 plan targets, %6 scenarios, %7 layers.':
        '已创建 %1（模板 %2）：%3 个地区，%4 个统计值，%5 个方案目标，%6 个情景，%7 个图层。',
    'What the selected scenario changes from its parent; double-click a value to edit it': '所选情景相对上级情景的改动；双击数值即可编辑',
    'Scenario Drivers': '情景参数', 'Selected %1': '所选 %1',
    'Real GDP growth (%/yr)': 'GDP 实际增速（%/年）',
    'Real industrial value added growth (%/yr)': '工业增加值实际增速（%/年）',
    'Irrigation water per area, change (%/yr)': '亩均灌溉用水量变化（%/年）',
    'Industrial water intensity, change (%/yr)': '工业用水强度变化（%/年）',
    'Domestic and public water intensity, change (%/yr)': '生活及公共用水强度变化（%/年）',
    'Irrigated area, change (%/yr)': '灌溉面积变化（%/年）',
    'Irrigation coefficient reached by 2035': '2035 年灌溉水有效利用系数',
    'Leakage rate reached by 2035 (%)': '2035 年管网漏损率（%）',
    'Industrial reuse rate reached by 2035 (%)': '2035 年工业用水重复利用率（%）',
    'all years': '全部年份', 'Driver': '参数', 'From': '起始年',
    'not a readable XLSX workbook': '不是可读取的 XLSX 工作簿',
    'done': '已完成', 'not done': '未完成',
    'a save of this project was interrupted; open it once where it can be written to restore the last saved state':
        '该项目上次保存被中断；请在可写入的位置打开一次，以恢复到最后一次保存的状态',
})

# import dialog (ui/ImportLayerDialog, ImportController, ApplyLayerImportCommand, ProjectActions)
ZH.update({
    'Import layer from %1': '从 %1 导入图层',
    'The analysis was cancelled.': '分析已取消。',
    'matched': '已匹配', 'ambiguous': '有歧义', 'unmatched': '未匹配',
    'Vector files (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.gml *.tab *.mif *.sqlite *.gdb);;All files (*)':
        '矢量文件 (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.gml *.tab *.mif *.sqlite *.gdb);;所有文件 (*)',
    '&Analyse': '分析(&A)',
    'Cancel Analysis': '取消分析',
    'Import Layer': '导入图层',
    '&Browse…': '浏览(&B)…',
    'A vector file: Shapefile, GeoJSON, GeoPackage, KML, …': '矢量文件：Shapefile、GeoJSON、GeoPackage、KML 等',
    'As detected (or EPSG:n, a PROJ string)': '按检测结果（或填 EPSG:n、PROJ 字符串）',
    'Automatic (code, then name)': '自动（先按代码，再按名称）',
    '&File:': '文件(&F)：', '&Layer:': '图层(&L)：', '&Role:': '用途(&R)：',
    'Text &encoding:': '文字编码(&E)：', '&CRS:': '坐标系(&C)：', '&Match field:': '匹配字段(&M)：',
    'Feature': '要素', 'Code': '代码', 'Project region': '项目地区',
    'The import report appears here after the analysis.': '分析完成后，导入报告显示在此处。',
    '&Import': '导入(&I)',
    'Cannot read %1: %2': '无法读取 %1：%2',
    'Detected: %1 (%2)': '检测结果：%1（%2）',
    'Not a shapefile: %1 stores its text encoding itself.': '不是 Shapefile：%1 格式自带文字编码。',
    'No names to preview.': '没有可预览的名称。',
    'Declared by the file: %1.': '文件声明的坐标系：%1。',
    'Not declared; CGCS2000 (%1) is offered: %2': '文件未声明坐标系，建议采用 CGCS2000（%1）：%2',
    ('jieshui::ui::ImportLayerDialog', '%1 (%2)'): '%1（%2）',
    'Not declared and not guessable, set the CRS below: %1': '文件未声明坐标系且无法推断，请在下方指定：%1',
    'Candidates: %1': '可能的坐标系：%1',
    'The file is read as %1 (set by you).': '按您指定的 %1 读取文件。',
    'Analysing…': '正在分析…',
    '&Import Layer…': '导入图层(&I)…',
    'Import a map layer (Shapefile, GeoJSON, GeoPackage, …) into the project': '将地图图层（Shapefile、GeoJSON、GeoPackage 等）导入项目',
    '%1 is a GeoPackage but not a project: its layers can be imported': '%1 是 GeoPackage 文件而非项目：可导入其中的图层',
    'Not a Jieshui project': '不是节水项目文件',
    '%1 is a GeoPackage but not a Jieshui project. It holds %n layer(s):\n%2\n\nImport one of them into the current project?':
        '%1 是 GeoPackage 文件，但不是节水规划项目。其中有 %n 个图层：\n%2\n\n要将其中一个导入当前项目吗？',
})


# wide statistics import (import-stats --wide, store::ProjectImporter::readWideMapping)
ZH.update({
    'import-stats PROJECT FILE.csv|FILE.xlsx [--wide MAPPING.csv [--dry-run]]   add or replace statistics, all or nothing (--wide: a bulletin-style table converted by the mapping)':
        'import-stats 项目 文件.csv|文件.xlsx [--wide 映射.csv [--dry-run]]   添加或替换统计数据，全部成功或全不导入（--wide：按映射转换公报式宽表）',
    '--dry-run needs --wide MAPPING.csv.': '--dry-run 需要与 --wide 映射.csv 一起使用。',
    '--wide needs one mapping file.': '--wide 需要且只能指定一个映射文件。',
    'The mapping cannot be used: %1': '映射无法使用：%1',
    'Mapping for %1:': '%1 的映射：',
    'region column: %1': '地区列：%1',
    ('cli', '%1 → %2 (%3)'): '%1 → %2（%3）',
    'year column: %1': '年份列：%1',
    'year: %1': '年份：%1',
    "year: from each sheet's name": '年份：取自各工作表的名称',
    'source: %1; estimate: %2': '来源：%1；估算：%2',
    ('cli', 'yes'): '是', ('cli', 'no'): '否',
    'Years: %1': '年份：%1',
    'Regions matched (%1): %2': '已匹配地区（%1 个）：%2',
    'Skipped: %1': '已跳过：%1',
    '%1 values; the first long rows:': '共 %1 个数值；前几行长表数据：',
    'Dry run: nothing was changed. Run again without --dry-run to import.':
        '试运行：未做任何更改。去掉 --dry-run 再次运行即可导入。',
    'the mapping file is empty': '映射文件为空',
    'the mapping file must start with the header column,variable,unit': '映射文件的第一行必须是表头 column,variable,unit',
    '"%1" needs a value': '“%1”需要一个值',
    'estimate must be 0 or 1, not "%1"': 'estimate 只能是 0 或 1，而不是“%1”',
    'unknown variable "%1"': '未知变量“%1”',
    'unknown unit "%1"': '未知单位“%1”',
    'column "%1" is mapped twice': '列“%1”被映射了两次',
    'no region_column row': '缺少 region_column 行',
    'no column is mapped to a variable': '没有任何列映射到变量',
    '%1 (converted to long rows)': '%1（已转换为长表行）',
})


def load_tsv_tables():
    """Adds the tables of translations/zh_CN/*.tsv: one file per feature, so parallel work never edits
    the same table. Lines are `context<TAB>source<TAB>Chinese` (empty context = any context); `\\n` and
    `\\t` stand for a newline and a tab; lines starting with # are comments."""
    def unescape(text):
        return text.replace('\\n', '\n').replace('\\t', '\t')
    for table in sorted((HERE / 'zh_CN').glob('*.tsv')):
        for number, line in enumerate(table.read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit(f'{table}:{number}: expected context<TAB>source<TAB>Chinese')
            context, source, zh = (unescape(p) for p in parts)
            ZH[(context, source) if context else source] = zh


def fill_chinese(path):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall('context'):
        name = context.find('name').text
        for message in context.findall('message'):
            source = message.find('source').text or ''
            translation = message.find('translation')
            zh = ZH.get((name, source), ZH.get(source))
            if zh is None:
                if translation.get('type') == 'unfinished' or not (translation.text or translation.findall('numerusform')):
                    missing.append((name, source))
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get('numerus') == 'yes':
                translation.text = None
                form = ET.SubElement(translation, 'numerusform')
                form.text = zh
            else:
                translation.text = zh
            translation.attrib.pop('type', None)
    write(tree, path)
    return missing


def fill_english(path):
    tree = ET.parse(path)
    for context in tree.getroot().findall('context'):
        for message in context.findall('message'):
            source = message.find('source').text or ''
            translation = message.find('translation')
            for child in list(translation):
                translation.remove(child)
            if message.get('numerus') == 'yes':
                translation.text = None
                # "%n map(s)": "1 map", "2 maps"; "%n sub-regions": "1 sub-region".
                singular = source.replace('%n sub-regions', '%n sub-region').replace('(s)', '')
                plural = re.sub(r'(\w)\(s\)', r'\1s', source)
                for text in (singular, plural):
                    ET.SubElement(translation, 'numerusform').text = text
            else:
                translation.text = source
            translation.attrib.pop('type', None)
    write(tree, path)


def write(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')


if __name__ == '__main__':
    load_tsv_tables()
    missing = fill_chinese(HERE / 'jieshui_zh_CN.ts')
    fill_english(HERE / 'jieshui_en.ts')
    for context, source in missing:
        print(f'untranslated: [{context}] {source!r}')
    sys.exit(1 if missing else 0)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/XlsxWriter.h"

#include "output/TableText.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <xlsxwriter.h>

namespace jieshui::output {

namespace {

core::Error ioError(const QString& path, const QString& what) {
    return core::Error(core::ErrorCode::IoError,
                       "cannot write the workbook '" + path.toStdString() + "': " + what.toStdString(),
                       core::ErrorLocation{.file = path.toStdString()});
}

} // namespace

QString XlsxWriter::numberFormat(int decimals) {
    if (decimals < 0)
        return QStringLiteral("General");
    return decimals == 0 ? QStringLiteral("0") : QStringLiteral("0.") + QString(decimals, QLatin1Char('0'));
}

QString XlsxWriter::sheetName(const QString& title, const std::vector<QString>& taken) {
    QString base = title.trimmed();
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        base.replace(bad, QLatin1Char('_'));
    if (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    base = base.left(31);
    auto isTaken = [&taken](const QString& name) {
        return std::any_of(taken.begin(), taken.end(),
                           [&name](const QString& t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base;
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

core::Status XlsxWriter::write(const std::vector<core::ReportTable>& tables, const QString& path) {
    if (tables.empty())
        return core::Error(core::ErrorCode::InvalidValue, "there is no table to write",
                           core::ErrorLocation{.file = path.toStdString()});
    const QFileInfo info(path);
    const QString temporary =
        info.absolutePath() + QStringLiteral("/.%1.%2.tmp")
                                  .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QByteArray temporaryName = QFile::encodeName(temporary);

    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook* workbook = workbook_new_opt(temporaryName.constData(), &options);
    if (!workbook)
        return ioError(path, QStringLiteral("the folder cannot be written"));

    lxw_format* headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xE8EEF4);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* noteFormat = workbook_add_format(workbook);
    format_set_italic(noteFormat);
    format_set_font_color(noteFormat, 0x505050);
    std::vector<lxw_format*> numberFormats(12, nullptr);
    lxw_format* general = workbook_add_format(workbook);
    auto formatFor = [&](int decimals) -> lxw_format* {
        if (decimals < 0 || decimals >= static_cast<int>(numberFormats.size()))
            return general;
        lxw_format*& f = numberFormats[static_cast<std::size_t>(decimals)];
        if (!f) {
            f = workbook_add_format(workbook);
            format_set_num_format(f, numberFormat(decimals).toUtf8().constData());
        }
        return f;
    };

    std::vector<QString> names;
    for (const core::ReportTable& table : tables) {
        const QString name = sheetName(QString::fromStdString(table.title), names);
        names.push_back(name);
        const QByteArray nameUtf8 = name.toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nameUtf8.constData());
        if (!sheet) {
            workbook_close(workbook);
            QFile::remove(temporary);
            return ioError(path, QStringLiteral("invalid sheet name '%1'").arg(name));
        }
        std::vector<int> widths(table.columns.size(), 6);
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const QString header = TableText::header(table.columns[c]);
            widths[c] = std::max(widths[c], TableText::displayWidth(header));
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header.toUtf8().constData(),
                                   headerFormat);
        }
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            const std::vector<core::ReportTable::Cell>& cells = table.rows[r];
            for (std::size_t c = 0; c < std::min(cells.size(), table.columns.size()); ++c) {
                const auto col = static_cast<lxw_col_t>(c);
                const core::ReportTable::Column& column = table.columns[c];
                if (const auto* number = std::get_if<core::ReportTable::Number>(&cells[c]);
                    number && std::isfinite(number->value)) {
                    // The full value; the format shows the decimals the window shows.
                    worksheet_write_number(sheet, row, col, number->value,
                                           formatFor(core::ReportTable::decimalsOf(column, *number)));
                } else if (const auto* text = std::get_if<std::string>(&cells[c]); text && !text->empty()) {
                    worksheet_write_string(sheet, row, col, text->c_str(), nullptr);
                } else {
                    continue;
                }
                widths[c] = std::max(widths[c], TableText::displayWidth(TableText::cell(column, cells[c])));
            }
        }
        auto noteRow = static_cast<lxw_row_t>(table.rows.size() + 2);
        for (const std::string& note : table.notes)
            worksheet_write_string(sheet, noteRow++, 0, note.c_str(), noteFormat);
        for (std::size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 std::min(60, widths[c] + 2) * 1.0, nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        // Printed from Excel or WPS: A4 landscape, one page wide, the header row on every page.
        worksheet_set_paper(sheet, 9);
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_repeat_rows(sheet, 0, 0);
        if (!table.rows.empty() && !table.columns.empty())
            worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                 static_cast<lxw_col_t>(table.columns.size() - 1));
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return ioError(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporaryName.toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), error);
    if (error) {
        QFile::remove(temporary);
        return ioError(path, QString::fromStdString(error.message()));
    }
    return core::okStatus();
}

} // namespace jieshui::output

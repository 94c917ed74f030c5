// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "DomainLabels.h"
#include "ExportMapDialog.h"
#include "ExportReportDialog.h"
#include "ExportTableDialog.h"
#include "ImportStatisticsDialog.h"
#include "MapCanvas.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"
#include "output/MapComposer.h"
#include "render/FontResolver.h"
#include "render/MapExporter.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QWidget>

namespace jieshui::ui {

ExportActions::ExportActions(ProjectController* controller, MapCanvas* canvas, QWidget* window)
    : QObject(window), m_controller(controller), m_canvas(canvas), m_window(window) {
    auto add = [this](void (ExportActions::*slot)(), const QKeySequence& shortcut = {}) {
        auto* action = new QAction(this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
    };
    add(&ExportActions::exportMap, QKeySequence(Qt::CTRL | Qt::Key_E));
    add(&ExportActions::print, QKeySequence::Print);
    add(&ExportActions::exportTable, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    add(&ExportActions::exportReport, QKeySequence(Qt::CTRL | Qt::Key_R));
    add(&ExportActions::importStatistics);
    retranslate();
}

void ExportActions::retranslate() {
    const QStringList texts{tr("Export &Map…"), tr("&Print Map…"), tr("Export &Table…"),
                            tr("E&xport Report…"), tr("Import Statisti&cs…")};
    for (int i = 0; i < texts.size(); ++i)
        m_actions[i]->setText(texts[i]);
}

QString ExportActions::documentLanguage() {
    // The window's language, by the one rule the map, the scorecard and the legends follow (its locale,
    // set with its translators): a preview never mixes a Chinese dialog with an English legend.
    return DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
}

std::pair<QString, QString> ExportActions::mapTitles() const {
    const store::ProjectData data = StoreProjectRepository::toStore(m_controller->project());
    const output::MapComposer composer(data);
    output::MapRequest request;
    request.indicator = m_controller->indicator();
    request.year = m_controller->year();
    request.language = output::ReportLanguage(documentLanguage());
    const core::ScenarioResult* result = m_controller->result();
    const bool compliance = result && result->cityTargetIndex(request.indicator, request.year);
    const QString title =
        composer.defaultTitle(request, compliance ? output::MapKind::Compliance : output::MapKind::Graduated);
    const QString scenario = result ? composer.scenarioName(result->scenario(), request.language) : QString();
    const QString subtitle =
        scenario.isEmpty() ? QString() : request.language.pick("Scenario: ", "情景：") + scenario;
    return {title, subtitle};
}

ExportMapDialog* ExportActions::createExportMapDialog() const {
    const auto [title, subtitle] = mapTitles();
    return new ExportMapDialog(m_canvas->document(), m_canvas->viewport().extent(), title, subtitle,
                               documentLanguage(), m_window);
}

void ExportActions::exportMap() {
    ExportMapDialog* dialog = createExportMapDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExportActions::printMap(QPrinter& printer, const render::MapDocument& document,
                             render::ExportOptions options) {
    // The page in logical px (1/96 in), painted by the exporter's own page painter.
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    const double scale = printer.resolution() / 96.0;
    options.size = (page.size() / scale).toSize();
    options.pixelRatio = 1.0;
    const bool pdf = printer.outputFormat() == QPrinter::PdfFormat;
    core::Result<QFont> font = pdf ? render::FontResolver::pdfFont() : render::FontResolver::cjkFont();
    QPainter painter(&printer);
    painter.scale(scale, scale);
    render::MapExporter::paintPage(painter, document, options, font.isOk() ? font.value() : QFont());
}

void ExportActions::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Map"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto [title, subtitle] = mapTitles();
    render::ExportOptions options;
    options.extent = m_canvas->viewport().extent();
    options.decorations.language = documentLanguage();
    options.decorations.title = title;
    options.decorations.subtitle = subtitle;
    printMap(printer, m_canvas->document(), options);
}

void ExportActions::exportTable() {
    auto* dialog = new ExportTableDialog(m_controller, documentLanguage(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExportActions::exportReport() {
    auto* dialog = new ExportReportDialog(m_controller, documentLanguage(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExportActions::importStatistics() {
    auto* dialog = new ImportStatisticsDialog(m_controller, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace jieshui::ui

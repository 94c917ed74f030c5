// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapPreview.h"

#include <QPainter>

namespace jieshui::ui {

MapPreview::MapPreview(QWidget* parent) : QWidget(parent) {
    setMinimumSize(240, 180);
}

void MapPreview::setMap(render::MapDocument document, render::DecorationOptions decorations) {
    m_document = std::move(document);
    m_decorations = std::move(decorations);
    redraw();
}

void MapPreview::redraw() {
    m_image = QImage();
    m_problem.clear();
    if (m_document.layerCount() == 0 || width() < 10 || height() < 10) {
        update();
        return;
    }
    render::ExportOptions options;
    options.size = size();
    options.decorations = m_decorations;
    auto page = render::MapExporter::renderPage(m_document, options);
    if (page.isOk())
        m_image = std::move(page).value();
    else
        m_problem = QString::fromStdString(page.error().message());
    update();
}

core::Status MapPreview::exportTo(const QString& path, QSize size) const {
    render::ExportOptions options;
    options.size = size;
    options.decorations = m_decorations;
    return render::MapExporter::exportMap(m_document, options, path);
}

void MapPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_image.isNull())
        painter.drawImage(QPoint(0, 0), m_image);
    else if (!m_problem.isEmpty())
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_problem);
}

void MapPreview::resizeEvent(QResizeEvent*) {
    redraw();
}

} // namespace jieshui::ui

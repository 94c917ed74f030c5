// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "render/MapDocument.h"
#include "render/MapExporter.h"

#include <QDialog>
#include <QImage>
#include <QRectF>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace jieshui::ui {

/**
 * File → Export Map: the window's map as PNG, SVG or PDF through render::MapExporter, the renderer of
 * `jieshui-cli export-map`: the current view or the full extent; A4/A3 portrait or landscape, or a size in
 * pixels; the PNG resolution; title and subtitle (prefilled, editable); legend, scale bar, north arrow;
 * the CRS, source and date notes and the schematic note come with the decorations. A preview shows the
 * page before anything is written.
 */
class ExportMapDialog : public QDialog {
    Q_OBJECT
public:
    ExportMapDialog(render::MapDocument document, const QRectF& currentExtent, const QString& title,
                    const QString& subtitle, const QString& language, QWidget* parent = nullptr);

    /** The options the widgets describe (page size in logical px, extent, decorations, PNG ratio). */
    render::ExportOptions options() const;
    void setPath(const QString& path);
    QString path() const;
    /** Chooses a page: 0 A4 portrait, 1 A4 landscape, 2 A3 portrait, 3 A3 landscape, 4 pixel size. */
    void setPage(int index);
    void setPixelSize(int width, int height);
    void setDpi(int dpi);
    /** The PNG resolution control: enabled for a paper page only (a pixel size is exact). */
    const QSpinBox* dpiBox() const { return m_dpi; }
    void setFullExtent(bool full);
    void setTitle(const QString& title);
    /** The map the dialog exports (the window's, as it was when the dialog opened). */
    const render::MapDocument& document() const { return m_document; }
    /** The last preview drawn. */
    const QImage& preview() const { return m_previewImage; }
    /** Writes the map to path(); the error names the file when it cannot. */
    core::Status exportMap() const;

private:
    void updatePreview();
    void browse();

    render::MapDocument m_document;
    QRectF m_currentExtent;
    QString m_language;
    QLineEdit* m_path;
    QComboBox* m_extent;
    QComboBox* m_page;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QCheckBox* m_legend;
    QCheckBox* m_scaleBar;
    QCheckBox* m_northArrow;
    QLabel* m_preview;
    QImage m_previewImage;
};

} // namespace jieshui::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportMapDialog.h"

#include "i18n/ErrorText.h"
#include "output/PageSetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace jieshui::ui {

namespace {
constexpr int kPreviewWidth = 420;
} // namespace

ExportMapDialog::ExportMapDialog(render::MapDocument document, const QRectF& currentExtent,
                                 const QString& title, const QString& subtitle, const QString& language,
                                 QWidget* parent)
    : QDialog(parent), m_document(std::move(document)), m_currentExtent(currentExtent), m_language(language),
      m_path(new QLineEdit(this)), m_extent(new QComboBox(this)), m_page(new QComboBox(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_dpi(new QSpinBox(this)),
      m_title(new QLineEdit(title, this)), m_subtitle(new QLineEdit(subtitle, this)),
      m_legend(new QCheckBox(tr("Legend"), this)), m_scaleBar(new QCheckBox(tr("Scale bar"), this)),
      m_northArrow(new QCheckBox(tr("North arrow"), this)), m_preview(new QLabel(this)) {
    setWindowTitle(tr("Export Map"));
    setObjectName(QStringLiteral("ExportMapDialog"));
    m_extent->addItems({tr("Current view"), tr("Full extent")});
    m_page->addItems(
        {tr("A4 portrait"), tr("A4 landscape"), tr("A3 portrait"), tr("A3 landscape"), tr("Size in pixels")});
    m_page->setCurrentIndex(1);
    for (QSpinBox* spin : {m_width, m_height}) {
        spin->setRange(200, 20000);
        spin->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(1200);
    m_dpi->setRange(48, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Resolution of PNG files; PDF and SVG are vector drawings"));
    for (QCheckBox* box : {m_legend, m_scaleBar, m_northArrow})
        box->setChecked(true);

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportMapDialog::browse);
    auto* pathRow = new QWidget(this);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browseButton);
    m_path->setPlaceholderText(tr("map.pdf, map.png or map.svg"));

    auto* sizeRow = new QWidget(this);
    auto* sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(m_width);
    sizeLayout->addWidget(new QLabel(QStringLiteral("×"), sizeRow));
    sizeLayout->addWidget(m_height);
    auto* decorations = new QWidget(this);
    auto* decorationLayout = new QHBoxLayout(decorations);
    decorationLayout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox* box : {m_legend, m_scaleBar, m_northArrow})
        decorationLayout->addWidget(box);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Extent:"), m_extent);
    form->addRow(tr("Page:"), m_page);
    form->addRow(tr("Pixel size:"), sizeRow);
    form->addRow(tr("PNG resolution:"), m_dpi);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Subtitle:"), m_subtitle);
    form->addRow(tr("Show:"), decorations);

    m_preview->setMinimumSize(kPreviewWidth, kPreviewWidth * 3 / 4);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (path().isEmpty())
            this->browse();
        if (path().isEmpty())
            return;
        const core::Status written = exportMap();
        if (written.hasError()) {
            QMessageBox::warning(this, tr("Export Map"), i18n::ErrorText::of(written.error()));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    auto refresh = [this] {
        const bool pixels = m_page->currentIndex() == 4;
        m_width->setEnabled(pixels);
        m_height->setEnabled(pixels);
        m_dpi->setEnabled(!pixels); // a size in pixels is exact (as the CLI's --size)
        updatePreview();
    };
    connect(m_page, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_extent, &QComboBox::currentIndexChanged, this, refresh);
    for (QSpinBox* spin : {m_width, m_height})
        connect(spin, &QSpinBox::valueChanged, this, refresh);
    for (QLineEdit* edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, refresh);
    for (QCheckBox* box : {m_legend, m_scaleBar, m_northArrow})
        connect(box, &QCheckBox::toggled, this, refresh);
    refresh();
}

render::ExportOptions ExportMapDialog::options() const {
    render::ExportOptions options;
    switch (m_page->currentIndex()) {
    case 0:
        options.size = output::PageSetup::paperPixels(QPageSize::A4, QPageLayout::Portrait);
        break;
    case 1:
        options.size = output::PageSetup::paperPixels(QPageSize::A4, QPageLayout::Landscape);
        break;
    case 2:
        options.size = output::PageSetup::paperPixels(QPageSize::A3, QPageLayout::Portrait);
        break;
    case 3:
        options.size = output::PageSetup::paperPixels(QPageSize::A3, QPageLayout::Landscape);
        break;
    default:
        options.size = QSize(m_width->value(), m_height->value());
        break;
    }
    // A paper page at the chosen resolution; a pixel size is exact.
    options.pixelRatio = m_page->currentIndex() == 4 ? 1.0 : output::PageSetup::pixelRatio(m_dpi->value());
    if (m_extent->currentIndex() == 0 && m_currentExtent.isValid())
        options.extent = m_currentExtent;
    options.decorations.language = m_language;
    options.decorations.title = m_title->text();
    options.decorations.subtitle = m_subtitle->text();
    options.decorations.legend = m_legend->isChecked();
    options.decorations.scaleBar = m_scaleBar->isChecked();
    options.decorations.northArrow = m_northArrow->isChecked();
    return options;
}

void ExportMapDialog::setPath(const QString& path) {
    m_path->setText(path);
}
QString ExportMapDialog::path() const {
    return m_path->text().trimmed();
}
void ExportMapDialog::setPage(int index) {
    m_page->setCurrentIndex(index);
}
void ExportMapDialog::setPixelSize(int width, int height) {
    m_width->setValue(width);
    m_height->setValue(height);
}
void ExportMapDialog::setDpi(int dpi) {
    m_dpi->setValue(dpi);
}
void ExportMapDialog::setFullExtent(bool full) {
    m_extent->setCurrentIndex(full ? 1 : 0);
}
void ExportMapDialog::setTitle(const QString& title) {
    m_title->setText(title);
}

void ExportMapDialog::updatePreview() {
    render::ExportOptions preview = options();
    preview.pixelRatio = static_cast<double>(kPreviewWidth) / std::max(1, preview.size.width());
    core::Result<QImage> image = render::MapExporter::renderPage(m_document, preview);
    if (image.hasError()) {
        m_preview->setText(i18n::ErrorText::of(image.error()));
        return;
    }
    m_previewImage = image.value();
    QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    pixmap.setDevicePixelRatio(1.0);
    m_preview->setPixmap(pixmap);
}

void ExportMapDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Map"), path(), tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

core::Status ExportMapDialog::exportMap() const {
    return render::MapExporter::exportMap(m_document, options(), path());
}

} // namespace jieshui::ui

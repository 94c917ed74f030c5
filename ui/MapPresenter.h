// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "geo/FeatureLayer.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace jieshui::ui {

class MapCanvas;
class ProjectController;

/**
 * Keeps the map canvas in step with the project: reprojects the project's layers into the display CRS
 * (PROJ, through geo::CoordinateTransformer), colours the counties by compliance with the selected
 * indicator's target for the selected year and scenario (or by graduated values when the year has no
 * target), and turns clicks on the map into the identified region.
 */
class MapPresenter : public QObject {
    Q_OBJECT

public:
    MapPresenter(ProjectController* controller, MapCanvas* canvas, QObject* parent = nullptr);

    /** Display CRS as "EPSG:n" (default EPSG:4545, CGCS2000 / 3-degree GK CM 108E). */
    QString displayCrs() const { return m_displayCrs; }
    /** Reprojects every layer into @p crs; an unknown CRS leaves the display unchanged and returns false. */
    bool setDisplayCrs(const QString& crs);
    /** How the map is coloured now, for the status bar and the legend ("Compliance …" or "Values …"). */
    QString themeDescription() const { return m_themeDescription; }
    /** The project's layers reprojected into the display CRS (for other maps of the window). */
    const QVector<geo::FeatureLayer>& displayLayers() const { return m_displayLayers; }
    /** Text for the status bar: "x, y" in the display CRS (metres or degrees) with the CRS. */
    QString formatCoordinates(QPointF mapPoint) const;

signals:
    /** A problem the user should know of (a layer that could not be reprojected, ...). */
    void message(const QString& text);
    void themeChanged(const QString& description);

private:
    void onChanged(const ChangeEvent& event);
    void reprojectLayers();
    void rebuildDocument(bool fitExtent);

    ProjectController* m_controller;
    MapCanvas* m_canvas;
    QString m_displayCrs = QStringLiteral("EPSG:4545");
    QVector<geo::FeatureLayer> m_displayLayers; ///< the project's layers in the display CRS
    QVector<int> m_sourceIndex;                 ///< for each display layer, the project layer it comes from
    QString m_themeDescription;
};

} // namespace jieshui::ui

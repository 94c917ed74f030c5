// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "geo/FeatureLayer.h"
#include "render/LayerGeometry.h"
#include "report/ScenarioResult.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>
#include <vector>

namespace jieshui::ui {

class MapCanvas;
class ProjectController;

/**
 * Keeps the map canvas in step with the project: reprojects the project's layers into the display CRS
 * (PROJ, through geo::CoordinateTransformer), colours the counties by compliance with the selected
 * indicator's target for the selected year and scenario (or by graduated values when the year has no
 * target, or by the probability of meeting it after an uncertainty analysis), and turns clicks on the map
 * into the identified region. A presenter can also show another scenario than the selected one
 * (setScenario(), for a second, synchronised map); its hover tooltips name the county, its value, the target
 * and the verdict.
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
    /**
     * Colours the counties by the probability of meeting the city's target (render::ProbabilityMapBuilder)
     * when an uncertainty analysis of the scenario exists; the compliance map otherwise.
     */
    void setProbabilityStyle(bool on);
    bool probabilityStyle() const { return m_probabilityStyle; }
    /** The project's layers reprojected into the display CRS (for other maps of the window). */
    const QVector<geo::FeatureLayer>& displayLayers() const { return m_displayLayers; }
    /**
     * displayLayers() prepared for drawing (simplified, indexed) once per projection, shared by every
     * document built from them: an edit restyles the map without re-simplifying or re-indexing.
     */
    const std::vector<std::shared_ptr<const render::LayerGeometry>>& displayGeometries() const {
        return m_displayGeometries;
    }
    /** Text for the status bar: "x, y" in the display CRS (metres or degrees) with the CRS. */
    QString formatCoordinates(QPointF mapPoint) const;

    /**
     * An inactive presenter ignores changes (a hidden second map costs nothing); activating it catches up.
     * Active by default.
     */
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /** Shows scenario @p name instead of the selected one (empty: follow the selection again). */
    void setScenario(const QString& name);
    /** The scenario shown (the selected one unless setScenario() chose another). */
    QString scenario() const;
    /** The evaluated scenario shown, or nullptr. */
    const core::ScenarioResult* result() const;
    /** The hover tooltip of @p regionCode: name, value, target and verdict for the shown map (HTML). */
    QString regionToolTip(const QString& regionCode) const;

signals:
    /** A problem the user should know of (a layer that could not be reprojected, ...). */
    void message(const QString& text);
    void themeChanged(const QString& description);

private:
    void onChanged(const ChangeEvent& event);
    void reprojectLayers();
    void rebuildDocument(bool fitExtent);
    void reevaluateOwn();

    ProjectController* m_controller;
    MapCanvas* m_canvas;
    QString m_displayCrs = QStringLiteral("EPSG:4545");
    QVector<geo::FeatureLayer> m_displayLayers; ///< the project's layers in the display CRS
    std::vector<std::shared_ptr<const render::LayerGeometry>> m_displayGeometries; ///< of m_displayLayers
    QVector<int> m_sourceIndex;                 ///< for each display layer, the project layer it comes from
    QString m_themeDescription;
    bool m_probabilityStyle = false;
    bool m_active = true;
    QString m_ownScenario;                           ///< shown instead of the selected scenario when set
    std::optional<core::ScenarioResult> m_ownResult; ///< m_ownScenario evaluated
};

} // namespace jieshui::ui

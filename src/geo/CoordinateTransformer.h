// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "geo/FeatureLayer.h"

#include <QPointF>
#include <QString>
#include <memory>

namespace jieshui::geo {

/**
 * A PROJ-backed coordinate transformation between two CRSs, always in traditional GIS order
 * (x = longitude/easting, y = latitude/northing; proj_normalize_for_visualization).
 *
 * CRSs are given as "EPSG:n", WKT or PROJ strings ("+proj=aea ..." is taken as a CRS).
 * CGCS2000 (EPSG:4490) and WGS 84 (EPSG:4326) differ by centimetres: a transformer between the two is
 * the identity (see cgcs2000Note()). Each transformer owns its PROJ context: use one per thread.
 */
class CoordinateTransformer {
public:
    /** The default display CRS: CGCS2000 / 3-degree Gauss-Kruger CM 108E (metres, easting first). */
    static QString displayCrs() { return QStringLiteral("EPSG:4545"); }
    /** The project storage CRS: CGCS2000 geographic (degrees, longitude first). */
    static QString storageCrs() { return QStringLiteral("EPSG:4490"); }

    /** Creates a transformer, or an UnsupportedFormat error naming the CRS PROJ cannot read. */
    static core::Result<CoordinateTransformer> create(const QString& sourceCrs, const QString& targetCrs);

    CoordinateTransformer(CoordinateTransformer&& other) noexcept;
    CoordinateTransformer& operator=(CoordinateTransformer&& other) noexcept;
    CoordinateTransformer(const CoordinateTransformer&) = delete;
    CoordinateTransformer& operator=(const CoordinateTransformer&) = delete;
    ~CoordinateTransformer();

    const QString& sourceCrs() const { return m_sourceCrs; }
    const QString& targetCrs() const { return m_targetCrs; }
    /** True when no coordinate changes (same CRS, or CGCS2000 vs WGS 84 geographic). */
    bool isIdentity() const;

    /** Transforms one point; both coordinates are NaN when it is outside the transformation's domain. */
    QPointF transform(const QPointF& point) const;

    /** Transforms @p points in place; returns the number of points that failed (set to NaN). */
    int transformInPlace(QPolygonF& points) const;

    /**
     * A copy of @p layer in the target CRS (crs set to targetCrs(), bounds updated). Fails with an
     * InvalidValue error naming the first feature that has a point outside the domain; Cancelled when
     * @p feedback is cancelled.
     */
    core::Result<FeatureLayer> transform(const FeatureLayer& layer, core::Feedback* feedback = nullptr) const;

    /** "EPSG:4490" when @p crs names CGCS2000 or WGS 84 geographic ("EPSG:4326", "4490", ...), else @p crs.
     */
    static QString normalizedCrs(const QString& crs);

    /** The one-line note on treating CGCS2000 as WGS 84 (translated); shown once per import. */
    static QString cgcs2000Note();

    /** The name of @p crs itself from the PROJ database (e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 108E";
     * "WGS 84" for EPSG:4326, which is stored as CGCS2000), or empty. */
    static QString crsName(const QString& crs);

private:
    struct Impl;
    explicit CoordinateTransformer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    QString m_sourceCrs;
    QString m_targetCrs;
};

} // namespace jieshui::geo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

namespace jieshui::geo {

/**
 * The CGCS2000 3-degree Gauss-Krüger zones China's maps are drawn in: EPSG:4534 (CM 75E) to EPSG:4554
 * (CM 135E), false easting 500 km without the zone number in front. A project's display CRS is the zone of
 * its data's centre, where the projection's scale error is smallest.
 */
class GaussKrugerZone {
public:
    /** The central meridian (degrees east, a multiple of 3) of the zone holding @p longitude. */
    static int centralMeridian(double longitude);
    /** "EPSG:45nn" for @p longitude (degrees east) in 73.5E-136.5E; empty outside. */
    static QString crsFor(double longitude);
    /** The zone of the centre of @p degrees (an extent in CGCS2000 degrees, x = longitude); empty if none. */
    static QString crsForExtent(const QRectF& degrees);
};

} // namespace jieshui::geo

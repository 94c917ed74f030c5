// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/CrsGuesser.h"

#include "geo/CoordinateTransformer.h"

#include <QCoreApplication>
#include <cmath>

namespace jieshui::geo {

namespace {

const QRectF kChinaDegrees(QPointF(73.0, 3.0), QPointF(136.0, 54.0));

bool inside(const QRectF& outer, const QPointF& p) {
    return p.x() >= outer.left() && p.x() <= outer.right() && p.y() >= outer.top() && p.y() <= outer.bottom();
}

/** The centre of @p extent in degrees under @p crs, or NaN. */
QPointF centreInDegrees(const QString& crs, const QRectF& extent) {
    auto transformer = CoordinateTransformer::create(crs, CoordinateTransformer::storageCrs());
    if (transformer.hasError())
        return QPointF(std::nan(""), std::nan(""));
    return transformer.value().transform(extent.center());
}

CrsCandidate candidate(const QString& crs, const QString& reason) {
    return CrsCandidate{crs, CoordinateTransformer::crsName(crs), reason};
}

QRectF grown(const QRectF& r, double degrees) {
    return r.adjusted(-degrees, -degrees, degrees, degrees);
}

} // namespace

bool CrsGuesser::isChinaDegrees(const QRectF& extent) {
    return inside(kChinaDegrees, extent.topLeft()) && inside(kChinaDegrees, extent.bottomRight());
}

CrsGuess CrsGuesser::guess(const QRectF& extent, bool hasCrs, const QRectF& projectArea) {
    CrsGuess result;
    if (hasCrs) {
        result.decision = CrsDecision::Declared;
        return result;
    }
    if (isChinaDegrees(extent)) {
        result.decision = CrsDecision::Offered;
        result.offeredCrs = CoordinateTransformer::storageCrs();
        result.message = QCoreApplication::translate(
            "geo", "the file declares no CRS; its coordinates can only be degrees in China, so they are read "
                   "as CGCS2000 (EPSG:4490). Name the file's CRS if that is wrong.");
        return result;
    }
    const double minX = extent.left(), maxX = extent.right(), minY = extent.top(), maxY = extent.bottom();
    const bool degreesRange = minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
    if (degreesRange) {
        result.message = QCoreApplication::translate(
            "geo", "the file declares no CRS; its coordinates look like degrees but lie (partly) outside "
                   "China. Name EPSG:4490 or EPSG:4326 as its CRS if they are degrees.");
        result.candidates.append(
            candidate(QStringLiteral("EPSG:4490"), QCoreApplication::translate("geo", "degrees")));
        result.candidates.append(
            candidate(QStringLiteral("EPSG:4326"), QCoreApplication::translate("geo", "degrees")));
        return result;
    }

    // Gauss-Kruger with the zone number in front of the easting: 3-degree zones 25-45, 6-degree 13-23.
    const double zoneMin = std::floor(minX / 1e6), zoneMax = std::floor(maxX / 1e6);
    const bool northingFits = minY > 0 && maxY < 6.5e6;
    if (zoneMin == zoneMax && northingFits && zoneMin >= 13 && zoneMin <= 45) {
        const int zone = static_cast<int>(zoneMin);
        if (zone >= 25) {
            result.candidates.append(candidate(
                QStringLiteral("EPSG:%1").arg(4513 + zone - 25),
                QCoreApplication::translate("geo", "easting starts with the 3-degree zone number %1 (CM %2E)")
                    .arg(zone)
                    .arg(zone * 3)));
        }
        if (zone <= 23) {
            result.candidates.append(candidate(
                QStringLiteral("EPSG:%1").arg(4491 + zone - 13),
                QCoreApplication::translate("geo", "easting starts with the 6-degree zone number %1 (CM %2E)")
                    .arg(zone)
                    .arg(zone * 6 - 3)));
        }
    }

    // Gauss-Kruger without prefix: false easting 500 km, so the zone comes from the project area.
    if (result.candidates.isEmpty() && minX > 0 && maxX < 1e6 && northingFits) {
        const QRectF near = grown(projectArea, 1.0);
        for (int code = 4534; code <= 4554; ++code) { // 3-degree CM 75E ... 135E
            const QString crs = QStringLiteral("EPSG:%1").arg(code);
            if (inside(near, centreInDegrees(crs, extent)))
                result.candidates.append(
                    candidate(crs, QCoreApplication::translate(
                                       "geo", "3-degree zone whose false easting (500 km) puts the data "
                                              "in the project area")));
        }
        for (int code = 4502; code <= 4512; ++code) { // 6-degree CM 75E ... 135E
            const QString crs = QStringLiteral("EPSG:%1").arg(code);
            if (inside(near, centreInDegrees(crs, extent)))
                result.candidates.append(
                    candidate(crs, QCoreApplication::translate(
                                       "geo", "6-degree zone whose false easting (500 km) puts the data "
                                              "in the project area")));
        }
    }

    // Web Mercator: China spans x 8.1e6-15.2e6 m, y 0.3e6-7.2e6 m.
    if (minX > 8.0e6 && maxX < 1.53e7 && minY > 3.0e5 && maxY < 7.2e6)
        result.candidates.append(
            candidate(QStringLiteral("EPSG:3857"),
                      QCoreApplication::translate("geo", "ranges fit Web Mercator over China")));

    // Albers equal-area maps of China centre near 0 with a few thousand km either side.
    if (minX > -4.0e6 && maxX < 4.0e6 && minY > -4.5e6 && maxY < 7.0e6 && (minX < 0 || minY < 0)) {
        result.candidates.append(CrsCandidate{
            QStringLiteral("+proj=aea +lat_0=0 +lat_1=25 +lat_2=47 +lon_0=105 +ellps=krass +units=m"),
            QCoreApplication::translate("geo", "Albers equal-area for China (Krasovsky, 25N/47N, 105E)"),
            QCoreApplication::translate(
                "geo", "coordinates around 0 spanning thousands of km: an equal-area projection of China")});
        result.candidates.append(CrsCandidate{
            QStringLiteral("+proj=aea +lat_0=36 +lat_1=24 +lat_2=48 +lon_0=104.5 +datum=WGS84 +units=m"),
            QCoreApplication::translate("geo", "Albers equal-area (24N/48N, 104.5E, origin 36N)"),
            QCoreApplication::translate(
                "geo", "coordinates around 0 spanning thousands of km: an equal-area projection of China")});
    }

    QStringList names;
    for (const CrsCandidate& c : std::as_const(result.candidates))
        names.append(c.name.isEmpty() ? c.crs : QStringLiteral("%1 (%2)").arg(c.crs, c.name));
    result.message =
        names.isEmpty()
            ? QCoreApplication::translate(
                  "geo",
                  "the file declares no CRS and its coordinates (%1 to %2, %3 to %4) fit no CRS we can "
                  "suggest; name the CRS the data was made in")
                  .arg(minX, 0, 'f', 0)
                  .arg(maxX, 0, 'f', 0)
                  .arg(minY, 0, 'f', 0)
                  .arg(maxY, 0, 'f', 0)
            : QCoreApplication::translate(
                  "geo",
                  "the file declares no CRS and its coordinates are projected; it is not imported until "
                  "you name its CRS. Likely: %1")
                  .arg(names.join(QStringLiteral("; ")));
    return result;
}

} // namespace jieshui::geo

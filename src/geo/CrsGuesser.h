// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

namespace jieshui::geo {

/** What to do with a layer that declares no CRS. */
enum class CrsDecision {
    Declared, ///< the layer has a CRS: nothing to guess
    Offered,  ///< the coordinates can only be degrees inside China: CGCS2000 offered, with a warning
    Refused   ///< projected or unclear coordinates: the user must name the CRS (candidates listed)
};

/** One CRS the coordinates may be in, with why it fits. */
struct CrsCandidate {
    QString crs;    ///< "EPSG:n" or a PROJ string
    QString name;   ///< e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 108E"
    QString reason; ///< translated
};

/** The outcome of CrsGuesser::guess(). */
struct CrsGuess {
    CrsDecision decision = CrsDecision::Refused;
    QString offeredCrs;               ///< set when Offered ("EPSG:4490")
    QVector<CrsCandidate> candidates; ///< when Refused: most likely first
    /**
     * Translated warning (Offered) or refusal (Refused), in words for any front end: each says how the CRS
     * is given (the window's CRS field, the CLI's --crs).
     */
    QString message;
};

/**
 * Decides what to do when a layer has no CRS; never guesses silently.
 * Degrees inside China (lon 73-136, lat 3-54) are offered as CGCS2000 (EPSG:4490) with a warning.
 * Projected coordinates are refused, naming the likely candidates: CGCS2000 Gauss-Kruger zones from
 * the easting's zone prefix (3-degree EPSG:4513-4533, 6-degree 4491-4501) or, without prefix, the zones
 * that put the data inside the project area (3-degree CM EPSG:4534-4554, 6-degree CM 4502-4512);
 * Albers or Web Mercator hints when the ranges fit those.
 */
class CrsGuesser {
public:
    /** The Qinzhou project area in degrees (lon/lat, CGCS2000), used when no other area is given. */
    static QRectF qinzhouArea() { return QRectF(QPointF(107.9, 21.3), QPointF(110.2, 23.0)); }

    /**
     * Guesses from @p extent (the layer bounds in its unknown CRS, x = first coordinate) and the
     * project area @p projectArea (degrees). @p hasCrs true short-circuits to Declared.
     */
    static CrsGuess guess(const QRectF& extent, bool hasCrs, const QRectF& projectArea = qinzhouArea());

    /** True when @p extent lies inside lon 73-136, lat 3-54 (where degrees mean China). */
    static bool isChinaDegrees(const QRectF& extent);
};

} // namespace jieshui::geo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GaussKrugerZone.h"

#include <cmath>

namespace jieshui::geo {

int GaussKrugerZone::centralMeridian(double longitude) {
    return 3 * static_cast<int>(std::lround(longitude / 3.0));
}

QString GaussKrugerZone::crsFor(double longitude) {
    if (!std::isfinite(longitude))
        return {};
    const int meridian = centralMeridian(longitude);
    if (meridian < 75 || meridian > 135)
        return {};
    return QStringLiteral("EPSG:%1").arg(4534 + (meridian - 75) / 3);
}

QString GaussKrugerZone::crsForExtent(const QRectF& degrees) {
    if (degrees.isNull() || !degrees.isValid())
        return {};
    return crsFor(degrees.center().x());
}

} // namespace jieshui::geo

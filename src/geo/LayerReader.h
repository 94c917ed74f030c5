// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "geo/FeatureLayer.h"
#include "geo/ShapefileEncoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

namespace jieshui::geo {

/** What to read and how; every field is optional. */
struct ReadOptions {
    QString layerName; ///< the layer to read; empty = the first layer
    QString encoding;  ///< shapefile text encoding ("UTF-8", "CP936", "GBK", ...); empty = detect
    QString crs; ///< the CRS to assign ("EPSG:n", PROJ string or WKT), overriding the file's; empty = file's
    QString codeField; ///< attribute copied to Feature::regionCode; empty = first of code, adcode, CODE, ...
    QString nameField; ///< attribute copied to Feature::name; empty = first of name_zh, name, NAME, ...
    /**
     * Called on the reading thread for each feature with coordinates, with its index in the layer and
     * the layer's geometry kind, as soon as it is read (LayerImporter starts geometry checks early).
     */
    std::function<void(int index, const Feature& feature, GeometryKind kind)> onFeature;
};

/** Facts about a read that the import report and the CRS check need. */
struct LayerReadInfo {
    QString driver;                            ///< GDAL driver short name, e.g. "ESRI Shapefile", "GeoJSON"
    QStringList layerNames;                    ///< every layer in the data source
    std::optional<EncodingDetection> encoding; ///< shapefiles only
    bool crsDeclared = false;                  ///< the file (or ReadOptions::crs) gave a CRS
    QString codeField;                         ///< the attribute used as the region code, or empty
    QString nameField;                         ///< the attribute used as the name, or empty
    QVector<qint64> nullGeometryIds;           ///< features without a geometry
    QVector<qint64> emptyGeometryIds;          ///< features with an empty geometry
    QVector<qint64> otherKindIds; ///< features whose geometry is not of the layer's kind (dropped geometry)
    int singlePartCount = 0;      ///< Polygon/LineString/Point features
    int multiPartCount = 0;       ///< Multi* features
};

/** A layer and the facts about how it was read. */
struct LayerReadResult {
    FeatureLayer layer;
    LayerReadInfo info;
};

/**
 * Reads one vector layer from any format GDAL reads (Shapefile, GeoJSON, GeoPackage, KML, TopoJSON,
 * FileGDB, MapInfo, ...) into a FeatureLayer, coordinates untouched in the file's CRS with x =
 * longitude/easting. The layer CRS is "EPSG:n" when the file's CRS has an EPSG code, else its WKT, and
 * empty when the file declares none (never guessed here: see CrsGuesser).
 * A `schematic` attribute that is true on any feature marks the layer schematic.
 */
class LayerReader {
public:
    static core::Result<FeatureLayer> read(const QString& path, const ReadOptions& options = {});

    /** Like read(), also returning what was detected (encoding, CRS presence, empty geometries). */
    static core::Result<LayerReadResult> readDetailed(const QString& path, const ReadOptions& options = {});

    /**
     * Reads from bytes in memory (an embedded resource); @p nameHint gives the file name whose extension
     * picks the driver, e.g. "qinzhou.geojson". The bytes go through a temporary /vsimem/ file.
     */
    static core::Result<FeatureLayer> readFromBytes(const QByteArray& bytes, const QString& nameHint,
                                                    const ReadOptions& options = {});

    /** The layer names of the data source at @p path (e.g. a TopoJSON's objects). */
    static core::Result<QStringList> layerNames(const QString& path);
};

} // namespace jieshui::geo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <vector>

namespace jieshui::geo::test {

/** One feature of a fixture: WKT geometry (empty = null geometry), a code and a name (UTF-8 text). */
struct FixtureFeature {
    QString wkt;
    QString code;
    QString name;
};

/** How a fixture shapefile's DBF text is encoded and labelled. */
struct ShapefileLabels {
    QString textEncoding = QStringLiteral("UTF-8"); ///< bytes written: "UTF-8" or "CP936"
    QString cpg;                                    ///< .cpg content; empty = no .cpg
    int languageDriverId = 0;                       ///< DBF byte 29
    QString prjWkt;                                 ///< .prj content; empty = no .prj
};

/**
 * Builds test inputs at run time with GDAL in a temporary directory (nothing derived from real data).
 */
class GeoFixtures {
public:
    GeoFixtures();
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** Writes a polygon shapefile `<name>.shp` with fields code and name, raw text bytes as labelled. */
    QString writeShapefile(const QString& name, const std::vector<FixtureFeature>& features,
                           const ShapefileLabels& labels);

    /** Writes @p bytes to a file in the temp dir and returns its path. */
    QString writeFile(const QString& name, const QByteArray& bytes);

    /** The four Qinzhou counties as small squares in degrees (codes 450702/450703/450721/450722). */
    static std::vector<FixtureFeature> qinzhouSquares();

    /** UTF-8 text re-encoded as GBK bytes (iconv). */
    static QByteArray toGbk(const QString& text);

private:
    QTemporaryDir m_dir;
};

} // namespace jieshui::geo::test

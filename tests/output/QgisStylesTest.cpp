// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/QgisStyles.h"

#include "OutputFixtures.h"
#include "render/StatusPalette.h"
#include "store/ProjectResults.h"

#include <QDomDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

using namespace jieshui;

namespace {

QString ogrinfo(const QStringList& arguments, QString* err = nullptr) {
    QProcess p;
    p.start(QStringLiteral("ogrinfo"), arguments);
    p.waitForFinished(60000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(QgisStyles, aSavedQinzhouProjectOpensInQgisColouredByComplianceWithChineseLabels) {
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty()) << "gdal-bin missing";
    auto q = output::test::Qinzhou::load();
    if (!q)
        GTEST_SKIP() << "the embedded Qinzhou project is not available";
    // Given Qinzhou saved with every scenario's results, then its compliance layer written
    q->project.results = store::ProjectResults::evaluateAll(*q->service, store::ProjectResults::now());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("钦州.gpkg"));
    ASSERT_TRUE(store::ProjectFile::create(path.toStdString(), q->project).isOk());
    {
        auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadWrite);
        ASSERT_TRUE(file.isOk());
        ASSERT_TRUE(
            output::QgisStyles::write(file.value(), output::QgisStyles::defaultScenarioKey(*q->service))
                .isOk());
    }
    // When ogrinfo reads it as QGIS would (GDAL's GeoPackage driver)
    QString err;
    const QString summary = ogrinfo({QStringLiteral("-so"), path, QStringLiteral("county_compliance")}, &err);
    EXPECT_FALSE(err.contains(QStringLiteral("Warning")) || err.contains(QStringLiteral("ERROR")))
        << err.toStdString();
    // Then the compliance layer is a polygon layer of the four counties with one verdict column per city
    // target
    EXPECT_TRUE(summary.contains(QStringLiteral("Geometry: Multi Polygon"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Feature Count: 4")));
    EXPECT_TRUE(summary.contains(QStringLiteral("irrigation_coefficient_2020: String")));
    EXPECT_TRUE(summary.contains(QStringLiteral("total_water_use_2035: String")));

    // And each county's verdict is the one the evaluation gives it
    const core::ScenarioResult baseline = q->evaluate("baseline");
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "county_compliance");
    ASSERT_NE(layer, nullptr);
    int checked = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        const std::string code = OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "region_code"));
        const auto verdict = baseline.regionVerdict(core::Indicator::IrrigationCoefficient, code, 2020);
        ASSERT_TRUE(verdict.has_value()) << code;
        EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "irrigation_coefficient_2020")),
                     core::verdictStatusId(verdict->status))
            << code;
        OGR_F_Destroy(f);
        ++checked;
    }
    EXPECT_EQ(checked, 4);

    // And layer_styles holds one QGIS style per target, one of them the default, with Chinese class labels
    OGRLayerH styles = GDALDatasetGetLayerByName(ds, "layer_styles");
    ASSERT_NE(styles, nullptr);
    int defaults = 0;
    int rows = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(styles)) {
        ++rows;
        EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "f_table_name")), "county_compliance");
        EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "f_geometry_column")), "geom");
        defaults += OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "useAsDefault"));
        QDomDocument qml;
        ASSERT_TRUE(
            qml.setContent(QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "styleQML")))));
        const QDomElement renderer = qml.documentElement().firstChildElement(QStringLiteral("renderer-v2"));
        EXPECT_EQ(renderer.attribute(QStringLiteral("type")), QStringLiteral("categorizedSymbol"));
        EXPECT_TRUE(
            summary.contains(renderer.attribute(QStringLiteral("attr")) + QStringLiteral(": String")));
        const QDomNodeList categories = renderer.elementsByTagName(QStringLiteral("category"));
        ASSERT_EQ(categories.size(), 5);
        EXPECT_EQ(categories.at(0).toElement().attribute(QStringLiteral("value")), QStringLiteral("met"));
        EXPECT_EQ(categories.at(0).toElement().attribute(QStringLiteral("label")), QStringLiteral("达标"));
        EXPECT_EQ(categories.at(2).toElement().attribute(QStringLiteral("label")), QStringLiteral("未达标"));
        // The fill of "met" is the program's own colour
        const QDomNodeList options = renderer.elementsByTagName(QStringLiteral("Option"));
        bool metColour = false;
        const QColor met = render::StatusPalette::color(core::VerdictStatus::Met);
        for (int i = 0; i < options.size(); ++i)
            metColour = metColour ||
                        options.at(i).toElement().attribute(QStringLiteral("value")) ==
                            QStringLiteral("%1,%2,%3,255").arg(met.red()).arg(met.green()).arg(met.blue());
        EXPECT_TRUE(metColour);
        EXPECT_TRUE(QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "styleName")))
                        .contains(QStringLiteral("达标评价")));
        OGR_F_Destroy(f);
    }
    EXPECT_GE(rows, 8);
    EXPECT_EQ(defaults, 1);
    GDALClose(ds);

    // And the statistics table reads in the unit each row names (v3): no number ten thousand times too large
    const QString stats =
        ogrinfo({QStringLiteral("-q"), path, QStringLiteral("-sql"),
                 QStringLiteral("SELECT value, unit, value_base, base_unit FROM statistics WHERE "
                                "unit = '万m³' LIMIT 1")});
    const QRegularExpression value(QStringLiteral("value \\(Real\\) = ([0-9.]+)"));
    const QRegularExpression base(QStringLiteral("value_base \\(Real\\) = ([0-9.]+)"));
    const auto v = value.match(stats);
    const auto b = base.match(stats);
    ASSERT_TRUE(v.hasMatch() && b.hasMatch()) << stats.toStdString();
    EXPECT_NEAR(v.captured(1).toDouble() * 1e4, b.captured(1).toDouble(), 1e-3) << stats.toStdString();
    EXPECT_TRUE(stats.contains(QStringLiteral("base_unit (String) = m3")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoFixtures.h"

#include <QFile>
#include <gdal_priv.h>
#include <iconv.h>
#include <memory>
#include <ogrsf_frmts.h>
#include <stdexcept>

namespace jieshui::geo::test {

GeoFixtures::GeoFixtures() {
    GDALAllRegister();
}

QByteArray GeoFixtures::toGbk(const QString& text) {
    QByteArray in = text.toUtf8();
    iconv_t cd = iconv_open("CP936", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error("iconv has no CP936");
    QByteArray out(in.size() * 2 + 8, '\0');
    char* src = in.data();
    size_t srcLeft = static_cast<size_t>(in.size());
    char* dst = out.data();
    size_t dstLeft = static_cast<size_t>(out.size());
    iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    out.truncate(out.size() - static_cast<qsizetype>(dstLeft));
    return out;
}

std::vector<FixtureFeature> GeoFixtures::qinzhouSquares() {
    auto square = [](double x, double y) {
        return QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
            .arg(x)
            .arg(y)
            .arg(x + 0.2)
            .arg(y + 0.2);
    };
    return {{square(108.6, 21.8), QStringLiteral("450702"), QStringLiteral("钦南区")},
            {square(108.6, 22.2), QStringLiteral("450703"), QStringLiteral("钦北区")},
            {square(109.2, 22.3), QStringLiteral("450721"), QStringLiteral("灵山县")},
            {square(109.5, 22.1), QStringLiteral("450722"), QStringLiteral("浦北县")}};
}

QString GeoFixtures::writeFile(const QString& name, const QByteArray& bytes) {
    const QString p = path(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write fixture");
    f.write(bytes);
    return p;
}

QString GeoFixtures::writeShapefile(const QString& name, const std::vector<FixtureFeature>& features,
                                    const ShapefileLabels& labels) {
    const QString shp = path(name + QStringLiteral(".shp"));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    {
        std::unique_ptr<GDALDataset> ds(
            driver->Create(shp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        // ENCODING="" writes the bytes we give unchanged; we label the file ourselves below.
        const char* layerOptions[] = {"ENCODING=", nullptr};
        OGRLayer* layer =
            ds->CreateLayer(name.toUtf8().constData(), nullptr, wkbPolygon, const_cast<char**>(layerOptions));
        OGRFieldDefn code("code", OFTString);
        code.SetWidth(12);
        if (layer->CreateField(&code) != OGRERR_NONE)
            throw std::runtime_error("cannot create field");
        OGRFieldDefn nameField("name", OFTString);
        nameField.SetWidth(40);
        if (layer->CreateField(&nameField) != OGRERR_NONE)
            throw std::runtime_error("cannot create field");
        for (const FixtureFeature& f : features) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("code", f.code.toUtf8().constData());
            const QByteArray bytes =
                labels.textEncoding == QLatin1String("CP936") ? toGbk(f.name) : f.name.toUtf8();
            feature.SetField("name", bytes.constData());
            if (!f.wkt.isEmpty()) {
                OGRGeometry* g = nullptr;
                const QByteArray wkt = f.wkt.toLatin1();
                OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
                feature.SetGeometryDirectly(g);
            }
            if (layer->CreateFeature(&feature) != OGRERR_NONE)
                throw std::runtime_error("cannot write a fixture feature");
        }
    }
    const QString base = path(name);
    QFile::remove(base + QStringLiteral(".cpg"));
    QFile::remove(base + QStringLiteral(".prj"));
    if (!labels.cpg.isEmpty())
        writeFile(name + QStringLiteral(".cpg"), labels.cpg.toLatin1());
    if (!labels.prjWkt.isEmpty())
        writeFile(name + QStringLiteral(".prj"), labels.prjWkt.toLatin1());
    QFile dbf(base + QStringLiteral(".dbf"));
    if (!dbf.open(QIODevice::ReadWrite) || !dbf.seek(29))
        throw std::runtime_error("cannot patch the DBF");
    const char ldid = static_cast<char>(labels.languageDriverId);
    dbf.write(&ldid, 1);
    return shp;
}

} // namespace jieshui::geo::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/LayerReader.h"

#include "geo/CoordinateTransformer.h"
#include "geo/GdalEnvironment.h"
#include "geo/InputFile.h"
#include "geo/OgrGeometryConversion.h"
#include "geo/TextDecoding.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QVariantList>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace jieshui::geo {

namespace {

using core::Error;
using core::ErrorCode;
using core::ErrorLocation;

struct DatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

ErrorLocation at(const QString& path) {
    return ErrorLocation{QDir::toNativeSeparators(path).toStdString()};
}

QVariant fieldValue(const OGRFeature& feature, int index, const OGRFieldDefn& defn) {
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    switch (defn.GetType()) {
    case OFTInteger:
        if (defn.GetSubType() == OFSTBoolean)
            return feature.GetFieldAsInteger(index) != 0;
        return feature.GetFieldAsInteger(index);
    case OFTInteger64:
        return static_cast<qlonglong>(feature.GetFieldAsInteger64(index));
    case OFTReal:
        return feature.GetFieldAsDouble(index);
    case OFTIntegerList: {
        int n = 0;
        const int* values = feature.GetFieldAsIntegerList(index, &n);
        QVariantList list;
        for (int i = 0; i < n; ++i)
            list.append(values[i]);
        return list;
    }
    case OFTInteger64List: {
        int n = 0;
        const GIntBig* values = feature.GetFieldAsInteger64List(index, &n);
        QVariantList list;
        for (int i = 0; i < n; ++i)
            list.append(static_cast<qlonglong>(values[i]));
        return list;
    }
    case OFTRealList: {
        int n = 0;
        const double* values = feature.GetFieldAsDoubleList(index, &n);
        QVariantList list;
        for (int i = 0; i < n; ++i)
            list.append(values[i]);
        return list;
    }
    case OFTStringList: {
        QVariantList list;
        for (char** s = feature.GetFieldAsStringList(index); s && *s; ++s)
            list.append(QString::fromUtf8(*s));
        return list;
    }
    default:
        return QString::fromUtf8(feature.GetFieldAsString(index));
    }
}

/** A code value as text: integers without decimals (adcode 450702 may be int, real or string). */
QString codeText(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qlonglong>(d)))
            return QString::number(static_cast<qlonglong>(d));
    }
    return value.toString().trimmed();
}

bool isTrue(const QVariant& value) {
    if (value.typeId() == QMetaType::QString) {
        const QString s = value.toString().trimmed().toLower();
        return s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1") ||
               s == QLatin1String("是");
    }
    return value.toBool();
}

int findField(const OGRFeatureDefn& defn, const QStringList& candidates) {
    for (const QString& wanted : candidates)
        for (int i = 0; i < defn.GetFieldCount(); ++i)
            if (QString::fromUtf8(defn.GetFieldDefn(i)->GetNameRef()).compare(wanted, Qt::CaseInsensitive) ==
                0)
                return i;
    return -1;
}

/** "EPSG:n" when the SRS has (or can be given) an EPSG code; else its WKT2. */
QString crsText(const OGRSpatialReference& source) {
    OGRSpatialReference srs(source);
    const char* authority = srs.GetAuthorityName(nullptr);
    if (!authority || QLatin1String(authority) != QLatin1String("EPSG"))
        srs.AutoIdentifyEPSG();
    authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority && code && QLatin1String(authority) == QLatin1String("EPSG"))
        return QStringLiteral("EPSG:") + QString::fromLatin1(code);
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    srs.exportToWkt(&wkt, options);
    QString text = QString::fromUtf8(wkt ? wkt : "");
    CPLFree(wkt);
    return text;
}

/** Validates a user-given CRS and returns "EPSG:n" or the text as given. */
core::Result<QString> userCrs(const QString& given) {
    OGRSpatialReference srs;
    const QByteArray input = CoordinateTransformer::normalizedCrs(given).toUtf8();
    GdalEnvironment::QuietErrors quiet;
    if (srs.SetFromUserInput(input.constData()) != OGRERR_NONE)
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate(
                         "geo", "the CRS \"%1\" is not an EPSG code, PROJ string or WKT GDAL can read")
                         .arg(given)
                         .toStdString());
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority && code && QLatin1String(authority) == QLatin1String("EPSG"))
        return QStringLiteral("EPSG:") + QString::fromLatin1(code);
    return given.trimmed();
}

} // namespace

core::Result<QStringList> LayerReader::layerNames(const QString& path) {
    GdalEnvironment::ensureRegistered();
    DatasetPtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds)
        return Error(
            ErrorCode::IoError,
            QCoreApplication::translate("geo", "GDAL cannot open the file as vector data").toStdString(),
            at(path));
    QStringList names;
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        names.append(QString::fromUtf8(ds->GetLayer(i)->GetName()));
    return names;
}

core::Result<FeatureLayer> LayerReader::read(const QString& path, const ReadOptions& options) {
    auto result = readDetailed(path, options);
    if (result.hasError())
        return result.error();
    return std::move(result.value().layer);
}

core::Result<FeatureLayer> LayerReader::readFromBytes(const QByteArray& bytes, const QString& nameHint,
                                                      const ReadOptions& options) {
    GdalEnvironment::ensureRegistered();
    static QAtomicInteger<int> counter;
    const QString suffix = QFileInfo(nameHint).fileName();
    const QString memPath = QStringLiteral("/vsimem/jieshui_geo_%1_%2")
                                .arg(counter.fetchAndAddOrdered(1))
                                .arg(suffix.isEmpty() ? QStringLiteral("layer.geojson") : suffix);
    const QByteArray memPathUtf8 = memPath.toUtf8();
    // VSIFileFromMemBuffer does not copy: the buffer must outlive the read, so keep a local copy.
    QByteArray buffer = bytes;
    VSILFILE* fp = VSIFileFromMemBuffer(memPathUtf8.constData(), reinterpret_cast<GByte*>(buffer.data()),
                                        static_cast<vsi_l_offset>(buffer.size()), FALSE);
    if (!fp)
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("geo", "cannot create an in-memory file").toStdString(),
                     at(nameHint));
    VSIFCloseL(fp);
    auto result = read(memPath, options);
    VSIUnlink(memPathUtf8.constData());
    if (result.hasError())
        return result.error().locatedIn(at(nameHint));
    return result;
}

core::Result<LayerReadResult> LayerReader::readDetailed(const QString& path, const ReadOptions& options) {
    GdalEnvironment::ensureRegistered();
    LayerReadResult result;
    LayerReadInfo& info = result.info;

    CPLStringList openOptions;
    // GDAL virtual files (/vsimem/, /vsizip/) cannot be inspected byte-wise here: GDAL's own rules apply.
    const bool inspectable = !path.startsWith(QLatin1String("/vsi"));
    // A FIFO would block GDAL forever; a missing .shp is "no such file", not "no .dbf".
    if (inspectable)
        if (auto st = InputFile::check(path, true); st.hasError())
            return st.error();
    if (ShapefileEncoding::isShapefile(path) && (inspectable || !options.encoding.isEmpty())) {
        if (!options.encoding.isEmpty()) {
            if (auto st = TextDecoding::checkShapefileEncoding(options.encoding); st.hasError())
                return st.error().locatedIn(at(path));
            EncodingDetection chosen;
            chosen.encoding = TextDecoding::canonicalEncoding(options.encoding);
            chosen.source = EncodingSource::UserOverride;
            chosen.detail =
                QCoreApplication::translate("geo", "encoding %1 chosen by the user").arg(chosen.encoding);
            info.encoding = chosen;
        } else {
            auto detected = ShapefileEncoding::detect(path);
            if (detected.hasError())
                return detected.error();
            info.encoding = detected.value();
        }
        openOptions.SetNameValue("ENCODING", info.encoding->encoding.toLatin1().constData());
    }

    DatasetPtr ds;
    {
        GdalEnvironment::QuietErrors quiet;
        ds.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                   openOptions.List()));
    }
    if (!ds) {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("geo", "GDAL cannot open the file as vector data%1")
                         .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason)
                         .toStdString(),
                     at(path));
    }
    info.driver = QString::fromUtf8(ds->GetDriver() ? ds->GetDriver()->GetDescription() : "");
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        info.layerNames.append(QString::fromUtf8(ds->GetLayer(i)->GetName()));

    OGRLayer* layer = nullptr;
    if (options.layerName.isEmpty()) {
        layer = ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
        if (!layer)
            return Error(ErrorCode::UnsupportedFormat,
                         QCoreApplication::translate("geo", "the file has no vector layer").toStdString(),
                         at(path));
    } else {
        layer = ds->GetLayerByName(options.layerName.toUtf8().constData());
        if (!layer)
            return Error(ErrorCode::UnsupportedFormat,
                         QCoreApplication::translate("geo", "no layer \"%1\"; the file has: %2")
                             .arg(options.layerName, info.layerNames.join(QStringLiteral(", ")))
                             .toStdString(),
                         at(path));
    }

    FeatureLayer& out = result.layer;
    out.name = QString::fromUtf8(layer->GetName());
    out.crs.clear();
    if (!options.crs.isEmpty()) {
        auto given = userCrs(options.crs);
        if (given.hasError())
            return given.error().locatedIn(at(path));
        out.crs = given.value();
        info.crsDeclared = true;
    } else if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        out.crs = crsText(*srs);
        info.crsDeclared = !out.crs.isEmpty();
    }

    OGRFeatureDefn* defn = layer->GetLayerDefn();
    int codeIndex = -1;
    if (!options.codeField.isEmpty()) {
        codeIndex = findField(*defn, {options.codeField});
        if (codeIndex < 0)
            return Error(ErrorCode::UnsupportedFormat,
                         QCoreApplication::translate("geo", "the layer has no field \"%1\"")
                             .arg(options.codeField)
                             .toStdString(),
                         at(path));
    } else {
        codeIndex =
            findField(*defn, {QStringLiteral("code"), QStringLiteral("adcode"), QStringLiteral("region_code"),
                              QStringLiteral("xzqdm"), QStringLiteral("PAC"), QStringLiteral("行政区划代码"),
                              QStringLiteral("区划代码")});
    }
    int nameIndex = -1;
    if (!options.nameField.isEmpty()) {
        nameIndex = findField(*defn, {options.nameField});
        if (nameIndex < 0)
            return Error(ErrorCode::UnsupportedFormat,
                         QCoreApplication::translate("geo", "the layer has no field \"%1\"")
                             .arg(options.nameField)
                             .toStdString(),
                         at(path));
    } else {
        nameIndex =
            findField(*defn, {QStringLiteral("name_zh"), QStringLiteral("name"), QStringLiteral("xzqmc"),
                              QStringLiteral("mc"), QStringLiteral("名称"), QStringLiteral("NAME_CHN")});
    }
    if (codeIndex >= 0)
        info.codeField = QString::fromUtf8(defn->GetFieldDefn(codeIndex)->GetNameRef());
    if (nameIndex >= 0)
        info.nameField = QString::fromUtf8(defn->GetFieldDefn(nameIndex)->GetNameRef());
    const int schematicIndex = findField(*defn, {QStringLiteral("schematic")});

    std::optional<GeometryKind> kind = OgrGeometryConversion::kindOf(layer->GetGeomType());
    QVector<QString> fieldNames;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        fieldNames.append(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()));

    const GIntBig count = layer->GetFeatureCount(FALSE);
    if (count > 0)
        out.features.reserve(static_cast<qsizetype>(count));
    layer->ResetReading();
    // GDAL reports a damaged file (a truncated .shp, a bad record) as errors while it goes on reading:
    // collect them, and refuse the layer rather than import what it made of the damage.
    struct Collected {
        QStringList failures;
    } collected;
    CPLPushErrorHandlerEx(
        [](CPLErr level, CPLErrorNum, const char* message) {
            if (level >= CE_Failure) {
                auto* c = static_cast<Collected*>(CPLGetErrorHandlerUserData());
                if (c->failures.size() < 3)
                    c->failures.append(QString::fromUtf8(message));
            }
        },
        &collected);
    struct PopHandler {
        ~PopHandler() { CPLPopErrorHandler(); }
    } popHandler;
    for (auto& ogrFeature : *layer) {
        Feature feature;
        feature.id = ogrFeature->GetFID() == OGRNullFID ? static_cast<qint64>(out.features.size())
                                                        : static_cast<qint64>(ogrFeature->GetFID());
        for (int i = 0; i < fieldNames.size(); ++i) {
            QVariant value = fieldValue(*ogrFeature, i, *defn->GetFieldDefn(i));
            if (value.isValid())
                feature.attributes.insert(fieldNames[i], value);
        }
        if (codeIndex >= 0)
            feature.regionCode = codeText(feature.attributes.value(fieldNames[codeIndex]));
        if (nameIndex >= 0)
            feature.name = feature.attributes.value(fieldNames[nameIndex]).toString().trimmed();
        if (schematicIndex >= 0 && isTrue(feature.attributes.value(fieldNames[schematicIndex])))
            out.schematic = true;

        const OGRGeometry* geometry = ogrFeature->GetGeometryRef();
        if (!geometry) {
            info.nullGeometryIds.append(feature.id);
        } else if (geometry->IsEmpty()) {
            info.emptyGeometryIds.append(feature.id);
        } else {
            if (!kind) {
                // Layers of unknown type (GeoJSON, GPKG "GEOMETRY"): the first geometry decides.
                kind = OgrGeometryConversion::kindOf(geometry->getGeometryType());
                if (!kind && wkbFlatten(geometry->getGeometryType()) == wkbGeometryCollection &&
                    !geometry->toGeometryCollection()->IsEmpty())
                    kind = OgrGeometryConversion::kindOf(
                        geometry->toGeometryCollection()->getGeometryRef(0)->getGeometryType());
            }
            if (kind && OgrGeometryConversion::append(*geometry, *kind, feature)) {
                if (OgrGeometryConversion::isMulti(*geometry))
                    ++info.multiPartCount;
                else
                    ++info.singlePartCount;
                if (options.onFeature)
                    options.onFeature(static_cast<int>(out.features.size()), feature, *kind);
            } else {
                info.otherKindIds.append(feature.id);
                feature.rings.clear();
                feature.partStarts.clear();
            }
        }
        out.features.append(std::move(feature));
    }
    if (!collected.failures.isEmpty())
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate("geo",
                                                 "the file is damaged or truncated (GDAL: %1); nothing "
                                                 "was imported")
                         .arg(collected.failures.join(QStringLiteral("; ")))
                         .toStdString(),
                     at(path));
    out.geometryKind = kind.value_or(GeometryKind::Polygon);
    out.updateBounds();
    return result;
}

} // namespace jieshui::geo

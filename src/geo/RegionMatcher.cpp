// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/RegionMatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace jieshui::geo {

namespace {

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

QString stripSuffix(const QString& name) {
    // Longest first; the ethnic part before 自治县/自治州/自治旗 goes too (X族, repeated, or 各族).
    static const QStringList autonomous{QStringLiteral("自治县"), QStringLiteral("自治州"),
                                        QStringLiteral("自治旗"), QStringLiteral("自治区")};
    for (const QString& suffix : autonomous) {
        if (name.endsWith(suffix) && name.size() - suffix.size() >= 2) {
            QString rest = name.left(name.size() - suffix.size());
            if (rest.endsWith(QStringLiteral("各族")) && rest.size() - 2 >= 2)
                rest.chop(2);
            while (rest.endsWith(QChar(0x65CF)) && rest.size() - 2 >= 2) // 族: 苗族, 瑶族, 壮族 ...
                rest.chop(2);
            return rest;
        }
    }
    static const QStringList plain{QStringLiteral("新区"), QStringLiteral("地区"), QStringLiteral("林区"),
                                   QStringLiteral("特区"), QStringLiteral("区"),   QStringLiteral("县"),
                                   QStringLiteral("市"),   QStringLiteral("旗"),   QStringLiteral("盟")};
    for (const QString& suffix : plain)
        if (name.endsWith(suffix) && name.size() - suffix.size() >= 2)
            return name.left(name.size() - suffix.size());
    return name;
}

} // namespace

QString RegionMatcher::normalizeName(const QString& name) {
    QString n = name.normalized(QString::NormalizationForm_KC);
    QString compact;
    compact.reserve(n.size());
    for (QChar c : std::as_const(n))
        if (!c.isSpace())
            compact.append(c);
    return stripSuffix(compact);
}

RegionMatchResult RegionMatcher::match(const FeatureLayer& layer, const QVector<RegionKey>& regions,
                                       const QString& matchField) {
    RegionMatchResult result;
    QHash<QString, QString> byCode;     // code -> code
    QHash<QString, QStringList> byName; // normalised name -> codes
    for (const RegionKey& r : regions) {
        byCode.insert(r.code.trimmed(), r.code.trimmed());
        if (!r.nameZh.isEmpty())
            byName[normalizeName(r.nameZh)].append(r.code.trimmed());
    }

    // Pass 1: each feature's candidate region(s).
    QMap<QString, QVector<int>> featuresOfRegion; // ordered by code for stable output
    QHash<int, MatchMethod> methodOf;
    for (int i = 0; i < layer.features.size(); ++i) {
        const Feature& f = layer.features[i];
        QString code;
        QString name;
        if (!matchField.isEmpty()) {
            const QVariant value = f.attributes.value(matchField);
            code = codeText(value);
            name = value.toString();
        } else {
            code = f.regionCode.trimmed();
            name = f.name;
        }
        if (!code.isEmpty() && byCode.contains(code)) {
            featuresOfRegion[code].append(i);
            methodOf.insert(i, MatchMethod::Code);
            continue;
        }
        const QString key = normalizeName(name);
        const QStringList codes = key.isEmpty() ? QStringList() : byName.value(key);
        if (codes.size() == 1) {
            featuresOfRegion[codes.front()].append(i);
            methodOf.insert(i, MatchMethod::Name);
        } else if (codes.size() > 1) {
            result.ambiguities.append(
                MatchAmbiguity{{i},
                               codes,
                               QCoreApplication::translate("geo", "the name \"%1\" fits %2 regions")
                                   .arg(name)
                                   .arg(codes.size())});
        } else {
            result.unmatchedFeatures.append(i);
        }
    }

    // Pass 2: a region claimed by several features is ambiguous; one claim is a match.
    QSet<QString> claimed;
    for (auto it = featuresOfRegion.cbegin(); it != featuresOfRegion.cend(); ++it) {
        claimed.insert(it.key());
        if (it.value().size() == 1) {
            const int i = it.value().front();
            result.matches.append(FeatureMatch{i, it.key(), methodOf.value(i)});
        } else {
            result.ambiguities.append(
                MatchAmbiguity{it.value(),
                               {it.key()},
                               QCoreApplication::translate("geo", "%1 features match region %2")
                                   .arg(it.value().size())
                                   .arg(it.key())});
        }
    }
    for (const MatchAmbiguity& a : std::as_const(result.ambiguities))
        for (const QString& c : a.regionCodes)
            claimed.insert(c);
    for (const RegionKey& r : regions)
        if (!claimed.contains(r.code.trimmed()))
            result.unmatchedRegions.append(r.code.trimmed());
    std::sort(result.matches.begin(), result.matches.end(),
              [](const FeatureMatch& a, const FeatureMatch& b) { return a.featureIndex < b.featureIndex; });
    return result;
}

void RegionMatcher::apply(FeatureLayer& layer, const RegionMatchResult& result) {
    for (Feature& f : layer.features)
        f.regionCode.clear();
    for (const FeatureMatch& m : result.matches)
        if (m.featureIndex >= 0 && m.featureIndex < layer.features.size())
            layer.features[m.featureIndex].regionCode = m.regionCode;
}

} // namespace jieshui::geo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/ErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <vector>

namespace jieshui::i18n {

namespace {

constexpr const char* kContext = "errors";

// The core's messages a user meets, as templates: %1, %2 … stand for the parts that vary. Keep each
// template exactly as the core writes the message (the test of every template checks it against the core).
constexpr const char* kTemplates[] = {
    // QuotaAllocator
    QT_TRANSLATE_NOOP("errors", "the cap must be zero or positive (m³)"),
    QT_TRANSLATE_NOOP("errors", "the rounding unit must be positive (m³)"),
    QT_TRANSLATE_NOOP("errors", "region %1 has no child regions to allocate to"),
    QT_TRANSLATE_NOOP("errors", "a share for %1, which is not a child of %2"),
    QT_TRANSLATE_NOOP("errors", "a share must be zero or positive (m³)"),
    QT_TRANSLATE_NOOP("errors", "the pinned shares add up to more than the cap"),
    QT_TRANSLATE_NOOP("errors", "every child's weight is zero: nothing to split the cap by"),
    QT_TRANSLATE_NOOP("errors", "no water use in the base year for %1 (%2)"),
    QT_TRANSLATE_NOOP("errors", "the base-year share"),
    QT_TRANSLATE_NOOP("errors", "the intensity"),
    QT_TRANSLATE_NOOP("errors", "no GDP in the target year for the GDP share"),
    QT_TRANSLATE_NOOP("errors", "no GDP in the base year for the intensity"),
    QT_TRANSLATE_NOOP("errors", "the GDP index (上年=100) is missing, so real growth is unknown"),
    // Maps, the report, goal seek
    QT_TRANSLATE_NOOP("errors", "the plan has no target of '%1' for %2"),
    QT_TRANSLATE_NOOP("errors", "the plan has no target in %1 to report on"),
    QT_TRANSLATE_NOOP("errors", "the plan has no targets to report on"),
    QT_TRANSLATE_NOOP("errors", "the plan has no target '%1'"),
};

struct Template {
    const char* source;
    QRegularExpression pattern;
};

const std::vector<Template>& templates() {
    static const std::vector<Template> all = [] {
        std::vector<Template> out;
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (const char* source : kTemplates) {
            const QString text = QString::fromUtf8(source);
            QString pattern;
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                pattern +=
                    QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral("(.+)");
                at = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(text.mid(at));
            out.push_back({source, QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))});
        }
        return out;
    }();
    return all;
}

QString localized(const char* text) {
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QString ErrorText::message(const std::string& english) {
    const QString text = QString::fromStdString(english);
    for (const Template& t : templates()) {
        const QRegularExpressionMatch m = t.pattern.match(text);
        if (!m.hasMatch())
            continue;
        QString out = localized(t.source);
        // Arguments in order: %1 is the first capture (templates number their parts in order).
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            out = out.arg(message(m.captured(i).toStdString()));
        return out;
    }
    return text;
}

QString ErrorText::of(const core::Error& error) {
    const core::ErrorLocation& at = error.location();
    QString out;
    if (!at.file.empty()) {
        out += QString::fromStdString(at.file);
        if (at.line > 0)
            out += QLatin1Char(':') + QString::number(at.line);
        out += QStringLiteral(": ");
    } else if (at.line > 0) {
        out += localized(QT_TRANSLATE_NOOP("errors", "line %1")).arg(at.line) + QStringLiteral(": ");
    }
    QString detail;
    const auto add = [&detail](const QString& part) {
        detail = detail.isEmpty() ? part : localized(QT_TRANSLATE_NOOP("errors", "%1, %2")).arg(detail, part);
    };
    if (!at.field.empty())
        add(localized(QT_TRANSLATE_NOOP("errors", "field '%1'")).arg(QString::fromStdString(at.field)));
    if (!at.region.empty())
        add(localized(QT_TRANSLATE_NOOP("errors", "region %1")).arg(QString::fromStdString(at.region)));
    if (at.year != 0)
        add(localized(QT_TRANSLATE_NOOP("errors", "year %1")).arg(at.year));
    const QString text = message(error.message());
    return out +
           (detail.isEmpty() ? text : localized(QT_TRANSLATE_NOOP("errors", "%1: %2")).arg(detail, text));
}

} // namespace jieshui::i18n

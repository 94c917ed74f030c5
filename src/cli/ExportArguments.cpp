// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportArguments.h"

#include "output/PageSetup.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jieshui::cli {

namespace {

QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}

} // namespace

std::optional<ExportArguments> ExportArguments::parse(const QStringList& arguments, const Spec& spec,
                                                      const QString& synopsis, CliContext& context) {
    ExportArguments out;
    const QLatin1String yearOption("--year");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (spec.monteCarlo && (spec.uncertaintyFlag || a != QLatin1String("--uncertainty"))) {
            const auto taken = spec.monteCarlo->take(arguments, i, context.err);
            if (taken == UncertaintyArguments::Outcome::Invalid)
                return std::nullopt;
            if (taken == UncertaintyArguments::Outcome::Taken)
                continue;
        }
        if (spec.flags.contains(a)) {
            out.m_flags.insert(a);
        } else if (a == yearOption || spec.values.contains(a)) {
            if (i + 1 >= arguments.size()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
                return std::nullopt;
            }
            const QString value = arguments[++i];
            if (a != yearOption) {
                out.m_values.insert(a, value);
                continue;
            }
            const QStringList parts =
                spec.yearList ? value.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{value};
            if (!spec.yearList)
                out.years.clear(); // one year: the last one given
            for (const QString& part : parts) {
                bool ok = false;
                const int year = part.trimmed().toInt(&ok);
                if (!ok || year < 1949 || year > 2100) {
                    context.err << message(QT_TRANSLATE_NOOP("cli",
                                                             "--year needs a year such as 2020, not '%1'."))
                                       .arg(part)
                                << '\n';
                    return std::nullopt;
                }
                out.years.push_back(year);
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown option '%1'.")).arg(a) << '\n'
                        << synopsis << '\n';
            return std::nullopt;
        } else if (out.project.isEmpty()) {
            out.project = a;
        } else {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Only one project may be given.")) << '\n'
                        << synopsis << '\n';
            return std::nullopt;
        }
    }
    return out;
}

bool ExportArguments::applyPage(render::ExportOptions& options, CliContext& context) const {
    // As in the window's Export Map dialog: a paper page is printed at a resolution, a size in pixels is
    // exact.
    const bool onPaper = !value(QStringLiteral("--paper")).isEmpty();
    const bool inPixels = !value(QStringLiteral("--size")).isEmpty();
    const bool withDpi = !value(QStringLiteral("--dpi")).isEmpty();
    if (onPaper && inPixels) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Give either --paper or --size, not both.")) << '\n';
        return false;
    }
    if (withDpi && !onPaper) {
        context.err << message(QT_TRANSLATE_NOOP(
                           "cli", "--dpi is the resolution of a paper page: give --paper A4 or A3 "
                                  "with it (--size is the image's exact size in pixels)."))
                    << '\n';
        return false;
    }
    options.pixelRatio = 1.0;
    if (const QString paperText = value(QStringLiteral("--paper")); !paperText.isEmpty()) {
        const std::optional<QSize> paper = output::PageSetup::parsePaper(paperText);
        if (!paper) {
            context.err << message(QT_TRANSLATE_NOOP(
                                       "cli", "--paper must be A4 or A3, optionally -landscape, not '%1'."))
                               .arg(paperText)
                        << '\n';
            return false;
        }
        options.size = *paper;
    }
    if (const QString sizeText = value(QStringLiteral("--size")); !sizeText.isEmpty()) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$")).match(sizeText);
        const int width = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int height = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (width < 200 || height < 200 || width > 20000 || height > 20000) {
            context.err << message(QT_TRANSLATE_NOOP(
                                       "cli", "--size must be WIDTHxHEIGHT in pixels between 200 and 20000, "
                                              "e.g. 1600x1200, not '%1'."))
                               .arg(sizeText)
                        << '\n';
            return false;
        }
        options.size = QSize(width, height);
    }
    if (const QString dpiText = value(QStringLiteral("--dpi")); !dpiText.isEmpty()) {
        bool ok = false;
        const int dpi = dpiText.toInt(&ok);
        if (!ok || dpi < 48 || dpi > 1200) {
            context.err << message(
                               QT_TRANSLATE_NOOP("cli", "--dpi must be a number from 48 to 1200, not '%1'."))
                               .arg(dpiText)
                        << '\n';
            return false;
        }
        options.pixelRatio = output::PageSetup::pixelRatio(dpi);
    }
    return true;
}

} // namespace jieshui::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportArguments.h"

#include <QTextStream>
#include <gtest/gtest.h>

using namespace jieshui;

namespace {

struct Parsed {
    std::optional<cli::ExportArguments> args;
    QString err;
};

Parsed parse(const QStringList& arguments, const cli::ExportArguments::Spec& spec) {
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CliContext context{outStream, errStream, QStringLiteral("en")};
    Parsed parsed{cli::ExportArguments::parse(arguments, spec, QStringLiteral("SYNOPSIS"), context), {}};
    errStream.flush();
    parsed.err = err;
    return parsed;
}

} // namespace

TEST(ExportArguments, readsTheProjectTheValuesTheFlagsAndTheYears) {
    const cli::ExportArguments::Spec spec{.values = {QStringLiteral("--out"), QStringLiteral("--paper")},
                                          .flags = {QStringLiteral("--labels")}};
    const Parsed p = parse({QStringLiteral("q.gpkg"), QStringLiteral("--year"), QStringLiteral("2025"),
                            QStringLiteral("--labels"), QStringLiteral("--out"), QStringLiteral("m.png"),
                            QStringLiteral("--year"), QStringLiteral("2035")},
                           spec);
    ASSERT_TRUE(p.args) << p.err.toStdString();
    EXPECT_EQ(p.args->project, QStringLiteral("q.gpkg"));
    EXPECT_EQ(p.args->value(QStringLiteral("--out")), QStringLiteral("m.png"));
    EXPECT_TRUE(p.args->flag(QStringLiteral("--labels")));
    EXPECT_TRUE(p.args->value(QStringLiteral("--paper")).isEmpty());
    // One year: the last given
    EXPECT_EQ(p.args->years, std::vector<int>{2035});
    // A list of years where the command takes several
    const Parsed list = parse({QStringLiteral("--year"), QStringLiteral("2025,2030"),
                               QStringLiteral("--year"), QStringLiteral("2035")},
                              {.values = {}, .flags = {}, .yearList = true});
    ASSERT_TRUE(list.args);
    EXPECT_EQ(list.args->years, (std::vector<int>{2025, 2030, 2035}));
    EXPECT_EQ(list.args->year(), 2025);
}

TEST(ExportArguments, refusesBadUsageWithOneMessageEach) {
    const cli::ExportArguments::Spec spec{.values = {QStringLiteral("--out")}};
    const Parsed missing = parse({QStringLiteral("--out")}, spec);
    EXPECT_FALSE(missing.args);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Option '--out' needs a value.")))
        << missing.err.toStdString();
    const Parsed unknown = parse({QStringLiteral("--colour"), QStringLiteral("red")}, spec);
    EXPECT_FALSE(unknown.args);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Unknown option '--colour'.")))
        << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("SYNOPSIS")));
    const Parsed two = parse({QStringLiteral("a.gpkg"), QStringLiteral("b.gpkg")}, spec);
    EXPECT_FALSE(two.args);
    EXPECT_TRUE(two.err.contains(QStringLiteral("Only one project"))) << two.err.toStdString();
    const Parsed year = parse({QStringLiteral("--year"), QStringLiteral("20x5")}, spec);
    EXPECT_FALSE(year.args);
    EXPECT_TRUE(year.err.contains(QStringLiteral("'20x5'"))) << year.err.toStdString();
}

TEST(ExportArguments, appliesPaperSizeAndDpiToTheExportOptions) {
    const cli::ExportArguments::Spec spec{
        .values = {QStringLiteral("--paper"), QStringLiteral("--size"), QStringLiteral("--dpi")}};
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CliContext context{outStream, errStream, QStringLiteral("en")};
    render::ExportOptions options;
    auto a4 = parse({QStringLiteral("--paper"), QStringLiteral("A4-landscape"), QStringLiteral("--dpi"),
                     QStringLiteral("192")},
                    spec);
    ASSERT_TRUE(a4.args);
    ASSERT_TRUE(a4.args->applyPage(options, context));
    EXPECT_GT(options.size.width(), options.size.height());
    EXPECT_DOUBLE_EQ(options.pixelRatio, 2.0);
    // A size in pixels is exact, whatever the options held before
    auto pixels = parse({QStringLiteral("--size"), QStringLiteral("900x700")}, spec);
    ASSERT_TRUE(pixels.args->applyPage(options, context));
    EXPECT_EQ(options.size, QSize(900, 700));
    EXPECT_DOUBLE_EQ(options.pixelRatio, 1.0);
    // A resolution belongs to a paper page: with a pixel size, or alone, it is refused, as are two page sizes
    for (const QStringList& refused : {QStringList{QStringLiteral("--size"), QStringLiteral("900x700"),
                                                   QStringLiteral("--dpi"), QStringLiteral("300")},
                                       QStringList{QStringLiteral("--dpi"), QStringLiteral("300")},
                                       QStringList{QStringLiteral("--paper"), QStringLiteral("A4"),
                                                   QStringLiteral("--size"), QStringLiteral("900x700")}}) {
        auto parsed = parse(refused, spec);
        ASSERT_TRUE(parsed.args);
        EXPECT_FALSE(parsed.args->applyPage(options, context)) << refused.join(' ').toStdString();
    }
    for (const QStringList& bad : {QStringList{QStringLiteral("--paper"), QStringLiteral("B5")},
                                   QStringList{QStringLiteral("--size"), QStringLiteral("10x10")},
                                   QStringList{QStringLiteral("--paper"), QStringLiteral("A3"),
                                               QStringLiteral("--dpi"), QStringLiteral("5000")}}) {
        auto parsed = parse(bad, spec);
        ASSERT_TRUE(parsed.args);
        EXPECT_FALSE(parsed.args->applyPage(options, context)) << bad.join(' ').toStdString();
    }
    errStream.flush();
    EXPECT_TRUE(err.contains(QStringLiteral("--paper must be A4 or A3"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("--dpi must be a number from 48 to 1200"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("--dpi is the resolution of a paper page"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Give either --paper or --size, not both.")))
        << err.toStdString();
}

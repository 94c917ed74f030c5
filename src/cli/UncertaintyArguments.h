// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty/UncertaintyOptions.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace jieshui::cli {

/**
 * The Monte Carlo options every command that shows probabilities shares (evaluate, export-map, export-report):
 * --uncertainty, --draws N (1..UncertaintyOptions::maximumDraws) and --seed S (0 or more); --draws or --seed
 * imply --uncertainty. One parser, so the commands agree on the words, the limits and the defaults.
 */
class UncertaintyArguments {
public:
    enum class Outcome { NotMine, Taken, Invalid };

    /**
     * Takes @p arguments[@p i] (and its value, advancing @p i) when it is one of the options; Invalid after
     * writing a message to @p err.
     */
    Outcome take(const QStringList& arguments, int& i, QTextStream& err);

    bool requested = false;
    core::UncertaintyOptions options;
};

} // namespace jieshui::cli

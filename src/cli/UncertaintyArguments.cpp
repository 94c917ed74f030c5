// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyArguments.h"

#include <QCoreApplication>

namespace jieshui::cli {

UncertaintyArguments::Outcome UncertaintyArguments::take(const QStringList& arguments, int& i, QTextStream& err) {
    const QString& a = arguments[i];
    if (a == QLatin1String("--uncertainty")) {
        requested = true;
        return Outcome::Taken;
    }
    const bool draws = a == QLatin1String("--draws");
    if (!draws && a != QLatin1String("--seed"))
        return Outcome::NotMine;
    requested = true; // either implies --uncertainty
    bool ok = false;
    QString text;
    if (i + 1 < arguments.size()) {
        text = arguments[++i];
        const qulonglong n = text.toULongLong(&ok);
        if (draws) {
            ok = ok && n >= 1 && n <= core::UncertaintyOptions::maximumDraws;
            options.draws = static_cast<std::uint32_t>(n);
        } else {
            options.seed = n;
        }
    }
    if (ok)
        return Outcome::Taken;
    err << (draws ? QCoreApplication::translate("cli", "--draws needs a whole number from 1 to %1, not '%2'.")
                        .arg(core::UncertaintyOptions::maximumDraws)
                        .arg(text)
                  : QCoreApplication::translate("cli", "--seed needs a whole number of 0 or more, not '%1'.")
                        .arg(text))
        << '\n';
    return Outcome::Invalid;
}

} // namespace jieshui::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jieshui::output {

/**
 * The language of a document (a table, a map, a report), chosen per export and independent of the
 * window's language: a report in English from a Chinese window, as `--lang en` asks. Fixed words come in
 * pairs written next to each other, so a document never mixes languages whatever translator is installed.
 */
class ReportLanguage {
public:
    explicit ReportLanguage(QString code = QStringLiteral("zh"));

    /** "zh" or "en". */
    const QString& code() const { return m_code; }
    bool isChinese() const { return m_chinese; }
    /** @p chinese in a Chinese document, @p english otherwise (both UTF-8). */
    QString pick(const char* english, const char* chinese) const;
    /** A name in the document's language, falling back to the other when it is empty. */
    QString name(const std::string& english, const std::string& chinese) const;
    /** "(x)" with the document's brackets: "（亿m³）" in Chinese, " (hm³)" in English. */
    QString bracketed(const QString& text) const;

private:
    QString m_code;
    bool m_chinese;
};

} // namespace jieshui::output

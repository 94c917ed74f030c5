// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ReportLanguage.h"

namespace jieshui::output {

ReportLanguage::ReportLanguage(QString code)
    : m_code(code == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh")),
      m_chinese(m_code == QLatin1String("zh")) {}

QString ReportLanguage::pick(const char* english, const char* chinese) const {
    return QString::fromUtf8(m_chinese ? chinese : english);
}

QString ReportLanguage::name(const std::string& english, const std::string& chinese) const {
    const std::string& first = m_chinese ? chinese : english;
    return QString::fromStdString(first.empty() ? (m_chinese ? english : chinese) : first);
}

QString ReportLanguage::bracketed(const QString& text) const {
    return m_chinese ? QStringLiteral("（%1）").arg(text) : QStringLiteral(" (%1)").arg(text);
}

} // namespace jieshui::output

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace jieshui::cli {

/**
 * A plain-text table for terminals whose columns line up with Chinese text: CJK and full-width
 * characters take two cells, others one.
 */
class TextTable {
public:
    enum class Align { Left, Right };

    void setHeader(const QStringList& header);
    void setAlignment(int column, Align align);
    void addRow(const QStringList& row);
    QString toString() const;

    /** Terminal cells taken by @p text (East Asian wide and full-width characters count two). */
    static int displayWidth(const QString& text);

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
    QVector<Align> m_align;
};

} // namespace jieshui::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace jieshui::ui {

/**
 * Steps through the years 2015–2035: previous/next buttons and one button per year. The plan's key
 * years are highlighted: 2015 (baseline), 2020, 2022 and 2035 (target years).
 */
class YearStepper : public QWidget {
    Q_OBJECT

public:
    explicit YearStepper(int firstYear, int lastYear, QWidget* parent = nullptr);

    int year() const { return m_year; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    static bool isKeyYear(int year);
    /** The button of @p year (tests, style). */
    QToolButton* buttonFor(int year) const;
    /** Large buttons and four-digit years for presentation mode (a clicker and a projector). */
    void setLarge(bool large);
    bool isLarge() const { return m_large; }

public slots:
    void setYear(int year);
    void stepForward();
    void stepBack();

signals:
    void yearChanged(int year);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void restyle();

    int m_firstYear;
    int m_lastYear;
    int m_year;
    QButtonGroup* m_group = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    bool m_large = false;
};

} // namespace jieshui::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/DescribeScenarioCommand.h"
#include "scenario/Scenario.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jieshui::ui {

/**
 * Names (zh, en) and descriptions (zh, en) of a scenario, and for a new one its parent. A name in at least
 * one language is needed; the id is made by the caller and never shown.
 */
class ScenarioPropertiesDialog : public QDialog {
    Q_OBJECT

public:
    /** For a new scenario (@p parent preselected; the list offers every scenario) or, with
     * @p editing, to rename @p texts' scenario (the parent is then shown but fixed). */
    ScenarioPropertiesDialog(const std::vector<core::Scenario>& scenarios, const QString& parent,
                             const ScenarioTexts& texts, bool editing, QWidget* widgetParent = nullptr);

    ScenarioTexts texts() const;
    QString parentScenario() const;

    QLineEdit* nameZhEdit() const { return m_nameZh; }
    QLineEdit* nameEnEdit() const { return m_nameEn; }
    QComboBox* parentBox() const { return m_parent; }

private:
    void updateState();

    QComboBox* m_parent;
    QLineEdit* m_nameZh;
    QLineEdit* m_nameEn;
    QPlainTextEdit* m_descriptionZh;
    QPlainTextEdit* m_descriptionEn;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace jieshui::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ProjectFromBoundaries.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace jieshui::ui {

/**
 * File → New Project From Boundaries…: a project for any city, province or the country from an official
 * county boundary file (store::ProjectFromBoundaries, what `jieshui-cli new --boundaries` runs): the file,
 * optionally the attributes holding the GB/T 2260 codes and names, the root and its name, and where to save
 * the new project (a file, or a postgresql:// address). Accepting builds the project; a refusal is shown in
 * the dialog, which stays open.
 */
class NewFromBoundariesDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewFromBoundariesDialog(QWidget* parent = nullptr);

    /** The project built on accept, with its report. */
    const std::optional<store::BoundaryProject>& result() const { return m_result; }
    /** Where to save it: a .gpkg path or a postgresql:// address. */
    QString target() const;

    QLineEdit* fileEdit() const { return m_file; }
    QLineEdit* rootEdit() const { return m_root; }
    QLineEdit* rootNameEdit() const { return m_rootName; }
    QLineEdit* targetEdit() const { return m_target; }
    QComboBox* codeFieldBox() const { return m_codeField; }
    QComboBox* nameFieldBox() const { return m_nameField; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    void browseFile();
    void browseTarget();

    QLineEdit* m_file;
    QComboBox* m_codeField;
    QComboBox* m_nameField;
    QLineEdit* m_root;
    QLineEdit* m_rootName;
    QLineEdit* m_crs;
    QLineEdit* m_target;
    QLabel* m_message;
    std::optional<store::BoundaryProject> m_result;
};

} // namespace jieshui::ui

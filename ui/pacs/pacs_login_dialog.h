// SPDX-License-Identifier: Apache-2.0
#pragma once
// Asks for a person's user name and password at a PACS whose DICOMweb
// wants HTTP basic authentication, when the keychain holds none or the
// PACS refused them; "Remember in keychain" keeps them in the person's OS
// keychain once the PACS has accepted them. The password field never
// echoes, and nothing typed here is logged.

#include "core/pacs/pacs_types.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace custos::ui {

class PacsLoginDialog : public QDialog
{
    Q_OBJECT
public:
    // `why`: the sentence that led here (refused, or none stored).
    PacsLoginDialog(const QString& node, const QString& why, const QString& user,
                    bool keychainAvailable, QWidget* parent = nullptr);
    ~PacsLoginDialog() override;

    pacs::BasicCredentials credentials() const;
    bool remember() const;

private:
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

} // namespace custos::ui

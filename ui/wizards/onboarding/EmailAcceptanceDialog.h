#pragma once

#include "domain/ComplianceRecord.h"
#include "domain/IssuedLetter.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

namespace mandaat {

/// CMI-5: an acceptance by e-mail is recorded for the version of the confirmation that was
/// accepted, and for the parties whose e-mail it is; never for every party with one click.
/// The parties are ticked one by one; the newest version is offered first, not chosen silently.
class EmailAcceptanceDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a letters newest first; \a parties the parties who accept the confirmation; \a names
    /// their names, in the same order.
    EmailAcceptanceDialog(const QList<IssuedLetter>& letters,
                          const QList<Party>& parties,
                          const QStringList& names,
                          QDate acceptedOn,
                          QWidget* parent = nullptr);
    ~EmailAcceptanceDialog() override;

    IssuedLetter letter() const;
    QList<Party> parties() const;

private:
    void updateButtons();

    QList<IssuedLetter> m_letters;
    QList<Party> m_parties;
    QComboBox* m_letterComboBox = nullptr;
    QList<QCheckBox*> m_partyCheckBoxes;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mandaat

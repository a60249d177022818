#include "EmailAcceptanceDialog.h"

#include "domain/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mandaat {

EmailAcceptanceDialog::EmailAcceptanceDialog(const QList<IssuedLetter>& letters,
                                             const QList<Party>& parties,
                                             const QStringList& names,
                                             QDate acceptedOn,
                                             QWidget* parent)
    : QDialog(parent)
    , m_letters(letters)
    , m_parties(parties)
{
    // Built in code: the versions and the parties differ per engagement.
    setObjectName(QStringLiteral("emailAcceptanceDialog"));
    setWindowTitle(tr("Accepted by e-mail"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Which version of the confirmation was accepted by e-mail on %1, and by whom? "
                                "Tick only the parties whose e-mail you have.")
                                 .arg(displayDate(acceptedOn)));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_letterComboBox = new QComboBox;
    m_letterComboBox->setObjectName(QStringLiteral("letterComboBox"));
    for (const IssuedLetter& letter : letters) {
        const QDateTime issuedAt = letter.issuedAt.toLocalTime();
        QString text = tr("Issued %1 %2 (SHA-256 %3…)")
                           .arg(displayDate(issuedAt.date()),
                                QLocale().toString(issuedAt.time(), QStringLiteral("HH:mm")),
                                letter.sha256.left(12));
        if (letter.isAccepted()) {
            text += QStringLiteral(" · ") + tr("accepted on %1").arg(displayDate(letter.acceptedOn));
        }
        m_letterComboBox->addItem(text, letter.id);
    }
    auto* letterLabel = new QLabel(tr("&Version"));
    letterLabel->setBuddy(m_letterComboBox);
    form->addRow(letterLabel, m_letterComboBox);
    auto* partiesBox = new QVBoxLayout;
    for (int i = 0; i < parties.size(); ++i) {
        const QString name = names.value(i);
        auto* box = new QCheckBox(name.isEmpty() ? displayName(parties.at(i))
                                                 : tr("%1 (%2)").arg(displayName(parties.at(i)), name));
        box->setObjectName(QStringLiteral("%1CheckBox").arg(toId(parties.at(i))));
        connect(box, &QCheckBox::toggled, this, &EmailAcceptanceDialog::updateButtons);
        partiesBox->addWidget(box);
        m_partyCheckBoxes.append(box);
    }
    form->addRow(tr("Accepted by"), partiesBox);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_buttons->addButton(tr("&Record the acceptance"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateButtons();
}

EmailAcceptanceDialog::~EmailAcceptanceDialog() = default;

IssuedLetter EmailAcceptanceDialog::letter() const
{
    const int index = m_letterComboBox->currentIndex();
    return index >= 0 && index < m_letters.size() ? m_letters.at(index) : IssuedLetter();
}

QList<Party> EmailAcceptanceDialog::parties() const
{
    QList<Party> chosen;
    for (int i = 0; i < m_partyCheckBoxes.size(); ++i) {
        if (m_partyCheckBoxes.at(i)->isChecked()) {
            chosen.append(m_parties.at(i));
        }
    }
    return chosen;
}

void EmailAcceptanceDialog::updateButtons()
{
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(!parties().isEmpty() && m_letterComboBox->count() > 0);
        }
    }
}

} // namespace mandaat

#include "ProfileDialog.h"
#include "ui_ProfileDialog.h"

#include "common/Appearance.h"
#include "common/OpenPractice.h"
#include "common/forms/FormSupport.h"
#include "common/forms/InlineErrors.h"
#include "domain/Validation.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/Records.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>

namespace mandaat {

namespace {

qint64& slotId(PracticeProfile& profile, int slot)
{
    switch (slot) {
    case ProfileDialog::Logo:
        return profile.logoAttachmentId;
    case ProfileDialog::Signature:
        return profile.signatureAttachmentId;
    case ProfileDialog::PrivacyNotice:
        return profile.privacyNoticeAttachmentId;
    default:
        return profile.generalTermsAttachmentId;
    }
}

bool isImage(int slot)
{
    return slot == ProfileDialog::Logo || slot == ProfileDialog::Signature;
}

} // namespace

ProfileDialog::ProfileDialog(OpenPractice* practice, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_practice(practice)
    , m_errors(new InlineErrors(this))
{
    m_ui->setupUi(this);
    appearance::makeSecondary(m_ui->introLabel);
    appearance::makeSecondary(m_ui->letterheadHintLabel);
    // A preview of fixed size: the buttons beside it stay where they are whatever the image's
    // shape (issue 15).
    for (QLabel* preview : {m_ui->logoPreviewLabel, m_ui->signaturePreviewLabel}) {
        preview->setFixedSize(preview->minimumSize() + QSize(40, 16));
        preview->setAlignment(Qt::AlignCenter);
    }
    appearance::makeErrorText(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    forms::fillCombo<VatStatus>(m_ui->vatStatusComboBox);
    const std::pair<const char*, QWidget*> fields[] = {
        {"consultantName", m_ui->consultantNameLineEdit},
        {"tradeName", m_ui->tradeNameLineEdit},
        {"address.street", m_ui->streetLineEdit},
        {"address", m_ui->cityLineEdit},
        {"email", m_ui->emailLineEdit},
        {"phone", m_ui->phoneLineEdit},
        {"companyNumber", m_ui->companyNumberLineEdit},
        {"vatNumber", m_ui->vatNumberLineEdit},
        {"iban", m_ui->ibanLineEdit},
        {"vatStatus", m_ui->vatStatusComboBox},
        {"vatExemptionWording", m_ui->vatExemptionWordingLineEdit},
        {"complaintsProcedure", m_ui->complaintsProcedurePlainTextEdit},
        {"complaintsBody", m_ui->complaintsBodyLineEdit},
    };
    for (const auto& [field, widget] : fields) {
        m_errors->add(QString::fromLatin1(field), widget);
    }
    m_errors->setGeneralLabel(m_ui->errorLabel);
    forms::watchEdits(m_ui->practiceTab, this, [this](QWidget* widget) {
        m_errors->touch(widget);
        m_errors->show(validate(collect()));
    });
    const std::array<QPushButton*, SlotCount> choose = {
        m_ui->logoButton, m_ui->signatureButton, m_ui->privacyNoticeButton, m_ui->generalTermsButton};
    const std::array<QPushButton*, SlotCount> clear = {m_ui->logoClearButton,
                                                       m_ui->signatureClearButton,
                                                       m_ui->privacyNoticeClearButton,
                                                       m_ui->generalTermsClearButton};
    for (int slot = 0; slot < SlotCount; ++slot) {
        connect(choose[slot], &QPushButton::clicked, this, [this, slot]() { chooseFile(slot); });
        connect(clear[slot], &QPushButton::clicked, this, [this, slot]() {
            m_paths[slot].clear();
            m_cleared[slot] = true;
            updateSlot(slot);
        });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_practice) {
        const Records& records = m_practice->records();
        m_profile = records.practice().profile();
        fill(m_profile);
        m_ui->registrationsEditor->load(records);
        m_ui->qualificationsEditor->load(records);
        m_ui->codesEditor->load(records);
        m_ui->toolsEditor->load(records);
    }
    retranslate();
    m_ui->consultantNameLineEdit->setFocus();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::fill(const PracticeProfile& profile)
{
    m_ui->consultantNameLineEdit->setText(profile.consultantName);
    m_ui->tradeNameLineEdit->setText(profile.tradeName);
    m_ui->streetLineEdit->setText(profile.address.street);
    m_ui->postalCodeLineEdit->setText(profile.address.postalCode);
    m_ui->cityLineEdit->setText(profile.address.city);
    m_ui->countryLineEdit->setText(profile.address.country);
    m_ui->emailLineEdit->setText(profile.email);
    m_ui->phoneLineEdit->setText(profile.phone);
    m_ui->companyNumberLineEdit->setText(profile.companyNumber);
    m_ui->vatNumberLineEdit->setText(profile.vatNumber);
    m_ui->ibanLineEdit->setText(profile.iban);
    forms::setComboValue(m_ui->vatStatusComboBox, profile.vatStatus);
    m_ui->vatExemptionWordingLineEdit->setText(profile.vatExemptionWording);
    m_ui->complaintsProcedurePlainTextEdit->setPlainText(profile.complaintsProcedure);
    m_ui->complaintsBodyLineEdit->setText(profile.complaintsBody);
}

PracticeProfile ProfileDialog::collect() const
{
    PracticeProfile profile = m_profile;
    profile.consultantName = m_ui->consultantNameLineEdit->text().trimmed();
    profile.tradeName = m_ui->tradeNameLineEdit->text().trimmed();
    profile.address = {m_ui->streetLineEdit->text().trimmed(),
                       m_ui->postalCodeLineEdit->text().trimmed(),
                       m_ui->cityLineEdit->text().trimmed(),
                       m_ui->countryLineEdit->text().trimmed().toUpper()};
    profile.email = m_ui->emailLineEdit->text().trimmed();
    profile.phone = m_ui->phoneLineEdit->text().trimmed();
    profile.companyNumber = m_ui->companyNumberLineEdit->text().trimmed();
    profile.vatNumber = m_ui->vatNumberLineEdit->text().trimmed();
    profile.iban = m_ui->ibanLineEdit->text().trimmed();
    profile.vatStatus = forms::comboValue<VatStatus>(m_ui->vatStatusComboBox);
    profile.vatExemptionWording = m_ui->vatExemptionWordingLineEdit->text().trimmed();
    profile.complaintsProcedure = m_ui->complaintsProcedurePlainTextEdit->toPlainText().trimmed();
    profile.complaintsBody = m_ui->complaintsBodyLineEdit->text().trimmed();
    return profile;
}

void ProfileDialog::setFile(int slot, const QString& path)
{
    m_paths[slot] = path;
    m_cleared[slot] = false;
    updateSlot(slot);
}

void ProfileDialog::chooseFile(int slot)
{
    const QString filter = isImage(slot) ? tr("Images (*.png *.jpg *.jpeg)") : tr("PDF files (*.pdf)");
    auto* dialog = new QFileDialog(this,
                                   isImage(slot) ? tr("Choose an image") : tr("Choose a PDF"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, slot](const QString& path) { setFile(slot, path); });
    dialog->open();
}

void ProfileDialog::updateSlot(int slot)
{
    const std::array<QLabel*, SlotCount> labels = {
        m_ui->logoFileLabel, m_ui->signatureFileLabel, m_ui->privacyNoticeFileLabel, m_ui->generalTermsFileLabel};
    PracticeProfile& profile = m_profile;
    const bool stored = slotId(profile, slot) > 0 && !m_cleared[slot];
    QString text = tr("none");
    QImage image;
    if (!m_paths[slot].isEmpty()) {
        text = QFileInfo(m_paths[slot]).fileName();
        if (isImage(slot)) {
            image.load(m_paths[slot]);
        }
    } else if (stored && m_practice) {
        const std::optional<Attachment> attachment = isImage(slot)
            ? m_practice->records().attachments().attachment(slotId(profile, slot))
            : m_practice->records().attachments().info(slotId(profile, slot));
        if (attachment) {
            text = attachment->fileName;
            if (isImage(slot)) {
                image.loadFromData(attachment->content);
            }
        }
    }
    labels[slot]->setText(text);
    QLabel* preview = slot == Logo ? m_ui->logoPreviewLabel : slot == Signature ? m_ui->signaturePreviewLabel : nullptr;
    if (preview) {
        const qreal ratio = preview->devicePixelRatioF();
        QPixmap pixmap;
        if (!image.isNull()) {
            pixmap = QPixmap::fromImage(
                image.scaled(preview->contentsRect().size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            pixmap.setDevicePixelRatio(ratio);
        }
        preview->setPixmap(pixmap);
        preview->setAccessibleName(slot == Logo ? tr("Logo preview") : tr("Signature preview"));
    }
}

void ProfileDialog::accept()
{
    if (!m_practice) {
        reject();
        return;
    }
    m_errors->touchAll();
    if (QWidget* invalid = m_errors->show(validate(collect()))) {
        m_ui->tabWidget->setCurrentWidget(m_ui->practiceTab);
        invalid->setFocus(Qt::OtherFocusReason);
        return;
    }
    QString error;
    if (!write(&error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

bool ProfileDialog::write(QString* message)
{
    Records& records = m_practice->records();
    PracticeProfile profile = collect();
    RecordError error;
    const bool written = records.transaction(
        [&](RecordError* inner) {
            for (int slot = 0; slot < SlotCount; ++slot) {
                if (m_cleared[slot]) {
                    slotId(profile, slot) = 0;
                }
                if (m_paths[slot].isEmpty()) {
                    continue;
                }
                QFile file(m_paths[slot]);
                if (!file.open(QIODevice::ReadOnly)) {
                    *inner = RecordError::make(
                        RecordError::Kind::Refused,
                        tr("%1 could not be read: %2").arg(QFileInfo(m_paths[slot]).fileName(), file.errorString()));
                    return false;
                }
                Attachment attachment;
                attachment.fileName = QFileInfo(m_paths[slot]).fileName();
                attachment.mimeType = QMimeDatabase().mimeTypeForFile(m_paths[slot]).name();
                attachment.content = file.readAll();
                if (!records.attachments().add(attachment, inner)) {
                    return false;
                }
                slotId(profile, slot) = attachment.id;
            }
            return records.practice().saveProfile(profile, inner) && m_ui->registrationsEditor->apply(records, inner) &&
                m_ui->qualificationsEditor->apply(records, inner) && m_ui->codesEditor->apply(records, inner) &&
                m_ui->toolsEditor->apply(records, inner);
        },
        &error);
    if (!written) {
        *message = error.message;
    }
    return written;
}

void ProfileDialog::retranslate()
{
    forms::retranslateCombo<VatStatus>(m_ui->vatStatusComboBox);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save the profile"));
    m_ui->postalCodeLineEdit->setAccessibleName(tr("Postal code"));
    m_ui->cityLineEdit->setAccessibleName(tr("City"));
    m_ui->countryLineEdit->setAccessibleName(tr("Country code"));
    for (int slot = 0; slot < SlotCount; ++slot) {
        updateSlot(slot);
    }
}

void ProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace mandaat

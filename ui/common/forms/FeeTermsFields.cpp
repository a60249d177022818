#include "common/forms/FeeTermsFields.h"

#include "common/forms/FormSupport.h"
#include "domain/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace mandaat {

FeeTermsFields::FeeTermsFields(QFormLayout* layout, int row)
    : QObject(layout->parentWidget())
    , m_layout(layout)
{
    QWidget* parent = layout->parentWidget();
    const auto label = [parent](const char* name, QWidget* buddy) {
        auto* text = new QLabel(parent);
        text->setObjectName(QString::fromLatin1(name));
        text->setBuddy(buddy);
        return text;
    };
    m_feeModel = new QComboBox(parent);
    m_feeModel->setObjectName(QStringLiteral("feeModelComboBox"));
    forms::fillCombo<FeeModel>(m_feeModel);
    m_feeModelLabel = label("feeModelLabel", m_feeModel);

    m_rate = new QLineEdit(parent);
    m_rate->setObjectName(QStringLiteral("rateLineEdit"));
    m_rateLabel = label("rateLabel", m_rate);
    m_currency = new QLineEdit(parent);
    m_currency->setObjectName(QStringLiteral("currencyLineEdit"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    m_currencyLabel = label("currencyLabel", m_currency);
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate, 1);
    rateRow->addWidget(m_currencyLabel);
    rateRow->addWidget(m_currency);

    m_estimatedTotal = new QLineEdit(parent);
    m_estimatedTotal->setObjectName(QStringLiteral("estimatedTotalLineEdit"));
    m_estimatedTotalLabel = label("estimatedTotalLabel", m_estimatedTotal);

    m_vatRate = new QDoubleSpinBox(parent);
    m_vatRate->setObjectName(QStringLiteral("vatRateDoubleSpinBox"));
    m_vatRate->setDecimals(2);
    m_vatRate->setMaximum(100.0);
    m_vatRate->setSuffix(QStringLiteral(" %"));
    m_vatRateLabel = label("vatRateLabel", m_vatRate);
    m_vatExempt = new QCheckBox(parent);
    m_vatExempt->setObjectName(QStringLiteral("vatExemptCheckBox"));
    auto* vatRow = new QHBoxLayout;
    vatRow->addWidget(m_vatRate);
    vatRow->addWidget(m_vatExempt);
    vatRow->addStretch(1);

    m_vatExemptionWording = new QLineEdit(parent);
    m_vatExemptionWording->setObjectName(QStringLiteral("vatExemptionWordingLineEdit"));
    m_vatExemptionWordingLabel = label("vatExemptionWordingLabel", m_vatExemptionWording);

    layout->insertRow(row, m_feeModelLabel, m_feeModel);
    layout->insertRow(row + 1, m_rateLabel, rateRow);
    layout->insertRow(row + 2, m_estimatedTotalLabel, m_estimatedTotal);
    layout->insertRow(row + 3, m_vatRateLabel, vatRow);
    layout->insertRow(row + 4, m_vatExemptionWordingLabel, m_vatExemptionWording);

    connect(m_feeModel, &QComboBox::currentIndexChanged, this, &FeeTermsFields::updateRows);
    connect(m_vatExempt, &QCheckBox::toggled, this, &FeeTermsFields::updateRows);
    parent->installEventFilter(this);
    retranslate();
    updateRows();
}

std::optional<qint64> FeeTermsFields::parseAmount(const QString& text, bool* ok)
{
    return Money::parseFee(text, ok);
}

QString FeeTermsFields::formatAmount(qint64 cents)
{
    return Money(cents, QString()).number();
}

void FeeTermsFields::show(const Engagement& engagement)
{
    const QSignalBlocker model(m_feeModel);
    forms::setComboValue(m_feeModel, engagement.feeModel);
    m_rate->setText(engagement.rateCents > 0 ? formatAmount(engagement.rateCents) : QString());
    m_currency->setText(engagement.currency);
    m_estimatedTotal->setText(engagement.estimatedTotalCents ? formatAmount(*engagement.estimatedTotalCents)
                                                             : QString());
    m_vatRate->setValue(engagement.vatRateBasisPoints / 100.0);
    const QSignalBlocker exempt(m_vatExempt);
    m_vatExempt->setChecked(engagement.vatExempt);
    m_vatExemptionWording->setText(engagement.vatExemptionWording);
    updateRows();
}

ValidationIssues FeeTermsFields::collect(Engagement& engagement) const
{
    ValidationIssues issues;
    engagement.feeModel = forms::comboValue<FeeModel>(m_feeModel, FeeModel::Hourly);
    bool ok = true;
    const std::optional<qint64> rate = parseAmount(m_rate->text(), &ok);
    if (ok) {
        engagement.rateCents = rate.value_or(0);
    } else {
        issues.append({QStringLiteral("rateCents"),
                       tr("“%1” is not an amount; enter it as in %2.").arg(m_rate->text(), formatAmount(9500))});
    }
    const std::optional<qint64> estimate = parseAmount(m_estimatedTotal->text(), &ok);
    if (ok) {
        engagement.estimatedTotalCents = estimate;
    } else {
        issues.append(
            {QStringLiteral("estimatedTotalCents"),
             tr("“%1” is not an amount; enter it as in %2.").arg(m_estimatedTotal->text(), formatAmount(125000))});
    }
    engagement.currency = m_currency->text().trimmed().toUpper();
    engagement.vatExempt = m_vatExempt->isChecked();
    engagement.vatRateBasisPoints = static_cast<int>(std::lround(m_vatRate->value() * 100.0));
    // Kept as shown even while hidden: a Save that changed nothing the user touched must not
    // amend the terms of a signed engagement (TermsAmendment compares the wording too).
    engagement.vatExemptionWording = m_vatExemptionWording->text().trimmed();
    return issues;
}

QList<std::pair<QString, QWidget*>> FeeTermsFields::fields() const
{
    return {{QStringLiteral("feeModel"), m_feeModel},
            {QStringLiteral("rateCents"), m_rate},
            {QStringLiteral("currency"), m_currency},
            {QStringLiteral("estimatedTotalCents"), m_estimatedTotal},
            {QStringLiteral("vatRateBasisPoints"), m_vatRate},
            {QStringLiteral("vatExemptionWording"), m_vatExemptionWording}};
}

bool FeeTermsFields::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void FeeTermsFields::retranslate()
{
    forms::retranslateCombo<FeeModel>(m_feeModel);
    m_feeModelLabel->setText(tr("Fee &model"));
    m_currencyLabel->setText(tr("C&urrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_rate->setPlaceholderText(tr("Per hour, day or session, or the fixed price"));
    m_estimatedTotalLabel->setText(tr("Estimated &total"));
    m_estimatedTotal->setPlaceholderText(tr("Optional"));
    m_vatRateLabel->setText(tr("&VAT"));
    m_vatExempt->setText(tr("E&xempt from VAT"));
    m_vatExemptionWordingLabel->setText(tr("Exemption &wording"));
    m_vatExemptionWording->setPlaceholderText(tr("The wording the law requires"));
    updateRows();
}

void FeeTermsFields::updateRows()
{
    // A fixed price is the amount of the whole engagement, not a rate (the letter says so too).
    const bool fixed = forms::comboValue<FeeModel>(m_feeModel, FeeModel::Hourly) == FeeModel::Fixed;
    m_rateLabel->setText(fixed ? tr("&Price") : tr("&Rate"));
    m_rate->setAccessibleName(fixed ? tr("Price") : tr("Rate"));
    const bool exempt = m_vatExempt->isChecked();
    m_vatRate->setEnabled(!exempt);
    if (m_layout) {
        m_layout->setRowVisible(m_vatExemptionWording, exempt);
    }
}

} // namespace mandaat

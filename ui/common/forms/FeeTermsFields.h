#pragma once

#include "domain/Engagement.h"
#include "domain/ValidationIssue.h"

#include <QObject>
#include <QPointer>

#include <utility>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace mandaat {

/// The fee terms of an engagement as the confirmation states them: the fee model, the rate or
/// fixed price, the currency, the estimated total and the VAT (rate, or the exemption and its
/// wording). One set of fields for the onboarding's terms page and the engagement form, so
/// that both show, parse and check an amount the same way (issue 17, item 3): typed in the
/// user's locale or with a decimal point, "1.250,00" and "1250.00" alike.
///
/// The fields are rows of the form layout they are given, so that their labels line up with
/// the form's other rows; their object names are the same on both screens (feeModelComboBox,
/// rateLineEdit, currencyLineEdit, estimatedTotalLineEdit, vatRateDoubleSpinBox,
/// vatExemptCheckBox, vatExemptionWordingLineEdit).
class FeeTermsFields : public QObject
{
    Q_OBJECT

public:
    /// Creates the fields as children of \a layout's parent widget and inserts them as rows of
    /// \a layout, from \a row on.
    FeeTermsFields(QFormLayout* layout, int row);

    /// Shows the fee terms of \a engagement.
    void show(const Engagement& engagement);

    /// Writes the fields into \a engagement; an amount that is not one is left as it was and
    /// named in the issues returned (field "rateCents" or "estimatedTotalCents").
    ValidationIssues collect(Engagement& engagement) const;

    /// The widget of each field of Engagement these rows edit, for the inline errors.
    QList<std::pair<QString, QWidget*>> fields() const;

    /// An amount typed in the user's locale (or with a decimal point), in cents; nullopt when
    /// empty. \a ok is false when the text is no amount (or a negative one).
    static std::optional<qint64> parseAmount(const QString& text, bool* ok);
    /// \a cents in the user's locale, with two decimals.
    static QString formatAmount(qint64 cents);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateRows();

    QPointer<QFormLayout> m_layout;
    QLabel* m_feeModelLabel = nullptr;
    QComboBox* m_feeModel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QLineEdit* m_rate = nullptr;
    QLabel* m_currencyLabel = nullptr;
    QLineEdit* m_currency = nullptr;
    QLabel* m_estimatedTotalLabel = nullptr;
    QLineEdit* m_estimatedTotal = nullptr;
    QLabel* m_vatRateLabel = nullptr;
    QDoubleSpinBox* m_vatRate = nullptr;
    QCheckBox* m_vatExempt = nullptr;
    QLabel* m_vatExemptionWordingLabel = nullptr;
    QLineEdit* m_vatExemptionWording = nullptr;
};

} // namespace mandaat

#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QLineEdit>
#include <QPointer>

namespace mandaat {

/// The one date field of the windows (issue 15): the date typed as the interface language
/// writes it ("15-03-2022" in Dutch, "15/03/2022" in English; "15.03.2022", "15032022" and
/// "2022-03-15" are read too) or chosen from a calendar that opens at the date shown, else at
/// today (Alt+Down, F4 or the calendar button). A text that is not a date, or a date outside
/// the allowed range, is refused where it can be seen: when the user leaves the field (Tab, a
/// click elsewhere, Return, a shortcut such as Ctrl+S) the field shows the date it had again
/// and says why. An optional date can be empty ("not set"); a required one cannot.
class DateEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)
    Q_PROPERTY(bool optional READ isOptional WRITE setOptional)

public:
    explicit DateEdit(QWidget* parent = nullptr);
    ~DateEdit() override;

    /// The date in the field; an invalid date when an optional field is not set.
    QDate date() const { return m_date; }
    /// Shows \a date (kept within the range). An invalid date empties an optional field and
    /// shows today in a required one.
    void setDate(QDate date);

    bool isOptional() const { return m_optional; }
    void setOptional(bool optional);

    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    void setMinimumDate(QDate date);
    void setMaximumDate(QDate date);
    void setDateRange(QDate minimum, QDate maximum);

    /// The message shown when the field last refused what was typed (for tests); empty once a
    /// date was accepted.
    QString refusal() const { return m_refusal; }

    /// Opens the calendar under the field.
    void showCalendar();
    /// The calendar when it is open, else nullptr.
    QCalendarWidget* calendar() const { return m_calendar; }

    /// The date \a text stands for in the interface language's ways of writing one, or an
    /// invalid date.
    static QDate parse(const QString& text);

Q_SIGNALS:
    /// The date changed, typed, chosen or set (an invalid date: no longer set).
    void dateChanged(QDate date);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Reading { Date, Empty, NotADate };
    Reading read(QDate* date) const;
    /// Takes what was typed, or refuses it; false when it was refused.
    bool commit();
    void textTyped();
    void change(QDate date);
    void showText();
    void refuse(const QString& message);
    void markInvalid(bool invalid);
    void retranslate();
    /// "dd/mm/yyyy", in the interface language.
    static QString placeholderFormat();
    QDate clamp(QDate date) const;

    QDate m_date;
    QDate m_minimum;
    QDate m_maximum;
    bool m_optional = false;
    QString m_refusal;
    QAction* m_calendarAction = nullptr;
    QPointer<QCalendarWidget> m_calendar;
};

} // namespace mandaat

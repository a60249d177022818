#include "DateEdit.h"

#include "common/Formats.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>
#include <QToolTip>
#include <QValidator>
#include <QWindow>

namespace mandaat {

namespace {

/// Digits and the separators a date is written with; anything else is not typed at all (an
/// optional date could become "not set5032027").
class DateCharacters : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override
    {
        static const QRegularExpression allowed(QStringLiteral("^[0-9\\-/. ]{0,10}$"));
        return allowed.match(input).hasMatch() ? Acceptable : Invalid;
    }
};

/// A small calendar, drawn: no icon theme is sure to have one.
QIcon calendarIcon(const QPalette& palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 4, ink);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column) {
            painter.fillRect(4 + column * 3, 8 + row * 3, 2, 2, ink);
        }
    }
    return QIcon(pixmap);
}

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setValidator(new DateCharacters(this));
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateEdit::textTyped);
    m_date = QDate::currentDate();
    retranslate();
    showText();
}

DateEdit::~DateEdit()
{
    if (m_calendar) {
        m_calendar->disconnect(this); // no focus to give back to a field that is going away
        delete m_calendar;
    }
}

QDate DateEdit::parse(const QString& text)
{
    const QString typed = text.trimmed();
    // Day first, as both languages write it; the separator need not be the language's own.
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    QRegularExpressionMatch match = dayFirst.match(typed);
    if (!match.hasMatch()) {
        match = digitsOnly.match(typed);
    }
    if (match.hasMatch()) {
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    }
    match = iso.match(typed);
    if (match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    return {};
}

void DateEdit::setDate(QDate date)
{
    if (!date.isValid() && !m_optional) {
        date = QDate::currentDate();
    }
    m_refusal.clear();
    change(date.isValid() ? clamp(date) : QDate());
    showText();
}

void DateEdit::setOptional(bool optional)
{
    m_optional = optional;
    retranslate();
    if (!m_optional && !m_date.isValid()) {
        setDate(QDate::currentDate());
    }
}

void DateEdit::setMinimumDate(QDate date)
{
    setDateRange(date, m_maximum);
}

void DateEdit::setMaximumDate(QDate date)
{
    setDateRange(m_minimum, date);
}

void DateEdit::setDateRange(QDate minimum, QDate maximum)
{
    m_minimum = minimum;
    m_maximum = maximum.isValid() && minimum.isValid() ? std::max(minimum, maximum) : maximum;
    if (m_date.isValid() && clamp(m_date) != m_date) {
        setDate(m_date);
    }
}

QDate DateEdit::clamp(QDate date) const
{
    if (m_minimum.isValid() && date < m_minimum) {
        return m_minimum;
    }
    if (m_maximum.isValid() && date > m_maximum) {
        return m_maximum;
    }
    return date;
}

void DateEdit::showCalendar()
{
    if (!isEnabled() || isReadOnly()) {
        return;
    }
    commit();
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setAttribute(Qt::WA_DeleteOnClose);
        m_calendar->setLocale(QLocale());
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        m_calendar->setAccessibleName(tr("Calendar"));
        // A click or Return on a day takes it.
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
            m_refusal.clear();
            change(date);
            showText();
            if (m_calendar) {
                m_calendar->close();
            }
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
        // Closed by a day, Escape or a click elsewhere: the keyboard is back in the field, in a
        // window that is active again. Not every window system gives the focus back after a popup, and some take it
        // away only after the popup is gone: checked once the events of its closing are through.
        connect(m_calendar, &QObject::destroyed, this, [this]() {
            setFocus(Qt::PopupFocusReason);
            QTimer::singleShot(0, this, [this]() {
                QWidget* window = this->window();
                if (window && window->windowHandle() && QGuiApplication::focusWindow() != window->windowHandle()) {
                    window->windowHandle()->requestActivate();
                }
                setFocus(Qt::PopupFocusReason);
            });
        });
    }
    const QDate today = QDate::currentDate();
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1900, 1, 1),
                             m_maximum.isValid() ? m_maximum : QDate(9999, 12, 31));
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : clamp(today));
    m_calendar->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - m_calendar->width())));
        if (at.y() + m_calendar->height() > area.bottom()) {
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        }
    }
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateEdit::event(QEvent* event)
{
    // A shortcut (Ctrl+S, Alt+N) acts on what the field says: it is taken or refused first.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool editing = key->matches(QKeySequence::SelectAll) || key->matches(QKeySequence::Copy) ||
            key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Undo) ||
            key->matches(QKeySequence::Redo);
        if ((key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && !editing) {
            commit();
        }
    }
    return QLineEdit::event(event);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (!commit()) {
            return; // refused: the dialog does not take Return as its default button's
        }
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    // Not when another window takes the focus for a moment (a message, another program): the
    // user comes back to what they were typing.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason) {
        commit();
    }
    QLineEdit::focusOutEvent(event);
}

void DateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
    }
    QLineEdit::changeEvent(event);
}

DateEdit::Reading DateEdit::read(QDate* date) const
{
    if (text().trimmed().isEmpty()) {
        return Reading::Empty;
    }
    *date = parse(text());
    return date->isValid() ? Reading::Date : Reading::NotADate;
}

void DateEdit::textTyped()
{
    QDate typed;
    switch (read(&typed)) {
    case Reading::Date:
        if (clamp(typed) == typed) {
            markInvalid(false);
            m_refusal.clear();
            change(typed);
            return;
        }
        break;
    case Reading::Empty:
        if (m_optional) {
            markInvalid(false);
            m_refusal.clear();
            change({});
            return;
        }
        break;
    case Reading::NotADate:
        break;
    }
    markInvalid(true); // not yet a date: the date stays what it was until it is one
}

bool DateEdit::commit()
{
    QDate typed;
    const Reading reading = read(&typed);
    QString message;
    if (reading == Reading::Date && clamp(typed) == typed) {
        change(typed);
        showText(); // written the one way: "1/3/2022" becomes "01/03/2022"
        return true;
    }
    if (reading == Reading::Empty && m_optional) {
        change({});
        markInvalid(false);
        return true;
    }
    const QString kept = m_date.isValid() ? formats::shortDate(m_date) : tr("not set");
    if (reading == Reading::Empty) {
        message = tr("A date is needed here; it stays %1.").arg(kept);
    } else if (reading == Reading::Date && m_minimum.isValid() && typed < m_minimum) {
        message = tr("%1 is too early: the earliest date here is %2. The date stays %3.")
                      .arg(formats::shortDate(typed), formats::shortDate(m_minimum), kept);
    } else if (reading == Reading::Date) {
        message = tr("%1 is too late: the latest date here is %2. The date stays %3.")
                      .arg(formats::shortDate(typed), formats::shortDate(m_maximum), kept);
    } else {
        message = tr("“%1” is not a date. Type it as %2, for example %3. The date stays %4.")
                      .arg(text().trimmed(), placeholderFormat(), formats::shortDate(QDate::currentDate()), kept);
    }
    showText();
    refuse(message);
    return false;
}

void DateEdit::change(QDate date)
{
    if (date == m_date) {
        return;
    }
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void DateEdit::showText()
{
    const QString shown = m_date.isValid() ? formats::shortDate(m_date) : QString();
    if (text() != shown) {
        setText(shown);
    }
    markInvalid(false);
}

void DateEdit::refuse(const QString& message)
{
    m_refusal = message;
    setToolTip(message);
    // After the focus has moved on: a tool tip hides when another widget takes the focus.
    QTimer::singleShot(0, this, [this, message]() {
        if (isVisible() && m_refusal == message) {
            QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this, {}, 8000);
        }
    });
}

void DateEdit::markInvalid(bool invalid)
{
    if (property("invalid").toBool() == invalid) {
        return;
    }
    setProperty("invalid", invalid);
    QPalette colours = QApplication::palette(this);
    if (invalid) {
        colours.setColor(QPalette::Base, QColor(0xfd, 0xe8, 0xe6));
        colours.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
    }
    setPalette(colours);
    if (!invalid && m_refusal.isEmpty()) {
        setToolTip(QString());
    }
}

QString DateEdit::placeholderFormat()
{
    // The Dutch is "dd-mm-jjjj", as formats::dateFormat() writes a date in Dutch.
    return tr("dd/mm/yyyy", "how a date is typed");
}

void DateEdit::retranslate()
{
    setPlaceholderText(m_optional ? tr("not set") : placeholderFormat());
    m_calendarAction->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    m_calendarAction->setText(tr("Calendar"));
    QDate typed;
    if (read(&typed) != Reading::NotADate) {
        showText(); // the date written the way of the language now in force
    }
}

} // namespace mandaat

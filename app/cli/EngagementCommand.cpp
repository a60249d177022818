#include "EngagementCommand.h"

#include "CliIo.h"
#include "SharedSettings.h"
#include "compliance/ComplianceGuard.h"
#include "domain/DisplayNames.h"
#include "domain/Money.h"
#include "lifecycle/Onboarding.h"
#include "repositories/ClientRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"

#include <cmath>

namespace mandaat::cli {

namespace {

/// The option a field of Engagement (a ValidationIssue's field) is given with.
QString optionOf(const QString& field)
{
    static const QHash<QString, QString> options = {
        {QStringLiteral("clientId"), QStringLiteral("client")},
        {QStringLiteral("principalId"), QStringLiteral("principal")},
        {QStringLiteral("payerKind"), QStringLiteral("payer")},
        {QStringLiteral("payerName"), QStringLiteral("payer-name")},
        {QStringLiteral("payerReference"), QStringLiteral("payer-reference")},
        {QStringLiteral("topCivilServant"), QStringLiteral("top-civil-servant")},
        {QStringLiteral("clientExpectations"), QStringLiteral("client-expectations")},
        {QStringLiteral("principalExpectations"), QStringLiteral("principal-expectations")},
        {QStringLiteral("otherStakeholders"), QStringLiteral("other-stakeholders")},
        {QStringLiteral("feeModel"), QStringLiteral("fee-model")},
        {QStringLiteral("rateCents"), QStringLiteral("rate")},
        {QStringLiteral("vatRateBasisPoints"), QStringLiteral("vat-rate")},
        {QStringLiteral("vatExemptionWording"), QStringLiteral("vat-exempt")},
        {QStringLiteral("estimatedTotalCents"), QStringLiteral("estimate")},
        {QStringLiteral("expensesArrangement"), QStringLiteral("expenses")},
        {QStringLiteral("paymentMethod"), QStringLiteral("payment-method")},
        {QStringLiteral("paymentTerms"), QStringLiteral("payment-terms")},
        {QStringLiteral("cancellationPolicy"), QStringLiteral("cancellation-policy")},
        {QStringLiteral("plannedStart"), QStringLiteral("start")},
        {QStringLiteral("plannedEnd"), QStringLiteral("end")},
        {QStringLiteral("plannedSessions"), QStringLiteral("sessions")},
        {QStringLiteral("followsEarlierAdvice"), QStringLiteral("follows-advice")},
        {QStringLiteral("earlierAdviceDescription"), QStringLiteral("earlier-advice")},
        {QStringLiteral("endOfEmployment"), QStringLiteral("end-of-employment")},
        {QStringLiteral("useRestrictions"), QStringLiteral("use-restrictions")},
        {QStringLiteral("letterLanguage"), QStringLiteral("language")},
    };
    if (field.startsWith(QLatin1String("methods"))) {
        return QStringLiteral("method");
    }
    return options.value(field, field);
}

/// Reads the engagement from the options. False, with the usage error printed, when an
/// option's value is not one it takes.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(EngagementCommand)

public:
    explicit Reader(const QCommandLineParser& parser)
        : m_parser(parser)
    { }

    bool ok() const { return m_ok; }

    QString text(const char* name) const { return m_parser.value(QLatin1String(name)).trimmed(); }

    template <typename E>
    void choice(const char* name, E* value, const QString& what)
    {
        if (!m_parser.isSet(QLatin1String(name))) {
            return;
        }
        const std::optional<E> chosen = fromId<E>(m_parser.value(QLatin1String(name)));
        if (!chosen) {
            fail(tr("Unknown %1 '%2'. Use one of: %3.").arg(what, m_parser.value(QLatin1String(name)), idsOf<E>()));
            return;
        }
        *value = *chosen;
    }

    void id(const char* name, qint64* value)
    {
        if (!m_parser.isSet(QLatin1String(name))) {
            return;
        }
        bool valid = false;
        *value = m_parser.value(QLatin1String(name)).toLongLong(&valid);
        if (!valid || *value < 1) {
            fail(tr("--%1 needs an id, a whole number of at least 1 (see 'list FILE %1s').").arg(QLatin1String(name)));
        }
    }

    void date(const char* name, QDate* value)
    {
        if (!m_parser.isSet(QLatin1String(name))) {
            return;
        }
        *value = QDate::fromString(m_parser.value(QLatin1String(name)), Qt::ISODate);
        if (!value->isValid()) {
            fail(tr("--%1 needs a date as YYYY-MM-DD, such as 2026-03-31.").arg(QLatin1String(name)));
        }
    }

    std::optional<qint64> money(const char* name)
    {
        bool valid = true;
        const std::optional<qint64> cents = Money::parseFee(m_parser.value(QLatin1String(name)), &valid);
        if (!valid) {
            fail(tr("--%1: “%2” is not an amount; write it as 95.00 or 1250.")
                     .arg(QLatin1String(name), m_parser.value(QLatin1String(name))));
        }
        return cents;
    }

    std::optional<bool> yesNo(const char* name)
    {
        if (!m_parser.isSet(QLatin1String(name))) {
            return std::nullopt;
        }
        const QString value = m_parser.value(QLatin1String(name)).toLower();
        if (value == QLatin1String("yes")) {
            return true;
        }
        if (value != QLatin1String("no")) {
            fail(tr("--%1 takes yes or no.").arg(QLatin1String(name)));
        }
        return false;
    }

    void fail(const QString& message)
    {
        if (m_ok) {
            err() << message << Qt::endl;
        }
        m_ok = false;
    }

private:
    const QCommandLineParser& m_parser;
    bool m_ok = true;
};

} // namespace

EngagementCommand::EngagementCommand()
    : VaultCommand(QStringLiteral("engagement"),
                   tr("Open a new engagement as the onboarding wizard does: the parties, the expectations, the methods "
                      "and the terms; its onboarding begins."))
{
    addOption({QStringLiteral("client"), tr("The client's id (see 'list FILE clients')."), tr("ID")});
    addOption({QStringLiteral("principal"),
               tr("The principal's id (see 'list FILE principals'); without it the client pays."),
               tr("ID")});
    addOption({QStringLiteral("kind"), tr("The kind of engagement: %1.").arg(idsOf<EngagementKind>()), tr("KIND")});
    addOption({QStringLiteral("language"), tr("The letters' language: nl (default) or en."), tr("LANG")});
    addOption(
        {QStringLiteral("title"), tr("The engagement's title (default: the kind and the client's name)."), tr("TEXT")});
    addOption({QStringLiteral("top-civil-servant"), tr("An evaluation or selection of a top civil servant.")});
    addOption({QStringLiteral("at"), tr("The day the onboarding begins (YYYY-MM-DD; default: today)."), tr("DATE")});
    addOption({QStringLiteral("objectives"), tr("The objectives."), tr("TEXT")});
    addOption({QStringLiteral("client-expectations"), tr("What the client expects."), tr("TEXT")});
    addOption({QStringLiteral("principal-expectations"), tr("What the principal expects."), tr("TEXT")});
    addOption({QStringLiteral("other-stakeholders"), tr("Other stakeholders and what they expect."), tr("TEXT")});
    addOption({QStringLiteral("method"),
               tr("A method, as \"NAME|AUTHOR|DESCRIPTION\" (the author or owner, never yourself for what is not "
                  "yours); repeat it for more."),
               tr("METHOD")});
    addOption({QStringLiteral("payer"), tr("Who pays: %1.").arg(idsOf<PayerKind>()), tr("PAYER")});
    addOption({QStringLiteral("payer-name"), tr("The scheme or third party that pays."), tr("NAME")});
    addOption({QStringLiteral("payer-reference"), tr("The scheme's reference for this engagement."), tr("TEXT")});
    addOption({QStringLiteral("fee-model"), tr("How the fee is counted: %1.").arg(idsOf<FeeModel>()), tr("MODEL")});
    addOption({QStringLiteral("rate"), tr("The rate or the fixed price, such as 95.00."), tr("AMOUNT")});
    addOption({QStringLiteral("currency"), tr("The currency (default: EUR)."), tr("CODE")});
    addOption({QStringLiteral("vat-rate"), tr("The VAT rate in percent (default: 21)."), tr("PERCENT")});
    addOption({QStringLiteral("vat-exempt"), tr("Exempt from VAT, with the wording the letter states."), tr("TEXT")});
    addOption({QStringLiteral("estimate"), tr("The estimated total, such as 1250."), tr("AMOUNT")});
    addOption({QStringLiteral("expenses"), tr("How expenses are charged."), tr("TEXT")});
    addOption({QStringLiteral("payment-method"), tr("How it is paid: %1.").arg(idsOf<PaymentMethod>()), tr("METHOD")});
    addOption({QStringLiteral("payment-terms"), tr("The payment terms, such as \"Within 14 days\"."), tr("TEXT")});
    addOption({QStringLiteral("cancellation-policy"),
               tr("What a session cancelled late or missed costs (asked by ICF)."),
               tr("TEXT")});
    addOption({QStringLiteral("start"), tr("The planned start (YYYY-MM-DD)."), tr("DATE")});
    addOption({QStringLiteral("end"), tr("The planned end (YYYY-MM-DD)."), tr("DATE")});
    addOption({QStringLiteral("sessions"), tr("The planned number of sessions."), tr("N")});
    addOption({QStringLiteral("follows-advice"),
               tr("yes or no: the engagement follows advice you gave in another role."),
               tr("ANSWER")});
    addOption({QStringLiteral("earlier-advice"), tr("With --follows-advice yes: that advice."), tr("TEXT")});
    addOption({QStringLiteral("end-of-employment"),
               tr("yes or no: the engagement may lead to the end of the client's employment."),
               tr("ANSWER")});
    addOption(
        {QStringLiteral("use-restrictions"), tr("What the client does not want used, or passed on."), tr("TEXT")});
}

int EngagementCommand::checkOptions(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("client")) || !parser.isSet(QStringLiteral("kind"))) {
        err() << tr("'engagement' needs --client ID and --kind KIND, one of: %1.").arg(idsOf<EngagementKind>())
              << Qt::endl;
        return ExitUsage;
    }
    Reader read(parser);
    m_engagement = Engagement();
    read.id("client", &m_engagement.clientId);
    read.id("principal", &m_engagement.principalId);
    read.choice("kind", &m_engagement.kind, tr("kind of engagement"));
    read.choice("language", &m_engagement.letterLanguage, tr("letter language"));
    // CMI-5: the principal pays unless the terms say otherwise; without one, the client does.
    m_engagement.payerKind = m_engagement.principalId > 0 ? PayerKind::Principal : PayerKind::Client;
    read.choice("payer", &m_engagement.payerKind, tr("payer"));
    read.choice("fee-model", &m_engagement.feeModel, tr("fee model"));
    if (parser.isSet(QStringLiteral("payment-method"))) {
        PaymentMethod method = PaymentMethod::BankTransfer;
        read.choice("payment-method", &method, tr("payment method"));
        m_engagement.paymentMethod = method;
    }
    m_engagement.topCivilServant = parser.isSet(QStringLiteral("top-civil-servant"));
    m_engagement.title = read.text("title");
    m_engagement.objectives = read.text("objectives");
    m_engagement.clientExpectations = read.text("client-expectations");
    m_engagement.principalExpectations = read.text("principal-expectations");
    m_engagement.otherStakeholders = read.text("other-stakeholders");
    m_engagement.payerName = read.text("payer-name");
    m_engagement.payerReference = read.text("payer-reference");
    for (const QString& method : parser.values(QStringLiteral("method"))) {
        const QStringList parts = method.split(QLatin1Char('|'));
        if (parts.size() != 3) {
            read.fail(
                tr("--method takes \"NAME|AUTHOR|DESCRIPTION\": “%1” has %n part(s).", "", parts.size()).arg(method));
            break;
        }
        EngagementMethod row;
        row.name = parts.at(0).trimmed();
        row.author = parts.at(1).trimmed();
        row.description = parts.at(2).trimmed();
        m_engagement.methods.append(row);
    }
    m_engagement.rateCents = read.money("rate").value_or(0);
    m_engagement.estimatedTotalCents = read.money("estimate");
    if (parser.isSet(QStringLiteral("currency"))) {
        m_engagement.currency = read.text("currency").toUpper();
    }
    if (parser.isSet(QStringLiteral("vat-rate"))) {
        bool valid = false;
        const double percent = QLocale::c().toDouble(read.text("vat-rate"), &valid);
        if (!valid || !std::isfinite(percent) || percent < 0 || percent > 100) {
            read.fail(tr("--vat-rate takes a percentage from 0 to 100, such as 21 or 9."));
        } else {
            m_engagement.vatRateBasisPoints = static_cast<int>(std::lround(percent * 100.0));
        }
    }
    if (parser.isSet(QStringLiteral("vat-exempt"))) {
        m_engagement.vatExempt = true;
        m_engagement.vatExemptionWording = read.text("vat-exempt");
    }
    m_engagement.expensesArrangement = read.text("expenses");
    m_engagement.paymentTerms = read.text("payment-terms");
    m_engagement.cancellationPolicy = read.text("cancellation-policy");
    read.date("start", &m_engagement.plannedStart);
    read.date("end", &m_engagement.plannedEnd);
    if (parser.isSet(QStringLiteral("sessions"))) {
        bool valid = false;
        const int sessions = parser.value(QStringLiteral("sessions")).toInt(&valid);
        if (!valid || sessions < 1) {
            read.fail(tr("--sessions takes a whole number of at least 1."));
        } else {
            m_engagement.plannedSessions = sessions;
        }
    }
    m_engagement.followsEarlierAdvice = read.yesNo("follows-advice");
    m_engagement.earlierAdviceDescription = read.text("earlier-advice");
    m_engagement.endOfEmployment = read.yesNo("end-of-employment");
    m_engagement.useRestrictions = read.text("use-restrictions");
    const QDate today = QDate::currentDate();
    m_on = today;
    read.date("at", &m_on);
    if (read.ok() && m_on > today) {
        read.fail(tr("--at lies in the future: open an engagement on the day its onboarding begins."));
    }
    if (!read.ok()) {
        return ExitUsage;
    }
    return ExitOk;
}

int EngagementCommand::executeWithVault(Vault& vault, const QCommandLineParser& /*parser*/)
{
    Records records(vault);
    // As the application: no transition past the compliance rules, whoever asks for it.
    ComplianceGuard::install(records);
    RecordError recordError;
    const std::optional<Client> client = records.clients().client(m_engagement.clientId, &recordError);
    if (!client) {
        err() << tr("There is no client %1 (see 'list FILE clients').").arg(m_engagement.clientId) << Qt::endl;
        return ExitError;
    }
    if (m_engagement.principalId > 0 && !records.principals().principal(m_engagement.principalId)) {
        err() << tr("There is no principal %1 (see 'list FILE principals').").arg(m_engagement.principalId) << Qt::endl;
        return ExitError;
    }
    if (m_engagement.title.isEmpty()) {
        // As the wizard suggests it.
        m_engagement.title = tr("%1 – %2").arg(displayName(m_engagement.kind), client->name);
    }
    if (!Onboarding::begin(records, m_engagement, m_on, &recordError)) {
        noteAuditHead(vault);
        if (recordError.issues.isEmpty()) {
            err() << recordError.message << Qt::endl;
        }
        for (const ValidationIssue& issue : recordError.issues) {
            err() << QStringLiteral("--") << optionOf(issue.field) << QStringLiteral(": ") << issue.message << Qt::endl;
        }
        err() << tr("Nothing was saved.") << Qt::endl;
        return reportFailure(vault, QString());
    }
    noteAuditHead(vault);
    // Said only once the vault says so.
    const std::optional<Engagement> stored = records.engagements().engagement(m_engagement.id, &recordError);
    if (!stored || stored->status != EngagementStatus::Onboarding || stored->clientId != m_engagement.clientId) {
        return reportFailure(vault, tr("The engagement was saved but does not read back as it was given."));
    }
    out() << tr("Opened engagement %1, “%2”, in onboarding since %3.")
                 .arg(stored->id)
                 .arg(stored->title, stored->onboardingOn.toString(Qt::ISODate))
          << Qt::endl;
    out() << tr("Next: record the onboarding ('record FILE %1 TOPIC'), issue the confirmation ('letter'), "
                "record its acceptance ('accept'); 'compliance FILE --engagement %1' shows what is still due.")
                 .arg(stored->id)
          << Qt::endl;
    return ExitOk;
}

} // namespace mandaat::cli

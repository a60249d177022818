#include "ConfirmationLetter.h"

#include "documents/ConfirmationGaps.h"
#include "documents/LetterDocument.h"
#include "documents/LetterParts.h"
#include "documents/LetterTemplate.h"

namespace mandaat::ConfirmationLetter {

namespace {

using LetterParts::addressLine;

QString joinLines(const QStringList& lines)
{
    QStringList kept;
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            kept << line;
        }
    }
    return kept.join(QLatin1Char('\n'));
}

bool isCareerKind(EngagementKind kind)
{
    return kind == EngagementKind::CareerGuidance || kind == EngagementKind::CareerCoaching ||
        kind == EngagementKind::Outplacement;
}

QString vatWording(const ConfirmationContent& content)
{
    return vatExemptionWording(content.engagement, content.practice);
}

bool isVatExempt(const ConfirmationContent& content)
{
    return mandaat::isVatExempt(content.engagement, content.practice);
}

} // namespace

bool needsNoAdmissionClause(const Engagement& engagement)
{
    return isCareerKind(engagement.kind) && engagement.principalId != 0;
}

QStringList missingElements(const ConfirmationContent& content)
{
    QStringList missing;
    for (const ConfirmationGap gap :
         confirmationGaps(content.engagement, content.practice, !content.codes.isEmpty(), content.rules)) {
        missing << describe(gap);
    }
    return missing;
}

void render(const ConfirmationContent& content, const LetterTemplate& text, LetterDocument& letter)
{
    const Engagement& e = content.engagement;
    const PracticeProfile& practice = content.practice;
    const QString practiceName = LetterParts::practiceName(practice);

    LetterParts::addLetterhead(letter, practice, content.logo, text);
    letter.setFooter(text.text(QStringLiteral("footer"), {{"practice", practiceName}, {"title", e.title}}),
                     text.text(QStringLiteral("page")));

    letter.addTitle(text.text(QStringLiteral("title")));
    letter.addParagraph(text.text(QStringLiteral("date_line"), {{"date", text.date(content.letterDate)}}));
    letter.addParagraph(text.text(QStringLiteral("intro")));

    // Parties.
    letter.addHeading(text.text(QStringLiteral("heading.parties")));
    QList<QPair<QString, QString>> parties;
    parties << qMakePair(text.text(QStringLiteral("label.consultant")),
                         joinLines({practice.consultantName,
                                    practice.tradeName != practice.consultantName ? practice.tradeName : QString(),
                                    addressLine(practice.address)}));
    if (content.client.kind == ClientKind::System) {
        QStringList members;
        for (const ClientMember& member : content.client.members) {
            members << (member.role.isEmpty() ? member.name : QStringLiteral("%1 (%2)").arg(member.name, member.role));
        }
        parties << qMakePair(text.text(QStringLiteral("label.client_system")),
                             joinLines({content.client.name, addressLine(content.client.address)}));
        parties << qMakePair(text.text(QStringLiteral("label.members")), members.join(QLatin1Char('\n')));
    } else {
        parties << qMakePair(text.text(QStringLiteral("label.client")),
                             joinLines({content.client.name, addressLine(content.client.address)}));
    }
    if (content.principal) {
        const Principal& principal = *content.principal;
        parties << qMakePair(text.text(QStringLiteral("label.principal")),
                             joinLines({principal.organisation,
                                        principal.contactName.isEmpty() ? QString()
                                                                        : text.text(QStringLiteral("label.contact")) +
                                                QStringLiteral(": ") + principal.contactName,
                                        addressLine(principal.address)}));
    }
    switch (e.payerKind) {
    case PayerKind::Scheme:
        parties << qMakePair(
            text.text(QStringLiteral("label.payer")),
            text.text(QStringLiteral("payer.scheme"), {{"name", e.payerName}, {"reference", e.payerReference}}));
        break;
    case PayerKind::ThirdParty:
        parties << qMakePair(text.text(QStringLiteral("label.payer")),
                             text.text(QStringLiteral("payer.third_party"), {{"name", e.payerName}}));
        break;
    case PayerKind::Client:
        parties << qMakePair(text.text(QStringLiteral("label.payer")), text.text(QStringLiteral("payer.client")));
        break;
    case PayerKind::Principal:
        // CMI-5: who pays is always stated; without a principal the client does.
        parties << qMakePair(text.text(QStringLiteral("label.payer")),
                             content.principal ? text.text(QStringLiteral("payer.principal"),
                                                           {{"name", content.principal->organisation}})
                                               : text.text(QStringLiteral("payer.client")));
        break;
    }
    letter.addFields(parties);

    // The engagement (MW-2.4).
    letter.addHeading(text.text(QStringLiteral("heading.engagement")));
    QList<QPair<QString, QString>> terms;
    terms << qMakePair(text.text(QStringLiteral("label.kind")), text.text(QStringLiteral("kind.") + toId(e.kind)));
    terms << qMakePair(text.text(QStringLiteral("label.title")), e.title);
    const std::pair<const char*, const QString*> optionalTerms[] = {
        {"label.objectives", &e.objectives},
        {"label.client_expectations", &e.clientExpectations},
        {"label.principal_expectations", &e.principalExpectations},
        {"label.other_stakeholders", &e.otherStakeholders},
    };
    for (const auto& [key, value] : optionalTerms) {
        if (!value->trimmed().isEmpty()) {
            terms << qMakePair(text.text(QString::fromLatin1(key)), *value);
        }
    }
    letter.addFields(terms);

    // Method and tools, with the people behind them (MW-2.5, MW-3.2).
    letter.addHeading(text.text(QStringLiteral("heading.method")));
    QStringList methods;
    for (const EngagementMethod& method : e.methods) {
        methods << (method.description.trimmed().isEmpty()
                        ? text.text(QStringLiteral("method.line_short"),
                                    {{"name", method.name}, {"author", method.author}})
                        : text.text(
                              QStringLiteral("method.line"),
                              {{"name", method.name}, {"description", method.description}, {"author", method.author}}));
    }
    letter.addBullets(methods);

    // Fee, expenses, payment (CMI-5).
    letter.addHeading(text.text(QStringLiteral("heading.fees")));
    QList<QPair<QString, QString>> fees;
    if (e.feeModel == FeeModel::Fixed && e.rateCents > 0) {
        // One line, "Fee: fixed price of EUR 1,250.00": a rate beside "fixed price" reads as
        // two different amounts.
        fees << qMakePair(text.text(QStringLiteral("label.fee_model")),
                          text.text(QStringLiteral("fee.fixed"), {{"amount", text.amount(e.rateCents, e.currency)}}));
    } else {
        fees << qMakePair(text.text(QStringLiteral("label.fee_model")),
                          text.text(QStringLiteral("fee_model.") + toId(e.feeModel)));
    }
    if (e.rateCents > 0 && e.feeModel != FeeModel::Fixed) {
        fees << qMakePair(text.text(QStringLiteral("label.rate")),
                          QStringLiteral("%1 %2").arg(text.amount(e.rateCents, e.currency),
                                                      text.text(QStringLiteral("fee_model.") + toId(e.feeModel))));
    }
    if (e.estimatedTotalCents) {
        fees << qMakePair(text.text(QStringLiteral("label.estimated_total")),
                          text.amount(*e.estimatedTotalCents, e.currency));
    }
    fees << qMakePair(text.text(QStringLiteral("label.vat")),
                      isVatExempt(content)
                          ? vatWording(content)
                          : text.text(QStringLiteral("vat.liable"), {{"rate", text.percentage(e.vatRateBasisPoints)}}));
    fees << qMakePair(text.text(QStringLiteral("label.expenses")), e.expensesArrangement);
    if (e.paymentMethod) {
        fees << qMakePair(text.text(QStringLiteral("label.payment_method")),
                          text.text(QStringLiteral("payment_method.") + toId(*e.paymentMethod)));
    }
    fees << qMakePair(text.text(QStringLiteral("label.payment_terms")), e.paymentTerms);
    // ICF-1.1: what a session cancelled late or missed costs, where the terms state it.
    if (!e.cancellationPolicy.trimmed().isEmpty()) {
        fees << qMakePair(text.text(QStringLiteral("label.cancellation_policy")), e.cancellationPolicy);
    }
    letter.addFields(fees);

    // Duration (MW-2.6).
    letter.addHeading(text.text(QStringLiteral("heading.duration")));
    letter.addFields({qMakePair(text.text(QStringLiteral("label.start")), text.date(e.plannedStart)),
                      qMakePair(text.text(QStringLiteral("label.planned_end")), text.date(e.plannedEnd)),
                      qMakePair(text.text(QStringLiteral("label.sessions")),
                                e.plannedSessions ? text.locale().toString(*e.plannedSessions) : QString())});

    // Confidentiality and the reporting agreement (MW-4.1, CMI-8, CMI-14).
    // A self-paying client's letter names no principal: there is none to report to.
    letter.addHeading(text.text(content.principal ? QStringLiteral("heading.confidentiality")
                                                  : QStringLiteral("heading.confidentiality.self_paying")));
    letter.addParagraph(text.text(content.principal ? QStringLiteral("confidentiality")
                                                    : QStringLiteral("confidentiality.self_paying")));
    if (content.principal) {
        if (!content.consent) {
            letter.addParagraph(text.text(QStringLiteral("reporting.unknown")));
        } else if (content.consent->scope == ConsentScope::ListedReports) {
            letter.addParagraph(text.text(QStringLiteral("reporting.listed_reports"),
                                          {{"reports", content.consent->listedReports.join(QStringLiteral("; "))}}));
        } else {
            letter.addParagraph(text.text(QStringLiteral("reporting.") + toId(content.consent->scope)));
        }
    }
    if (!e.useRestrictions.trimmed().isEmpty()) {
        letter.addParagraph(text.text(QStringLiteral("restrictions"), {{"restrictions", e.useRestrictions}}));
    }

    // ICF-2.3: the exceptions to confidentiality, agreed in advance by every party.
    if (content.rules.contains(QLatin1String("confidentiality-exceptions-agreed"))) {
        letter.addHeading(text.text(QStringLiteral("heading.confidentiality_exceptions")));
        letter.addParagraph(text.text(QStringLiteral("confidentiality_exceptions")));
    }

    // ICF-2.5: the tools used with the client's data, which the parties agree to by signing.
    if (!content.tools.isEmpty()) {
        letter.addHeading(text.text(QStringLiteral("heading.tools")));
        letter.addParagraph(text.text(QStringLiteral("tools.intro")));
        QStringList tools;
        for (const TechnologyTool& tool : content.tools) {
            tools << text.text(QStringLiteral("tool.line"),
                               {{"name", tool.name},
                                {"purpose", tool.purpose},
                                {"where", tool.dataLocation},
                                {"ai", text.text(tool.ai ? QStringLiteral("tool.ai") : QStringLiteral("tool.no_ai"))}});
        }
        letter.addBullets(tools);
    }

    // The client may accept, refuse and stop at any time (CMI-10, and the letter's promise under
    // every code); where a code lets every party end the relationship (ICF-1.2), that too.
    const bool everyParty = content.rules.contains(QLatin1String("freedom-to-stop-every-party"));
    const bool clientFree = !everyParty || content.rules.contains(QLatin1String("freedom-to-stop-explained"));
    letter.addHeading(text.text(everyParty && !clientFree ? QStringLiteral("heading.freedom.every_party")
                                                          : QStringLiteral("heading.freedom")));
    if (clientFree) {
        letter.addParagraph(text.text(QStringLiteral("freedom")));
    }
    if (everyParty) {
        letter.addParagraph(text.text(content.principal ? QStringLiteral("freedom.every_party")
                                                        : QStringLiteral("freedom.every_party.self_paying")));
    }

    // CMI-7: no admission; an end-of-employment arrangement is disclosed.
    if (needsNoAdmissionClause(e) || e.endOfEmployment.value_or(false)) {
        letter.addHeading(text.text(QStringLiteral("heading.no_admission")));
        if (needsNoAdmissionClause(e)) {
            letter.addParagraph(text.text(QStringLiteral("no_admission")));
        }
        if (e.endOfEmployment.value_or(false)) {
            letter.addParagraph(text.text(QStringLiteral("end_of_employment")));
        }
    }

    // CMI-3 other roles for this principal, CMI-4 earlier advice.
    QStringList roles;
    if (content.principal) {
        for (const PrincipalRole& role : content.principal->roles) {
            if (role.isCurrentOn(content.letterDate)) {
                const QString name = role.kind == PrincipalRoleKind::Other && !role.description.isEmpty()
                    ? role.description
                    : text.text(QStringLiteral("role.") + toId(role.kind));
                roles << text.text(QStringLiteral("role.line"), {{"role", name}, {"since", text.date(role.startedOn)}});
            }
        }
    }
    const bool earlierAdvice = e.followsEarlierAdvice.value_or(false);
    if (!roles.isEmpty() || earlierAdvice) {
        letter.addHeading(text.text(QStringLiteral("heading.disclosures")));
        if (!roles.isEmpty()) {
            letter.addParagraph(text.text(QStringLiteral("other_roles")));
            letter.addBullets(roles);
        }
        if (earlierAdvice) {
            letter.addParagraph(
                text.text(QStringLiteral("earlier_advice"), {{"description", e.earlierAdviceDescription}}));
        }
    }

    // CMI-5, MW-2.2: the code that governs the engagement.
    letter.addHeading(text.text(QStringLiteral("heading.code")));
    for (const ConfirmationContent::GoverningCode& code : content.codes) {
        letter.addParagraph(text.text(QStringLiteral("code.line"),
                                      {{"name", code.name}, {"version", code.version}, {"publisher", code.publisher}}));
    }

    // MW-3.1: current qualifications only; an expired one is never printed as current.
    QStringList qualifications;
    for (const PracticeRegistration& registration : content.registrations) {
        const bool current = (!registration.validFrom.isValid() || registration.validFrom <= content.letterDate) &&
            (!registration.validUntil.isValid() || registration.validUntil >= content.letterDate);
        if (current) {
            qualifications << (registration.registerNumber.isEmpty()
                                   ? text.text(QStringLiteral("registration.line_no_number"),
                                               {{"body", registration.body}})
                                   : text.text(QStringLiteral("registration.line"),
                                               {{"body", registration.body}, {"number", registration.registerNumber}}));
        }
    }
    for (const PracticeQualification& qualification : content.qualifications) {
        if (qualification.isExpiredOn(content.letterDate)) {
            continue;
        }
        qualifications << (qualification.expiresOn.isValid()
                               ? text.text(QStringLiteral("qualification.line_until"),
                                           {{"title", qualification.title},
                                            {"issuer", qualification.issuer},
                                            {"until", text.date(qualification.expiresOn)}})
                               : text.text(QStringLiteral("qualification.line"),
                                           {{"title", qualification.title},
                                            {"issuer", qualification.issuer},
                                            {"issued", text.date(qualification.issuedOn)}}));
    }
    if (!qualifications.isEmpty()) {
        letter.addHeading(text.text(QStringLiteral("heading.qualifications")));
        letter.addBullets(qualifications);
    }

    // CMI-17: the complaints procedure.
    letter.addHeading(text.text(QStringLiteral("heading.complaints")));
    // The four weeks are promised only where a code of the engagement sets them (CMI-17; the
    // MW letter's promise): not under ICF alone, whose complaints go to the ICF.
    const bool deadline = content.rules.contains(QLatin1String("complaint-deadline")) || content.codes.isEmpty();
    letter.addParagraph(
        practice.complaintsProcedure.trimmed().isEmpty()
            ? text.text(deadline ? QStringLiteral("complaints.default") : QStringLiteral("complaints.no_deadline"))
            : practice.complaintsProcedure);
    if (!practice.complaintsBody.trimmed().isEmpty()) {
        letter.addParagraph(text.text(QStringLiteral("complaints.body"), {{"body", practice.complaintsBody}}));
    }

    if (content.generalTerms) {
        letter.addHeading(text.text(QStringLiteral("heading.terms")));
        letter.addParagraph(text.text(QStringLiteral("terms")));
    }

    // Signatures: consultant, client, principal, level, kept whole on one page with their heading.
    QList<SignatureParty> signers;
    signers << SignatureParty{text.text(QStringLiteral("signature.consultant")),
                              practice.consultantName,
                              practice.tradeName != practice.consultantName ? practice.tradeName : QString(),
                              content.signature,
                              {},
                              {}};
    signers << SignatureParty{text.text(QStringLiteral("signature.client")), content.client.name, {}, {}, {}, {}};
    if (content.principal) {
        signers << SignatureParty{text.text(QStringLiteral("signature.principal")),
                                  content.principal->contactName,
                                  content.principal->organisation,
                                  {},
                                  {},
                                  {}};
    }
    letter.addSignatures(signers,
                         text.text(QStringLiteral("signature.place")),
                         text.text(QStringLiteral("signature.date")),
                         text.text(QStringLiteral("heading.signatures")),
                         text.text(QStringLiteral("signatures.intro")));

    // The annex, named so that the parties know which general terms they signed for: the
    // file, and its fingerprint (the same file as the one kept in the vault).
    if (content.generalTerms) {
        letter.addHeading(text.text(QStringLiteral("heading.annex")));
        letter.addBullets(
            {text.text(QStringLiteral("annex.terms"),
                       {{"file", content.generalTerms->fileName}, {"sha256", content.generalTerms->sha256.left(16)}})});
    }
}

} // namespace mandaat::ConfirmationLetter

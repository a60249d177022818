// ConfirmationLetter::load: gathers what the confirmation prints from the vault.
#include "ConfirmationLetter.h"

#include "compliance/CodeCatalogue.h"
#include "repositories/AttachmentRepository.h"
#include "repositories/ClientRepository.h"
#include "repositories/ComplianceRecords.h"
#include "repositories/EngagementRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/PrincipalRepository.h"
#include "repositories/Records.h"

#include <QCoreApplication>

namespace mandaat::ConfirmationLetter {

namespace {

QImage imageAttachment(Records& records, qint64 id)
{
    if (id <= 0) {
        return {};
    }
    const auto attachment = records.attachments().attachment(id);
    return attachment ? QImage::fromData(attachment->content) : QImage();
}

// The consent in force on \a day for the client as a whole (CMI-8), the latest given.
std::optional<Consent> consentInForce(const QList<Consent>& consents, QDate day)
{
    std::optional<Consent> found;
    for (const Consent& consent : consents) {
        const bool inForce = consent.memberId == 0 && consent.givenOn.isValid() && consent.givenOn <= day &&
            (!consent.withdrawnOn.isValid() || consent.withdrawnOn > day);
        if (inForce && (!found || consent.givenOn >= found->givenOn)) {
            found = consent;
        }
    }
    return found;
}

} // namespace

std::optional<ConfirmationContent>
load(Records& records, qint64 engagementId, Language language, QDate letterDate, RecordError* error)
{
    const auto engagement = records.engagements().engagement(engagementId, error);
    if (!engagement) {
        return std::nullopt;
    }
    const auto client = records.clients().client(engagement->clientId, error);
    if (!client) {
        return std::nullopt;
    }
    ConfirmationContent content;
    content.letterDate = letterDate;
    content.engagement = *engagement;
    content.client = *client;
    if (engagement->principalId != 0) {
        content.principal = records.principals().principal(engagement->principalId, error);
        if (!content.principal) {
            return std::nullopt;
        }
    }
    content.practice = records.practice().profile(error);
    content.registrations = records.practice().registrations(error);
    content.qualifications = records.practice().qualifications(error);
    content.logo = imageAttachment(records, content.practice.logoAttachmentId);
    content.signature = imageAttachment(records, content.practice.signatureAttachmentId);
    content.consent = consentInForce(records.compliance().consentsFor(engagementId, error), letterDate);
    // ICF-2.5: the tools used with this client's data, as the register describes them.
    for (const ToolUse& use : records.compliance().toolUsesFor(engagementId, error)) {
        if (const std::optional<TechnologyTool> tool = records.practice().tool(use.toolId, error)) {
            content.tools << *tool;
        } else {
            return std::nullopt;
        }
    }
    if (content.practice.generalTermsAttachmentId > 0) {
        content.generalTerms = records.attachments().info(content.practice.generalTermsAttachmentId, error);
        if (!content.generalTerms) {
            return std::nullopt;
        }
    }

    // The pinned codes, or before the start the subscribed codes in force at the planned start.
    const CodeCatalogue& catalogue = CodeCatalogue::builtIn();
    QStringList codeIds;
    for (const PinnedCode& pinned : engagement->pinnedCodes) {
        codeIds << pinned.codeId;
    }
    if (codeIds.isEmpty()) {
        QStringList subscribed;
        for (const CodeSubscription& subscription : records.practice().codeSubscriptions(error)) {
            subscribed << subscription.codeId;
        }
        const QDate start = engagement->plannedStart.isValid() ? engagement->plannedStart : letterDate;
        codeIds = catalogue.codesInForce(subscribed, start);
    }
    const QString lang = toId(language);
    for (const QString& id : std::as_const(codeIds)) {
        const auto code = catalogue.code(id);
        if (!code || code->binding == CodeBinding::Law) {
            continue; // the privacy law applies anyway; the letter names the codes of conduct
        }
        const auto applies = code->appliesTo.contains(toId(engagement->kind));
        if (!applies) {
            continue;
        }
        content.codes << ConfirmationContent::GoverningCode{
            code->id, code->name(lang), code->version, code->publisher(lang)};
    }
    for (const CodeArticle& article : catalogue.articlesFor(codeIds, toId(engagement->kind))) {
        for (const QString& rule : article.rules) {
            if (!content.rules.contains(rule)) {
                content.rules << rule;
            }
        }
    }
    return content;
}

} // namespace mandaat::ConfirmationLetter

#pragma once

#include "domain/Address.h"
#include "domain/DeclaredRelationship.h"
#include "domain/EnumIds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mandaat {

/// CMI-3: roles the consultant has for a principal besides career guidance.
enum class PrincipalRoleKind { RecruitmentSelection, EmploymentLawAdvice, VocationalAdvice, TrainingAdvice, Other };

MANDAAT_ENUM_IDS(PrincipalRoleKind,
                 {PrincipalRoleKind::RecruitmentSelection, "recruitment_selection"},
                 {PrincipalRoleKind::EmploymentLawAdvice, "employment_law_advice"},
                 {PrincipalRoleKind::VocationalAdvice, "vocational_advice"},
                 {PrincipalRoleKind::TrainingAdvice, "training_advice"},
                 {PrincipalRoleKind::Other, "other"})

/// CMI-3: the client is told of each of these roles.
struct PrincipalRole
{
    qint64 id = 0;
    PrincipalRoleKind kind = PrincipalRoleKind::Other;
    QString description; // required for Other
    QDate startedOn;
    QDate endedOn; // invalid: ongoing

    bool isCurrentOn(QDate day) const
    {
        return startedOn.isValid() && startedOn <= day && (!endedOn.isValid() || endedOn >= day);
    }
    bool operator==(const PrincipalRole&) const = default;
};

/// The organisation that commissions an engagement.
struct Principal
{
    qint64 id = 0;
    QString organisation;
    QString contactName;
    Address address;
    QString email;
    QString phone;
    QString notes;
    QList<PrincipalRole> roles;
    QList<DeclaredRelationship> relationships; // MW-5.1
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Principal&) const = default;
};

/// What PrincipalRepository::principals() returns; empty fields do not filter.
struct PrincipalFilter
{
    QString nameContains; // organisation or contact person, case-insensitive
};

} // namespace mandaat

#pragma once

#include "demo/DemoRandom.h"
#include "domain/Address.h"

#include <QString>

namespace mandaat::demo {

/// Invented people and organisations of Flanders and the Netherlands. Names are common
/// first and family names put together at random; no person of the demo exists.
struct DemoPerson
{
    QString firstName;
    QString lastName;
    bool dutch = false; // from the Netherlands rather than Flanders

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

DemoPerson person(DemoRandom& random, bool dutch);
/// firstname.lastname@example.be (or .nl), without accents or spaces.
QString emailFor(const DemoPerson& person, const QString& domain = {});
QString phoneFor(DemoRandom& random, bool dutch);
Address addressFor(DemoRandom& random, bool dutch);
/// An invented company: sector, family name, legal form.
QString organisation(DemoRandom& random, bool dutch);
/// A team's name within an organisation: "Team Planning".
QString teamName(DemoRandom& random);
QString memberRole(DemoRandom& random);

} // namespace mandaat::demo

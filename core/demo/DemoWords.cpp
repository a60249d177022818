#include "DemoWords.h"

namespace mandaat::demo {

namespace {

const char* const flemishFirstNames[] = {
    "Lotte",  "Zoë",   "Noor",   "Emma",  "Lien",  "Sofie",  "Inge", "Griet",   "Hanne", "Katrien",
    "Veerle", "Ellen", "Jolien", "Lore",  "Chloë", "Noémie", "Ilse", "Els",     "An",    "Febe",
    "Pieter", "Bram",  "Wouter", "Joris", "Stijn", "Koen",   "Tom",  "Dirk",    "Bart",  "Ruben",
    "Niels",  "Wim",   "Geert",  "Raf",   "Kobe",  "Arne",   "Jens", "Maarten", "Gaël",  "René",
};

const char* const dutchFirstNames[] = {
    "Femke",  "Saskia",  "Anouk",   "Maaike", "Eline", "Marieke", "Karlijn", "Tessa",  "Sanne", "Zoë",
    "Ingrid", "Linda",   "Irene",   "Mirjam", "Loes",  "Jeroen",  "Thijs",   "Sander", "Daan",  "Sem",
    "Floris", "Hendrik", "Mathijs", "Joost",  "Bas",   "Martijn", "Rutger",  "Wessel", "André", "Gijs",
};

const char* const flemishLastNames[] = {
    "Peeters", "Janssens",   "Maes",         "Jacobs",   "Mertens",      "Willems",   "Claes",          "Goossens",
    "Wouters", "De Smet",    "Hermans",      "Aerts",    "Vermeulen",    "Van Damme", "De Clercq",      "Verstraete",
    "Martens", "Lambrechts", "Vandenberghe", "Coppens",  "Van de Velde", "Verbeke",   "Hendrickx",      "De Backer",
    "Pauwels", "Michiels",   "Smets",        "Van Hoof", "Geerts",       "Cools",     "Van den Broeck", "Desmedt",
};

const char* const dutchLastNames[] = {
    "de Vries", "Jansen", "de Jong",  "van den Berg", "Bakker", "Visser",   "Smit",        "Meijer",
    "de Boer",  "Mulder", "de Groot", "Bos",          "Vos",    "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer",  "de Wit", "Dijkstra", "van Dijk",     "Kok",    "Verhoef",  "Schouten",    "van der Linden",
    "Kuipers",  "Prins",  "Huisman",  "van Vliet",    "Postma", "Blom",     "van Beek",    "Koster",
};

struct Place
{
    const char* city;
    const char* postalCode;
};

const Place flemishPlaces[] = {
    {"Gent", "9000"},
    {"Brugge", "8000"},
    {"Antwerpen", "2000"},
    {"Leuven", "3000"},
    {"Mechelen", "2800"},
    {"Hasselt", "3500"},
    {"Kortrijk", "8500"},
    {"Aalst", "9300"},
    {"Sint-Niklaas", "9100"},
    {"Genk", "3600"},
    {"Roeselare", "8800"},
    {"Turnhout", "2300"},
    {"Oostende", "8400"},
    {"Lier", "2500"},
    {"Dendermonde", "9200"},
    {"Geel", "2440"},
};

const Place dutchPlaces[] = {
    {"Utrecht", "3511"},
    {"Amsterdam", "1012"},
    {"Rotterdam", "3011"},
    {"Den Haag", "2511"},
    {"Eindhoven", "5611"},
    {"Groningen", "9711"},
    {"Zwolle", "8011"},
    {"Arnhem", "6811"},
    {"Nijmegen", "6511"},
    {"Breda", "4811"},
    {"'s-Hertogenbosch", "5211"},
    {"Leiden", "2311"},
    {"Haarlem", "2011"},
    {"Amersfoort", "3811"},
    {"Tilburg", "5038"},
    {"Deventer", "7411"},
};

const char* const streets[] = {
    "Kerkstraat",
    "Stationsstraat",
    "Dorpsstraat",
    "Molenstraat",
    "Schoolstraat",
    "Nieuwstraat",
    "Kapelstraat",
    "Lindenlaan",
    "Beukenlaan",
    "Hoogstraat",
    "Veldstraat",
    "Brugstraat",
    "Marktplein",
    "Meersstraat",
};

const char* const dutchStreets[] = {
    "Julianalaan",
    "Oranjestraat",
    "Wilhelminastraat",
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Parallelweg",
    "Beatrixlaan",
    "Schoolstraat",
    "Prinsengracht",
    "Nieuwe Gracht",
    "Emmastraat",
    "Stationsweg",
    "Raadhuisplein",
};

const char* const sectors[] = {
    "Logistiek",
    "Bouwgroep",
    "Transport",
    "Drukkerij",
    "Zorggroep",
    "Schoonmaakbedrijf",
    "Ingenieursbureau",
    "Accountantskantoor",
    "Installatietechniek",
    "Voedingsbedrijf",
    "Metaalbewerking",
    "Uitgeverij",
    "Tuinaanleg",
    "Adviesbureau",
    "Verzekeringskantoor",
    "Softwarehuis",
};

const char* const flemishForms[] = {"NV", "BV", "bv", "nv", "vzw"};
const char* const dutchForms[] = {"B.V.", "N.V.", "B.V.", "Groep B.V."};

const char* const teams[] = {
    "Planning",
    "Financiën",
    "Klantendienst",
    "HR",
    "Aankoop",
    "ICT",
    "Directieteam",
    "Zorgteam Noord",
    "Onderhoud",
    "Verkoop",
};

const char* const roles[] = {
    "teamleider",
    "planner",
    "medewerker",
    "coördinator",
    "analist",
    "adviseur",
    "boekhouder",
    "verpleegkundige",
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// Lower case, without accents, spaces or apostrophes: for e-mail addresses.
QString plain(const QString& name)
{
    QString result;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-')) {
            result.append(c);
        }
    }
    return result;
}

} // namespace

DemoPerson person(DemoRandom& random, bool dutch)
{
    DemoPerson value;
    value.dutch = dutch;
    value.firstName = text(dutch ? random.pick(dutchFirstNames) : random.pick(flemishFirstNames));
    value.lastName = text(dutch ? random.pick(dutchLastNames) : random.pick(flemishLastNames));
    return value;
}

QString emailFor(const DemoPerson& person, const QString& domain)
{
    const QString host =
        domain.isEmpty() ? (person.dutch ? QStringLiteral("example.nl") : QStringLiteral("example.be")) : domain;
    return plain(person.firstName) + QLatin1Char('.') + plain(person.lastName) + QLatin1Char('@') + host;
}

QString phoneFor(DemoRandom& random, bool dutch)
{
    if (dutch) {
        return QStringLiteral("+31 6 %1 %2").arg(random.between(1000, 9999)).arg(random.between(1000, 9999));
    }
    return QStringLiteral("+32 4%1 %2 %3 %4")
        .arg(random.between(70, 99))
        .arg(random.between(10, 99))
        .arg(random.between(10, 99))
        .arg(random.between(10, 99));
}

Address addressFor(DemoRandom& random, bool dutch)
{
    const Place& place = dutch ? random.pick(dutchPlaces) : random.pick(flemishPlaces);
    const char* street = dutch ? random.pick(dutchStreets) : random.pick(streets);
    return {QStringLiteral("%1 %2").arg(text(street)).arg(random.between(1, 180)),
            text(place.postalCode),
            text(place.city),
            dutch ? QStringLiteral("NL") : QStringLiteral("BE")};
}

QString organisation(DemoRandom& random, bool dutch)
{
    const QString family = text(dutch ? random.pick(dutchLastNames) : random.pick(flemishLastNames));
    // Dutch family names keep their lower-case "van" only after a first name.
    const QString owner = family.at(0).toUpper() + family.mid(1);
    return QStringLiteral("%1 %2 %3")
        .arg(text(random.pick(sectors)), owner, text(dutch ? random.pick(dutchForms) : random.pick(flemishForms)));
}

QString teamName(DemoRandom& random)
{
    return QStringLiteral("Team %1").arg(text(random.pick(teams)));
}

QString memberRole(DemoRandom& random)
{
    return text(random.pick(roles));
}

} // namespace mandaat::demo

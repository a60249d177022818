#include "DemoTexts.h"

namespace mandaat::demo {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// %1 is the client's first name.
const char* const intakeSentences[] = {
    "Intake met %1. We overliepen de verwachtingen en de doelen van het traject.",
    "Eerste kennismaking: de cliënt vertelt over de loopbaan tot nu toe en over wat er wringt.",
    "Afspraken over vertrouwelijkheid en over wat de opdrachtgever te horen krijgt, samen overlopen.",
    "%1 weet dat het traject op elk moment kan stoppen; dat staat ook in de overeenkomst.",
    "Kennismakingsgesprek. %1 wil vooral helderheid over de volgende stap.",
    "De gedragscode en de privacyverklaring meegegeven; vragen daarover beantwoord.",
};

const char* const middleSentences[] = {
    "De loopbaanankervragenlijst besproken: autonomie en zekerheid scoren hoog.",
    "%1 heeft de opdracht over waarden afgewerkt; familie en vakmanschap springen eruit.",
    "Netwerkgesprekken voorbereid: drie contactpersonen gekozen en een openingsvraag geformuleerd.",
    "Sollicitatiebrief herschreven en feedback gegeven op het cv.",
    "We werkten rond energiegevers en energievreters in het huidige werk.",
    "Rollenspel van een sollicitatiegesprek; sterke punten benoemd, het antwoord over zwaktes ingekort.",
    "%1 twijfelt tussen een opleiding tot loopbaancoach en een functie in de zorg.",
    "Vorige actiepunten geëvalueerd: twee van de drie zijn afgerond.",
    "Reflectie op de feedback van de leidinggevende; %1 herkent het patroon.",
    "Persoonlijk ontwikkelingsplan opgesteld met drie concrete doelen voor dit kwartaal.",
    "Spanning rond de reorganisatie; ruimte gemaakt om dat eerst uit te spreken.",
    "Kernkwadranten verkend: kwaliteit zorgvuldigheid, valkuil perfectionisme.",
    "Geëvalueerd hoe het teamoverleg verliep sinds de vorige sessie.",
    "Arbeidsmarktverkenning: vacatures in de logistiek, het onderwijs en de overheid vergeleken.",
    "De cliënt merkt dat het zelfvertrouwen groeit; het eerste netwerkgesprek ging goed.",
    "Loopbaanwensen in kaart gebracht met de kaartjesoefening; werken met mensen staat bovenaan.",
    "Gesprek over de balans tussen werk en gezin; %1 wil minder avondwerk.",
    "Functieprofiel van teamleider doorgenomen en vergeleken met de eigen competenties.",
    "Feedback op het LinkedIn-profiel; de samenvatting wordt korter en concreter.",
    "%1 kwam moe binnen; we hielden het bij een rustig gesprek over de voorbije weken.",
    "Terugblik op de loopbaanbegeleiding tot nu toe: de vraag is scherper geworden.",
    "Oefening rond grenzen stellen tegenover collega's; situaties uit de praktijk nagespeeld.",
    "Werkervaringsplaats besproken; %1 neemt zelf contact op met de werkgever.",
    "Verkenning van ondernemerschap als zelfstandige; voor- en nadelen op een rij gezet.",
};

const char* const actions[] = {
    "drie vacatures selecteren en meebrengen",
    "het cv aanpassen aan het functieprofiel",
    "twee netwerkgesprekken voeren",
    "de waardenoefening afwerken",
    "een dagboek bijhouden van energiegevers",
    "informatie opvragen over de opleiding",
    "een gesprek plannen met de leidinggevende",
};

const char* const closingSentences[] = {
    "Afsluitend gesprek: het traject wordt door %1 positief geëvalueerd.",
    "Eindverslag besproken; de cliënt keurt het goed voor verzending aan de opdrachtgever.",
    "Terugblik op het hele traject en afspraken voor een opvolggesprek over drie maanden.",
    "%1 start binnenkort in een nieuwe functie; we sluiten het traject af.",
};

struct KindTexts
{
    EngagementKind kind;
    const char* titles[3]; // %1: the client's first name
    const char* objectives[2];
};

const KindTexts kindTexts[] = {
    {EngagementKind::Coaching,
     {"Leiderschapscoaching %1", "Coaching bij de overstap naar teamleider", "Coachingtraject werkdruk"},
     {"Groeien in de rol van leidinggevende en beter delegeren.",
      "Zicht krijgen op de eigen stijl en de werkdruk hanteerbaar maken."}},
    {EngagementKind::CareerGuidance,
     {"Loopbaanbegeleiding %1", "Loopbaancheque: heroriëntatie", "Loopbaanbegeleiding na ziekte"},
     {"Een heldere loopbaankeuze maken en een actieplan opstellen.",
      "Zicht krijgen op talenten en drijfveren, en die vertalen naar een volgende stap."}},
    {EngagementKind::CareerCoaching,
     {"Loopbaancoaching %1", "Loopbaancoaching na burn-out", "Loopbaancoaching: van zorg naar onderwijs"},
     {"Duurzaam inzetbaar blijven in het huidige werk of een nieuwe richting vinden.",
      "Weer grip krijgen op de loopbaan na een lange afwezigheid."}},
    {EngagementKind::Outplacement,
     {"Outplacement %1", "Outplacementbegeleiding na reorganisatie", "Outplacement 45+ %1"},
     {"Binnen zes maanden een passende nieuwe functie vinden.",
      "Afscheid verwerken en een gerichte zoektocht naar werk opzetten."}},
    {EngagementKind::Evaluation,
     {"Evaluatie leidinggevende %1", "Assessment kandidaat-directeur", "Ontwikkelassessment %1"},
     {"Een onderbouwd oordeel over de geschiktheid voor de functie.",
      "Sterke punten en ontwikkelpunten in kaart brengen voor het ontwikkelplan."}},
    {EngagementKind::Selection,
     {"Selectie afdelingshoofd", "Selectieprocedure teamcoördinator", "Selectie projectleider %1"},
     {"De best passende kandidaat voorstellen aan de selectiecommissie.",
      "Een eerlijke en onderbouwde selectie voor een sleutelfunctie."}},
    {EngagementKind::Supervision,
     {"Supervisie %1", "Supervisietraject beginnend coach", "Intervisie en supervisie %1"},
     {"Reflecteren op het eigen handelen als begeleider.", "De eigen professionele identiteit versterken."}},
};

const KindTexts& textsFor(EngagementKind kind)
{
    for (const KindTexts& entry : kindTexts) {
        if (entry.kind == kind) {
            return entry;
        }
    }
    return kindTexts[0];
}

const char* const clientExpectationTexts[] = {
    "Een luisterend oor, maar ook eerlijke feedback.",
    "Concrete oefeningen en een duidelijk plan.",
    "Ruimte om te twijfelen zonder meteen te moeten kiezen.",
    "Hulp bij het netwerken en het solliciteren.",
};

const char* const principalExpectationTexts[] = {
    "Een korte voortgangsmelding na drie sessies, zonder inhoud.",
    "Dat de medewerker binnen het traject een duidelijke keuze maakt.",
    "Een eindrapport met de conclusies die de cliënt goedkeurt.",
    "Begeleiding naar ander werk binnen of buiten de organisatie.",
};

struct MethodText
{
    const char* name;
    const char* description;
    const char* author;
};

const MethodText methods[] = {
    {"Loopbaanankers", "Vragenlijst over wat iemand in het werk niet wil opgeven.", "Edgar H. Schein"},
    {"Kernkwadranten", "Kwaliteiten, valkuilen, uitdagingen en allergieën.", "Daniel Ofman"},
    {"GROW-model", "Gespreksstructuur: doel, realiteit, opties, wil.", "John Whitmore"},
    {"Big Five-vragenlijst", "Persoonlijkheidsvragenlijst op vijf dimensies.", "Paul T. Costa en Robert R. McCrae"},
    {"Waardenkaartjes", "Sorteeroefening met kaartjes over waarden in het werk.", "Uitgeverij De Loopbaanwinkel"},
};

} // namespace

QString engagementTitle(DemoRandom& random, EngagementKind kind, const QString& firstName)
{
    QString title = text(random.pick(textsFor(kind).titles));
    return title.contains(QStringLiteral("%1")) ? title.arg(firstName) : title;
}

QString objectives(DemoRandom& random, EngagementKind kind)
{
    return text(random.pick(textsFor(kind).objectives));
}

QString clientExpectations(DemoRandom& random)
{
    return text(random.pick(clientExpectationTexts));
}

QString principalExpectations(DemoRandom& random)
{
    return text(random.pick(principalExpectationTexts));
}

QString sessionNote(DemoRandom& random, EngagementKind kind, NotePhase phase, const QString& firstName)
{
    QStringList sentences;
    auto add = [&](const char* sentence) {
        const QString value = text(sentence);
        sentences.append(value.contains(QStringLiteral("%1")) ? value.arg(firstName) : value);
    };
    switch (phase) {
    case NotePhase::Intake:
        add(random.pick(intakeSentences));
        add(random.pick(intakeSentences));
        break;
    case NotePhase::Middle:
        add(random.pick(middleSentences));
        if (random.chance(70)) {
            add(random.pick(middleSentences));
        }
        break;
    case NotePhase::Closing:
        add(random.pick(closingSentences));
        break;
    }
    if (sentences.size() == 2 && sentences.at(0) == sentences.at(1)) {
        sentences.removeLast();
    }
    if (phase != NotePhase::Closing && kind != EngagementKind::Selection && random.chance(60)) {
        sentences.append(QStringLiteral("Actiepunt: %1 tegen de volgende sessie.").arg(text(random.pick(actions))));
    }
    return sentences.join(QLatin1Char(' '));
}

EngagementMethod method(DemoRandom& random, EngagementKind kind)
{
    Q_UNUSED(kind)
    const MethodText& chosen = random.pick(methods);
    return {0, text(chosen.name), text(chosen.description), text(chosen.author)};
}

} // namespace mandaat::demo

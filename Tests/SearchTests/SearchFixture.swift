import Search

/// A small site modelled on the real content: the ranking checks in Tests/Browser/test_stemmer_js.py run
/// search.js over its index (Data/fixture-index.js, a golden file written from these documents).
enum SearchFixture {
    static let documents: [SearchDocument] = [
        SearchDocument(
            url: "index.html", title: "Kennisbank Inclusie & Diversiteit",
            summary: "Trainingsmateriaal over discriminatie, racisme en de rol van de gemeente.",
            body: "Welkom. Hier vind je uitleg over begrippen zoals onderscheid en discriminatie."),
        SearchDocument(
            url: "begrippen/indirect-onderscheid/index.html", title: "Indirect onderscheid", section: "Begrippenlijst",
            kind: .term, headings: [SearchHeading(text: "Wanneer mag het?", anchor: "wanneer-mag-het")],
            aliases: ["indirecte discriminatie"],
            summary: "Een regel, eis of werkwijze die neutraal lijkt, maar mensen met een beschermd kenmerk bijzonder treft.",
            body: "Bij indirect onderscheid noemt de regel zelf geen beschermd kenmerk. Toch pakt hij voor een groep slechter uit."),
        SearchDocument(
            url: "begrippen/onderscheid/index.html", title: "Onderscheid", section: "Begrippenlijst", kind: .term,
            summary: "Mensen verschillend behandelen op grond van een kenmerk.",
            body: "Onderscheid is niet altijd discriminatie. Er is direct en indirect onderscheid."),
        SearchDocument(
            url: "begrippen/racisme/index.html", title: "Racisme", section: "Begrippenlijst", kind: .term,
            aliases: ["racistisch", "racistische"],
            summary: "Het benadelen van mensen op grond van huidskleur, afkomst of etniciteit.",
            body: "Racisme kan persoonlijk zijn of in regels en gewoonten zitten."),
        SearchDocument(
            url: "definities/onderscheid-en-rechtvaardiging/index.html", title: "Onderscheid en rechtvaardiging",
            section: "Definities",
            headings: [
                SearchHeading(text: "Direct onderscheid", anchor: "direct-onderscheid"),
                SearchHeading(text: "Indirect onderscheid", anchor: "indirect-onderscheid"),
                SearchHeading(text: "Objectieve rechtvaardiging", anchor: "objectieve-rechtvaardiging"),
            ],
            summary: "Wanneer is onderscheid verboden, en wanneer mag het wel?",
            body: """
            De wet verbiedt direct onderscheid op grond van godsdienst, ras of geslacht. Bij indirect onderscheid
            lijkt een regel neutraal, maar pakt hij slechter uit voor een groep. Een objectieve rechtvaardiging
            vraagt een legitiem doel en een passend middel.
            """),
        SearchDocument(
            url: "definities/discriminatie/index.html", title: "Wat is discriminatie?", section: "Definities",
            headings: [SearchHeading(text: "Discriminatie in de wet", anchor: "discriminatie-in-de-wet")],
            summary: "Discriminatie is ongerechtvaardigd onderscheid dat mensen benadeelt.",
            body: """
            Discriminatie betekent dat mensen ongelijk worden behandeld. Discriminatie komt voor bij werk,
            wonen en onderwijs. Wie discrimineert, maakt onderscheid zonder goede reden.
            """),
        SearchDocument(
            url: "definities/racisme/index.html", title: "Racisme", section: "Definities",
            summary: "Wat racisme is en hoe het werkt.",
            body: "Racisme gaat over macht en over de gevolgen voor mensen. Racistische uitspraken zijn een vorm."),
        SearchDocument(
            url: "juridisch-kader/grondwet-artikel-1/index.html", title: "Artikel 1 Grondwet", section: "Juridisch kader",
            summary: "Gelijke behandeling in gelijke gevallen; discriminatie is niet toegestaan.",
            body: """
            Allen die zich in Nederland bevinden, worden in gelijke gevallen gelijk behandeld. Discriminatie wegens
            godsdienst, levensovertuiging, politieke gezindheid, ras, geslacht, handicap, seksuele gerichtheid of
            op welke grond dan ook, is niet toegestaan.
            """),
        SearchDocument(
            url: "juridisch-kader/awgb/index.html", title: "Algemene wet gelijke behandeling", section: "Juridisch kader",
            headings: [SearchHeading(text: "Artikel 10 en verder", anchor: "artikel-10")],
            summary: "De Awgb werkt artikel 1 uit voor werk, onderwijs en diensten.",
            body: "Artikel 10 gaat over het College. Artikel 2 noemt uitzonderingen. Het artikel over werk is lang."),
        SearchDocument(
            url: "valkuilen/intentie-versus-effect/index.html", title: "Intentie versus effect", section: "Valkuilen",
            summary: "Het gaat om het effect van gedrag, niet alleen om de bedoeling.",
            body: """
            Goede bedoelingen voorkomen geen schade. Ook een regel zonder kwade opzet kan indirect onderscheid
            opleveren; kijk naar de gevolgen. Racisme zit soms in gewoonten. Discriminerende effecten zijn vaak
            onbedoeld, en racisme, racisme, racisme en nog eens racisme blijft schadelijk.
            """),
        SearchDocument(
            url: "toetsen/definities/index.html", title: "Toets: definities", section: "Toetsen", kind: .quiz,
            summary: "Vijf vragen over discriminatie, onderscheid en racisme.",
            body: "Is elk onderscheid discriminatie? Welke gronden noemt artikel 1 van de Grondwet?"),
        SearchDocument(
            url: "rol-van-de-gemeente/ketenpartners/index.html", title: "Ketenpartners: samen knelpunten vinden",
            section: "Rol van de gemeente",
            summary: "Met antidiscriminatievoorzieningen en politie samenwerken.",
            body: "Een café weigert een groep jongeren. Meldingen over één buurt komen samen bij het meldpunt."),
        // Compounds, diminutives and questions (issue #27): the parts 'moslim' and 'haat' are words of
        // several pages, 'moslimhaat' of one; two pages say which question they answer.
        SearchDocument(
            url: "begrippen/haatzaaien/index.html", title: "Haatzaaien", section: "Begrippenlijst", kind: .term,
            summary: "In het openbaar aanzetten tot haat tegen een groep.",
            body: "Haat zaaien tegen moslims of joden is strafbaar. Een grap kan ook kwetsen."),
        SearchDocument(
            url: "rol-van-de-gemeente/moslimhaat/index.html", title: "Aanpak van moslimhaat", section: "Rol van de gemeente",
            summary: "Wat de gemeente doet tegen moslimhaat.", body: "Een plan van aanpak met de moslimgemeenschap."),
        SearchDocument(
            url: "begrippen/toeslagenaffaire/index.html", title: "Toeslagenaffaire", section: "Begrippenlijst", kind: .term,
            summary: "Het schandaal rond de kinderopvangtoeslag.", body: "Ouders werden als fraudeur behandeld."),
        SearchDocument(
            url: "melden-en-hulp/index.html", title: "Melden en hulp",
            summary: "Waar kun je terecht als je discriminatie meemaakt of ziet?",
            body: "Meld discriminatie bij het meldpunt. Ook moslims die haat ervaren kunnen melden."),
        SearchDocument(
            url: "valkuilen/eigen-rol/index.html", title: "Je eigen rol", section: "Valkuilen",
            summary: "Wat kun jij doen als je discriminatie ziet of vermoedt?",
            body: "Grijp in als omstander. Ook een grapje over een collega is niet onschuldig; een grap telt."),
    ]
}

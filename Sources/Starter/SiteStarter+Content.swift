
/// The example content of a new site (Dutch). Every page says it is an example; the quiz asks about
/// the kennisbank itself, so no text can pass for training material. The page, the term and the
/// vragenlijst have the shape of the templates of `kennisbank new`, but written out as finished
/// examples: the placeholders of those templates are warnings (`TemplateTextCheck`), and a new site
/// builds without any.
extension SiteStarter {
    /// The section every example belongs to.
    static let section = "voorbeeld-onderdeel"

    /// Path relative to `content/` and text of every content file.
    var contentFiles: [(path: String, text: String)] {
        [
            ("index.md", home),
            ("\(Self.section)/_index.md", Self.sectionIndex),
            ("\(Self.section)/voorbeeldpagina.md", Self.page),
            ("begrippen/_index.md", Self.glossaryIndex),
            ("begrippen/voorbeeldbegrip.md", Self.term),
            ("toetsen/_index.md", Self.quizzesIndex),
            ("toetsen/voorbeeldtoets.md", Self.quiz),
            ("vragenlijsten/_index.md", Self.questionnairesIndex),
            ("vragenlijsten/voorbeeldvragenlijst.md", Self.questionnaire),
        ]
    }

    static let page = """
    ---
    title: "Voorbeeldpagina"
    description: "Voorbeeld: een pagina van een onderdeel. Deze zin staat onder de titel en in de lijst van het onderdeel."
    weight: 100
    sources:
      - title: "Voorbeeld van een bron: de wetten op wetten.overheid.nl"
        url: "https://wetten.overheid.nl/"
    ---

    \(exampleNotice)

    ## Een kop

    Een pagina begint met de front matter tussen twee regels `---`: de titel, een korte beschrijving en de bronnen. Daaronder staat de tekst in Markdown. Koppen beginnen met `##`; de titel is al de hoofdkop.

    Verwijs naar een andere pagina met haar pad, zoals naar de [startpagina](../index.md). Een woord uit de begrippenlijst, zoals voorbeeldbegrip, wordt vanzelf gelinkt.

    **Voorbeeld (fictief):** een herkenbare situatie uit de praktijk maakt de stof concreet. Zet erbij dat het verzonnen is.

    ## Vragen om over na te denken

    - Wat herken je hiervan in je eigen werk?

    """

    static let term = """
    ---
    title: "Voorbeeldbegrip"
    aliases: [voorbeeldbegrippen]
    definition: "Een voorbeeld van een begrip: deze korte definitie verschijnt in het venstertje en in de begrippenlijst."
    related: []
    sources:
      - title: "Voorbeeld van een bron: het College voor de Rechten van de Mens"
        url: "https://www.mensenrechten.nl/"
    ---

    \(exampleNotice)

    Hier staat de volledige uitleg van het begrip. Bij `aliases` staan andere vormen van het woord, zoals het meervoud; ook die worden gelinkt. Bij `related` zet je andere begrippen die de lezer ook kan bekijken.

    """

    static let questionnaire = """
    ---
    title: "Voorbeeldvragenlijst"
    description: "Voorbeeld: een vragenlijst met stellingen, punten en een uitkomst per thema."
    weight: 100
    scales:
      hoe-vaak:
        - {label: Nooit, points: 0}
        - {label: Soms, points: 1}
        - {label: Vaak, points: 2}
        - {label: Altijd, points: 3}
    themes:
      - id: werken-met-de-kennisbank
        title: "Werken met de kennisbank"
        intro: "Voorbeeld: een thema bundelt stellingen die samen één uitkomst geven."
        questions:
          - id: lezen
            type: scale
            scale: hoe-vaak
            text: "Ik zoek iets op in de kennisbank."
          - id: delen
            type: scale
            scale: hoe-vaak
            text: "Ik stuur een collega een link naar een pagina."
          - id: toelichting
            type: open
            text: "Wil je iets toelichten?"
        levels:
          - label: Weinig
            max: 2
            text: "Voorbeeld van een uitkomst: hier staat wat de uitkomst betekent en wat je kunt doen."
          - label: Veel
            text: "Voorbeeld van een tweede uitkomst, voor wie meer punten haalt."
    ---

    \(exampleNotice)

    Een vragenlijst heeft thema's met vragen; de punten per thema geven een uitkomst. De antwoorden blijven in de browser van wie hem invult.

    """

    /// The banner every example page starts with.
    static let exampleNotice = "> **Voorbeeldtekst.** `kennisbank init` maakte deze pagina als voorbeeld. Vervang de tekst door jullie eigen materiaal, of verwijder de pagina."

    var home: String {
        """
        ---
        title: \(Self.quoted(title))
        description: "Voorbeeld: de startpagina van jullie kennisbank. Zeg hier in één zin waar de kennisbank over gaat."
        ---

        > **Dit is een voorbeeldsite.** `kennisbank init` maakte deze pagina's om te laten zien hoe een kennisbank in elkaar zit. Alle teksten zijn voorbeeldtekst, geen trainingsmateriaal. Vervang ze door jullie eigen teksten, of verwijder ze.

        ## Wat er in deze voorbeeldsite staat

        - [Een onderdeel](\(Self.section)/_index.md) met een pagina. Een onderdeel is een map in `content/`.
        - [De begrippenlijst](begrippen/_index.md), met één [[voorbeeldbegrip]]. Een begrip wordt op elke pagina vanzelf gelinkt.
        - [Een toets](toetsen/voorbeeldtoets.md) met de drie soorten vragen.
        - [Een vragenlijst](vragenlijsten/voorbeeldvragenlijst.md) met punten en uitkomsten.

        ## Zo ga je verder

        1. Zet in `kennisbank.yml` de naam van jullie site, van jullie organisatie en eventueel jullie logo.
        2. Bekijk de site terwijl je schrijft: typ `kennisbank serve` en open `http://127.0.0.1:8000` in je browser.
        3. Begin een nieuw bestand met `kennisbank new`:
           - een pagina: `kennisbank new page \(Self.section)/nieuwe-pagina.md`
           - een begrip: `kennisbank new term "Naam van het begrip"`
           - een toets: `kennisbank new quiz "Naam van de toets"`
           - een vragenlijst: `kennisbank new vragenlijst "Naam van de vragenlijst"`
        4. Controleer alles voordat je het publiceert: `kennisbank build --strict`.
        5. Zet de map in GitLab of GitHub. De pipeline in `.gitlab-ci.yml` of `.github/workflows/kennisbank.yml` publiceert de site; verwijder het bestand van de dienst die je niet gebruikt. Vul bovenin dat bestand het adres en de SHA-256 van de Kennisbank-release in (ze staan op de releasepagina).

        """
    }

    static let sectionIndex = """
    ---
    title: "Voorbeeldonderdeel"
    description: "Voorbeeld: een onderdeel bundelt de pagina's over één onderwerp."
    weight: 10
    ---

    \(exampleNotice)

    Een onderdeel is een map in `content/` met een bestand `_index.md`, zoals dit. De titel staat in het hoofdmenu; deze tekst staat boven de lijst met pagina's van het onderdeel.

    Woorden uit de begrippenlijst worden vanzelf gelinkt, zoals hier het voorbeeldbegrip. Klik erop: je ziet de korte definitie, met een link naar de hele uitleg.

    """

    static let glossaryIndex = """
    ---
    title: "Begrippenlijst"
    description: "Voorbeeld: de begrippen die in de training steeds terugkomen, kort uitgelegd."
    weight: 50
    ---

    \(exampleNotice)

    Elk begrip is een bestand in `content/begrippen/`, met een korte definitie en een uitleg. De korte definitie verschijnt in een venstertje als iemand op een pagina op het begrip klikt.

    """

    static let quizzesIndex = """
    ---
    title: "Toetsen"
    description: "Voorbeeld: korte toetsen om te zien of je de stof begrijpt."
    weight: 60
    ---

    \(exampleNotice)

    Elke toets is een bestand in `content/toetsen/`; de vragen staan in de front matter. Wie een toets maakt, ziet meteen of een antwoord goed is, met uitleg. De antwoorden blijven in de browser.

    """

    static let quiz = """
    ---
    title: "Voorbeeldtoets"
    description: "Voorbeeld: een toets met de drie soorten vragen. De vragen gaan over deze kennisbank zelf."
    section: \(section)
    questions:
      - id: map-voor-begrippen
        type: single
        question: "In welke map zet je een nieuw begrip?"
        answers:
          - text: "`content/begrippen/`"
            correct: true
            feedback: "Elk bestand in deze map is een begrip in de begrippenlijst."
          - text: "`content/toetsen/`"
            correct: false
            feedback: "In deze map staan de toetsen, zoals deze."
          - text: "`themes/`"
            correct: false
            feedback: "Deze map bepaalt hoe de site eruitziet, niet wat erop staat."
        explanation: "Een nieuw begrip begin je het snelst met `kennisbank new term \\"Naam van het begrip\\"`."
        links:
          - ../begrippen/_index.md
      - id: front-matter
        type: multiple
        question: "Wat zet je in de front matter van een pagina?"
        answers:
          - text: "De titel (`title`)"
            correct: true
            feedback: "Elke pagina heeft een titel."
          - text: "Een korte beschrijving (`description`)"
            correct: true
            feedback: "De beschrijving staat onder de titel en in de lijst van het onderdeel."
          - text: "De kleur van de koppen"
            correct: false
            feedback: "Kleuren horen bij het thema van de site, niet bij één pagina."
        explanation: "De front matter staat bovenaan het bestand, tussen twee regels met `---`."
        links:
          - ../\(section)/voorbeeldpagina.md
      - id: strikt-bouwen
        type: truefalse
        question: "Met `kennisbank build --strict` mislukt de build ook bij een waarschuwing."
        answers:
          - text: Juist
            correct: true
            feedback: "Met `--strict` tellen waarschuwingen als fouten, zodat er niets ongemerkt online komt."
          - text: Onjuist
            correct: false
            feedback: "Zonder `--strict` gaat een build door bij een waarschuwing; met `--strict` niet."
        explanation: "De pipeline bouwt de site met `--strict`."
    ---

    \(exampleNotice)

    Een toets is één bestand in `content/toetsen/`. Vervang deze vragen door vragen over jullie eigen onderwerp.

    """

    static let questionnairesIndex = """
    ---
    title: "Vragenlijsten"
    description: "Voorbeeld: vragenlijsten om zelf of met je team in te vullen."
    weight: 70
    ---

    \(exampleNotice)

    Een vragenlijst is geen toets: er zijn geen goede of foute antwoorden. Elke vragenlijst is een bestand in `content/vragenlijsten/`. De antwoorden blijven in de browser van wie hem invult.

    """
}

import SiteModel

extension ContentTemplate {
    /// The example texts of the templates: a build warns about each one still in a file
    /// (`TemplateTextCheck`). Only texts nobody would write on purpose; an example question such as
    /// 'Wat herken je hiervan in je eigen werk?' may stay.
    public static let exampleTexts = [
        "Eén of twee zinnen die samenvatten waar deze pagina over gaat.", "Naam van de bron", "Eerste kop",
        "Schrijf hier de tekst.", "beschrijf een herkenbare situatie uit de praktijk.",
        "Eén of twee zinnen over dit onderdeel.", "Schrijf hier een korte inleiding op dit onderdeel.",
        "Korte definitie in één of twee zinnen; verschijnt in de pop-up en de begrippenlijst.",
        "Schrijf hier de volledige uitleg van het begrip.",
        "Waar gaat deze toets over? Schrijf het in één zin.", "Schrijf hier de vraag.", "Het goede antwoord",
        "Een fout antwoord", "Leg uit waarom dit klopt.", "Leg uit waarom dit niet klopt.",
        "Uitleg die na het antwoorden verschijnt.", "Een korte inleiding op de toets: waar gaat hij over en hoe lang duurt hij?",
        "Waar gaat deze vragenlijst over, en voor wie is hij?", "Naam van het eerste thema", "Eén of twee zinnen over dit thema.",
        "Een stelling: hoe vaak komt dit voor?", "Nog een stelling.", "Wat deze uitkomst betekent en wat je kunt doen.",
        "Een korte inleiding: waarvoor is deze vragenlijst, en wat gebeurt er met de antwoorden?",
    ]

    /// The file's text.
    public var text: String {
        switch kind {
        case .page where isSection: return sectionText
        case .page: return pageText
        case .term: return termText
        case .quiz: return quizText
        case .questionnaire: return questionnaireText
        }
    }

    private var quotedTitle: String { "\"" + title.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }

    /// `reviewed:` with a comment, where the site asks for one.
    private var reviewedLine: String {
        reviewed.map { "reviewed: \($0)   # de dag waarop je de pagina naast de bronnen hebt gelegd\n" } ?? ""
    }

    private var pageText: String {
        """
        ---
        title: \(quotedTitle)
        description: "Eén of twee zinnen die samenvatten waar deze pagina over gaat."
        weight: 100
        \(reviewedLine)sources:
          - title: "Naam van de bron"
            url: "https://wetten.overheid.nl/"
        ---

        ## Eerste kop

        Schrijf hier de tekst. Begin koppen met `##`; de titel hierboven is al de hoofdkop.
        Verwijs naar een andere pagina met haar pad, bijvoorbeeld [Home](\(relativeHome)).

        **Voorbeeld (fictief):** beschrijf een herkenbare situatie uit de praktijk.

        ## Vragen om over na te denken

        - Wat herken je hiervan in je eigen werk?

        """
    }

    private var sectionText: String {
        """
        ---
        title: \(quotedTitle)
        description: "Eén of twee zinnen over dit onderdeel."
        weight: 100
        ---

        Schrijf hier een korte inleiding op dit onderdeel. De site zet de lijst met pagina's er zelf onder.

        """
    }

    private var termText: String {
        """
        ---
        title: \(quotedTitle)
        aliases: []
        definition: "Korte definitie in één of twee zinnen; verschijnt in de pop-up en de begrippenlijst."
        related: []
        sources:
          - title: "Naam van de bron"
            url: "https://www.mensenrechten.nl/"
        ---

        Schrijf hier de volledige uitleg van het begrip. Zet bij `aliases` andere vormen van het woord
        (meervoud, bijvoeglijk naamwoord) en bij `related` andere begrippen ('zie ook').

        """
    }

    /// A quiz names its section only when the title says which (`section(for:among:)`); otherwise
    /// a comment lists the sections it could name.
    private var sectionLine: String {
        if let section { return "section: \(section)\n" }
        guard !knownSections.isEmpty else { return "" }
        return "# section: \(knownSections[0])   # het onderdeel van de toets: \(knownSections.joined(separator: ", "))\n"
    }

    private var quizText: String {
        """
        ---
        title: \(quotedTitle)
        description: "Waar gaat deze toets over? Schrijf het in één zin."
        \(sectionLine)questions:
          - id: vraag-1
            type: single
            question: "Schrijf hier de vraag."
            answers:
              - text: "Het goede antwoord"
                correct: true
                feedback: "Leg uit waarom dit klopt."
              - text: "Een fout antwoord"
                correct: false
                feedback: "Leg uit waarom dit niet klopt."
            explanation: "Uitleg die na het antwoorden verschijnt."
        ---

        Een korte inleiding op de toets: waar gaat hij over en hoe lang duurt hij?

        """
    }

    private var questionnaireText: String {
        """
        ---
        title: \(quotedTitle)
        description: "Waar gaat deze vragenlijst over, en voor wie is hij?"
        weight: 100
        scales:
          hoe-vaak:
            - {label: Nooit, points: 0}
            - {label: Soms, points: 1}
            - {label: Vaak, points: 2}
            - {label: Altijd, points: 3}
        themes:
          - id: thema-1
            title: "Naam van het eerste thema"
            intro: "Eén of twee zinnen over dit thema."
            questions:
              - id: stelling-1
                type: scale
                scale: hoe-vaak
                text: "Een stelling: hoe vaak komt dit voor?"
              - id: stelling-2
                type: scale
                scale: hoe-vaak
                text: "Nog een stelling."
              - id: toelichting
                type: open
                text: "Wil je iets toelichten?"
            levels:
              - label: Laag risico
                max: 2
                text: "Wat deze uitkomst betekent en wat je kunt doen."
              - label: Hoog risico
                text: "Wat deze uitkomst betekent en wat je kunt doen."
        ---

        Een korte inleiding: waarvoor is deze vragenlijst, en wat gebeurt er met de antwoorden?
        (Ze blijven in de browser van wie hem invult.)

        """
    }
}

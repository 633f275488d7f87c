import Content
import Foundation
import SiteModel

/// The starting text of a new page, glossary term, quiz or vragenlijst: valid front matter and a short Dutch
/// explanation of what to write where, so a new file builds without warnings.
public struct ContentTemplate: Sendable {
    /// What to create.
    public enum Kind: String, Sendable, CaseIterable {
        case page, term, quiz
        /// Named as trainers say it: `kennisbank new vragenlijst`.
        case questionnaire = "vragenlijst"
    }

    public let kind: Kind
    /// Path relative to `content/`.
    public let contentPath: String
    public let title: String

    /// Derives the file path and title from `pathOrTitle`.
    public init(kind: Kind, pathOrTitle: String) {
        self.kind = kind
        let trimmed = pathOrTitle.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(".md") {
            var path = trimmed.hasPrefix("content/") ? String(trimmed.dropFirst(8)) : trimmed
            if kind == .term && !path.contains("/") { path = PageKind.glossaryFolder + "/" + path }
            if kind == .quiz && !path.contains("/") { path = PageKind.quizFolder + "/" + path }
            if kind == .questionnaire && !path.contains("/") { path = PageKind.questionnaireFolder + "/" + path }
            contentPath = path
            let name = String(path.split(separator: "/").last!.dropLast(3)).replacingOccurrences(of: "-", with: " ")
            title = name.prefix(1).uppercased() + name.dropFirst()
        } else {
            title = trimmed
            let slug = Slug.make(trimmed)
            switch kind {
            case .page: contentPath = slug + ".md"
            case .term: contentPath = PageKind.glossaryFolder + "/" + slug + ".md"
            case .quiz: contentPath = PageKind.quizFolder + "/" + slug + ".md"
            case .questionnaire: contentPath = PageKind.questionnaireFolder + "/" + slug + ".md"
            }
        }
    }

    /// The file's text.
    public var text: String {
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        switch kind {
        case .page:
            return """
            ---
            title: \(quotedTitle)
            description: "Eén of twee zinnen die samenvatten waar deze pagina over gaat."
            weight: 100
            sources:
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
        case .term:
            return """
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
        case .quiz:
            return """
            ---
            title: \(quotedTitle)
            description: "Test je kennis van dit onderdeel."
            section: definities
            questions:
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
        case .questionnaire:
            return """
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

    private var relativeHome: String {
        let depth = contentPath.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + "index.md"
    }
}

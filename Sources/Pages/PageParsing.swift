import Content
import Glossary
import Questionnaire
import Quiz

/// How every build reads a page: the front matter keys of terms, quizzes and vragenlijsten, and the
/// element ids the theme uses, which heading ids avoid.
package enum PageParsing {
    /// Element ids the theme uses; heading ids avoid them.
    package static let reservedIDs: Set<String> = ["inhoud", "zoekveld", "zoekstatus", "zoekresultaten", "begrip-definities",
                                                   "hoofdmenu", "toc", "bronnen", "zoekpagina-veld", "quiz-score", "voetnoten"]

    /// The loader every build parses pages with.
    package static let loader = PageLoader(extraKeys: [.term: GlossaryTerm.keys, .quiz: Quiz.keys, .questionnaire: Questionnaire.keys],
                                           reservedIDs: reservedIDs)
}

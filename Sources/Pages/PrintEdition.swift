import Content
import SiteModel

/// One print edition: the whole training or one top-level section, for participants (quizzes
/// without answers) or for trainers (every question with its right answer, feedback and explanation).
package struct PrintEdition: Sendable, Hashable {
    package enum Audience: Sendable, Hashable {
        case participants
        case trainers
    }

    /// Folder of the top-level section; nil for the whole training.
    package var section: String?
    package var audience: Audience

    package init(section: String?, audience: Audience) {
        self.section = section
        self.audience = audience
    }

    /// The folder every print edition lives in; reserved, so no content page can take it.
    package static let folder = "print"

    /// `print/`, `print/trainer/`, `print/onderdeel/<section>/` and `print/onderdeel/<section>/trainer/`.
    /// Sections sit one folder down, so a section named `trainer` cannot collide with an edition.
    package var route: Route {
        var path = Self.folder
        if let section { path += "/onderdeel/" + section }
        if audience == .trainers { path += "/trainer" }
        return Route(path)
    }

    /// The same edition for the other audience.
    package var counterpart: PrintEdition {
        PrintEdition(section: section, audience: audience == .trainers ? .participants : .trainers)
    }

    /// The file name of its PDF handout, as scripts/handout.py names it: `kennisbank-deelnemers.pdf`
    /// for the whole training, `<section>-trainers.pdf` for a section's trainers' edition.
    package var handoutName: String {
        "\(section ?? "kennisbank")-\(audience == .trainers ? "trainers" : "deelnemers").pdf"
    }

    /// Where its PDF handout is published: in the edition's own folder.
    package var handoutPath: String { route.folderPath + handoutName }

    /// Top-level section folders with their own edition, in site order: every section but the
    /// glossary and the quizzes, which each edition carries in its own way.
    package static func sections(in index: SiteIndex) -> [String] {
        index.topSections.map { ContentPath.folder(of: $0.contentPath) }
            .filter { $0 != PageKind.glossaryFolder && $0 != PageKind.quizFolder }
    }

    /// Every edition of a site: the whole training and each section, for both audiences.
    package static func all(in index: SiteIndex) -> [PrintEdition] {
        ([nil] + sections(in: index).map { Optional($0) }).flatMap {
            [PrintEdition(section: $0, audience: .participants), PrintEdition(section: $0, audience: .trainers)]
        }
    }

    /// 'versie voor deelnemers' or 'versie voor trainers', in the language of `texts`.
    package func audienceLabel(_ texts: InterfaceTexts) -> String {
        texts.text(audience == .trainers ? "print.trainersEdition" : "print.participantsEdition")
    }
}

import SiteModel

/// One print edition: the whole training or one top-level section, for participants (quizzes
/// without answers) or for trainers (every question with its right answer, feedback and explanation).
struct PrintEdition: Sendable, Hashable {
    enum Audience: Sendable, Hashable {
        case participants
        case trainers
    }

    /// Folder of the top-level section; nil for the whole training.
    var section: String?
    var audience: Audience

    /// The folder every print edition lives in; reserved, so no content page can take it.
    static let folder = "print"

    /// `print/`, `print/trainer/`, `print/onderdeel/<section>/` and `print/onderdeel/<section>/trainer/`.
    /// Sections sit one folder down, so a section named `trainer` cannot collide with an edition.
    var route: Route {
        var path = Self.folder
        if let section { path += "/onderdeel/" + section }
        if audience == .trainers { path += "/trainer" }
        return Route(path)
    }

    /// The same edition for the other audience.
    var counterpart: PrintEdition {
        PrintEdition(section: section, audience: audience == .trainers ? .participants : .trainers)
    }

    /// 'versie voor deelnemers' or 'versie voor trainers'.
    var audienceLabel: String {
        audience == .trainers ? "versie voor trainers" : "versie voor deelnemers"
    }
}

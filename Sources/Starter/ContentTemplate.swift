import Content
import Foundation
import SiteModel

/// The starting text of a new page, section, glossary term, quiz or vragenlijst (`kennisbank new`,
/// and `kennisbank init` for a new site): valid front matter and short Dutch example texts that
/// say what to write where. The example texts are listed in `exampleTexts`; a build warns about
/// every one still in a file (`TemplateTextCheck`), so a new file shows in `serve` at once but
/// cannot be published until it is written.
public struct ContentTemplate: Sendable {
    /// What to create.
    public enum Kind: String, Sendable, CaseIterable {
        case page, term, quiz
        /// Named as trainers say it: `kennisbank new vragenlijst`.
        case questionnaire = "vragenlijst"
    }

    /// Why a name or path cannot become a content file.
    public struct Refusal: Error, Sendable {
        public var message: Message
        public var hint: Message
    }

    public let kind: Kind
    /// Path relative to `content/`.
    public let contentPath: String
    public let title: String
    /// The name as typed, when it had to become a slug to be a file name ('Nieuwe Wet' ->
    /// 'nieuwe-wet.md'), so the command can say so.
    public let renamedFrom: String?
    /// The section folder a quiz names; nil writes none, and the quiz is listed under toetsen only.
    public var section: String?
    /// The sections of the site, for the comment of a quiz without one.
    public var knownSections: [String] = []
    /// Written as `reviewed:` (for a page where `reviewRequiredIn` asks for one).
    public var reviewed: CalendarDay?

    /// True for a folder's `_index.md`, which describes a section.
    public var isSection: Bool { kind == .page && (contentPath == "_index.md" || contentPath.hasSuffix("/_index.md")) }

    /// Derives the file path and title from `pathOrTitle`; a name that cannot become a file is
    /// given a plain file name instead (see `make` for the checked way).
    public init(kind: Kind, pathOrTitle: String) {
        self = (try? Self.make(kind: kind, pathOrTitle: pathOrTitle).get())
            ?? ContentTemplate(kind: kind, contentPath: (Self.folder(of: kind).map { $0 + "/" } ?? "") + "nieuw.md",
                               title: "Nieuw", renamedFrom: nil)
    }

    private init(kind: Kind, contentPath: String, title: String, renamedFrom: String?) {
        self.kind = kind
        self.contentPath = contentPath
        self.title = title
        self.renamedFrom = renamedFrom
    }

    /// The template for `pathOrTitle`: a path below `content/` (`definities/nieuwe-pagina.md`, or
    /// `definities/nieuwe-pagina` without `.md`, or `definities/_index.md` for a section) or a title
    /// (`"Nieuwe pagina"`). Every part of a path becomes a slug (lowercase, hyphens); terms,
    /// quizzes and vragenlijsten go to their folder. Refused: a path outside `content/`, a name
    /// without letters or digits, and a term, quiz or vragenlijst in another folder than its own.
    public static func make(kind: Kind, pathOrTitle: String) -> Result<ContentTemplate, Refusal> {
        var text = pathOrTitle.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("content/") { text.removeFirst("content/".count) }
        let isPath = text.contains("/") || text.hasSuffix(".md")
        var parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !text.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else {
            return .failure(Refusal(message: .newOutsideContent(pathOrTitle), hint: .newOutsideContentHint()))
        }
        if !isPath { parts = [text] }
        var name = parts.removeLast()
        if name.hasSuffix(".md") { name.removeLast(3) }
        let folders = parts.map(Slug.make)
        guard !folders.contains(""), name == "_index" || !Slug.make(name).isEmpty else {
            return .failure(Refusal(message: .newNoName(pathOrTitle), hint: .newNoNameHint()))
        }
        if let own = folder(of: kind) {
            if !folders.isEmpty && folders != [own] {
                return .failure(Refusal(message: .newWrongFolder(kind.rawValue, folder: own), hint: .newWrongFolderHint(kind.rawValue)))
            }
            if name == "_index" { return .failure(Refusal(message: .newNoName(pathOrTitle), hint: .newNoNameHint())) }
        }
        let fileName = name == "_index" ? "_index.md" : Slug.make(name) + ".md"
        let path = ((folder(of: kind).map { [$0] } ?? folders) + [fileName]).joined(separator: "/")
        let title: String
        if name == "_index" {
            title = humanized(parts.last ?? "Home")
        } else {
            title = isPath && name == Slug.make(name) ? humanized(name) : name
        }
        let unchanged = folders == parts && (name == "_index" || Slug.make(name) == name)
        return .success(ContentTemplate(kind: kind, contentPath: path, title: title, renamedFrom: isPath && !unchanged ? text : nil))
    }

    /// The folder that files of `kind` live in; nil for pages, which go anywhere.
    package static func folder(of kind: Kind) -> String? {
        switch kind {
        case .page: return nil
        case .term: return PageKind.glossaryFolder
        case .quiz: return PageKind.quizFolder
        case .questionnaire: return PageKind.questionnaireFolder
        }
    }

    /// 'nieuwe-wet' as a title: 'Nieuwe wet'.
    static func humanized(_ slug: String) -> String {
        let words = slug.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The section a quiz titled `title` is about: the top-level section folder whose name is part
    /// of the title's slug ('Toets definities' -> 'definities'), the longest when several are.
    public static func section(for title: String, among sections: [String]) -> String? {
        let slug = "-" + Slug.make(title) + "-"
        return sections.filter { slug.contains("-" + $0 + "-") }.max { $0.count < $1.count }
    }

    /// How deep the file lies, for links to the home page.
    var relativeHome: String {
        let depth = contentPath.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + "index.md"
    }
}

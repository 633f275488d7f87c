import FrontMatter
import Markdown
import SiteModel

/// One content file after parsing: its place in the site, its common front matter, and its body.
/// Kind-specific front matter (glossary and quiz keys) stays in `frontMatter` for their passes.
///
/// A class, not a struct: every step passes pages around and looks them up, and copying a struct
/// of a dozen strings and collections retained each of them (4% of a large build's CPU). A page
/// never changes after loading.
public final class Page: Sendable {
    public let kind: PageKind
    /// Path relative to `content/`, e.g. `definities/racisme.md`.
    public let contentPath: String
    /// Path relative to the site root, used in diagnostics: `content/definities/racisme.md`.
    public let file: String
    public let route: Route
    /// The section folder this page is listed in (`definities`); the home page and top-level
    /// sections belong to the root folder `""`.
    public let sectionPath: String
    public let title: String
    public let description: String
    /// Explicit order within the section; nil sorts after every weighted page.
    public let weight: Int?
    public let draft: Bool
    /// Explicit table-of-contents choice; nil means automatic.
    public let toc: Bool?
    /// The page's own glossary auto-linking setting; nil follows the site's (`SiteConfig.autolink`).
    public let autolink: Bool?
    /// `menu` in the front matter: true puts a page at the top of `content/` in the main menu,
    /// false takes a top-level section out of it; nil keeps the default (sections only).
    public let menu: Bool?
    public let sources: [SourceReference]
    /// When a trainer last checked the page against its sources (`reviewed`), located at its key.
    public let reviewed: Located<CalendarDay>?
    public let frontMatter: FrontMatterNode?
    /// Where the front matter starts, for 'missing key' errors.
    public let frontMatterLocation: SourceLocation
    /// The parsed body. The transform passes edit its tree and free it once the page is rendered
    /// (headings stay); `parsedBody` parses `body` again when the tree is gone, as in the dev
    /// server's incremental builds. See `MarkdownDocument.releaseTree()`.
    public let document: MarkdownDocument
    /// The Markdown body as written, after the front matter.
    public let body: String
    /// File lines before the body.
    public let bodyLineOffset: Int

    /// Creates a page from its parts (see `PageLoader`).
    public init(kind: PageKind, contentPath: String, file: String, route: Route, sectionPath: String, title: String,
                description: String, weight: Int?, draft: Bool, toc: Bool?, autolink: Bool?, menu: Bool? = nil, sources: [SourceReference],
                reviewed: Located<CalendarDay>? = nil, frontMatter: FrontMatterNode?, frontMatterLocation: SourceLocation, document: MarkdownDocument,
                body: String, bodyLineOffset: Int) {
        self.kind = kind
        self.contentPath = contentPath
        self.file = file
        self.route = route
        self.sectionPath = sectionPath
        self.title = title
        self.description = description
        self.weight = weight
        self.draft = draft
        self.toc = toc
        self.autolink = autolink
        self.menu = menu
        self.sources = sources
        self.reviewed = reviewed
        self.frontMatter = frontMatter
        self.frontMatterLocation = frontMatterLocation
        self.document = document
        self.body = body
        self.bodyLineOffset = bodyLineOffset
    }

    /// A fresh parse of the body with the same heading ids, for the transform passes to edit.
    public func parsedBody(reservedIDs: Set<String>) -> MarkdownDocument {
        if document.hasTree { return document }
        return MarkdownDocument(parsing: body, file: file, lineOffset: bodyLineOffset, reservedIDs: reservedIDs)
    }

    /// The folder key of the section a section page introduces (`definities` for `definities/_index.md`).
    public var ownSectionPath: String? {
        switch kind {
        case .section: return ContentPath.folder(of: contentPath)
        case .home: return ""
        default: return nil
        }
    }

    /// Heading ids on this page.
    public var anchors: Set<String> { Set(document.headings.map(\.id)) }
}

import FrontMatter
import Markdown
import SiteModel

/// One content file after parsing: its place in the site, its common front matter, and its body.
/// Kind-specific front matter (glossary and quiz keys) stays in `frontMatter` for their passes.
public struct Page: Sendable {
    public var kind: PageKind
    /// Path relative to `content/`, e.g. `definities/racisme.md`.
    public var contentPath: String
    /// Path relative to the site root, used in diagnostics: `content/definities/racisme.md`.
    public var file: String
    public var route: Route
    /// The section folder this page is listed in (`definities`); the home page and top-level
    /// sections belong to the root folder `""`.
    public var sectionPath: String
    public var title: String
    public var description: String
    /// Explicit order within the section; nil sorts after every weighted page.
    public var weight: Int?
    public var draft: Bool
    /// Explicit table-of-contents choice; nil means automatic.
    public var toc: Bool?
    /// False when the author switched glossary auto-linking off.
    public var autolink: Bool
    public var sources: [SourceReference]
    public var frontMatter: FrontMatterNode?
    /// Where the front matter starts, for 'missing key' errors.
    public var frontMatterLocation: SourceLocation
    /// The parsed body. The transform passes edit its tree and free it once the page is rendered
    /// (headings stay); `parsedBody` parses `body` again when the tree is gone, as in the dev
    /// server's incremental builds. See `MarkdownDocument.releaseTree()`.
    public var document: MarkdownDocument
    /// The Markdown body as written, after the front matter.
    public var body: String
    /// File lines before the body.
    public var bodyLineOffset: Int

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

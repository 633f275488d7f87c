import Foundation
import FrontMatter
import Markdown
import SiteModel

/// Turns one Markdown source file into a `Page`: splits and reads the front matter, checks the
/// common keys, and parses the body.
public struct PageLoader: Sendable {
    /// Keys every page understands.
    public static let commonKeys = ["title", "description", "weight", "draft", "toc", "autolink", "menu", "sources", "reviewed"]

    /// Extra keys per kind (glossary and quiz keys), so unknown-key warnings know them.
    public var extraKeys: [PageKind: [String]]
    /// Element ids the theme uses on every page; headings never take them.
    public var reservedIDs: Set<String>

    /// Creates a loader.
    public init(extraKeys: [PageKind: [String]] = [:], reservedIDs: Set<String> = []) {
        self.extraKeys = extraKeys
        self.reservedIDs = reservedIDs
    }

    /// Loads `contentPath` (relative to `content/`) from `text`. Returns nil when the file cannot
    /// become a page at all; diagnostics say why.
    public func load(contentPath: String, text original: String) -> (page: Page?, diagnostics: [Diagnostic]) {
        let file = "content/" + contentPath
        // Files saved on Windows end lines with CR LF; Swift treats "\r\n" as one character. A lone
        // CR (old Mac files) ends a line for cmark-gfm and YAML too, so it becomes LF as well, or
        // line numbers would drift.
        let text = original.containsBytes("\r") ? original.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n") : original
        let split: SplitSource
        switch FrontMatterSplitter.split(text, file: file) {
        case .success(let value): split = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let yaml = split.yaml else {
            return (nil, [.error(start, "the file has no front matter",
                                 hint: "start the file with '---', a line 'title: ...', and another '---'")])
        }
        var node: FrontMatterNode?
        switch FrontMatterParser.parse(yaml, file: file, firstLine: split.yamlFirstLine) {
        case .success(let value): node = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let kind = PageKind.of(contentPath: contentPath)
        var reader = FrontMatterReader(node, at: start)
        let title = reader.string("title", required: true, example: "Titel van de pagina")
        let description = reader.string("description")
        let weight = reader.int("weight")
        let draft = reader.bool("draft")
        let toc = reader.bool("toc")
        let autolink = reader.bool("autolink")
        let menu = reader.bool("menu").flatMap { Self.checkMenu($0, kind: kind, contentPath: contentPath, reader: &reader) }
        let sources = readSources(&reader)
        let reviewed = readReviewed(&reader)
        reader.warnUnknownKeys(allowed: Self.commonKeys + (extraKeys[kind] ?? []))

        let document = MarkdownDocument(
            parsing: split.body, file: file, lineOffset: split.bodyLineOffset, reservedIDs: reservedIDs)
        let sectionPath: String = {
            let folder = ContentPath.folder(of: contentPath)
            return kind == .section ? ContentPath.folder(of: folder) : folder
        }()
        let page = Page(
            kind: kind,
            contentPath: contentPath,
            file: file,
            route: Route(ContentPath.routePath(of: contentPath)),
            sectionPath: kind == .home ? "" : sectionPath,
            title: title?.value.trimmingWhitespacesAndNewlines() ?? contentPath,
            description: description?.value.trimmingWhitespacesAndNewlines() ?? "",
            weight: weight?.value,
            draft: draft?.value ?? false,
            toc: toc?.value,
            autolink: autolink?.value,
            menu: menu,
            sources: sources,
            reviewed: reviewed,
            frontMatter: node,
            frontMatterLocation: reader.location,
            document: document,
            body: split.body,
            bodyLineOffset: split.bodyLineOffset)
        return (page, reader.diagnostics + [document.limitViolation].compactMap { $0 })
    }

    /// The main menu holds the top-level sections and the pages at the top of `content/` that ask
    /// for it; anywhere else `menu` would silently do nothing, so it is a warning there.
    private static func checkMenu(_ menu: Located<Bool>, kind: PageKind, contentPath: String,
                                  reader: inout FrontMatterReader) -> Bool? {
        let topLevel = !contentPath.contains("/") ? kind == .page
            : kind == .section && contentPath.split(separator: "/").count == 2
        guard topLevel else {
            reader.report(.warning(reader.keyLocation("menu"), "'menu' only works on a page directly in content/ or on a top-level section",
                                   hint: "remove the line 'menu: \(menu.value)'; the main menu lists the sections, and pages such as content/melden-en-hulp.md that have 'menu: true'"))
            return nil
        }
        return menu.value
    }

    private func readSources(_ reader: inout FrontMatterReader) -> [SourceReference] {
        guard let items = reader.mappingList("sources", itemName: "source") else { return [] }
        var result: [SourceReference] = []
        for (index, var item) in items.enumerated() {
            let title = item.string("title", required: true, example: "Grondwet, artikel 1")
            let internalFlag = item.bool("internal")
            let isInternal = internalFlag?.value ?? false
            // An internal document is named, not linked; every other source needs its address.
            let url = item.string("url")
            if !isInternal && item.isMapping && (item.node("url")?.isNull ?? true) {
                item.report(.error(item.location, "source \(index + 1) has no 'url'",
                                   hint: "add a line 'url: https://...' with the page of the source, or 'internal: true' for an internal document that is not public"))
            }
            item.warnUnknownKeys(allowed: ["title", "url", "internal"])
            if let url, isInternal {
                item.report(.error(url.location, "an internal source has no web address",
                                   hint: "remove the 'url' line, or remove 'internal: true' if the document is public"))
            } else if let url, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
                item.report(.error(url.location, "source URL '\(url.value)' is not a web address",
                                   hint: "write the full address, starting with https://"))
            }
            reader.absorb(item)
            if let title, isInternal || url != nil {
                result.append(SourceReference(title: title.value, url: isInternal ? nil : url?.value, isInternal: isInternal,
                                              location: title.location, urlLocation: url?.location))
            }
        }
        return result
    }

    /// The `reviewed` date, located at its key so that an 'overdue' warning points there: the day a
    /// trainer last checked the page against its sources.
    private func readReviewed(_ reader: inout FrontMatterReader) -> Located<CalendarDay>? {
        guard let node = reader.node("reviewed"), !node.isNull else { return nil }
        let hint = "write the day you checked the page against its sources as YYYY-MM-DD, e.g. 'reviewed: 2026-12-02'"
        guard let text = node.scalar else {
            reader.report(.error(node.location, "'reviewed' must be a date, found \(node.kindName)", hint: hint))
            return nil
        }
        switch CalendarDay.parse(text.trimmingWhitespaces()) {
        case .day(let day):
            return Located(day, at: reader.keyLocation("reviewed"))
        case .malformed:
            reader.report(.error(node.location, "'reviewed' must be a date written as YYYY-MM-DD, found '\(text)'", hint: hint))
        case .impossible(let why):
            reader.report(.error(node.location, "'reviewed' is not a real date: \(why)", hint: hint))
        }
        return nil
    }
}

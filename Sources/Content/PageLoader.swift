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
            return (nil, [.error(start, .noFrontMatter(), hint: .noFrontMatterHint())])
        }
        let node: FrontMatterNode?, yamlWarnings: [Diagnostic]
        switch FrontMatterParser.read(yaml, file: file, firstLine: split.yamlFirstLine) {
        case .success(let parsed): (node, yamlWarnings) = (parsed.node, parsed.warnings)
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
        let headings = Self.levelOneHeadings(in: document, body: split.body, bodyLineOffset: split.bodyLineOffset)
        return (page, yamlWarnings + reader.diagnostics + [document.limitViolation].compactMap { $0 } + headings)
    }

    /// The main menu holds the top-level sections and the pages at the top of `content/` that ask
    /// for it; anywhere else `menu` would silently do nothing, so it is a warning there.
    private static func checkMenu(_ menu: Located<Bool>, kind: PageKind, contentPath: String,
                                  reader: inout FrontMatterReader) -> Bool? {
        let topLevel = !contentPath.contains("/") ? kind == .page
            : kind == .section && contentPath.split(separator: "/").count == 2
        guard topLevel else {
            reader.report(.warning(reader.keyLocation("menu"), .menuNotTopLevel(), hint: .menuNotTopLevelHint(String(menu.value))))
            return nil
        }
        return menu.value
    }

    private func readSources(_ reader: inout FrontMatterReader) -> [SourceReference] {
        guard let items = reader.mappingList("sources", item: Phrase.source) else { return [] }
        var result: [SourceReference] = []
        for (index, var item) in items.enumerated() {
            let title = item.string("title", required: true, example: "Grondwet, artikel 1")
            let internalFlag = item.bool("internal")
            let isInternal = internalFlag?.value ?? false
            // An internal document is named, not linked; every other source needs its address.
            let url = item.string("url")
            if !isInternal && item.isMapping && (item.node("url")?.isNull ?? true) {
                item.report(.error(item.location, .sourceNoURL(index + 1), hint: .sourceNoURLHint()))
            }
            item.warnUnknownKeys(allowed: ["title", "url", "internal"])
            if let url, isInternal {
                item.report(.error(url.location, .internalSourceWithURL(), hint: .internalSourceWithURLHint()))
            } else if let url, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
                // A bare host ('wetten.overheid.nl/...') only lacks its scheme.
                let host = url.value.split(separator: "/").first ?? ""
                let fix = host.contains(".") && !host.contains(" ") && !url.value.contains(":")
                    ? Fix(replacing: url.value, with: "https://" + url.value) : nil
                item.report(.error(url.location, .sourceURLNotWeb(url.value), hint: .sourceURLNotWebHint(), fix: fix))
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
        guard let text = node.scalar else {
            reader.report(.error(node.location, .reviewedNotADate(found: node.kindName), hint: .reviewedHint()))
            return nil
        }
        switch CalendarDay.parse(text.trimmingWhitespaces()) {
        case .day(let day):
            return Located(day, at: reader.keyLocation("reviewed"))
        case .malformed:
            reader.report(.error(node.location, .reviewedMalformed(text), hint: .reviewedHint(),
                                 fix: Self.dutchOrderDate(text).map { Fix(replacing: text, with: $0) }))
        case .impossible(let why):
            reader.report(.error(node.location, .reviewedImpossible(why), hint: .reviewedHint()))
        }
        return nil
    }

    /// `2-12-2026` or `02-12-2026` (day first, as Dutch dates are written) as `2026-12-02`.
    static func dutchOrderDate(_ text: String) -> String? {
        let parts = text.trimmingWhitespaces().split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        return date.description
    }

    /// A warning for every level-1 heading in the body: the title is the page's only `#` heading.
    /// The fix turns an ATX heading ('# Kop') into '## Kop'.
    static func levelOneHeadings(in document: MarkdownDocument, body: String, bodyLineOffset: Int) -> [Diagnostic] {
        let headings = document.headings.filter { $0.level == 1 }
        guard !headings.isEmpty else { return [] }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        return headings.map { heading in
            let index = heading.location.line - bodyLineOffset - 1
            let line = index >= 0 && index < lines.count ? lines[index] : ""
            let text = String(line).trimmingWhitespaces()
            return .warning(heading.location, .headingLevelOne(), hint: .headingLevelOneHint(),
                            fix: text.hasPrefix("# ") ? Fix(replacing: text, with: "#" + text) : nil)
        }
    }
}

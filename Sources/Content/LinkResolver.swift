import Foundation
import Markdown
import SiteModel

/// Rewrites the links and images of a page to output URLs and reports the ones that go nowhere.
/// Authors link by relative source path (`../juridisch-kader/awgb.md#grondslagen`), which also
/// works in any Markdown preview; the site gets relative URLs that work under any base path.
public struct LinkResolver: Sendable {
    public let index: SiteIndex
    /// When true, `javascript:` and similar URLs pass through.
    public let allowUnsafeURLs: Bool

    /// Creates a resolver over `index`.
    public init(index: SiteIndex, allowUnsafeURLs: Bool = false) {
        self.index = index
        self.allowUnsafeURLs = allowUnsafeURLs
    }

    /// What a page links to, for backlinks and dependency tracking.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// Content paths of the pages this page links to.
        public var linkedPages: Set<String> = []
    }

    /// Rewrites every link of `document`, which belongs to `page`, in place.
    public func resolveLinks(in document: MarkdownDocument, on page: Page) -> Outcome {
        var outcome = Outcome()
        document.rewriteLinks { link in
            let (url, diagnostic, target) = resolve(link.url, isImage: link.isImage, from: page, at: link.location,
                                                    suggestions: document.budget.suggestions)
            if let diagnostic { outcome.diagnostics.append(diagnostic) }
            if let target { outcome.linkedPages.insert(target) }
            return url
        }
        return outcome
    }

    /// Resolves one destination written on `page`. Returns the new URL (nil: keep it), a diagnostic,
    /// and the content path of the linked page, if any. 'Did you mean' spends from `suggestions`.
    public func resolve(_ raw: String, isImage: Bool, from page: Page, at location: SourceLocation,
                        suggestions: SuggestionBudget? = nil) -> (url: String?, diagnostic: Diagnostic?, target: String?)
    {
        let url = raw.trimmingWhitespaces()
        if url.isEmpty {
            return (nil, .error(location, .linkEmpty(), hint: .linkEmptyHint()), nil)
        }
        if Self.hasScheme(url) || url.hasPrefix("//") {
            if isImage && URLSafety.isExternal(url) {
                // The pages' Content-Security-Policy shows only the site's own images (img-src 'self'),
                // and loading one from elsewhere would tell that site who reads the page.
                return (nil, .error(location, .imageOtherSite(String(url.prefix(60))), hint: .imageOtherSiteHint()), nil)
            }
            if !allowUnsafeURLs && MarkdownDocument.isDangerousURL(url, isImage: isImage) {
                return ("#", .warning(location, .linkUnsafe(String(url.prefix(40))), hint: .linkUnsafeHint()), nil)
            }
            return (nil, nil, nil)
        }
        let (pathPart, fragment) = Self.splitFragment(url)
        if pathPart.isEmpty {
            // The index holds the page's anchors as a set already; Page.anchors would build one per link.
            let summary = index.page(at: page.contentPath) ?? PageSummary(page)
            return (nil, checkAnchor(fragment, in: summary, written: url, path: "", at: location, budget: suggestions), nil)
        }
        let decoded = pathPart.utf8.contains(UInt8(ascii: "%")) ? (pathPart.removingPercentEncoding ?? pathPart) : pathPart
        let folder = ContentPath.folder(of: page.contentPath)
        guard let target = ContentPath.resolve(decoded, from: folder) else {
            return (nil, .error(location, .linkOutsideContent(url), hint: .linkOutsideContentHint()), nil)
        }
        if let summary = pageFor(target) {
            let diagnostic = fragment.flatMap { checkAnchor($0, in: summary, written: url, path: pathPart, at: location, budget: suggestions) }
            return (page.route.relativeURL(to: summary.route, fragment: fragment), diagnostic, summary.contentPath)
        }
        if !target.hasSuffix(".md") && index.staticFiles.contains(target) {
            return (page.route.relativeURL(toFile: target, fragment: fragment), nil, nil)
        }
        if index.unloadable.contains(target) || index.unloadable.contains(target + "/_index.md") { return (nil, nil, nil) }
        return (nil, missing(url: url, target: target, fragment: fragment, from: folder, isImage: isImage, at: location,
                             budget: suggestions), nil)
    }

    private func pageFor(_ target: String) -> PageSummary? {
        if let page = index.page(at: target) { return page }
        let folder = target.hasSuffix("/") ? String(target.dropLast()) : target
        if let page = index.page(at: folder.isEmpty ? "index.md" : folder + "/_index.md") { return page }
        return nil
    }

    /// An error for a `#fragment` that no heading of `target` has. The fix is the whole
    /// destination as it should be written (`written` with the anchor replaced).
    private func checkAnchor(_ fragment: String?, in target: PageSummary, written: String, path: String,
                             at location: SourceLocation, budget: SuggestionBudget?) -> Diagnostic? {
        guard let fragment, !fragment.isEmpty else { return nil }
        let id = fragment.utf8.contains(UInt8(ascii: "%")) ? (fragment.removingPercentEncoding ?? fragment) : fragment
        if target.anchors.contains(id) || id.hasPrefix("fn-") || id.hasPrefix("fnref-") { return nil }
        var hint = Message.anchorHint(target.contentPath)
        var fix: Fix?
        if let guess = target.anchorSuggestions.closest(to: id, budget: budget) {
            fix = Fix(replacing: written, with: path + "#" + guess)
        } else if !target.anchors.isEmpty {
            hint = .anchorHint(target.contentPath, anchors: target.anchorSuggestions.listed(atMost: 8, prefix: "#"))
        }
        return .error(location, .anchorMissing(id, in: target.contentPath), hint: hint, fix: fix)
    }

    /// An error for a destination that goes nowhere. The fix is the path to the page or file meant,
    /// written from the linking page's `folder`: a near miss, or the same file in the folder that
    /// the linked folder was renamed or moved to.
    private func missing(url: String, target: String, fragment: String?, from folder: String, isImage: Bool,
                         at location: SourceLocation, budget: SuggestionBudget?) -> Diagnostic {
        if index.omittedDrafts.contains(target) {
            return .error(location, .linkToDraft(url), hint: .linkToDraftHint(target))
        }
        let suggestions = isImage ? index.fileSuggestions : index.pageSuggestions
        // A page whose folder holds no pages any more was most likely moved with its folder: the same
        // file elsewhere comes before a near miss in spelling (a term with the same name, say).
        let moved = isImage ? nil : index.samePageElsewhere(target)
        let guess = moved ?? suggestions.closest(to: target, budget: budget)
        let fix = guess.map { Fix(replacing: url, with: ContentPath.relative(to: $0, from: folder) + (fragment.map { "#" + $0 } ?? "")) }
        if isImage { return .error(location, .imageMissing(url, target: target), hint: .imageMissingHint(), fix: fix) }
        let message: Message = target.hasSuffix(".md") ? .pageMissing(url, target: target) : .fileMissing(url, target: target)
        return .error(location, message, hint: .pageMissingHint(), fix: fix)
    }

    static func hasScheme(_ url: String) -> Bool {
        // ASCII fast path: a scheme is letters, digits, '+', '-' and '.' before the first ':'.
        var sawLetter = false
        for (offset, byte) in url.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if offset == 0 { return false }
            case UInt8(ascii: ":"): return sawLetter
            case 0x80...: return hasUnicodeScheme(url)
            default: return false
            }
        }
        return false
    }

    private static func hasUnicodeScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    static func splitFragment(_ url: String) -> (String, String?) {
        guard let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }
}

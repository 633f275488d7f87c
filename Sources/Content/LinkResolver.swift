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
            return (nil, .error(location, "empty link destination", hint: "write the page's path between the parentheses"), nil)
        }
        if Self.hasScheme(url) || url.hasPrefix("//") {
            if isImage && URLSafety.isExternal(url) {
                // The pages' Content-Security-Policy shows only the site's own images (img-src 'self'),
                // and loading one from elsewhere would tell that site who reads the page.
                return (nil, .error(location, "the image '\(url.prefix(60))' is on another site, and pages show only the site's own images",
                                    hint: "save the image (if its licence allows) in content/ next to this page and link to it by its file name"), nil)
            }
            if !allowUnsafeURLs && MarkdownDocument.isDangerousURL(url, isImage: isImage) {
                return ("#", .warning(location, "unsafe link '\(url.prefix(40))' was removed",
                                      hint: "only web addresses are allowed; set 'unsafe: true' in kennisbank.yml to allow script links"), nil)
            }
            return (nil, nil, nil)
        }
        let (pathPart, fragment) = Self.splitFragment(url)
        if pathPart.isEmpty {
            // The index holds the page's anchors as a set already; Page.anchors would build one per link.
            let summary = index.page(at: page.contentPath) ?? PageSummary(page)
            return (nil, checkAnchor(fragment, in: summary, at: location, budget: suggestions), nil)
        }
        let decoded = pathPart.utf8.contains(UInt8(ascii: "%")) ? (pathPart.removingPercentEncoding ?? pathPart) : pathPart
        let folder = ContentPath.folder(of: page.contentPath)
        guard let target = ContentPath.resolve(decoded, from: folder) else {
            return (nil, .error(location, "link '\(url)' points outside content/",
                                hint: "link to a file inside content/, relative to this file"), nil)
        }
        if let summary = pageFor(target) {
            let diagnostic = fragment.flatMap { checkAnchor($0, in: summary, at: location, budget: suggestions) }
            return (page.route.relativeURL(to: summary.route, fragment: fragment), diagnostic, summary.contentPath)
        }
        if !target.hasSuffix(".md") && index.staticFiles.contains(target) {
            return (page.route.relativeURL(toFile: target, fragment: fragment), nil, nil)
        }
        return (nil, missing(url: url, target: target, isImage: isImage, at: location, budget: suggestions), nil)
    }

    private func pageFor(_ target: String) -> PageSummary? {
        if let page = index.page(at: target) { return page }
        let folder = target.hasSuffix("/") ? String(target.dropLast()) : target
        if let page = index.page(at: folder.isEmpty ? "index.md" : folder + "/_index.md") { return page }
        return nil
    }

    private func checkAnchor(_ fragment: String?, in target: PageSummary, at location: SourceLocation, budget: SuggestionBudget?) -> Diagnostic? {
        guard let fragment, !fragment.isEmpty else { return nil }
        let id = fragment.utf8.contains(UInt8(ascii: "%")) ? (fragment.removingPercentEncoding ?? fragment) : fragment
        if target.anchors.contains(id) || id.hasPrefix("fn-") || id.hasPrefix("fnref-") { return nil }
        var hint = "link to one of the headings of content/\(target.contentPath)"
        if let guess = target.anchorSuggestions.closest(to: id, budget: budget) {
            hint = "did you mean '#\(guess)'? " + hint
        } else if !target.anchors.isEmpty {
            hint += ": " + target.anchorSuggestions.listed(atMost: 8, prefix: "#")
        }
        return .error(location, "anchor '#\(id)' does not exist in content/\(target.contentPath)", hint: hint)
    }

    private func missing(url: String, target: String, isImage: Bool, at location: SourceLocation, budget: SuggestionBudget?) -> Diagnostic {
        if index.omittedDrafts.contains(target) {
            return .error(location, "link '\(url)' points to a draft page",
                          hint: "publish content/\(target) (remove 'draft: true') or remove the link; 'kennisbank build --drafts' shows drafts")
        }
        let suggestions = isImage ? index.fileSuggestions : index.pageSuggestions
        var hint = isImage ? "put the image in content/ and link to it relative to this file"
                           : "link to an existing page by its path relative to this file, ending in .md"
        if let guess = suggestions.closest(to: target, budget: budget) {
            hint = "did you mean '\(guess)' (content/\(guess))? " + hint
        }
        let what = isImage ? "image" : (target.hasSuffix(".md") ? "page" : "file")
        return .error(location, "\(what) '\(url)' does not exist (looked for content/\(target))", hint: hint)
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

import Content
import Foundation
import Glossary
import Pages

/// How the site index changed between two builds, in the terms the transform and render steps
/// depend on: link targets (routes and anchors), glossary names, and what every page shows of
/// other pages (titles, order, navigation, the glossary).
struct IndexDelta: Sendable {
    /// The index was built anew: pages with diagnostics (whose hints quote the whole index) and
    /// quizzes (validated against it) are transformed again.
    var rebuilt = false
    /// Content paths that appeared, disappeared or whose anchors changed: pages that link to them
    /// are transformed again.
    var linkTargets: Set<String> = []
    /// Every page is transformed again: glossary names or routes, static files, or the config changed.
    var retransformAll = false
    /// Every page is rendered again: the page set changed, or a section's, term's or quiz's title,
    /// description or weight (navigation, breadcrumbs, overviews), or how the glossary is shown.
    var rerenderAll = false
    /// Ordinary pages whose title, description or weight changed: the pages that show them
    /// (section listing, pagers, backlinks, quiz links) are rendered again.
    var displayChanged: Set<String> = []

    /// Nothing changed.
    static let none = IndexDelta(rebuilt: false)

    private init(rebuilt: Bool) { self.rebuilt = rebuilt }

    /// The difference between `old` and `new`; everything when there is no old index.
    init(from old: SiteAssembly?, to new: SiteAssembly) {
        rebuilt = true
        guard let old else {
            retransformAll = true
            rerenderAll = true
            return
        }
        let before = Dictionary(uniqueKeysWithValues: old.index.pages.map { ($0.contentPath, $0) })
        let after = Dictionary(uniqueKeysWithValues: new.index.pages.map { ($0.contentPath, $0) })
        for (path, page) in after {
            guard let previous = before[path] else {
                linkTargets.insert(path)
                rerenderAll = true
                continue
            }
            if previous.anchors != page.anchors { linkTargets.insert(path) }
            if !Self.sameDisplay(previous, page) {
                // A main-menu entry is on every page.
                let inMenu = previous.menu == true || page.menu == true
                if page.kind == .page && previous.kind == .page && previous.sectionPath == page.sectionPath && !inMenu {
                    displayChanged.insert(path)
                } else {
                    rerenderAll = true
                }
            }
        }
        for path in before.keys where after[path] == nil {
            linkTargets.insert(path)
            rerenderAll = true
        }
        if Self.linkSignature(old.glossary) != Self.linkSignature(new.glossary) || old.index.staticFiles != new.index.staticFiles {
            retransformAll = true
        }
        if Self.displaySignature(old.glossary) != Self.displaySignature(new.glossary) || old.glossary.related != new.glossary.related
            || old.quizzesBySection != new.quizzesBySection {
            rerenderAll = true
        }
    }

    /// Everything but the anchors, which only link resolution reads.
    private static func sameDisplay(_ lhs: PageSummary, _ rhs: PageSummary) -> Bool {
        lhs.kind == rhs.kind && lhs.route == rhs.route && lhs.sectionPath == rhs.sectionPath && lhs.title == rhs.title
            && lhs.description == rhs.description && lhs.weight == rhs.weight && lhs.menu == rhs.menu && lhs.file == rhs.file
    }

    /// What glossary linking reads: every name and where its term lives.
    private static func linkSignature(_ glossary: GlossaryIndex) -> [String] {
        glossary.terms.values.map { term in
            ([term.slug, term.title, term.route.path, term.contentPath] + term.aliases.map(\.value)).joined(separator: "\u{1}")
        }.sorted()
    }

    /// What pages show of the terms: titles, aliases, 'zie ook' entries. Short definitions are
    /// shown as their term page renders them, and followed page by page (`SiteBuilder`).
    private static func displaySignature(_ glossary: GlossaryIndex) -> [String] {
        glossary.terms.values.map { term in
            ([term.slug, term.title, term.file] + term.aliases.map(\.value) + ["\u{2}"] + term.related.map(\.value))
                .joined(separator: "\u{1}")
        }.sorted()
    }
}

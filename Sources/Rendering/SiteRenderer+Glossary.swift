import Content
import Foundation
import Glossary
import Pages
import SiteModel

extension SiteRenderer {
    /// A term page lists at most this many pages under 'Komt voor in', and offers a search for the
    /// rest: a term on thousands of pages made a page of a megabyte that nobody reads to the end.
    static let backlinkLimit = 100

    /// What may stand unescaped in a query value.
    static let queryValueCharacters = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&+=#"))

    /// The letter a term is filed under: its first letter, with the Dutch 'IJ' kept together.
    package static func letter(for title: String) -> String {
        let folded = Slug.fold(title)
        if folded.hasPrefix("ij") { return "IJ" }
        guard let first = folded.first(where: { $0.isLetter || $0.isNumber }) else { return "#" }
        return first.isLetter ? String(first).uppercased() : "#"
    }

    /// Dutch sort key: case and diacritics folded; 'ij' sorts as one letter between 'i' and 'j'.
    package static func sortKey(for title: String) -> String {
        Slug.fold(title)
    }

    package func glossaryIndexContext(from route: Route) -> [String: Any] {
        // Sort keys made once per term, not once per comparison.
        let terms = glossary.terms.values.map { (key: Self.sortKey(for: $0.title), term: $0) }
            .sorted { ($0.key, $0.term.slug) < ($1.key, $1.term.slug) }
            .map(\.term)
        var groups: [(letter: String, terms: [GlossaryTerm])] = []
        for term in terms {
            let letter = Self.letter(for: term.title)
            if groups.last?.letter == letter { groups[groups.count - 1].terms.append(term) } else { groups.append((letter, [term])) }
        }
        groups.sort { $0.letter < $1.letter }
        return [
            "letters": groups.map { ["letter": $0.letter, "id": "letter-" + $0.letter.lowercased()] },
            "groups": groups.map { group in
                [
                    "letter": group.letter,
                    "id": "letter-" + group.letter.lowercased(),
                    "terms": group.terms.map { term -> [String: Any] in
                        let definition = pages[term.contentPath]?.definitionHTML ?? HTMLEscaping.escape(term.definition)
                        return ["title": term.title, "url": route.relativeURL(to: term.route),
                                "definition": LayoutContext.unlinked(definition)]
                    },
                ] as [String: Any]
            },
            "termCount": terms.count,
        ]
    }

    package func termContext(_ processed: ProcessedPage) -> [String: Any] {
        let page = processed.page
        let slug = String(page.contentPath.split(separator: "/").last!.dropLast(3))
        var context: [String: Any] = [:]
        if let definition = processed.definitionHTML { context["definition"] = definition }
        if let term = glossary.terms[slug], !term.aliases.isEmpty {
            context["aliases"] = term.aliases.map(\.value).joined(separator: ", ")
        }
        let related = (glossary.related[slug] ?? []).compactMap { glossary.terms[$0] }
        if !related.isEmpty {
            context["related"] = related.map { ["title": $0.title, "url": page.route.relativeURL(to: $0.route)] }
            context["hasRelated"] = true
        }
        var groups: [String: [BacklinkEntry]] = [:]
        var groupOrder: [String: PageSummary] = [:]
        // Pages in one folder link alike to any page that is not inside one of them.
        let folder = ContentPath.folder(of: page.route.path)
        let inside = page.route.path + "/"
        func makeEntry(_ path: String) -> BacklinkEntry? {
            guard let source = index.page(at: path) else { return nil }
            let top = source.topSectionFolder
            let section = index.sectionPage(top)
            return .init(summary: source, group: top.isEmpty ? templates.texts.text("term.general") : (section?.title ?? top), section: section,
                         link: link(to: source, from: page.route))
        }
        var listed = (backlinks[slug] ?? []).filter { $0 != page.contentPath }
        let total = listed.count
        if total > Self.backlinkLimit {
            // A term on thousands of pages: the first ones in the order of the list, and the search for the rest.
            // One more than shown: the term's own page can be among them.
            let ranks = backlinkRanks.value(for: 0) {
                BacklinkRanks(index: index, glossary: glossary, pages: pages, keep: Self.backlinkLimit + 1,
                              general: templates.texts.text("term.general"))
            }
            listed = Array(ranks.first(ofTerm: glossary.number(of: slug) ?? -1).filter { $0 != page.contentPath }
                .prefix(Self.backlinkLimit))
            let title = glossary.terms[slug]?.title ?? page.title
            context["moreBacklinks"] = [
                "count": total - listed.count,
                "term": title,
                "searchURL": page.route.relativeURL(toFile: "zoeken/index.html") + "?q="
                    + (title.addingPercentEncoding(withAllowedCharacters: Self.queryValueCharacters) ?? ""),
            ] as [String: Any]
        }
        for path in listed {
            let made = path.hasPrefix(inside) ? makeEntry(path)
                : backlinkEntries.value(for: .init(path: path, fromFolder: folder)) { makeEntry(path) }
            guard let entry = made else { continue }
            groups[entry.group, default: []].append(entry)
            if let section = entry.section { groupOrder[entry.group] = section }
        }
        if !groups.isEmpty {
            let names = groups.keys.sorted { lhs, rhs in
                switch (groupOrder[lhs], groupOrder[rhs]) {
                case let (l?, r?): return PageSummary.inSiteOrder(l, r)
                case (nil, .some): return true
                case (.some, nil): return false
                default: return lhs < rhs
                }
            }
            context["hasBacklinks"] = true
            context["backlinkGroups"] = names.map { name in
                ["section": name,
                 "pages": groups[name]!.sorted { PageSummary.inSiteOrder($0.summary, $1.summary) }.map(\.link)] as [String: Any]
            }
        }
        return context
    }
}

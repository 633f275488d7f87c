import FrontMatter
import Search
import SiteModel

/// Reads the `synoniemen` of the site config: a list of groups, each a list of words or phrases that
/// search treats as one another. Every mistake is reported where it was written.
enum SynonymsLoader {
    static let key = "synoniemen"


    static func read(_ node: FrontMatterNode?, into diagnostics: inout [Diagnostic]) -> [[String]] {
        guard let node, !node.isNull else { return [] }
        guard let groups = node.items else {
            diagnostics.append(.error(node.location, .synonymsNotList(found: node.kindName), hint: .synonymsExampleHint()))
            return []
        }
        let tokenizer = SearchTokenizer()
        var result: [[String]] = []
        for group in groups {
            guard let items = group.items else {
                let found = group.scalar.map { Phrase(english: "the text '\($0)'", dutch: "de tekst '\($0)'") } ?? group.kindName
                diagnostics.append(.error(group.location, .synonymGroupNotList(found: found), hint: .synonymsExampleHint()))
                continue
            }
            var phrases: [String] = []
            var seen: [[String]: String] = [:]
            for item in items {
                guard let text = item.scalar, !item.isNull else {
                    diagnostics.append(.error(item.location, .synonymNotText(found: item.kindName), hint: .synonymsExampleHint()))
                    continue
                }
                let terms = tokenizer.tokens(in: text)
                if terms.isEmpty {
                    diagnostics.append(.error(item.location, .synonymOnlyCommonWords(text), hint: .synonymOnlyCommonWordsHint()))
                } else if let earlier = seen[terms] {
                    diagnostics.append(.warning(item.location, .synonymSame(text, as: earlier), hint: .removeOneHint()))
                } else {
                    seen[terms] = text
                    phrases.append(text)
                }
            }
            if phrases.count >= 2 {
                result.append(phrases)
            } else if items.count < 2 {
                diagnostics.append(.error(group.location, .synonymGroupTooSmall(items.count), hint: .synonymGroupTooSmallHint()))
            }
        }
        return result
    }
}

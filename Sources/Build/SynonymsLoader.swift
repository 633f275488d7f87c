import FrontMatter
import Search
import SiteModel

/// Reads the `synoniemen` of the site config: a list of groups, each a list of words or phrases that
/// search treats as one another. Every mistake is reported where it was written.
enum SynonymsLoader {
    static let key = "synoniemen"
    private static let example = "write each group on its own line, like '  - [klacht, melding]'"

    static func read(_ node: FrontMatterNode?, into diagnostics: inout [Diagnostic]) -> [[String]] {
        guard let node, !node.isNull else { return [] }
        guard let groups = node.items else {
            diagnostics.append(.error(node.location, "'\(key)' must be a list of groups, found \(node.kindName)", hint: example))
            return []
        }
        let tokenizer = SearchTokenizer()
        var result: [[String]] = []
        for group in groups {
            guard let items = group.items else {
                let found = group.scalar.map { "the text '\($0)'" } ?? group.kindName
                diagnostics.append(.error(group.location, "each group of '\(key)' must be a list of two or more words or phrases, found \(found)",
                                          hint: example))
                continue
            }
            var phrases: [String] = []
            var seen: [[String]: String] = [:]
            for item in items {
                guard let text = item.scalar, !item.isNull else {
                    diagnostics.append(.error(item.location, "each synonym must be a word or phrase, found \(item.kindName)", hint: example))
                    continue
                }
                let terms = tokenizer.tokens(in: text)
                if terms.isEmpty {
                    diagnostics.append(.error(item.location, "'\(text)' has no word that search uses: it holds only very common words such as 'de' or 'een', which search skips",
                                              hint: "use a more specific word or phrase, or remove it"))
                } else if let earlier = seen[terms] {
                    diagnostics.append(.warning(item.location, "'\(text)' finds the same as '\(earlier)' in this group: search already treats word forms alike",
                                                hint: "remove one of the two"))
                } else {
                    seen[terms] = text
                    phrases.append(text)
                }
            }
            if phrases.count >= 2 {
                result.append(phrases)
            } else if items.count < 2 {
                diagnostics.append(.error(group.location, "a group of '\(key)' needs at least two words or phrases, found \(items.count)",
                                          hint: "add a word that means the same, like '  - [klacht, melding]', or remove the group"))
            }
        }
        return result
    }
}

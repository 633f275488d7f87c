/// Finds the chosen options in an answer written as labels joined by a separator (' | ' in the
/// CSV, '; ' in the mail). A label may itself contain the separator, so the text is matched
/// against the labels in option order (the order the page writes them) rather than split.
enum LabelMatcher {
    /// The option indexes whose labels, in option order and joined by `separator`, make `text`;
    /// nil when no such choice exists.
    static func match(_ text: String, labels: [String], separator: String, multiple: Bool) -> [Int]? {
        if !multiple {
            return labels.firstIndex(of: text).map { [$0] }
        }
        let target = Array(text.utf8)
        let encoded = labels.map { Array($0.utf8) }
        let glue = Array(separator.utf8)
        // Depth-first over options in order; `from` is the next option that may follow. Places that
        // led nowhere are remembered, so a hostile text costs at most positions × options steps.
        var failed: Set<Int> = []
        func search(at position: Int, from option: Int) -> [Int]? {
            if position == target.count { return [] }
            let key = position * (encoded.count + 1) + option
            if failed.contains(key) { return nil }
            var index = option
            while index < encoded.count {
                let label = encoded[index]
                let end = position + label.count
                if !label.isEmpty, end <= target.count, target[position..<end].elementsEqual(label) {
                    if end == target.count { return [index] }
                    let next = end + glue.count
                    if next < target.count, target[end..<next].elementsEqual(glue), let rest = search(at: next, from: index + 1) {
                        return [index] + rest
                    }
                }
                index += 1
            }
            failed.insert(key)
            return nil
        }
        return search(at: 0, from: 0)
    }
}

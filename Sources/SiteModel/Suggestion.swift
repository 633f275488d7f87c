/// 'Did you mean' suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` (case-insensitive), if it is close enough to be a likely
    /// typo. For a set that is asked many times, keep a `SuggestionIndex` instead.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        SuggestionIndex(candidates).closest(to: word)
    }

    /// The largest distance any candidate may have from a word of `length` characters.
    static func maxDistance(forLength length: Int) -> Int { max(2, length / 3) }

    /// A third of the shorter length, but at least two, and never the whole word: a one- or
    /// two-letter word is 'close' to almost anything, so only real near-misses count.
    static func isCloseEnough(distance: Int, word: Int, candidate: Int) -> Bool {
        distance <= max(2, min(word, candidate) / 3) && distance < word
    }

    /// Levenshtein distance between `a` and `b` if it is at most `limit`, else nil. Only the band
    /// of `2 * limit + 1` diagonals can hold such a distance, and the work stops as soon as a whole
    /// row of the band is past the limit, so a far-off candidate costs a few rows.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let outside = limit + 1
        var previous = [Int](repeating: outside, count: b.count + 1)
        var current = previous
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[low - 1] = low == 1 && i <= limit ? i : outside
            var rowMinimum = current[low - 1]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    current[j] = min(value, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = outside }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

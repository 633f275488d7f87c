import Foundation

/// 'Did you mean' over one set of candidates, built for sets as large as every page of a site and
/// for many look-ups: renaming a folder breaks thousands of links at once. A look-up only measures
/// candidates whose length is close enough to be a near-miss and that share enough character pairs
/// with the word (two strings within edit distance d share all but 2d of their distinct pairs),
/// with a distance that stops as soon as it passes the best so far; answers are remembered, so the
/// thousand links to one missing page cost one look-up.
///
/// The answer is the same as comparing the word with every candidate: the closest candidate that is
/// close enough (see `Suggestion.isCloseEnough`), the alphabetically first of equally close ones.
public final class SuggestionIndex: @unchecked Sendable {
    /// As given; sorted and made unique on the first look-up, which most builds never make.
    private let given: [String]
    /// Guards `prepared` and `answers`; lookups run on every core.
    private let lock = NSLock()
    private var prepared: Prepared?
    private var answers: [String: String?] = [:]

    /// An index over `candidates`; nothing is computed until the first look-up.
    public init<S: Sequence>(_ candidates: S) where S.Element == String {
        given = Array(candidates)
    }

    /// The closest candidate to `word`, if one is close enough to be a likely typo.
    public func closest(to word: String) -> String? {
        lock.lock()
        let known = answers[word]
        lock.unlock()
        if let known { return known }
        let prepared = preparedIndex()
        let answer = prepared.closest(to: word).map { prepared.candidates[$0] }
        lock.lock()
        answers[word] = answer
        lock.unlock()
        return answer
    }

    /// The alphabetically first `count` candidates, for a hint that lists some of them.
    public func first(_ count: Int) -> [String] {
        Array(preparedIndex().candidates.prefix(count))
    }

    private func preparedIndex() -> Prepared {
        lock.lock()
        defer { lock.unlock() }
        let prepared = self.prepared ?? Prepared(Array(Set(given)).sorted())
        self.prepared = prepared
        return prepared
    }

    /// The candidates as lowercased scalars, grouped by length and by the character pairs in them.
    private struct Prepared {
        let candidates: [String]
        let folded: [[Unicode.Scalar]]
        let byLength: [Int: [Int32]]
        let byPair: [UInt64: [Int32]]

        init(_ candidates: [String]) {
            self.candidates = candidates
            folded = candidates.map { Array($0.lowercased().unicodeScalars) }
            var byLength: [Int: [Int32]] = [:]
            var byPair: [UInt64: [Int32]] = [:]
            for (index, scalars) in folded.enumerated() {
                byLength[scalars.count, default: []].append(Int32(index))
                guard candidates.count > 64 else { continue }
                for pair in Self.pairs(scalars) { byPair[pair, default: []].append(Int32(index)) }
            }
            self.byLength = byLength
            self.byPair = byPair
        }

        static func pairs(_ scalars: [Unicode.Scalar]) -> Set<UInt64> {
            var result = Set<UInt64>()
            if scalars.count > 1 {
                for index in 1..<scalars.count { result.insert(UInt64(scalars[index - 1].value) << 32 | UInt64(scalars[index].value)) }
            }
            return result
        }

        func closest(to word: String) -> Int? {
            let needle = Array(word.lowercased().unicodeScalars)
            let slack = Suggestion.maxDistance(forLength: needle.count)
            guard !needle.isEmpty else { return nil }
            var similar: [Int32] = []
            for length in max(0, needle.count - slack)...(needle.count + slack) { similar += byLength[length] ?? [] }
            var checked = similar.sorted()
            // Small sets are cheaper to measure than to filter.
            if similar.count > 64 {
                let pairs = Self.pairs(needle)
                var required = pairs.count - 2 * slack
                var shared: [Int32: Int] = [:]
                for pair in pairs {
                    guard let postings = byPair[pair] else { continue }
                    // A pair nearly every candidate has filters nothing; leave it out of the count.
                    if postings.count > max(64, folded.count / 4) { required -= 1; continue }
                    for candidate in postings { shared[candidate, default: 0] += 1 }
                }
                if required > 0 {
                    let lengths = max(0, needle.count - slack)...(needle.count + slack)
                    checked = shared.compactMap { $0.value >= required && lengths.contains(folded[Int($0.key)].count) ? $0.key : nil }.sorted()
                }
            }
            var best: (index: Int, distance: Int)?
            for candidate in checked {
                let scalars = folded[Int(candidate)]
                let limit = min(best.map { $0.distance - 1 } ?? slack, slack)
                guard let distance = Suggestion.editDistance(needle, scalars, atMost: limit) else { continue }
                if Suggestion.isCloseEnough(distance: distance, word: needle.count, candidate: scalars.count) {
                    best = (Int(candidate), distance)
                    if distance == 0 { break }
                }
            }
            return best?.index
        }
    }
}

import Foundation

/// 'Did you mean' over one set of candidates, built for sets as large as every page of a site and
/// for many look-ups: renaming a folder breaks thousands of links at once. A look-up only measures
/// candidates whose length is close enough to be a near-miss and whose mix of characters is close
/// enough too (a lower bound of the edit distance from a 64-bit summary per candidate), with a
/// distance that stops as soon as it passes the best so far; answers are remembered, so the
/// thousand links to one missing page cost one look-up.
///
/// The answer is the same as comparing the word with every candidate: the closest candidate that is
/// close enough (see `Suggestion.isCloseEnough`), the alphabetically first of equally close ones.
///
/// Unchecked `Sendable`: the candidates never change after `init`, and the lazily prepared summaries and the
/// remembered answers (`prepared`, `answers`) are read and written only while `lock` is held.
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

    /// The closest candidate to `word`, if one is close enough to be a likely typo; nil without a
    /// look-up when `budget` (that of the file the mistake is in) has none left.
    public func closest(to word: String, budget: SuggestionBudget? = nil) -> String? {
        if let budget, !budget.take() { return nil }
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

    /// The alphabetically first `count` candidates (each after `prefix`), joined by commas and
    /// followed by '...' when there are more: a hint that lists candidates stays short however
    /// many there are, so thousands of mistakes cannot each carry the whole set.
    public func listed(atMost count: Int, prefix: String = "") -> String {
        let shown = first(count + 1)
        return shown.prefix(count).map { prefix + $0 }.joined(separator: ", ") + (shown.count > count ? ", ..." : "")
    }

    private func preparedIndex() -> Prepared {
        lock.lock()
        defer { lock.unlock() }
        let prepared = self.prepared ?? Prepared(Array(Set(given)).sorted())
        self.prepared = prepared
        return prepared
    }

    /// For each candidate (sorted, unique) a summary of the characters of its lowercased text, and
    /// the candidates by the length of that text. Twelve bytes per candidate: the index is built
    /// while every page's Markdown tree is held, the build's peak.
    private struct Prepared {
        let candidates: [String]
        let bags: [UInt64]
        let byLength: [Int: [Int32]]

        init(_ candidates: [String]) {
            self.candidates = candidates
            var bags: [UInt64] = [], byLength: [Int: [Int32]] = [:]
            bags.reserveCapacity(candidates.count)
            for (index, candidate) in candidates.enumerated() {
                let scalars = Array(candidate.lowercased().unicodeScalars)
                bags.append(Self.bag(scalars))
                byLength[scalars.count, default: []].append(Int32(index))
            }
            (self.bags, self.byLength) = (bags, byLength)
        }

        /// How many of the characters fall in each of 16 groups (by code point modulo 16), in four
        /// bits each, stopping at 15. An insertion or deletion changes one count by one and a
        /// substitution at most two, so half the summed differences of two bags (`bagDistance`)
        /// never exceeds the edit distance, whatever the grouping and the stopping do.
        static func bag(_ scalars: [Unicode.Scalar]) -> UInt64 {
            var bag: UInt64 = 0
            for scalar in scalars {
                let shift = UInt64(scalar.value & 15) * 4
                if (bag >> shift) & 15 < 15 { bag += 1 << shift }
            }
            return bag
        }

        static func bagDistance(_ a: UInt64, _ b: UInt64) -> Int {
            var total = 0
            for shift in stride(from: UInt64(0), to: 64, by: 4) {
                total += abs(Int((a >> shift) & 15) - Int((b >> shift) & 15))
            }
            return total
        }

        func closest(to word: String) -> Int? {
            let needle = Array(word.lowercased().unicodeScalars)
            guard !needle.isEmpty else { return nil }
            let slack = Suggestion.maxDistance(forLength: needle.count)
            let needleBag = Self.bag(needle)
            var best: (index: Int, distance: Int)?
            for length in max(0, needle.count - slack)...(needle.count + slack) {
                for candidate in byLength[length] ?? [] {
                    let index = Int(candidate)
                    // Equally close but alphabetically later can never win: the limit allows the
                    // best distance so far only to candidates before the best one.
                    let limit = min(best.map { index < $0.index ? $0.distance : $0.distance - 1 } ?? slack, slack)
                    guard limit >= 0, Self.bagDistance(needleBag, bags[index]) <= 2 * limit else { continue }
                    let scalars = Array(candidates[index].lowercased().unicodeScalars)
                    guard let distance = Suggestion.editDistance(needle, scalars, atMost: limit),
                          Suggestion.isCloseEnough(distance: distance, word: needle.count, candidate: scalars.count) else { continue }
                    best = (index, distance)
                }
            }
            return best?.index
        }
    }
}

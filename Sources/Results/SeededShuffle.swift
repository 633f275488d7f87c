import SiteModel

/// A shuffle whose order depends only on the items: the same answers always give the same report
/// (the project's output is deterministic), yet the order follows neither the order the files were
/// given in nor their names, so it cannot tell who wrote what.
public enum SeededShuffle {
    /// `items` sorted, then shuffled (Fisher–Yates) by a generator seeded from all of them and `salt`.
    public static func shuffled(_ items: [String], salt: String) -> [String] {
        var result = items.sorted()
        let seed = SHA256.digest(Array((salt + "\u{0}" + result.joined(separator: "\u{0}")).utf8))
        var generator = SplitMix64(seed: seed.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            let other = generator.below(index + 1)
            result.swapAt(index, other)
        }
        return result
    }
}

// The original Snowball Dutch stemmer (Porter style, M.F. Porter 2001): `dutch_porter.sbl`, which
// snowballstemmer 3.x ships as "dutch_porter" and 2.x shipped as "dutch". Snowball 3.0 gave the name
// "dutch" to a new, more aggressive algorithm (it strips "ge-" prefixes: "gelijkheid" -> "lijk",
// "racisme" -> "raac"); we keep the classic one because its stems stay readable and predictable.
// themes/default/assets/js/stemmer.js is a line-by-line twin of this file: change both together.
// Tests/SearchTests/Data holds the reference stems made by scripts/make-stem-data.py.

/// Reduces a lowercase Dutch word to its stem with the classic Snowball Dutch algorithm.
public struct DutchStemmer: Sendable {
    /// Creates a stemmer; it holds no state, so one instance can be shared freely.
    public init() {}

    /// Returns the stem of a lowercase word (the caller lowercases; digits and other scripts pass through).
    public func stem(_ word: String) -> String {
        var run = DutchStemmerRun(Array(word.unicodeScalars))
        run.prelude()
        run.markRegions()
        run.standardSuffix()
        run.postlude()
        var result = String.UnicodeScalarView()
        result.append(contentsOf: run.word)
        return String(result)
    }
}

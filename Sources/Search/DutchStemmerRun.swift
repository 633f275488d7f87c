// One run of the classic Snowball Dutch stemmer; see DutchStemmer.swift for the algorithm's origin.
// Each step names the Snowball rule it mirrors so the twin in stemmer.js can be read side by side.

/// The working state of one stemming run: the word as code points (as Snowball counts) and its regions.
struct DutchStemmerRun {
    var word: [Unicode.Scalar]
    /// Start of region R1 and R2 (positions from the start of the word; suffixes only ever shrink the end).
    var p1 = 0
    var p2 = 0
    var eFound = false

    init(_ word: [Unicode.Scalar]) {
        self.word = word
        p1 = word.count
        p2 = word.count
    }

    // MARK: groupings ('I' and 'Y' are the marked consonant forms of i and y)

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        // A switch, not a search of "aeiouyè": stemming every distinct word of a site calls this often.
        switch c {
        case "a", "e", "i", "o", "u", "y", "è": return true
        default: return false
        }
    }
    static func isVowelOrI(_ c: Unicode.Scalar) -> Bool { c == "I" || isVowel(c) }
    static func isVowelOrJ(_ c: Unicode.Scalar) -> Bool { c == "j" || isVowel(c) }

    // MARK: prelude and postlude

    mutating func prelude() {
        for i in word.indices {
            switch word[i] {
            case "ä", "á": word[i] = "a"
            case "ë", "é": word[i] = "e"
            case "ï", "í": word[i] = "i"
            case "ö", "ó": word[i] = "o"
            case "ü", "ú": word[i] = "u"
            default: break
            }
        }
        if word.first == "y" { word[0] = "Y" }
        // After each vowel, an 'i' that is followed by a vowel and any 'y' are consonants.
        var c = 0
        while let vowel = word[c...].firstIndex(where: DutchStemmerRun.isVowel) {
            c = vowel + 1
            guard c < word.count else { break }
            if word[c] == "i" {
                c += 1
                if c < word.count, DutchStemmerRun.isVowel(word[c]) { word[c - 1] = "I" }
            } else if word[c] == "y" {
                word[c] = "Y"
                c += 1
            }
        }
    }

    mutating func postlude() {
        for i in word.indices {
            if word[i] == "Y" { word[i] = "y" } else if word[i] == "I" { word[i] = "i" }
        }
    }

    /// R1 starts after the first non-vowel that follows a vowel, but not before position 3; R2 likewise after R1.
    mutating func markRegions() {
        guard word.count >= 3 else { return }
        guard let end1 = regionEnd(from: 0) else { return }
        p1 = max(end1, 3)
        guard let end2 = regionEnd(from: end1) else { return }
        p2 = end2
    }

    /// Position just after the first vowel-then-non-vowel pair at or after `start`.
    private func regionEnd(from start: Int) -> Int? {
        guard let vowel = word[start...].firstIndex(where: DutchStemmerRun.isVowel) else { return nil }
        guard let consonant = word[(vowel + 1)...].firstIndex(where: { !DutchStemmerRun.isVowel($0) }) else { return nil }
        return consonant + 1
    }

    // MARK: suffix helpers (all work at the end of the word)

    func endsWith(_ suffix: String) -> Bool {
        // Compared in place, without copying either side into an array.
        var i = word.count
        for scalar in suffix.unicodeScalars.reversed() {
            i -= 1
            guard i >= 0, word[i] == scalar else { return false }
        }
        return true
    }

    /// The first of `suffixes` that ends the word; callers list longer suffixes first, as Snowball's `among` does.
    func longestSuffix(_ suffixes: [String]) -> String? {
        suffixes.first(where: endsWith)
    }

    func start(of suffix: String) -> Int { word.count - suffix.unicodeScalars.count }

    /// The code point just before position `i`, if there is one.
    func before(_ i: Int) -> Unicode.Scalar? { i > 0 ? word[i - 1] : nil }

    mutating func cut(_ suffix: String) { word.removeLast(suffix.unicodeScalars.count) }

    /// Removes the last letter of a final "dd", "kk" or "tt".
    @discardableResult
    mutating func undouble() -> Bool {
        guard longestSuffix(["dd", "kk", "tt"]) != nil else { return false }
        word.removeLast()
        return true
    }

    /// Deletes a final "e" in R1 after a non-vowel, then undoubles; records that it did for "-bar".
    mutating func eEnding() {
        eFound = false
        guard endsWith("e") else { return }
        let i = word.count - 1
        guard i >= p1, let prev = before(i), !DutchStemmerRun.isVowel(prev) else { return }
        word.removeLast()
        eFound = true
        undouble()
    }

    /// Deletes a final `suffix` ("en" or "ene") in R1 after a non-vowel that does not end "gem", then undoubles.
    mutating func enEnding(_ suffix: String) {
        let i = start(of: suffix)
        guard i >= p1, let prev = before(i), !DutchStemmerRun.isVowel(prev) else { return }
        if i >= 3, Array(word[(i - 3)..<i]) == Array("gem".unicodeScalars) { return }
        cut(suffix)
        undouble()
    }

    // MARK: the main pass

    mutating func standardSuffix() {
        // Step 1: plural and genitive endings.
        if let suffix = longestSuffix(["heden", "ene", "en", "se", "s"]) {
            let i = start(of: suffix)
            switch suffix {
            case "heden":
                if i >= p1 { cut(suffix); word.append(contentsOf: "heid".unicodeScalars) }
            case "ene", "en":
                enEnding(suffix)
            default:
                if i >= p1, let prev = before(i), !DutchStemmerRun.isVowelOrJ(prev) { cut(suffix) }
            }
        }
        // Step 2: a final -e.
        eEnding()
        // Step 3a: -heid (not -cheid), and then an -en it uncovers.
        if endsWith("heid") {
            let i = start(of: "heid")
            if i >= p2, before(i) != "c" {
                cut("heid")
                if endsWith("en") { enEnding("en") }
            }
        }
        // Step 3b: derivational suffixes in R2.
        stepDerivational()
        // Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant ("maan" -> "man").
        let n = word.count
        if n >= 4, !DutchStemmerRun.isVowelOrI(word[n - 1]),
           ["aa", "ee", "oo", "uu"].contains(String(String.UnicodeScalarView(word[(n - 3)..<(n - 1)]))),
           !DutchStemmerRun.isVowel(word[n - 4]) {
            word.remove(at: n - 2)
        }
    }

    private mutating func stepDerivational() {
        guard let suffix = longestSuffix(["lijk", "baar", "end", "ing", "bar", "ig"]) else { return }
        let i = start(of: suffix)
        guard i >= p2 else { return }
        switch suffix {
        case "end", "ing":
            cut(suffix)
            if endsWith("ig"), start(of: "ig") >= p2, before(start(of: "ig")) != "e" {
                cut("ig")
            } else {
                undouble()
            }
        case "ig":
            if before(i) != "e" { cut(suffix) }
        case "lijk":
            cut(suffix)
            eEnding()
        case "baar":
            cut(suffix)
        default: // "bar"
            if eFound { cut(suffix) }
        }
    }
}

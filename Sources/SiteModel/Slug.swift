import Foundation

/// Dutch-friendly slugs for heading ids and URLs: 'Artikel 1 Grondwet' becomes `artikel-1-grondwet`,
/// 'één' becomes `een`.
public enum Slug {
    /// Lowercases, folds diacritics, and joins every run of letters and digits with a single hyphen.
    public static func make(_ text: String) -> String {
        let folded = fold(text)
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// Lowercases and removes diacritics ('Één' becomes 'een', 'ĳ' becomes 'ij').
    public static func fold(_ text: String) -> String {
        // Most titles and headings are plain ASCII; Foundation's folding goes through CFString.
        if text.utf8.allSatisfy({ $0 < 128 }) {
            return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ĳ", with: "ij")
            .replacingOccurrences(of: "ß", with: "ss")
    }

    /// Returns `base`, or `base-2`, `base-3`, ... whichever is not in `taken` yet, and records it.
    public static func unique(_ base: String, taken: inout Set<String>) -> String {
        let root = base.isEmpty ? "sectie" : base
        var candidate = root
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(root)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

/// How many columns of a terminal or monospace font a text takes: wide East Asian characters and
/// emoji take two, combining marks and zero-width characters none, tabs are counted by the caller.
/// A caret under a column of a line with CJK text or an emoji lands under the right character only
/// when the spaces before it are counted this way.
public enum DisplayWidth {
    /// The columns `text` takes, with a tab as `tabWidth` columns.
    public static func of<S: StringProtocol>(_ text: S, tabWidth: Int = 4) -> Int {
        var width = 0
        for character in text {
            width += of(character, tabWidth: tabWidth)
        }
        return width
    }

    /// The columns one character (grapheme cluster) takes.
    public static func of(_ character: Character, tabWidth: Int = 4) -> Int {
        if character == "\t" { return tabWidth }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        // An emoji shown as a picture: presentation by default, or text made a picture by VS16 (U+FE0F).
        if first.properties.isEmojiPresentation || (first.properties.isEmoji && scalars.contains("\u{FE0F}")) { return 2 }
        if isWide(first.value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, the blocks that matter:
    /// Hangul Jamo, CJK punctuation and ideographs, kana, Hangul syllables, compatibility forms,
    /// fullwidth forms and the supplementary ideograph planes).
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

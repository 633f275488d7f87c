extension Diagnostic {
    /// The message with what varies from one occurrence to the next left out: quoted texts,
    /// parenthesised remarks, paths and numbers. Thousands of broken links to a renamed folder
    /// share one kind, "page '…' does not exist (…)", so a long report can count them in a line.
    public var kind: String {
        var result = ""
        var quoted = false, parenthesised = 0
        var previous: Character = " "
        let characters = Array(message)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if quoted {
                // A quote ends a quoted text only before a space or punctuation: "'pagina's'".
                if character == "'", next == " " || next == "," || next == "." || next == ")" || next == ":" || next == ";" || next == "?" {
                    quoted = false
                    result += "…'"
                }
            } else if parenthesised > 0 {
                if character == "(" { parenthesised += 1 }
                if character == ")" { parenthesised -= 1; if parenthesised == 0 { result += "…)" } }
            } else if character == "'", previous == " " || previous == "(" || index == 0 {
                quoted = true
                result += "'"
            } else if character == "(" {
                parenthesised = 1
                result += "("
            } else if character.isNumber {
                if !result.hasSuffix("N") { result += "N" }
            } else {
                result.append(character)
            }
            previous = character
        }
        if quoted { result += "…'" }
        if parenthesised > 0 { result += "…)" }
        return result.split(separator: " ").map { $0.contains("/") ? "…" : String($0) }.joined(separator: " ")
    }
}

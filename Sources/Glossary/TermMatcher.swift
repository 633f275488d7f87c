/// Finds glossary names in text in one pass, whatever the number of names (Aho-Corasick over
/// lowercased characters), so the cost grows with the text and not with text times terms.
/// Matches are case-insensitive, whole words only (a letter with a diacritic is a letter, so
/// 'één' and 'gelijkwaardigheid' have no false boundaries), and leftmost-longest: 'institutioneel
/// racisme' wins over 'racisme'.
public struct TermMatcher: Sendable {
    private struct State: Sendable {
        var next: [Character: Int] = [:]
        var fail = 0
        /// Patterns ending here: (length, slug), longest first.
        var outputs: [(Int, String)] = []
    }

    private var states: [State] = [State()]

    /// Builds the automaton from name -> slug pairs.
    public init(names: [(name: String, slug: String)]) {
        for (name, slug) in names {
            let characters = Self.normalise(name)
            guard !characters.isEmpty else { continue }
            var state = 0
            for character in characters {
                if let next = states[state].next[character] {
                    state = next
                } else {
                    states.append(State())
                    states[state].next[character] = states.count - 1
                    state = states.count - 1
                }
            }
            states[state].outputs.append((characters.count, slug))
        }
        buildFailureLinks()
    }

    private mutating func buildFailureLinks() {
        var queue: [Int] = []
        for (_, child) in states[0].next.sorted(by: { $0.key < $1.key }) {
            states[child].fail = 0
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (character, child) in states[state].next.sorted(by: { $0.key < $1.key }) {
                var fallback = states[state].fail
                while fallback != 0 && states[fallback].next[character] == nil { fallback = states[fallback].fail }
                let target = states[fallback].next[character] ?? 0
                states[child].fail = target == child ? 0 : target
                states[child].outputs += states[states[child].fail].outputs
                queue.append(child)
            }
        }
        for index in states.indices { states[index].outputs.sort { $0.0 > $1.0 } }
    }

    /// Every whole-word, non-overlapping, leftmost-longest match in `text`.
    public func matches(in text: String) -> [TermMatch] {
        let characters = Array(text)
        let lowered = characters.map(Self.lower)
        var candidates: [TermMatch] = []
        var state = 0
        for (index, character) in lowered.enumerated() {
            while state != 0 && states[state].next[character] == nil { state = states[state].fail }
            state = states[state].next[character] ?? 0
            for (length, slug) in states[state].outputs {
                let start = index - length + 1
                if Self.isBoundary(characters, before: start) && Self.isBoundary(characters, after: index) {
                    candidates.append(TermMatch(start: start, length: length, slug: slug))
                }
            }
        }
        candidates.sort { $0.start != $1.start ? $0.start < $1.start : $0.length > $1.length }
        var result: [TermMatch] = []
        var end = 0
        for candidate in candidates where candidate.start >= end {
            result.append(candidate)
            end = candidate.start + candidate.length
        }
        return result
    }

    static func normalise(_ name: String) -> [Character] {
        Array(name.trimmingWhitespace()).map(lower)
    }

    static func lower(_ character: Character) -> Character {
        let lowered = character.lowercased()
        return lowered.count == 1 ? Character(lowered) : character
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    private static func isBoundary(_ characters: [Character], before index: Int) -> Bool {
        index == 0 || !isWordCharacter(characters[index - 1])
    }

    private static func isBoundary(_ characters: [Character], after index: Int) -> Bool {
        index + 1 >= characters.count || !isWordCharacter(characters[index + 1])
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var result = Substring(self)
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}

/// Finds glossary names in text in one pass, whatever the number of names (Aho-Corasick over
/// lowercased Unicode scalars), so the cost grows with the text and not with text times terms.
/// Matches are case-insensitive, whole words only (a letter with a diacritic is a letter, so
/// 'één' and 'gelijkwaardigheid' have no false boundaries), and leftmost-longest: 'institutioneel
/// racisme' wins over 'racisme'.
public struct TermMatcher: Sendable {
    /// Transition table: (state, scalar) -> next state. One cheap hash per character of text.
    private var transitions = TransitionTable()
    private var failure: [Int32] = [0]
    /// Patterns ending in each state: (length in scalars, slug index), longest first.
    private var outputs: [[(length: Int32, slug: Int32)]] = [[]]
    private var slugs: [String] = []

    /// Builds the automaton from name -> slug pairs.
    public init(names: [(name: String, slug: String)]) {
        var slugIndex: [String: Int32] = [:]
        var children: [[(UInt32, Int32)]] = [[]]
        for (name, slug) in names {
            let scalars = Self.normalise(name)
            guard !scalars.isEmpty else { continue }
            let id: Int32
            if let known = slugIndex[slug] { id = known } else {
                id = Int32(slugs.count)
                slugIndex[slug] = id
                slugs.append(slug)
            }
            var state: Int32 = 0
            for scalar in scalars {
                if let next = transitions.next(state, scalar) {
                    state = next
                } else {
                    let next = Int32(outputs.count)
                    outputs.append([])
                    failure.append(0)
                    children.append([])
                    transitions.insert(state, scalar, next)
                    children[Int(state)].append((scalar, next))
                    state = next
                }
            }
            if !outputs[Int(state)].contains(where: { $0.length == Int32(scalars.count) }) {
                outputs[Int(state)].append((Int32(scalars.count), id))
            }
        }
        buildFailureLinks(children: children)
    }

    private mutating func buildFailureLinks(children: [[(UInt32, Int32)]]) {
        var queue: [Int32] = children[0].map(\.1)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in children[Int(state)] {
                var fallback = failure[Int(state)]
                while fallback != 0 && transitions.next(fallback, scalar) == nil { fallback = failure[Int(fallback)] }
                var target = transitions.next(fallback, scalar) ?? 0
                if target == child { target = 0 }
                failure[Int(child)] = target
                outputs[Int(child)] += outputs[Int(target)]
                queue.append(child)
            }
        }
        for index in outputs.indices { outputs[index].sort { $0.length > $1.length } }
    }

    /// Every whole-word, non-overlapping, leftmost-longest match in `text`.
    public func matches(in text: String) -> [TermMatch] {
        matches(in: Array(text.unicodeScalars))
    }

    /// The same over scalars the caller already has.
    public func matches(in scalars: [Unicode.Scalar]) -> [TermMatch] {
        if transitions.count == 0 { return [] }
        var candidates: [TermMatch] = []
        var state: Int32 = 0
        for index in scalars.indices {
            let scalar = Self.lower(scalars[index])
            var next = transitions.next(state, scalar)
            while next == nil && state != 0 {
                state = failure[Int(state)]
                next = transitions.next(state, scalar)
            }
            state = next ?? 0
            if state == 0 { continue }
            for output in outputs[Int(state)] {
                let start = index - Int(output.length) + 1
                if Self.isBoundary(scalars, before: start) && Self.isBoundary(scalars, after: index) {
                    candidates.append(TermMatch(start: start, length: Int(output.length), slug: slugs[Int(output.slug)]))
                }
            }
        }
        if candidates.isEmpty { return [] }
        candidates.sort { $0.start != $1.start ? $0.start < $1.start : $0.length > $1.length }
        var result: [TermMatch] = []
        var end = 0
        for candidate in candidates where candidate.start >= end {
            result.append(candidate)
            end = candidate.start + candidate.length
        }
        return result
    }

    static func normalise(_ name: String) -> [UInt32] {
        Array(name.trimmingWhitespace().unicodeScalars).map(lower)
    }

    /// Lowercase of one scalar; ASCII takes the fast path.
    @inline(__always)
    static func lower(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 128 { return (value >= 65 && value <= 90) ? value + 32 : value }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : value
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 {
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57) || value == 95
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        index == 0 || !isWordScalar(scalars[index - 1])
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        index + 1 >= scalars.count || !isWordScalar(scalars[index + 1])
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

import SiteModel

/// A JSON value with the line and column where it starts, so a problem in an export can be shown
/// at its place (`JSONReader`).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double, text: String)
    case string(String)
    case array([Located])
    case object([(key: String, value: Located)])

    /// A value and where it starts.
    public struct Located: Sendable, Equatable {
        public var value: JSONValue
        public var line: Int
        public var column: Int
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a, _), .number(b, _)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The member `key` of an object.
    public subscript(key: String) -> Located? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// What kind of value it is, for messages ('a list', 'a number').
    public var kindName: Phrase {
        switch self {
        case .null: return Phrase(english: "null", dutch: "null")
        case .bool: return Phrase(english: "true or false", dutch: "true of false")
        case .number: return Phrase(english: "a number", dutch: "een getal")
        case .string: return .text
        case .array: return .list
        case .object: return Phrase(english: "an object", dutch: "een object")
        }
    }
}

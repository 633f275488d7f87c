import SiteModel

/// A YAML value from front matter with the place it came from, so that every later check can point
/// at the right line and column.
public struct FrontMatterNode: Sendable {
    /// The shape of a node.
    public enum Kind: Sendable {
        /// A scalar with its text; `isPlain` is false for quoted scalars, which are always strings.
        case scalar(String, isPlain: Bool)
        case sequence([FrontMatterNode])
        case mapping([FrontMatterEntry])
    }

    public var kind: Kind
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The scalar text, if this is a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The items, if this is a sequence.
    public var items: [FrontMatterNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The entries, if this is a mapping.
    public var entries: [FrontMatterEntry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// True for a plain `~`, `null` or empty scalar.
    public var isNull: Bool {
        if case .scalar(let text, let plain) = kind, plain {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// What the node is, in words a trainer understands (for 'expected a list, found ...').
    public var kindName: Phrase {
        switch kind {
        case .scalar: return isNull ? .nothing : .text
        case .sequence: return .list
        case .mapping: return .keys
        }
    }
}

/// One `key: value` pair of a mapping.
public struct FrontMatterEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: FrontMatterNode

    /// Creates an entry.
    public init(key: String, keyLocation: SourceLocation, value: FrontMatterNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

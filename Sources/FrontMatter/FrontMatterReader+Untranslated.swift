import SiteModel

/// The reader's older entry points that name things in English only, kept so that code written
/// before the message catalogue compiles; new code passes a `Phrase`.
extension FrontMatterReader {
    /// Reads `node` with an English-only `context` (shown the same in every language).
    @_disfavoredOverload
    public init(_ node: FrontMatterNode?, at location: SourceLocation, context: String) {
        self.init(node, at: location, context: Phrase(english: context, dutch: context))
    }

    /// A list of mappings whose items are named in English only ('question 2').
    @_disfavoredOverload
    public mutating func mappingList(_ key: String, itemName: String) -> [FrontMatterReader]? {
        mappingList(key, item: { Phrase(english: "\(itemName) \($0)", dutch: "\(itemName) \($0)") })
    }
}

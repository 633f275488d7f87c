import Content

extension SourceReference {
    /// The source as the page and print templates show it: `title`, `url` only when it has one
    /// (an internal document is its title, never an empty link) and `internal` for those.
    package var templateValue: [String: Any] {
        var item: [String: Any] = ["title": title]
        if let url { item["url"] = url }
        if isInternal { item["internal"] = true }
        return item
    }
}

import Content

/// What a term page shows for one page that mentions the term: its summary, the section it is
/// listed under, and the link to it. A page that mentions five terms is listed on five term pages,
/// which are all in one folder and so all link to it the same way; `SiteRenderer` makes each entry
/// once per build (`RenderCache`; for 10,000 pages, 46,000 entries made for 10,000 pages).
struct BacklinkEntry {
    let summary: PageSummary
    /// The heading the page is listed under: its top section's title, or 'Algemeen'.
    let group: String
    let section: PageSummary?
    let link: [String: Any]

    /// The entry for the page at a content path, linked from pages in one folder.
    struct Key: Hashable, Sendable {
        var path: String
        var fromFolder: String
    }
}

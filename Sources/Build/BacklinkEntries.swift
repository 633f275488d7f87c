import Content
import Foundation

/// What a term page shows for one page that mentions the term: its summary, the section it is
/// listed under, and the link to it. A page that mentions five terms is listed on five term pages,
/// which are all in one folder and so all link to it the same way; each entry is made once per
/// build instead (for 10,000 pages that was 46,000 entries made for 10,000 pages).
final class BacklinkEntries: @unchecked Sendable {
    struct Entry {
        let summary: PageSummary
        /// The heading the page is listed under: its top section's title, or 'Algemeen'.
        let group: String
        let section: PageSummary?
        let link: [String: Any]
    }

    /// The entry for the page at a content path, linked from pages in one folder.
    struct Key: Hashable {
        var path: String
        var fromFolder: String
    }

    private var entries: [Key: Entry?] = [:]
    private let lock = NSLock()

    /// The entry for `key`, made with `make` the first time; nil when `make` gives nil.
    func entry(for key: Key, _ make: () -> Entry?) -> Entry? {
        lock.lock()
        if let known = entries[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        entries[key] = made
        lock.unlock()
        return made
    }
}

import Configuration
import Content
import Foundation
import SiteModel

extension ContentTemplate {
    /// What `kennisbank new` needs to know of the site a file is made in: its language, its
    /// top-level sections, and where `reviewRequiredIn` asks for a `reviewed` date.
    public struct Site: Sendable {
        /// The language of the site's messages.
        public let language: Language
        /// The folders of the top-level sections (with an `_index.md`), sorted.
        public let sections: [String]
        package let reviewRequiredIn: [ReviewScope]

        /// Reads the site at `root` (its kennisbank.yml and the folders of `content/`).
        public init(root: URL) {
            let fileSystem = DiskFileSystem(root: root)
            let config = SiteConfigLoader.load(from: fileSystem).0
            language = Language(code: config.language)
            reviewRequiredIn = config.reviewRequiredIn
            let indexes = fileSystem.files(under: "content").filter { $0.split(separator: "/").count == 3 && $0.hasSuffix("/_index.md") }
            sections = indexes.map { String($0.split(separator: "/")[1]) }
                .filter { $0 != PageKind.glossaryFolder && $0 != PageKind.quizFolder && $0 != PageKind.questionnaireFolder }.sorted()
        }
    }

    /// The template made for `site`: a quiz names the section its title names (or none, with the
    /// sections in a comment), and a page where `reviewRequiredIn` asks for one gets `reviewed:`
    /// with `today`, so a new file is not refused for lacking it.
    public func fitted(to site: Site, today: CalendarDay) -> ContentTemplate {
        var copy = self
        if kind == .quiz {
            copy.knownSections = site.sections
            copy.section = Self.section(for: title, among: site.sections)
        }
        if kind == .page && !isSection && site.reviewRequiredIn.contains(where: { $0.contains(contentPath) }) {
            copy.reviewed = today
        }
        return copy
    }
}

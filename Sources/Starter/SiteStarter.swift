import Foundation
import SiteModel

/// A new site, as `kennisbank init` writes it: a commented `kennisbank.yml` with every key, a home
/// page, a section with a page, a glossary term, a quiz, a vragenlijst, `.gitignore` and a
/// content-only pipeline for GitLab and for GitHub. Every text in `content/` says it is an example,
/// so nobody mistakes it for training material. It builds with `--strict` without warnings.
public struct SiteStarter: Sendable {
    /// The organisation the site is for (`organisation` in the config).
    public var organisation: String
    /// The site's title (`title` in the config, and the home page's title).
    public var title: String
    /// The Kennisbank release the pipelines download (`KENNISBANK_VERSION`), normally the version of
    /// the binary that runs `init`.
    public var version: String

    /// Creates a starter; the defaults are neutral placeholders.
    public init(organisation: String = "Mijn organisatie", title: String = "Kennisbank", version: String = "0.1.0") {
        self.organisation = organisation
        self.title = title
        self.version = version
    }

    /// Where `init` writes the GitHub pipeline: its own file, beside any workflow the team has.
    public static let githubPipelinePath = ".github/workflows/kennisbank.yml"

    /// One file of the new site.
    public struct File: Sendable, Equatable {
        /// Path relative to the site folder, e.g. `content/index.md`.
        public let path: String
        public let text: String
    }

    /// Every file of the new site, sorted by path.
    public var files: [File] {
        var files = [File(path: SiteConfig.fileName, text: configText()),
                     File(path: ".gitignore", text: Self.gitignore),
                     File(path: ".gitlab-ci.yml", text: pipeline(PackageResources.gitlab_yml)),
                     File(path: Self.githubPipelinePath, text: pipeline(PackageResources.github_yml))]
        files += contentFiles.map { File(path: "content/" + $0.path, text: $0.text) }
        return files.sorted { $0.path < $1.path }
    }

    /// What stops `init` in `folder`: the config file or `content/` already there (root-relative
    /// paths, sorted). `init` never writes over a site.
    public static func existingSite(in folder: URL) -> [String] {
        ["content", SiteConfig.fileName].filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// What `write(to:)` did: the files it wrote and those it left alone because they existed.
    public struct Outcome: Sendable, Equatable {
        public var written: [String] = []
        public var kept: [String] = []
    }

    /// The reason `write(to:)` refused.
    public struct SiteExists: Error, CustomStringConvertible {
        /// The paths that are already there.
        public let existing: [String]
        public var description: String { "a site is already here: " + existing.joined(separator: ", ") }
    }

    /// Writes the site into `folder` (created when missing). Refuses, writing nothing, when the
    /// folder holds a config file or `content/`; any other file it would write that exists already
    /// (a `.gitignore`, a pipeline of the team's own) is kept as it is and listed in `kept`.
    public func write(to folder: URL) throws -> Outcome {
        let existing = Self.existingSite(in: folder)
        if !existing.isEmpty { throw SiteExists(existing: existing) }
        var outcome = Outcome()
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            if FileManager.default.fileExists(atPath: url.path) {
                outcome.kept.append(file.path)
                continue
            }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: a file that appeared since the check above is not replaced either.
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            outcome.written.append(file.path)
        }
        return outcome
    }

    /// What the build makes beside the content, which Git should not keep.
    static let gitignore = """
    # Made by kennisbank build and the pipelines; never commit them.
    site/
    public/
    .*.kennisbank-manifest
    site.tmp-*/
    site.old-*/
    .DS_Store

    """

    /// A content-only pipeline (the same files a release attaches filled in, scripts/fill-pipelines.sh),
    /// pinned to `version`. Its download address and SHA-256 stay empty: a binary cannot know its own
    /// tarball's checksum, and the pipeline says in its log where to find both.
    private func pipeline(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.trimmingCharacters(in: .whitespaces).hasPrefix("KENNISBANK_VERSION:") else { return String(line) }
            return line.prefix { $0 == " " } + "KENNISBANK_VERSION: \"\(version)\""
        }.joined(separator: "\n")
    }
}

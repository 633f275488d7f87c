import Foundation

/// Everything a build needs to know from the command line and the environment.
public struct BuildOptions: Sendable {
    /// The site root: holds `content/`, optionally `themes/` and `kennisbank.yml`.
    public var root: URL
    /// Where the site is written; `ROOT/site` by default.
    public var output: URL
    /// Include pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Treat warnings as errors.
    public var strict: Bool
    /// The moment shown as 'last built' and in the sitemap; only set from `SOURCE_DATE_EPOCH`, so
    /// that the same input gives the same bytes.
    public var buildDate: Date?
    /// The moment review dates are measured against (`reviewAfterMonths`): `buildDate` when
    /// `SOURCE_DATE_EPOCH` is set, otherwise the time the options were made. Tests pass a fixed
    /// moment so that no result depends on today's date; it never appears in the output.
    public var now: Date
    /// The default theme folder; found automatically when nil.
    public var defaultThemeFolder: URL?
    /// Extra HTML put before `</body>` on every page (the dev server's reload script).
    public var injectedScript: String?
    /// Where the base URL comes from: the config, unless `--base-url` or `KENNISBANK_BASE_URL` gives one.
    public var baseURL: BaseURLSetting = .fromConfig
    /// Name CSS, JavaScript and generated scripts by a hash of their content (`AssetManifest`).
    /// Only the dev server, which forbids caching, turns it off.
    public var hashesAssetNames = true
    /// A folder of PDF handouts made from an earlier build's print editions (`scripts/handout.sh`):
    /// each is published beside its edition and linked from the print pages (`--handouts`).
    public var handouts: URL?

    /// Creates options for `root`.
    public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, strict: Bool = false,
                buildDate: Date? = nil, defaultThemeFolder: URL? = nil, injectedScript: String? = nil, now: Date? = nil) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("site")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.buildDate = buildDate
        self.now = now ?? buildDate ?? Date()
        self.defaultThemeFolder = defaultThemeFolder
        self.injectedScript = injectedScript
    }

    /// Reads `SOURCE_DATE_EPOCH` (seconds since 1970) from the environment.
    public static func sourceDateEpoch(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(text) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}

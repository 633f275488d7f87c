// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Kennisbank",
    // Mutex and Atomic (the Synchronization module) need macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kennisbank", targets: ["kennisbank"]),
        .library(name: "KennisbankBuild", targets: ["Build"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        .target(name: "SiteModel"),
        .target(name: "FrontMatter", dependencies: ["SiteModel", "Yams"]),
        .target(name: "CmarkConcurrency", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "Markdown", dependencies: ["SiteModel", "CCmarkGFM", "CmarkConcurrency"]),
        .target(name: "Content", dependencies: ["SiteModel", "FrontMatter", "Markdown"]),
        .target(name: "Glossary", dependencies: ["SiteModel", "Content", "Markdown", "FrontMatter"]),
        .target(name: "Quiz", dependencies: ["SiteModel", "Content", "Markdown", "FrontMatter"]),
        .target(name: "Questionnaire", dependencies: ["SiteModel", "Content", "FrontMatter"]),
        .target(name: "Search", dependencies: ["SiteModel"]),
        .target(name: "Theme", dependencies: ["SiteModel"]),
        .target(name: "StaticFiles", dependencies: ["SiteModel"]),
        .target(name: "Output", dependencies: ["SiteModel"]),
        // `kennisbank resultaten`, first half: the answers participants download or mail (JSON, CSV,
        // mail) read into submissions, or rejected with the reason.
        .target(name: "AnswerReading", dependencies: ["SiteModel"]),
        // Second half: the submissions counted (small-group rule, statistics) and the report written.
        .target(name: "Results", dependencies: ["AnswerReading", "SiteModel"]),
        // When each content file last changed: Git, or dates a test gives.
        .target(name: "History", dependencies: ["SiteModel"]),
        // kennisbank.yml and its synonyms, read into a SiteConfig.
        .target(name: "Configuration", dependencies: ["SiteModel", "FrontMatter", "Search"]),
        // How diagnostics are shown: `file:line:column`, the line, a caret, a hint (CLI and serve).
        .target(name: "Reporting", dependencies: ["SiteModel"]),
        // Step 2's inputs: the files of content/ (and what changed), the static-file checks, the
        // fingerprint of everything a build reads.
        .target(name: "Discovery", dependencies: ["SiteModel", "Configuration", "History", "Output", "StaticFiles", "Theme"]),
        // The site as the index and transform steps leave it: SiteAssembly, ProcessedPage, the print editions' names.
        .target(name: "Pages", dependencies: ["SiteModel", "Content", "Markdown", "FrontMatter", "Glossary", "Quiz", "Questionnaire", "Starter", "Configuration"]),
        // Pages through the theme: SiteRenderer, LayoutContext and the generated scripts.
        .target(name: "Rendering", dependencies: [
            "Pages", "SiteModel", "Configuration", "Content", "FrontMatter", "Glossary", "History", "Markdown", "Output",
            "Questionnaire", "Quiz", "AnswerReading", "Results", "Search", "Theme",
        ]),
        // The print editions (print/...) and their PDF handouts.
        .target(name: "Print", dependencies: ["Rendering", "Pages", "SiteModel", "Content", "Glossary"]),
        // The engine: SiteBuilder's steps, the rebuild rules, the render step's files.
        .target(name: "Build", dependencies: [
            "SiteModel", "Discovery", "Pages", "Rendering", "Print", "Reporting", "Starter", "History", "Configuration",
            "FrontMatter", "Markdown", "Content", "Glossary", "Quiz", "Questionnaire", "Search", "Theme", "Output",
            "StaticFiles", "AnswerReading", "Results",
        ]),
        .target(name: "DevServer", dependencies: [
            "Build", "Configuration", "Rendering", "Reporting", "SiteModel", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        // `kennisbank init` and `new`: the files of a new site and the starting text of a new page
        // (whose example texts a build warns about). The pipeline files are plain files compiled
        // into the binary, so the one-file download needs nothing beside it.
        .target(name: "Starter", dependencies: ["SiteModel", "Configuration", "Content", "FrontMatter"],
                resources: [.embedInCode("Pipelines/github.yml"), .embedInCode("Pipelines/gitlab.yml")]),
        .executableTarget(name: "kennisbank", dependencies: [
            "Build", "Configuration", "DevServer", "Reporting", "Results", "SiteModel", "Starter", "Theme", "CMimalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // A small site in a temporary folder, shared by the engine's and the dev server's tests.
        .target(name: "SiteTestSupport", dependencies: ["Build", "SiteModel"], path: "Tests/SiteTestSupport"),
        .testTarget(name: "SiteModelTests", dependencies: ["SiteModel"]),
        .testTarget(name: "FrontMatterTests", dependencies: ["FrontMatter", "SiteModel"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "SiteModel", "CCmarkGFM"]),
        .testTarget(name: "GlossaryTests", dependencies: ["Glossary", "Content", "Markdown", "SiteModel"]),
        .testTarget(name: "QuizTests", dependencies: ["Quiz", "Content", "SiteModel"]),
        .testTarget(name: "QuestionnaireTests", dependencies: ["Questionnaire", "Content", "SiteModel"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "SiteModel"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme", "SiteModel"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "SiteModel"], exclude: ["Data"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "Configuration", "History", "Rendering", "Reporting", "Starter", "SiteTestSupport", "Pages", "Theme", "Output", "SiteModel"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "DevServerTests", dependencies: ["DevServer", "SiteTestSupport", "Build", "Configuration", "Rendering", "Reporting", "SiteModel"]),
        .testTarget(name: "StarterTests", dependencies: ["Starter", "Configuration", "Build", "Output", "Theme", "SiteModel"]),
        .testTarget(name: "OutputTests", dependencies: ["Output"]),
        .testTarget(name: "StaticFilesTests", dependencies: ["StaticFiles", "SiteModel"]),
        .testTarget(name: "ResultsTests", dependencies: ["AnswerReading", "Results", "History", "Build", "Configuration", "SiteModel"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harness (`make fuzz`) joins the package only when KENNISBANK_FUZZ is set: it is
// built with -sanitize=fuzzer (without it, libFuzzer's driver is missing and it cannot link) and
// needs libyaml's header from Debian's libyaml-dev.
if Context.environment["KENNISBANK_FUZZ"] != nil {
    package.targets += [
        .target(name: "CFuzzSupport", path: "Fuzz/CFuzzSupport"),
        .executableTarget(name: "KennisbankFuzz", dependencies: ["Build", "Configuration", "FrontMatter", "Markdown", "SiteModel", "StaticFiles", "CFuzzSupport"],
                          path: "Fuzz/KennisbankFuzz"),
    ]
}

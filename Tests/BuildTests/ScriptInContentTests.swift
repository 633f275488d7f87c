import Build
import Foundation
import SiteModel
import Testing

/// Script planted in what trainers write (issue #25): in the front matter of a quiz, a vragenlijst
/// and a glossary term, in a page, and in SVG images. With `unsafe: false` the front matter builds
/// and nothing that runs reaches any output (pages, print editions, search data, the definitions
/// script, GIFT, the QTI packages unpacked); an SVG with script is an error at its line and column
/// and the previous site stays as it was.
@Suite struct ScriptInContentTests {
    static let hostile = """
    -- kennisbank.yml --
    title: Testsite
    -- content/index.md --
    ---
    title: Home
    ---
    Welkom bij [[racisme]]. <script>alert('kb-xss')</script> [klik](javascript:alert('kb-xss'))
    <img src=x onerror="alert('kb-xss')">
    -- content/deel/_index.md --
    ---
    title: Deel
    ---
    Deel.
    -- content/begrippen/racisme.md --
    ---
    title: Racisme
    definition: "Een <img src=x onerror=alert('kb-xss')> begrip, [link](javascript:alert('kb-xss')), <b onclick=\\"alert('kb-xss')\\">vet</b>"
    aliases: ["<b onmouseover=alert('kb-xss')>x</b>"]
    ---
    Uitleg <iframe src="javascript:alert('kb-xss')"></iframe>.
    -- content/toetsen/t.md --
    ---
    title: "Toets <script>alert('kb-xss')</script>"
    section: deel
    questions:
      - id: q1
        type: single
        question: "Vraag <img src=x onerror=alert('kb-xss')> [a](javascript:alert('kb-xss')) <i onclick=\\"x()\\">i</i>"
        answers:
          - {text: "<svg onload=alert('kb-xss')>", correct: true, feedback: "<script>alert('kb-xss')</script>"}
          - {text: "B [x](vbscript:msgbox('kb-xss'))", correct: false, feedback: "<style>body{display:none}</style>"}
        explanation: "<a href=\\"javascript:alert('kb-xss')\\">uitleg</a>"
    ---
    Intro.
    -- content/vragenlijsten/_index.md --
    ---
    title: Vragenlijsten
    ---
    -- content/vragenlijsten/v.md --
    ---
    title: V
    mailto: team@example.org
    themes:
      - id: t
        title: "<img src=x onerror=alert('kb-xss')>"
        intro: "[klik](javascript:alert('kb-xss')) <script>alert('kb-xss')</script>"
        questions:
          - id: q
            type: single
            text: "<b onmouseover=alert('kb-xss')>vraag</b>"
            help: "<script>alert('kb-xss')</script>"
            options: [{label: "<i onclick=alert('kb-xss')>een</i>", points: 0}, {label: twee, points: 1}]
        levels:
          - {label: "<u>laag</u>", max: 0, text: "<script>alert('kb-xss')</script>", links: [../deel/_index.md]}
          - {label: hoog, text: "<a href=\\"javascript:alert('kb-xss')\\">y</a>"}
    ---
    """

    @Test func scriptInFrontMatterReachesNoOutput() throws {
        let root = try FixtureSite.writeToDisk(Self.hostile)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(result.writeError == nil && !result.failed(strict: false), "\(result.diagnostics.filter { $0.severity == .error })")
        #expect(result.diagnostics.contains { $0.message.english == "raw HTML is not passed through" })
        let files = try OutputScan.files(root.appendingPathComponent("site"))
        let kinds = ["index.html", "print/index.html", "print/trainer/index.html", "search/docs-0.js", "toetsen/t.gift.txt",
                     "toetsen/t.qti.zip!items/v01-q1.xml", "vragenlijsten/v/index.html", "begrippen/racisme/index.html"]
        for path in kinds { #expect(files.contains { $0.path == path }, "no \(path) was written") }
        #expect(files.contains { $0.path.hasPrefix("assets/definities.") }, "no definitions script")
        for (path, text) in files {
            let problems = OutputScan.executable(in: text, path: path)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    /// The scanner itself finds each kind of planted markup, so the test above can fail.
    @Test func theOutputScanFindsWhatWouldRun() {
        let planted = ["<script>x()</script>", "<img src=x onerror=\"x()\">", "<a href=\"javascript:x()\">", "<p style=\"color:red\">",
                       "<iframe src=\"a.html\"></iframe>", "\\u003cimg src=x onload=x()>"]
        for markup in planted {
            #expect(!OutputScan.executable(in: "<p>" + markup + "</p>", path: "assets/definities.1.js").isEmpty, "\(markup)")
        }
        #expect(!OutputScan.executable(in: "::q::[markdown]a <b>x</b>{\n}", path: "t.gift.txt").isEmpty)
        #expect(OutputScan.executable(in: "::q::[markdown]a \\\\<b\\\\>{\n}", path: "t.gift.txt").isEmpty)
        #expect(OutputScan.executable(in: "<script src=\"a.js\" defer></script>", path: "index.html").isEmpty)
    }

    static let svgSite = """
    -- kennisbank.yml --
    title: Testsite
    -- content/index.md --
    ---
    title: Home
    ---
    Welkom.
    -- content/goed.svg --
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
      <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
      <rect width="10" height="10" fill="url(#g)" style="stroke: url('#g')"/>
      <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
      <a href="schema.png"><text>Zie &amp; lees</text></a>
    </svg>
    """

    /// Each SVG, its line and column, and what the error says.
    static let plantedSVGs: [(file: String, svg: String, line: Int, column: Int, message: String)] = [
        ("script.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>", 2, 3, "may not contain <script>"),
        ("onload.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", 1, 41, "'onload' runs script"),
        ("javascript.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<a href=\"&#106;avascript:alert(1)\"><text>x</text></a></svg>", 2, 4,
         "holds a script address"),
        ("data.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"data:text/html,x\"><text>x</text></a></svg>", 1, 44,
         "data: address that is not a PNG"),
        ("foreign.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>", 1, 41,
         "may not contain <foreignObject>"),
        ("external.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://example.org/x.png\"/></svg>", 1, 48,
         "refers to another site"),
        ("css.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(//example.org/x.css);</style></svg>", 1, 48,
         "<style> element refers to another site"),
        ("entities.svg", "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>",
         1, 1, "declares entities"),
        ("stylesheet.svg", "<?xml-stylesheet href=\"x.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 1, 1, "<?xml-stylesheet?>"),
        ("animate.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"xlink:href\" to=\"#x\"/></a></svg>", 1, 49,
         "<set> changes 'xlink:href'"),
        ("iframe.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><x:iframe xmlns:x=\"http://www.w3.org/1999/xhtml\"/></svg>", 1, 41,
         "may not contain <x:iframe>"),
        ("malformed.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g></svg>", 2, 4, "not well-formed XML"),
    ]

    @Test func svgsWithScriptAreErrorsAtTheirPlaceAndTheSiteStaysAsItWas() throws {
        let root = try FixtureSite.writeToDisk(Self.svgSite)
        defer { try? FileManager.default.removeItem(at: root) }
        let first = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(first.writeError == nil && first.diagnostics.isEmpty, "\(first.diagnostics)")
        let before = try DiskSnapshot(root.appendingPathComponent("site"))
        for svg in Self.plantedSVGs {
            try svg.svg.write(to: root.appendingPathComponent("content/" + svg.file), atomically: true, encoding: .utf8)
        }
        let result = SiteBuilder(options: FixtureSite.options(root: root)).build()
        for svg in Self.plantedSVGs {
            let found = result.diagnostics.filter { $0.location.file == "content/" + svg.file }
            #expect(found.count == 1 && found[0].severity == .error && found[0].message.english.contains(svg.message)
                    && found[0].location.line == svg.line && found[0].location.column == svg.column,
                    "\(svg.file): \(found.map { "\($0.location) \($0.message.english)" })")
        }
        #expect(result.diagnostics.count == Self.plantedSVGs.count, "\(result.diagnostics.map(\.location))")
        #expect(try DiskSnapshot(root.appendingPathComponent("site")) == before)

        // With `unsafe: true` the same files are published as they are.
        try "title: Testsite\nunsafe: true\n".write(to: root.appendingPathComponent("kennisbank.yml"), atomically: true, encoding: .utf8)
        let unsafe = SiteBuilder(options: FixtureSite.options(root: root)).build()
        #expect(unsafe.writeError == nil && !unsafe.failed(strict: false), "\(unsafe.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/script.svg").path))
    }

    @Test func htmlAndScriptFilesInContentArePublishedOnlyWhenUnsafe() {
        let site = Self.svgSite + "\n-- content/los.html --\n<script>alert(1)</script>\n-- content/app.js --\nalert(1)\n-- content/Thumbs.db --\nx\n"
        let result = FixtureSite.build(site)
        let byFile = Dictionary(grouping: result.diagnostics, by: \.location.file)
        #expect(byFile["content/los.html"]?.first?.message.english == "a .html file in content/ would run as part of the site, so it is not published")
        #expect(byFile["content/app.js"]?.first?.message.english == "a .js file in content/ would run as part of the site, so it is not published")
        #expect(byFile["content/Thumbs.db"]?.first?.message.english == "files of this type (.db) are not published")
        let unsafe = FixtureSite.build(site.replacingOccurrences(of: "title: Testsite\n", with: "title: Testsite\nunsafe: true\n"))
        #expect(unsafe.diagnostics.map(\.location.file) == ["content/Thumbs.db"])
    }

    @Test func anImageFromAnotherSiteIsAnError() {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        Kijk: ![logo](https://example.org/logo.png)
        """)
        #expect(result.diagnostics.map(\.message.english) == ["the image 'https://example.org/logo.png' is on another site, and pages show only the site's own images"])
        // The caret stands at the link's destination, as for every link.
        #expect(result.diagnostics.first?.location.description == "content/index.md:4:15")
    }
}

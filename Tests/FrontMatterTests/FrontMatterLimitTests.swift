import FrontMatter
import SiteModel
import Testing

/// Front matter that would make Yams expand or recurse without bound is refused before Yams sees
/// it, at the place the problem starts; everything YAML allows otherwise still parses.
@Suite struct FrontMatterLimitTests {
    static let billionLaughs = """
        title: Bom
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """

    func failure(_ yaml: String) -> Diagnostic? {
        if case .failure(let diagnostic) = FrontMatterParser.parse(yaml, file: "content/a.md", firstLine: 2) { return diagnostic }
        return nil
    }

    @Test func refusesTheBillionLaughsAtItsFirstAnchor() {
        let diagnostic = failure(Self.billionLaughs)
        #expect(diagnostic?.location.description == "content/a.md:3:4")
        #expect(diagnostic?.message.english == "front matter may not use YAML anchors ('&name')")
    }

    @Test(arguments: [
        ("title: *x\n", "2:8"),
        ("a: 1\n? *k\n: v\n", "3:3"),
        ("a: [x, *y]\n", "2:8"),
        ("a: {b: *c}\n", "2:8"),
        ("a: |\n  tekst\nb: *x\n", "4:4"),
        ("a: woord\n  nog een woord\nb: *x\n", "4:4"),
        ("a: x\u{85}b: *y\n", "3:4"),
        ("a: x\r\nb: *y\r\n", "3:4"),
        ("a:\n  - 'x'\n  - *y\n", "4:5"),
        ("a: \"x\"\nb: !!str *c\n", "3:10"),
    ])
    func refusesAliasesWhereverATokenStarts(yaml: String, place: String) {
        let diagnostic = failure(yaml)
        #expect(diagnostic?.message.english == "front matter may not use YAML aliases ('*name')", "\(yaml)")
        #expect(diagnostic.map { "\($0.location.line):\($0.location.column)" } == place, "\(yaml)")
    }

    @Test(arguments: [
        "title: Q&A\n",
        "title: 5 * 3 = 15\n",
        "uitleg: dit is *belangrijk* & waar\n",
        "uitleg: eerste regel\n  *tweede* regel &c\n",
        "title: \"*Let op*: &nbsp;\"\n",
        "title: '*x* ''&y'''\n",
        "a: b # *c &d\n# *x\n",
        "explanation: |\n  * punt een\n  * punt twee\n  &amp; meer\nb: c\n",
        "explanation: >-\n    *nadruk*\n\n    & verder\n",
        "a: [x*, y&, \"*z\"]\n",
        "a: \"esc \\\" *x\"\n",
        "- a\n- b: c*d\n",
        "a: http://example.nl/?x=1&y=*\n",
    ])
    func acceptsAsteriskAndAmpersandInsideTexts(yaml: String) throws {
        let node = try FrontMatterParser.parse(yaml, file: "content/a.md", firstLine: 2).get()
        #expect(node != nil)
    }

    @Test func refusesDeepFlowNesting() {
        let depth = InputLimits.maxFrontMatterNesting
        let yaml = "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let diagnostic = failure(yaml)
        #expect(diagnostic?.message.english == "front matter is nested more than \(depth) levels deep")
        #expect(diagnostic?.location.description == "content/a.md:2:\(4 + depth - 1)")
    }

    @Test func refusesDeepBlockNesting() {
        let diagnostic = failure("a:\n" + String(repeating: "- ", count: 50_000) + "x\n")
        #expect(diagnostic?.message.english.hasPrefix("front matter is nested more than") == true)
        #expect(diagnostic?.location.line == 3)
    }

    @Test func nestingIsCountedLikeLibyamlsIndentationLevels() throws {
        // 'a:' opens the top-level mapping; the first '-' is an indentless sequence and every
        // further '-' one more block sequence.
        let limit = InputLimits.maxFrontMatterNesting
        let atLimit = "a:\n" + String(repeating: "- ", count: limit) + "x\n"
        #expect(try FrontMatterParser.parse(atLimit, file: "content/a.md", firstLine: 2).get() != nil)
        let beyond = "a:\n" + String(repeating: "- ", count: limit + 1) + "x\n"
        #expect(failure(beyond)?.location.description == "content/a.md:3:\(2 * limit + 1)")
    }

    @Test func refusesMergeKeys() throws {
        let diagnostic = failure("title: A\n<<: {weight: 1}\n")
        #expect(diagnostic?.message.english == "front matter may not use YAML merge keys ('<<')")
        #expect(diagnostic?.location.description == "content/a.md:3:1")
        // Found by the fuzzer (Fuzz/regressions/merge-key-scalar-value): refused whatever the value,
        // although libyaml sees no alias; only a quoted '<<' is an ordinary key.
        #expect(failure("title: Samenvoegen\n<<: ;weightdefiniti-\n")?.message.english == "front matter may not use YAML merge keys ('<<')")
        #expect(try FrontMatterParser.parse("'<<': x\n", file: "content/a.md", firstLine: 2).get() != nil)
    }
}

import FrontMatter
import SiteModel
import Testing

@Suite struct FrontMatterSplitterTests {
    @Test func splitsFrontMatterAndCountsBodyLines() throws {
        let split = try FrontMatterSplitter.split("---\ntitle: A\nweight: 2\n---\n# Body\n", file: "content/a.md").get()
        #expect(split.yaml == "title: A\nweight: 2\n")
        #expect(split.body == "# Body\n")
        #expect(split.bodyLineOffset == 4)
    }

    @Test func rejectsUnterminatedFrontMatter() {
        let result = FrontMatterSplitter.split("---\ntitle: A\n\nTekst\n", file: "content/a.md")
        guard case .failure(let diagnostic) = result else { Issue.record("expected a failure"); return }
        #expect(diagnostic.location.description == "content/a.md:1:1")
        #expect(diagnostic.message.english == "front matter is not closed")
    }

    @Test func acceptsFilesWithoutFrontMatter() throws {
        let split = try FrontMatterSplitter.split("Alleen tekst\n", file: "content/a.md").get()
        #expect(split.yaml == nil)
        #expect(split.bodyLineOffset == 0)
    }
}

@Suite struct FrontMatterReaderTests {
    func reader(_ yaml: String) throws -> FrontMatterReader {
        let node = try FrontMatterParser.parse(yaml, file: "content/a.md", firstLine: 2).get()
        return FrontMatterReader(node, at: SourceLocation(file: "content/a.md", line: 1, column: 1))
    }

    @Test func reportsInvalidYAMLAtItsLine() {
        let result = FrontMatterParser.parse("title: A\nweight: [1, 2\n", file: "content/a.md", firstLine: 2)
        guard case .failure(let diagnostic) = result else { Issue.record("expected a failure"); return }
        #expect(diagnostic.location.file == "content/a.md")
        #expect(diagnostic.location.line >= 3)
        // An unclosed '[' is a text that starts with a special character: it needs quotes.
        #expect(diagnostic.message.id == .yamlLeadingSpecial)
        #expect(diagnostic.fix == Fix(replacing: "[1, 2", with: "\"[1, 2\""))
    }

    @Test func readsTypedValuesWithLocations() throws {
        var reader = try reader("title: \"Racisme\"\nweight: 10\ndraft: false\naliases:\n  - racistisch\n  - racistische\n")
        #expect(reader.string("title")?.value == "Racisme")
        #expect(reader.int("weight")?.value == 10)
        #expect(reader.bool("draft")?.value == false)
        let aliases = reader.stringList("aliases") ?? []
        #expect(aliases.map(\.value) == ["racistisch", "racistische"])
        #expect(aliases.first?.location.description == "content/a.md:6:5")
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func reportsWrongTypeAtTheValue() throws {
        var reader = try reader("title: A\nweight: tien\n")
        #expect(reader.int("weight") == nil)
        #expect(reader.diagnostics.count == 1)
        #expect(reader.diagnostics[0].location.description == "content/a.md:3:9")
        #expect(reader.diagnostics[0].message.english == "'weight' must be a whole number, found 'tien'")
    }

    @Test func reportsMissingRequiredKey() throws {
        var reader = try reader("description: x\n")
        #expect(reader.string("title", required: true) == nil)
        #expect(reader.diagnostics.map(\.message.english) == ["front matter has no 'title'"])
    }

    @Test func warnsAboutUnknownKeysWithASuggestion() throws {
        var reader = try reader("titel: A\n")
        reader.warnUnknownKeys(allowed: ["title", "weight"])
        #expect(reader.diagnostics.count == 1)
        #expect(reader.diagnostics[0].severity == .warning)
        #expect(reader.diagnostics[0].location.description == "content/a.md:2:1")
        #expect(reader.diagnostics[0].fix == Fix(replacing: "titel", with: "title"))
    }

    @Test func reportsDuplicateKeysAtTheSecondOne() {
        let result = FrontMatterParser.parse("title: A\nweight: 1\ntitle: B\n", file: "content/a.md", firstLine: 2)
        guard case .failure(let diagnostic) = result else { Issue.record("expected a failure"); return }
        #expect(diagnostic.location.description == "content/a.md:4:1")
        #expect(diagnostic.message.english == "key 'title' appears twice in front matter")
        #expect(diagnostic.hint?.english == "remove one of them; the first is at line 2")
    }
}

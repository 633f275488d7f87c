import CCmarkGFM
@testable import Markdown
import SiteModel
import Testing

/// The nesting limit refuses only what cmark-gfm itself nests: block quotes, list items and
/// footnote definitions. Indentation that aligns code, HTML or table text opens nothing, so real
/// documents with deeply indented code must pass; and whatever the limit lets through must really be
/// nested no deeper than `InputLimits.maxBlockNesting`.
@Suite struct MarkdownNestingTests {
    func refusedForNesting(_ text: String) -> Bool {
        MarkdownDocument(parsing: text, file: "content/a.md").limitViolation?.message
            .english.hasPrefix("block quotes and lists are nested more than") == true
    }

    /// How deep cmark-gfm nests containers in `text`, parsed without the prescan in front of it.
    func containerDepth(_ text: String) -> Int {
        let root = CmarkRuntime.parse(Array(text.utf8))
        defer { cmark_node_free(root) }
        var deepest = 0
        for node in MarkdownNode(pointer: root).descendants() {
            var depth = 0
            var current: MarkdownNode? = node
            while let ancestor = current {
                let type = ancestor.type
                if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM || type == CMARK_NODE_FOOTNOTE_DEFINITION { depth += 1 }
                current = ancestor.parent
            }
            deepest = max(deepest, depth)
        }
        return deepest
    }

    // Three shapes from rust-lang/rfcs (MIT or Apache-2.0), which the limit refused before:
    // compiler output with carets aligned under a long path, and a signature whose `where` clause
    // is aligned under its first bound (text/1644-default-and-expanded-rustc-errors.md,
    // text/0528-string-patterns.md, text/2603-rust-symbol-name-mangling-v0.md).
    static let rustcErrors = """
        ```
        src/test/compile-fail/borrowck/borrowck-borrow-from-owned-ptr.rs:29:22: 29:30 error: cannot borrow `foo.bar1` as mutable more than once at a time [E0499]
        src/test/compile-fail/borrowck/borrowck-borrow-from-owned-ptr.rs:29     let _bar2 = &mut foo.bar1;
                                                                                                ^~~~~~~~
        src/test/compile-fail/borrowck/borrowck-borrow-from-owned-ptr.rs:31 }
                                                                           ^
        ```

        """
    static let stringPatterns = """
        ```rust
            fn trim_right_matches<'a, P>(&'a self, pat: P) -> &'a str where P: Pattern<'a>,
                                                                            P::Searcher: ReverseSearcher<'a>;
        ```

        """

    @Test func acceptsCodeAlignedByManySpacesInFences() {
        #expect(!refusedForNesting(Self.rustcErrors))
        #expect(!refusedForNesting(Self.stringPatterns))
        let wide = "```\n" + String(repeating: " ", count: 400) + "- x\n```\n"
        #expect(!refusedForNesting(wide))
    }

    @Test func acceptsDeeplyIndentedCodeInListItemsAndBlockQuotes() {
        // A fence inside a list item three levels deep, its code aligned by 70 spaces.
        let inList = "- een\n  - twee\n    - drie\n\n      ```\n" + String(repeating: " ", count: 76) + "^~~~\n      ```\n"
        #expect(!refusedForNesting(inList))
        // The same inside block quotes, with a fence in a list in a quote.
        let inQuote = "> > citaat\n> >\n> > ```\n> > " + String(repeating: " ", count: 90) + "^\n> > ```\n>\n> - punt\n>\n>   ```\n>   " + String(repeating: " ", count: 80) + "x\n>   ```\n"
        #expect(!refusedForNesting(inQuote))
        // An indented code block (four spaces after a blank line) whose lines go on far to the right.
        let indentedCode = "Tekst.\n\n    code\n" + String(repeating: " ", count: 120) + "uitgelijnd\n"
        #expect(!refusedForNesting(indentedCode))
        // An indented code block in a list item, and an HTML block.
        let listCode = "1. stap\n\n       code\n" + String(repeating: " ", count: 100) + "uitgelijnd\n"
        #expect(!refusedForNesting(listCode))
        let html = "<div>\n" + String(repeating: " ", count: 100) + "<span>x</span>\n</div>\n"
        #expect(!refusedForNesting(html))
        for text in [Self.rustcErrors, inList, inQuote, indentedCode, listCode, html] {
            #expect(containerDepth(text) <= 3)
        }
    }

    @Test func stillRefusesRealNestingAfterIndentedCode() {
        // Indentation still continues list items that are open: a list 40 levels deep is refused
        // at the 33rd item, after code aligned far to the right or not.
        let list = (0..<40).map { String(repeating: "  ", count: $0) + "- punt\n" }.joined()
        #expect(containerDepth(list) == 40)
        #expect(refusedForNesting(list))
        #expect(refusedForNesting(Self.rustcErrors + list))
        // A lazy continuation line keeps every container open: the line after it may go on inside them.
        // Here 30 list items stay open through 'lui', and the last line continues them by its 60
        // spaces and opens three more.
        let items = (0..<30).map { String(repeating: "  ", count: $0) + "- punt\n" }.joined()
        let lazy = items + "lui\n" + String(repeating: " ", count: 60) + "- - - dieper\n"
        #expect(containerDepth(lazy) == 33)
        #expect(refusedForNesting(lazy))
        #expect(!refusedForNesting(items + "lui\n" + String(repeating: " ", count: 60) + "- - dieper\n"))
    }

    /// Random documents made of the pieces nesting comes from: every one that cmark-gfm nests
    /// deeper than the limit is refused. (The reverse need not hold: the prescan may over-count,
    /// for instance markers inside a fence, which no real document writes 33 of at a line start.)
    @Test func refusesEverythingCmarkNestsTooDeep() {
        var random = SplitMix64(seed: 0x6B62_6E65_7374)
        // Footnote definitions are rare here: cmark-gfm drops one that nothing refers to, and all
        // that is inside it, so each would end the nesting of its line.
        let markers = ["> ", "- ", "* ", "1. ", "2) ", ">", "-\t", "> ", "- ", "1. ", "[^n]: "]
        var tooDeep = 0, refused = 0
        for _ in 0..<1_500 {
            var lines: [String] = []
            for _ in 0..<Int(random.next() % 40 + 1) {
                switch random.next() % 10 {
                case 0: lines.append("")
                case 1: lines.append(random.next() % 2 == 0 ? "```" : "~~~")
                case 2: lines.append("lui")
                default:
                    var line = String(repeating: " ", count: Int(random.next() % (random.next() % 4 == 0 ? 90 : 6)))
                    for _ in 0..<Int(random.next() % (random.next() % 5 == 0 ? 40 : 4)) {
                        line += markers[Int(random.next() % UInt64(markers.count - (random.next() % 8 == 0 ? 0 : 1)))]
                        line += String(repeating: " ", count: Int(random.next() % 3))
                    }
                    lines.append(line + "x")
                }
            }
            let text = lines.joined(separator: "\n") + "\n\nZie[^n].\n"
            let depth = containerDepth(text), isRefused = refusedForNesting(text)
            if depth > InputLimits.maxBlockNesting {
                tooDeep += 1
                #expect(isRefused, "nested \(depth) deep but not refused: \(text.debugDescription)")
            }
            if isRefused { refused += 1 }
        }
        // The generator reaches past the limit often enough for the check to mean something.
        #expect(tooDeep > 50)
        #expect(refused >= tooDeep)
    }
}

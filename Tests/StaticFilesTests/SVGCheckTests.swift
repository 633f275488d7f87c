import Foundation
import SiteModel
@testable import StaticFiles
import Testing

@Suite struct SVGCheckTests {
    func problems(_ svg: String) -> [String] {
        SVGCheck.problems(in: Data(svg.utf8), file: "content/x.svg").map { "\($0.location.line):\($0.location.column) \($0.message.english)" }
    }

    static let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"

    /// What drawing programs write passes: Inkscape's metadata with its http namespaces and RDF
    /// links, an Illustrator DOCTYPE without a subset, gradients by url(#id), embedded PNG, links
    /// to files of the site, comments, CDATA styles, character references.
    @Test func acceptsWhatDrawingProgramsWrite() {
        let svg = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!-- Created with Inkscape (http://www.inkscape.org/) -->
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#"
           xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://www.w3.org/2000/svg"
           xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
           xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="210mm" height="297mm" viewBox="0 0 210 297">
          <sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="0.35" />
          <metadata><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format>
            <cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/" /></cc:Work></rdf:RDF></metadata>
          <defs><linearGradient id="g"><stop offset="0" style="stop-color:#000;stop-opacity:1"/></linearGradient>
            <style type="text/css"><![CDATA[ .a { fill: url(#g); } ]]></style></defs>
          <g inkscape:label="Laag 1" inkscape:groupmode="layer"><rect class="a" width="10" height="10" style="fill:url('#g')"/>
            <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
            <a xlink:href="../definities/index.html"><text>Zie &#x26; lees &lt;meer&gt; &#160;</text></a>
            <use href="#g"/></g>
        </svg>
        """
        #expect(problems(svg).isEmpty, "\(problems(svg))")
    }

    @Test func refusesEveryWayToRunScript() {
        let cases: [(String, String)] = [
            ("<script>alert(1)</script>", "may not contain <script>"),
            ("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">x</svg:script>", "may not contain <svg:script>"),
            ("<SCRIPT>x</SCRIPT>", "may not contain <SCRIPT>"),
            ("<handler type=\"application/ecmascript\">x</handler>", "<handler>"),
            ("<rect onclick=\"x()\"/>", "'onclick' runs script"),
            ("<rect ONLOAD=\"x()\"/>", "'ONLOAD' runs script"),
            ("<x xmlns=\"http://www.w3.org/2001/xml-events\" event=\"load\" handler=\"#h\"/>", "'handler' runs script"),
            ("<x:l xmlns:x=\"urn:x\" x:listener=\"data:image/svg+xml,x#h\"/>", "data: address that is not a PNG"),
            ("<rect xlink:onload=\"x()\"/>", "'xlink:onload' runs script"),
            ("<a href=\"javascript:x()\"><text>a</text></a>", "holds a script address"),
            ("<a xlink:href=\" JaVa&#x0A;ScRiPt:x()\"><text>a</text></a>", "holds a script address"),
            ("<a href=\"&#106;&#97;vascript:x()\"><text>a</text></a>", "holds a script address"),
            ("<a href=\"vbscript:x\"><text>a</text></a>", "holds a script address"),
            ("<animate attributeName=\"href\" values=\"#a;javascript:x()\"/>", "changes 'href'"),
            ("<set attributeName=\"onmouseover\" to=\"x()\"/>", "changes 'onmouseover'"),
            ("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "<foreignObject>"),
            ("<iframe src=\"a.html\"/>", "<iframe>"), ("<embed src=\"a.swf\"/>", "<embed>"), ("<object data=\"a\"/>", "<object>"),
            ("<a href=\"data:text/html;base64,PHNjcmlwdD4=\"><text>a</text></a>", "data: address that is not a PNG"),
            ("<use href=\"data:image/svg+xml;base64,PHN2Zz4=#x\"/>", "data: address that is not a PNG"),
            ("<image href=\"file:///etc/passwd\"/>", "refers to a file on this computer"),
            ("<image href=\"https://example.org/x.png\"/>", "refers to another site"),
            ("<use href=\"//example.org/x.svg#a\"/>", "refers to another site"),
            ("<g xml:base=\"https://example.org/\"/>", "refers to another site"),
            ("<rect style=\"fill: url( 'https://example.org/x.svg#p' )\"/>", "refers to another site"),
            ("<rect fill=\"u\\72l(https://example.org/p)\" style=\"x:u\\72l(//example.org/p)\"/>", "refers to another site"),
            ("<style>@import \"https://example.org/a.css\";</style>", "<style> element refers to another site"),
            ("<style>rect { background: image-set(\"//example.org/a.png\" 1x) }</style>", "refers to another site"),
            ("<style>/* x */ rect { fill: url(javascript:x) }</style>", "script"),
        ]
        for (inner, expected) in cases {
            let found = problems(Self.open + "\n" + inner + "\n</svg>")
            #expect(found.count >= 1 && found[0].hasPrefix("2:") && found[0].contains(expected), "\(inner): \(found)")
        }
    }

    @Test func refusesDocumentsThatAreNotPlainSVG() {
        let cases: [(String, String)] = [
            ("<!DOCTYPE svg [<!ENTITY a \"x\">]>\n<svg/>", "1:1 the DOCTYPE declares entities"),
            ("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>\n<svg/>", "1:1 <?xml-stylesheet?>"),
            ("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "1:1 the first element is <html>, not <svg>"),
            ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg/>", "1:1 the SVG image declares the encoding 'UTF-16'"),
            ("\u{FEFF}<svg/>", ""),
            ("<svg><g></svg>", "1:9 the SVG image is not well-formed XML: the end tag </svg> where </g> was expected"),
            ("<svg>&nbsp;</svg>", "1:6 the SVG image is not well-formed XML: '&nbsp;' is not defined in XML"),
            ("<svg a=\"1\" a=\"2\"/>", "appears twice"),
            ("<svg a=\"<\"/>", "'<' inside the value of 'a'"),
            ("<svg a=b/>", "is not in quotes"),
            ("<svg/><svg/>", "a second top-level element"),
            ("<svg>", "is never closed"),
            ("", "holds no element"),
            ("<svg/>x", "text after the end"),
        ]
        for (svg, expected) in cases {
            let found = problems(svg)
            if expected.isEmpty {
                #expect(found.isEmpty, "\(svg): \(found)")
            } else {
                #expect(found.count == 1 && found[0].contains(expected), "\(svg): \(found)")
            }
        }
        let utf16 = SVGCheck.problems(in: Data([0xFF, 0xFE, 0x3C, 0x00]), file: "content/x.svg")
        #expect(utf16.map(\.message.english) == ["the SVG image is saved as UTF-16"])
    }

    @Test func reportsEveryProblemOnceAtItsLineAndColumn() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <g>\n    <rect onclick=\"a()\" onmouseover=\"b()\"/>\n  </g>\n  <script>c()</script>\n</svg>"
        #expect(problems(svg) == ["3:11 the attribute 'onclick' runs script when the image is opened",
                                  "3:25 the attribute 'onmouseover' runs script when the image is opened",
                                  "5:3 an SVG image on the site may not contain <script>: it runs script when the image is opened"])
        // Columns count characters, not bytes.
        #expect(problems("<svg t=\"ëëë\" onload=\"x\"/>") == ["1:14 the attribute 'onload' runs script when the image is opened"])
    }

    /// Hostile input: deep nesting, many attributes, a huge file: linear, no recursion, capped report.
    @Test func staysLinearOnHostileInput() {
        let depth = 100_000
        let nested = "<svg>" + String(repeating: "<g>", count: depth) + String(repeating: "</g>", count: depth) + "</svg>"
        #expect(problems(nested).isEmpty)
        let many = "<svg>" + String(repeating: "<rect onclick=\"x\"/>", count: 10_000) + "</svg>"
        #expect(problems(many).count == SVGCheck.maxProblems)
        let unclosed = "<svg>" + String(repeating: "<!--", count: 50_000)
        #expect(problems(unclosed).count == 1)
    }
}

import Foundation
import Markdown
import SiteModel

/// Writes a quiz as a QTI 3.0 content package, the format Canvas, Brightspace, Blackboard and
/// Dutch assessment tools import: `imsmanifest.xml`, one assessment item per question (a choice
/// interaction, per-answer feedback as inline feedback, the explanation as modal feedback shown
/// after answering) and an assessment test that lists the items in order. Texts are Markdown,
/// rendered to the safe XHTML subset QTI allows (`MarkdownDocument.renderXHTML`).
public enum QTIExporter {
    /// One file of the package.
    public struct File: Sendable {
        public var path: String
        public var text: String
    }

    static let namespace = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
    static let schemaLocation = namespace + " https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd"
    static let manifestNamespace = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"
    static let manifestSchemaLocation = manifestNamespace
        + " https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd"

    /// The package's files, sorted by path; `language` is the content's language (`xml:lang`).
    public static func export(_ quiz: Quiz, language: String) -> [File] {
        let testID = "toets-" + identifier(quiz.slug)
        var items: [(id: String, path: String)] = []
        var files: [File] = []
        // The quiz's texts share one work budget, as they do when the site is built.
        let budget = MarkdownWorkBudget()
        for (index, question) in quiz.questions.enumerated() {
            let id = String(format: "v%02d-", index + 1) + identifier(question.id)
            let path = "items/\(id).xml"
            items.append((id, path))
            files.append(File(path: path, text: item(question, id: id, number: index + 1, quiz: quiz, language: language, budget: budget)))
        }
        let testPath = "\(testID).xml"
        files.append(File(path: testPath, text: test(quiz, id: testID, items: items, language: language)))
        files.append(File(path: "imsmanifest.xml", text: manifest(quiz, testID: testID, testPath: testPath, items: items)))
        return files.sorted { $0.path < $1.path }
    }

    /// An identifier QTI accepts (an XML name of ASCII letters, digits, `-` and `_`).
    static func identifier(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let ok = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x2D || value == 0x5F
            return ok ? Character(scalar) : "-"
        })
        return cleaned.isEmpty ? "x" : cleaned
    }

    /// Markdown as QTI XHTML; glossary references become their text.
    static func xhtml(_ markdown: String, inline: Bool, budget: MarkdownWorkBudget) -> String {
        MarkdownDocument(parsing: GIFTExporter.plainText(markdown), file: "", budget: budget).renderXHTML(inline: inline)
    }

    static func choiceID(_ index: Int) -> String {
        "keuze-\(index + 1)"
    }

    static func item(_ question: QuizQuestion, id: String, number: Int, quiz: Quiz, language: String, budget: MarkdownWorkBudget) -> String {
        let multiple = question.type == .multiple
        let cardinality = multiple ? "multiple" : "single"
        let correct = question.answers.indices.filter { question.answers[$0].correct }
        let prompt = MarkdownDocument(parsing: GIFTExporter.plainText(question.question), file: "", budget: budget)
        let inlinePrompt = prompt.isSingleParagraph
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <qti-assessment-item xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="\(schemaLocation)" identifier="\(id)" title="\(XMLEscaping.escape("\(quiz.title), vraag \(number)"))" \
        adaptive="false" time-dependent="false" xml:lang="\(XMLEscaping.escape(language))">
          <qti-response-declaration identifier="RESPONSE" cardinality="\(cardinality)" base-type="identifier">
            <qti-correct-response>

        """
        for index in correct { xml += "      <qti-value>\(choiceID(index))</qti-value>\n" }
        xml += """
            </qti-correct-response>
          </qti-response-declaration>
          <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
            <qti-default-value><qti-value>0</qti-value></qti-default-value>
          </qti-outcome-declaration>
          <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float">
            <qti-default-value><qti-value>1</qti-value></qti-default-value>
          </qti-outcome-declaration>
          <qti-outcome-declaration identifier="FEEDBACK" cardinality="\(cardinality)" base-type="identifier"/>
          <qti-outcome-declaration identifier="FEEDBACKMODAL" cardinality="single" base-type="identifier"/>
          <qti-item-body>

        """
        if !inlinePrompt { xml += "    <div>" + xhtml(question.question, inline: false, budget: budget) + "</div>\n" }
        xml += "    <qti-choice-interaction response-identifier=\"RESPONSE\" shuffle=\"false\" max-choices=\"\(multiple ? 0 : 1)\">\n"
        if inlinePrompt { xml += "      <qti-prompt>" + prompt.renderXHTML(inline: true) + "</qti-prompt>\n" }
        for (index, answer) in question.answers.enumerated() {
            xml += "      <qti-simple-choice identifier=\"\(choiceID(index))\">" + xhtml(answer.text, inline: true, budget: budget)
            let feedback = xhtml(answer.feedback, inline: true, budget: budget)
            if !feedback.isEmpty {
                xml += "<qti-feedback-inline outcome-identifier=\"FEEDBACK\" identifier=\"\(choiceID(index))\" show-hide=\"show\"> "
                    + feedback + "</qti-feedback-inline>"
            }
            xml += "</qti-simple-choice>\n"
        }
        xml += """
            </qti-choice-interaction>
          </qti-item-body>
          <qti-response-processing>
            <qti-response-condition>
              <qti-response-if>
                <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
                <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>
              </qti-response-if>
              <qti-response-else>
                <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>
              </qti-response-else>
            </qti-response-condition>
            <qti-set-outcome-value identifier="FEEDBACK"><qti-variable identifier="RESPONSE"/></qti-set-outcome-value>
            <qti-set-outcome-value identifier="FEEDBACKMODAL"><qti-base-value base-type="identifier">UITLEG</qti-base-value></qti-set-outcome-value>
          </qti-response-processing>

        """
        let explanation = xhtml(question.explanation, inline: false, budget: budget)
        if !explanation.isEmpty {
            xml += """
              <qti-modal-feedback outcome-identifier="FEEDBACKMODAL" identifier="UITLEG" show-hide="show" title="Uitleg">
                <qti-content-body>\(explanation)</qti-content-body>
              </qti-modal-feedback>

            """
        }
        return xml + "</qti-assessment-item>\n"
    }

    static func test(_ quiz: Quiz, id: String, items: [(id: String, path: String)], language: String) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <qti-assessment-test xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="\(schemaLocation)" identifier="\(id)" title="\(XMLEscaping.escape(quiz.title))">
          <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
            <qti-default-value><qti-value>0</qti-value></qti-default-value>
          </qti-outcome-declaration>
          <qti-test-part identifier="deel-1" navigation-mode="nonlinear" submission-mode="individual">
            <qti-assessment-section identifier="vragen" title="\(XMLEscaping.escape(quiz.title))" visible="true">

        """
        for item in items {
            xml += "      <qti-assessment-item-ref identifier=\"\(item.id)\" href=\"\(item.path)\"/>\n"
        }
        xml += """
            </qti-assessment-section>
          </qti-test-part>
          <qti-outcome-processing>
            <qti-set-outcome-value identifier="SCORE">
              <qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum>
            </qti-set-outcome-value>
          </qti-outcome-processing>
        </qti-assessment-test>

        """
        return xml
    }

    static func manifest(_ quiz: Quiz, testID: String, testPath: String, items: [(id: String, path: String)]) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest xmlns="\(manifestNamespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="\(manifestSchemaLocation)" identifier="pakket-\(testID)">
          <metadata>
            <schema>QTI Package</schema>
            <schemaversion>3.0.0</schemaversion>
          </metadata>
          <organizations/>
          <resources>
            <resource identifier="\(testID)" type="imsqti_test_xmlv3p0" href="\(testPath)">
              <file href="\(testPath)"/>

        """
        for item in items { xml += "      <dependency identifierref=\"\(item.id)\"/>\n" }
        xml += "    </resource>\n"
        for item in items {
            xml += """
                <resource identifier="\(item.id)" type="imsqti_item_xmlv3p0" href="\(item.path)">
                  <file href="\(item.path)"/>
                </resource>

            """
        }
        return xml + "  </resources>\n</manifest>\n"
    }
}

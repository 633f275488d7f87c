/// A part of a message in every language, such as the name of what a message is about ('question
/// 2', 'vraag 2'), for the catalogue's functions to put into their texts (see `Message`).
public struct Phrase: Sendable, Hashable, Codable {
    public let english: String
    public let dutch: String

    /// A phrase with its texts.
    public init(english: String, dutch: String) {
        self.english = english
        self.dutch = dutch
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .dutch ? dutch : english }

    /// The front matter of a page.
    public static let frontMatter = Phrase(english: "front matter", dutch: "de front matter")
    /// The site's config file.
    public static let siteConfig = Phrase(english: "the site config", dutch: "kennisbank.yml")
    /// `sources:` in the site config.
    public static let configSources = Phrase(english: "'sources' in the site config", dutch: "'sources' in kennisbank.yml")
    /// A key of the site config whose value holds keys of its own (`print`, `logo`).
    public static func configKey(_ key: String) -> Phrase {
        Phrase(english: "'\(key)' in the site config", dutch: "'\(key)' in kennisbank.yml")
    }
    /// What a setting of the site config takes, in the 'use one of' hint (`print.sectionGlossary`).
    public static func configValue(_ key: String) -> Phrase {
        Phrase(english: "\(key) value", dutch: "woord voor \(key)")
    }
    /// A text value.
    public static let text = Phrase(english: "a text", dutch: "een tekst")
    /// An empty value.
    public static let nothing = Phrase(english: "nothing", dutch: "niets")
    /// A list.
    public static let list = Phrase(english: "a list", dutch: "een lijst")
    /// A mapping.
    public static let keys = Phrase(english: "a set of keys", dutch: "een groep sleutels")
    /// A question of a quiz or vragenlijst.
    public static let questionType = Phrase(english: "question type", dutch: "vraagtype")
    /// `options:` of a vragenlijst question.
    public static let thisQuestion = Phrase(english: "this question", dutch: "deze vraag")

    /// A quoted value: `'tien'`.
    public static func quoted(_ text: String) -> Phrase { Phrase(english: "'\(text)'", dutch: "'\(text)'") }
    /// 'question 2'.
    public static func question(_ number: Int) -> Phrase { Phrase(english: "question \(number)", dutch: "vraag \(number)") }
    /// 'answer 2'.
    public static func answer(_ number: Int) -> Phrase { Phrase(english: "answer \(number)", dutch: "antwoord \(number)") }
    /// 'source 2'.
    public static func source(_ number: Int) -> Phrase { Phrase(english: "source \(number)", dutch: "bron \(number)") }
    /// 'theme 2'.
    public static func theme(_ number: Int) -> Phrase { Phrase(english: "theme \(number)", dutch: "thema \(number)") }
    /// 'level 2'.
    public static func level(_ number: Int) -> Phrase { Phrase(english: "level \(number)", dutch: "uitkomst \(number)") }
    /// 'avoided source 2'.
    public static func avoidedSource(_ number: Int) -> Phrase {
        Phrase(english: "avoided source \(number)", dutch: "te vermijden bron \(number)")
    }
    /// "scale 'vaak'".
    public static func scale(_ name: String) -> Phrase { Phrase(english: "scale '\(name)'", dutch: "schaal '\(name)'") }
    /// "answer 2 of scale 'vaak'".
    public static func answer(_ number: Int, of owner: Phrase) -> Phrase {
        Phrase(english: "answer \(number) of \(owner.english)", dutch: "antwoord \(number) van \(owner.dutch)")
    }
}

/// Messages about a web address in kennisbank.yml, `--base-url` or `KENNISBANK_BASE_URL` (`BaseURL`)
/// (see `Message` for how to add one).
extension Message {
    public static func addressExampleHint() -> Message {
        Message(.addressExampleHint, english: "for example 'https://kennisbank.amsterdam.nl/' or 'https://org.gitlab.io/kennisbank/'",
                dutch: "bijvoorbeeld 'https://kennisbank.amsterdam.nl/' of 'https://org.gitlab.io/kennisbank/'")
    }

    public static func addressEmpty() -> Message {
        Message(.addressEmpty, english: "the base URL is empty", dutch: "het adres is leeg")
    }

    public static func addressSpace() -> Message {
        Message(.addressSpace, english: "a base URL cannot contain spaces", dutch: "er mag geen spatie in het adres staan")
    }

    public static func addressSpaceHint() -> Message {
        Message(.addressSpaceHint, english: "remove the space, or write it as %20 inside the path",
                dutch: "haal de spatie weg, of schrijf hem in het pad als %20")
    }

    public static func addressScheme() -> Message {
        Message(.addressScheme, english: "a base URL must start with https:// or http://",
                dutch: "het adres moet beginnen met https:// of http://")
    }

    public static func addressUserInfo() -> Message {
        Message(.addressUserInfo, english: "a base URL cannot contain a user name or password",
                dutch: "er mag geen gebruikersnaam of wachtwoord in het adres staan")
    }

    public static func addressUserInfoHint() -> Message {
        Message(.addressUserInfoHint, english: "leave out everything up to and including '@'",
                dutch: "laat alles tot en met '@' weg")
    }

    public static func addressQuery() -> Message {
        Message(.addressQuery, english: "a base URL cannot have a query ('?') or fragment ('#')",
                dutch: "er mag geen '?' of '#' in het adres staan")
    }

    public static func addressQueryHint() -> Message {
        Message(.addressQueryHint, english: "end the address with the folder the site is in, e.g. '.../kennisbank/'",
                dutch: "laat het adres eindigen met de map waar de site in staat, bijvoorbeeld '.../kennisbank/'")
    }

    public static func addressPathCharacter(_ character: String) -> Message {
        Message(.addressPathCharacter, [character], english: "'\(character)' is not allowed in the path of a base URL",
                dutch: "'\(character)' mag niet in het pad van het adres staan")
    }

    public static func addressPathCharacterHint() -> Message {
        Message(.addressPathCharacterHint,
                english: "write it percent-encoded (e.g. %20 for a space, %25 for '%'), or leave it out",
                dutch: "schrijf het als %-code (bijvoorbeeld %20 voor een spatie, %25 voor '%'), of laat het weg")
    }

    public static func addressDotFolder() -> Message {
        Message(.addressDotFolder, english: "a base URL cannot contain '.' or '..' folders",
                dutch: "er mogen geen mappen '.' of '..' in het adres staan")
    }

    public static func addressFolderHint() -> Message {
        Message(.addressFolderHint, english: "write the folder the site is published in, e.g. '.../kennisbank/'",
                dutch: "schrijf de map waarin de site online staat, bijvoorbeeld '.../kennisbank/'")
    }

    public static func addressNoHost() -> Message {
        Message(.addressNoHost, english: "a base URL needs a host name after '//'", dutch: "na '//' moet de naam van de website staan")
    }

    public static func addressHostExampleHint() -> Message {
        Message(.addressHostExampleHint, english: "for example 'https://kennisbank.amsterdam.nl/'",
                dutch: "bijvoorbeeld 'https://kennisbank.amsterdam.nl/'")
    }

    public static func addressIPv6Bracket() -> Message {
        Message(.addressIPv6Bracket, english: "an IPv6 address in a base URL needs a closing ']'",
                dutch: "een IPv6-adres heeft een sluitend ']' nodig")
    }

    public static func addressIPv6Character(_ character: String) -> Message {
        Message(.addressIPv6Character, [character], english: "'\(character)' is not allowed in an IPv6 address",
                dutch: "'\(character)' mag niet in een IPv6-adres staan")
    }

    public static func addressIPv6Port() -> Message {
        Message(.addressIPv6Port, english: "expected ':' and a port after the IPv6 address",
                dutch: "na het IPv6-adres kan alleen ':' met een poortnummer staan")
    }

    public static func addressIPv6Hint() -> Message {
        Message(.addressIPv6Hint, english: "write e.g. 'http://[::1]:8080/'", dutch: "schrijf bijvoorbeeld 'http://[::1]:8080/'")
    }

    public static func addressHostCharacter(_ character: String) -> Message {
        Message(.addressHostCharacter, [character], english: "'\(character)' is not allowed in a host name",
                dutch: "'\(character)' mag niet in de naam van een website staan")
    }

    public static func addressHostCharacterHint() -> Message {
        Message(.addressHostCharacterHint,
                english: "a host name has letters, digits, '-' and '.'; write an international name in its xn-- form",
                dutch: "de naam van een website heeft letters, cijfers, '-' en '.'; schrijf een naam met andere tekens in de xn---vorm")
    }

    public static func addressHostInvalid(_ host: String) -> Message {
        Message(.addressHostInvalid, [host], english: "'\(host)' is not a valid host name", dutch: "'\(host)' is geen geldige naam van een website")
    }

    public static func addressHostNameHint() -> Message {
        Message(.addressHostNameHint, english: "for example 'kennisbank.amsterdam.nl'", dutch: "bijvoorbeeld 'kennisbank.amsterdam.nl'")
    }

    public static func addressPort() -> Message {
        Message(.addressPort, english: "the port of a base URL must be a number from 1 to 65535",
                dutch: "het poortnummer moet een getal van 1 tot en met 65535 zijn")
    }

    public static func addressPortHint() -> Message {
        Message(.addressPortHint, english: "write e.g. 'http://127.0.0.1:8080/', or leave out ':' and the port",
                dutch: "schrijf bijvoorbeeld 'http://127.0.0.1:8080/', of laat ':' en het poortnummer weg")
    }
}

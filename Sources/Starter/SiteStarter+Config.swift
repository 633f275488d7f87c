import SiteModel

/// The new site's `kennisbank.yml`, made from the one list of keys (`SiteConfigKey.all`): every key
/// with its explanation, so a key the loader learns shows up in every new site without anyone
/// remembering to add it here.
extension SiteStarter {
    /// The values the new site sets; every other key is shown commented out with its example.
    var configValues: [String: String] {
        [
            "title": Self.quoted(title),
            "description": Self.quoted("Voorbeeldsite: vervang deze zin door wat jullie kennisbank is en voor wie."),
            "organisation": Self.quoted(organisation),
            "language": "nl",
        ]
    }

    /// Examples that name the organisation, for keys the new site shows commented out.
    var configExamples: [String: String] {
        [
            "logo": "\n  file: logo.svg\n  alt: " + Self.quoted(organisation),
            "footer": Self.quoted("Een kennisbank van \(organisation)."),
        ]
    }

    /// The config text. With `examples` every key is set to its example instead (tests load that
    /// to prove that every key is read).
    public func configText(examples: Bool = false) -> String {
        var lines = [
            "# Instellingen van deze kennisbank. `kennisbank init` schreef hier elke instelling die er is.",
            "# Een regel die met # begint, telt niet mee: haal het # (en de spatie erna) weg om hem te gebruiken.",
            "# Alle instellingen zijn optioneel; wat ontbreekt, krijgt de standaardwaarde.",
        ]
        let values = configValues
        for key in SiteConfigKey.all {
            lines.append("")
            lines += key.explanation.map { "# " + $0 }
            let value = examples ? key.example : values[key.name]
            let entry = Self.entry(key.name, value ?? configExamples[key.name] ?? key.example)
            lines += value == nil ? entry.map { "# " + $0 } : entry
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name: value` as lines; a value that starts with a line break continues on the next lines.
    private static func entry(_ name: String, _ value: String) -> [String] {
        let text = value.hasPrefix("\n") ? name + ":" + value : name + ": " + value
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A YAML double-quoted text, so that any name (with a colon, a quote, a '#') stays one value.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r", "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

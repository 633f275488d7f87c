/// Messages about the scoring rules (levels) of vragenlijsten (see `Message` for how to add one).
extension Message {
    public static func levelsWithoutPoints(_ theme: String) -> Message {
        Message(.levelsWithoutPoints, [theme], english: "theme '\(theme)' has levels, but none of its questions gives points",
                dutch: "het thema '\(theme)' heeft uitkomsten ('levels'), maar geen enkele vraag geeft punten")
    }

    public static func levelsWithoutPointsHint() -> Message {
        Message(.levelsWithoutPointsHint, english: "add a 'scale' question, or give every option of a choice question 'points: ...'",
                dutch: "voeg een vraag met 'type: scale' toe, of geef elk antwoord van een keuzevraag 'points: ...'")
    }

    public static func levelsTooFew() -> Message {
        Message(.levelsTooFew, english: "a scoring rule needs at least two levels",
                dutch: "er zijn minstens twee uitkomsten ('levels') nodig")
    }

    public static func levelsTooFewHint() -> Message {
        Message(.levelsTooFewHint, english: "add levels from low to high, e.g. 'Laag risico' and 'Hoog risico'",
                dutch: "zet de uitkomsten van laag naar hoog, bijvoorbeeld 'Laag risico' en 'Hoog risico'")
    }

    public static func levelLabelTwice(_ label: String) -> Message {
        Message(.levelLabelTwice, [label], english: "two levels are called '\(label)'", dutch: "twee uitkomsten heten '\(label)'")
    }

    public static func levelLabelTwiceHint(firstLine: Int) -> Message {
        Message(.levelLabelTwiceHint, [String(firstLine)],
                english: "give every level its own label; the first is at line \(firstLine)",
                dutch: "geef elke uitkomst een eigen label; de eerste staat op regel \(firstLine)")
    }

    public static func levelEmpty(_ name: String, max: Int, previous: Int) -> Message {
        Message(.levelEmpty, [name, String(max), String(previous)],
                english: "level \(name) is empty: its 'max' (\(max)) is not higher than the level before (\(previous))",
                dutch: "uitkomst \(name) is leeg: de 'max' (\(max)) is niet hoger dan die van de uitkomst ervoor (\(previous))")
    }

    public static func levelEmptyHint() -> Message {
        Message(.levelEmptyHint, english: "give the levels a higher 'max' from low to high",
                dutch: "geef de uitkomsten van laag naar hoog een steeds hogere 'max'")
    }

    public static func levelUnreachable(_ name: String, lowest: Int) -> Message {
        Message(.levelUnreachable, [name, String(lowest)],
                english: "level \(name) can never be reached: the lowest score of this theme is \(lowest)",
                dutch: "uitkomst \(name) kan nooit voorkomen: het laagste aantal punten van dit thema is \(lowest)")
    }

    public static func levelUnreachableHint(lowest: Int) -> Message {
        Message(.levelUnreachableHint, [String(lowest)], english: "make 'max' at least \(lowest)",
                dutch: "maak 'max' minstens \(lowest)")
    }

    public static func lastLevelTooLow(highest: Int, max: Int) -> Message {
        Message(.lastLevelTooLow, [String(highest), String(max)],
                english: "the last level must reach the highest score of this theme (\(highest)), not \(max)",
                dutch: "de laatste uitkomst moet doorlopen tot het hoogste aantal punten van dit thema (\(highest)), niet tot \(max)")
    }

    public static func lastLevelTooLowHint() -> Message {
        Message(.lastLevelTooLowHint, english: "remove 'max' from the last level; it goes up to the highest score",
                dutch: "haal 'max' weg bij de laatste uitkomst; die loopt vanzelf door tot het hoogste aantal punten")
    }

    public static func levelsAfterUnreachable(_ name: String, highest: Int) -> Message {
        Message(.levelsAfterUnreachable, [name, String(highest)],
                english: "the levels after \(name) can never be reached: the highest score of this theme is \(highest)",
                dutch: "de uitkomsten na \(name) kunnen nooit voorkomen: het hoogste aantal punten van dit thema is \(highest)")
    }

    public static func levelsAfterUnreachableHint(highest: Int) -> Message {
        Message(.levelsAfterUnreachableHint, [String(highest)], english: "make 'max' lower than \(highest)",
                dutch: "maak 'max' lager dan \(highest)")
    }

    public static func levelNoMax(_ name: String) -> Message {
        Message(.levelNoMax, [name], english: "level \(name) has no 'max'", dutch: "uitkomst \(name) heeft geen 'max'")
    }

    public static func levelNoMaxHint(example: Int) -> Message {
        Message(.levelNoMaxHint, [String(example)],
                english: "write the highest score of this level, e.g. 'max: \(example)'; only the last level goes without",
                dutch: "schrijf het hoogste aantal punten van deze uitkomst, bijvoorbeeld 'max: \(example)'; alleen de laatste uitkomst heeft geen 'max'")
    }
}

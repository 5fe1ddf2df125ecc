/// Makes Vietnamese personal names, never the same one twice within one namer.
struct PersonNamer {
    private var used: Set<String> = []

    mutating func name(using rng: inout SeededRandom) -> String {
        person(using: &rng).name
    }

    /// A name and whether it is a woman's (for "Ông"/"Bà").
    mutating func person(using rng: inout SeededRandom) -> (name: String, female: Bool) {
        for _ in 0..<50 {
            let female = rng.chance(0.35)
            let candidate = [
                rng.pick(PersonNames.family),
                rng.pick(female ? PersonNames.femaleMiddle : PersonNames.maleMiddle),
                rng.pick(female ? PersonNames.femaleGiven : PersonNames.maleGiven),
            ].joined(separator: " ")
            if used.insert(candidate).inserted { return (candidate, female) }
        }
        return (rng.pick(PersonNames.family) + " Văn " + rng.pick(PersonNames.maleGiven), false)
    }
}

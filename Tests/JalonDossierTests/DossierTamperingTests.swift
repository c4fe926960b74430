import JalonDossier
import JalonXML
import Testing

/// One character changed anywhere in the embedded project, and the dossier says it was altered.
@Suite("XML dossier: every one-character alteration of the project is detected")
struct DossierTamperingTests {
    /// Where the project's text and attribute values lie in the written dossier: each run of characters
    /// between `>` and `<` (text nodes, indentation included) and between `="` and `"` (attribute values).
    static func editableRuns(in text: [Character], from start: Int, to end: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = start
        while index < end {
            if text[index] == ">", let next = text[(index + 1)..<end].firstIndex(of: "<"), next > index + 1 {
                runs.append((index + 1)..<next)
                index = next
            } else if text[index] == "=", index + 1 < end, text[index + 1] == "\"",
                let close = text[(index + 2)..<end].firstIndex(of: "\""), close > index + 2
            {
                runs.append((index + 2)..<close)
                index = close + 1
            } else {
                index += 1
            }
        }
        return runs
    }

    /// A different character of the same kind, so the change is as small as it can be.
    static func altered(_ character: Character) -> Character {
        switch character {
        case "0"..."8": Character(Unicode.Scalar(character.unicodeScalars.first!.value + 1)!)
        case "9": "8"
        case "a"..."y", "A"..."Y": Character(Unicode.Scalar(character.unicodeScalars.first!.value + 1)!)
        case "z": "y"
        case "Z": "Y"
        case "e": "é"
        case " ": "\u{A0}"
        default: "x"
        }
    }

    /// A UTF-16 offset of `text` as an index into its characters.
    private func offset(_ utf16Offset: Int, in text: String) -> Int {
        text.distance(from: text.startIndex, to: String.Index(utf16Offset: utf16Offset, in: text))
    }

    @Test(arguments: ["karim-montbeliard-reconversion.xml", "nadia-besancon-vae-portail.xml"])
    func everyTextNodeAndAttributeValue(sample: String) throws {
        let dossier = try SampleDossiers.dossier(sample, share: .all)
        let text = Array(String(decoding: DossierXML.encode(dossier), as: UTF8.self))
        let whole = String(text)
        let project =
            try #require(whole.range(of: "<project ")?.lowerBound).utf16Offset(
                in: whole)..<(try #require(whole.range(of: "</project>")?.upperBound)).utf16Offset(in: whole)
        let runs = Self.editableRuns(in: text, from: offset(project.lowerBound, in: whole), to: offset(project.upperBound, in: whole))
        #expect(runs.count > 150, "the sample should give many places to alter (\(runs.count))")
        var undetected: [String] = []
        for run in runs {
            // The first character that is not indentation, else the run's first (then a space becomes a no-break space).
            let position = run.first(where: { !text[$0].isWhitespace }) ?? run.lowerBound
            var tampered = text
            tampered[position] = Self.altered(text[position])
            let place = "offset \(position) «\(String(text[run].prefix(30)))»"
            do {
                let file = try DossierXML.read(bytes: Array(String(tampered).utf8), sourceName: sample)
                if file.isIntact { undetected.append(place) }
            } catch .altered(let stated, let computed, _) {
                if stated == computed { undetected.append(place + " (altered, but same fingerprints)") }
            } catch {
                undetected.append(place + " : \(error.message(in: .en))")
            }
        }
        #expect(undetected.isEmpty, "\(undetected.count) of \(runs.count) alterations not reported as such: \(undetected.prefix(5))")
    }
}

import Foundation
import JalonCore
import JalonStore
import JalonXML
import Testing

@Suite("Saved suggestions and training paths (format 1.1) through the codec")
struct SavedResultsCodecTests {
    static let stamp = ComputationStamp(catalogue: "2.1 (rome@v460 « test » & co)", computed: Timestamp(iso8601: "2026-11-29T04:00:00Z")!, engine: "0.1.0")

    /// Everything the sections can hold, with the edge values of each figure.
    static func project() -> Project {
        var project = Project.started(displayName: "Karim", at: Timestamp(iso8601: "2026-11-29T03:00:00Z")!)
        project.suggestions = SavedSuggestions(
            stamp: stamp,
            suggestions: [
                SavedSuggestion(
                    fiche: RomeCode("I1310")!, libelle: "Mécanicien / Mécanicienne de maintenance industrielle", rang: 1, score: 100,
                    composantes: [
                        SavedScoreComponent(
                            nom: "competences", valeur: ScoreFigure(text: "41.7")!, poids: ScoreFigure(text: "0.4")!,
                            elements: [
                                SavedScoreItem(code: "106679", role: .correspond, libelle: "Changer ou réparer une pièce"),
                                SavedScoreItem(code: "300080", role: .manque),
                                SavedScoreItem(code: "r1", role: .contribue, libelle: "a < b & \"c\"")
                            ]),
                        SavedScoreComponent(
                            nom: "acces", valeur: ScoreFigure(thousandths: 100_000)!, poids: ScoreFigure(thousandths: 1)!,
                            points: ScoreFigure(text: "12.5")!),
                        SavedScoreComponent(nom: "mobilite", valeur: ScoreFigure(thousandths: 0)!, poids: ScoreFigure(thousandths: 1000)!)
                    ], raisons: ["Le travail manuel est au cœur de ce métier.", "Deuxième\nligne"]),
                SavedSuggestion(fiche: RomeCode("N1101")!, rang: 2, score: 0)
            ])
        project.parcours = SavedTrainingPaths(
            stamp: stamp,
            cibles: [
                SavedPathTarget(
                    fiche: RomeCode("I1310")!, libelle: "Mécanicien",
                    chemins: [
                        SavedPath(
                            rang: 1, score: 84,
                            etapes: [
                                SavedPathStep(certification: CertificationCode("RNCP37276"), intitule: "Titre professionnel", niveau: Niveau(3), voie: .vae),
                                SavedPathStep(
                                    certification: CertificationCode("RNCP36968"), niveau: Niveau(5), voie: .apprentissage,
                                    insertion: SavedInsertionRate(
                                        perimetre: .region("27"), millesime: "2022_2023", voie: .apprentissage,
                                        emploi6Mois: 85, emploi12Mois: 85, poursuiteEtudes: 27))
                            ], raisons: ["La VAE est ouverte pour ce titre."]),
                        SavedPath(
                            rang: 2, score: 0,
                            etapes: [
                                SavedPathStep(
                                    voie: .formationContinue,
                                    insertion: SavedInsertionRate(
                                        perimetre: .national, millesime: "2023",
                                        emploi6Mois: 0, emploi12Mois: 100, emploi18Mois: 50, emploi24Mois: 60, poursuiteEtudes: 1))
                            ])
                    ]),
                // A target that is no kept piste: the schema must not require one.
                SavedPathTarget(fiche: RomeCode("H2912")!)
            ])
        return project
    }

    @Test func modelToXMLToModel() throws {
        let project = Self.project()
        let bytes = ProjectCodec.encode(project)
        let document = try XMLDocument(bytes: bytes, sourceName: "saved.xml")
        let diagnostics = TestFiles.schema.validate(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(try ProjectCodec.decode(document) == project)
        #expect(ProjectCodec.encode(try ProjectCodec.decode(document)) == bytes)
    }

    @Test func writesTheSectionsInTheirPlaceAndForm() throws {
        let text = String(decoding: ProjectCodec.encode(Self.project()), as: UTF8.self)
        #expect(text.contains(#"<project xmlns="urn:jalon:project:1" schemaVersion="1.3">"#))
        #expect(text.contains(#"<suggestions catalogue="2.1 (rome@v460 « test » &amp; co)" calcule="2026-11-29T04:00:00Z" moteur="0.1.0">"#))
        #expect(text.contains(#"<composante nom="competences" valeur="41.7" poids="0.4">"#))
        // The points a part adds (since issue 15); absent from older records, which still read.
        #expect(text.contains(#"<composante nom="acces" valeur="100" poids="0.001" points="12.5"/>"#))
        #expect(text.contains(#"<composante nom="mobilite" valeur="0" poids="1"/>"#))
        #expect(text.contains(#"<element code="300080" role="manque"/>"#))
        #expect(text.contains(#"<element code="r1" role="contribue">a &lt; b &amp; "c"</element>"#))
        #expect(text.contains(#"<suggestion fiche="N1101" rang="2" score="0"/>"#))
        #expect(text.contains(#"<insertion region="27" millesime="2022_2023" voie="apprentissage" emploi6="85" emploi12="85" poursuite="27"/>"#))
        #expect(text.contains(#"<etape voie="formation-continue">"#))
        #expect(text.contains(#"<cible fiche="H2912"/>"#))
        // Sections in schema order: suggestions right after pistes (absent here), parcours after formations.
        let suggestions = try #require(text.range(of: "<suggestions"))
        let parcours = try #require(text.range(of: "<parcours"))
        #expect(suggestions.lowerBound < parcours.lowerBound)
    }

    @Test func sectionsAreOptional() throws {
        let text = String(decoding: ProjectCodec.encode(Project.started(displayName: "Léa")), as: UTF8.self)
        #expect(!text.contains("<suggestions") && !text.contains("<parcours"))
    }

    /// "Computed, nothing to show" is a result the person saw: kept with its stamp, distinct from absent.
    @Test func anEmptyResultIsKeptWithItsStamp() throws {
        var project = Project.started(displayName: "Léa")
        project.suggestions = SavedSuggestions(stamp: Self.stamp, suggestions: [])
        project.parcours = SavedTrainingPaths(stamp: Self.stamp, cibles: [])
        let bytes = ProjectCodec.encode(project)
        let document = try XMLDocument(bytes: bytes, sourceName: "empty.xml")
        #expect(TestFiles.schema.validate(document).isEmpty)
        #expect(try ProjectCodec.decode(document) == project)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#"<parcours catalogue="#))
    }

    @Test(arguments: [
        ("0", 0), ("100", 100_000), ("78.5", 78_500), ("0.125", 125), ("0.4", 400), ("41.7", 41_700)
    ])
    func figuresHaveOneWrittenForm(_ text: String, _ thousandths: Int) {
        let figure = ScoreFigure(text: text)
        #expect(figure?.thousandths == thousandths)
        #expect(figure?.description == text)
    }

    @Test func figuresFromTheEngineAreRoundedToTheThousandth() {
        #expect(ScoreFigure(78.333_333)?.description == "78.333")
        #expect(ScoreFigure(0.1 + 0.2)?.description == "0.3")
        #expect(ScoreFigure(-1) == nil && ScoreFigure(.nan) == nil && ScoreFigure(.infinity) == nil)
        #expect(ScoreFigure(text: "1.2345") == nil && ScoreFigure(text: ".5") == nil && ScoreFigure(text: "5.") == nil)
        #expect(ScoreFigure(text: "-1") == nil && ScoreFigure(text: "1e2") == nil && ScoreFigure(text: "") == nil)
        // Read on bytes: other scripts' digits, two points, thirteen digits are refused as before.
        #expect(ScoreFigure(text: "٣") == nil && ScoreFigure(text: "1.2.3") == nil && ScoreFigure(text: "1234567890123") == nil)
        #expect(ScoreFigure(text: "999999999999.999")?.thousandths == 999_999_999_999_999 && ScoreFigure(text: "7.05")?.thousandths == 7_050)
    }

    /// Without validation, an out-of-range figure still fails at its element and line.
    @Test(arguments: [
        (#"valeur="41.7""#, #"valeur="100.5""#, "valeur", ProjectDecodingError.ValueKind.componentValue),
        (#"poids="0.4""#, #"poids="1.5""#, "poids", .componentWeight),
        (#"score="100""#, #"score="101""#, "score", .score),
        (#"region="27""#, #"region="Bourgogne""#, "region", .insertionRegion),
        (#"millesime="2022_2023""#, #"millesime="22-23""#, "millesime", .millesime)
    ])
    func outOfRangeValuesAreNamed(_ valid: String, _ broken: String, _ attribute: String, _ kind: ProjectDecodingError.ValueKind) throws {
        let text = String(decoding: ProjectCodec.encode(Self.project()), as: UTF8.self)
        #expect(text.contains(valid))
        let document = try XMLDocument(bytes: Array(text.replacingOccurrences(of: valid, with: broken).utf8), sourceName: "broken.xml")
        #expect(!TestFiles.schema.validate(document).isEmpty, "the schema should refuse \(broken)")
        let error = try #require(throws: ProjectDecodingError.self) { try ProjectCodec.decode(document) }
        guard case .invalidValue(_, let named, let expected) = error.reason else {
            Issue.record("unexpected \(error.reason)")
            return
        }
        #expect(named == attribute && expected == kind)
        #expect(error.message(in: .fr).hasPrefix("broken.xml:"))
    }
}

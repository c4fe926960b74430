import Foundation
import JalonCore

/// The dossier as JSON, described by `Resources/Schemas/dossier-1.0.schema.json` (JSON Schema 2020-12).
/// Field names are English camelCase and stable; values are the project format's own tokens (step
/// names, states, routes…), not translated words, so programs can rely on them. Absent values are left
/// out rather than written as null; lists are always present. Keys are sorted: the same dossier always
/// gives the same bytes.
public enum DossierJSON {
    public static let format = "jalon-dossier"
    public static let version = "1.0"

    public static func encode(_ dossier: Dossier) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value is a string, a number, a Bool or a list/object of them: encoding cannot fail.
        let data = (try? encoder.encode(Document(dossier))) ?? Data()
        return Array(data) + Array("\n".utf8)
    }

    struct Document: Encodable {
        var format = DossierJSON.format
        var version = DossierJSON.version
        var exported: String
        var revision: Int
        var share: [String]
        var fingerprint: Fingerprint
        var annotation: Annotation?
        var person: Person
        var project: ProjectSummary
        var interests: Interests
        var skills: [SkillGroup]
        /// The same skills by ROME category; empty when the dossier was made without the catalogue.
        var skillDomains: [SkillDomain]
        /// The catalogue `skillDomains` and the centres' labels come from; absent without one.
        var labelsCatalogue: String?
        var metiers: Metiers
        var trainings: Trainings
        var plan: [Action]
        var synthesis: Synthesis
        var notes: [Note]
        var history: [Revision]
        var sources: [Source]

        init(_ dossier: Dossier) {
            let project = dossier.project
            exported = dossier.exported.iso8601
            revision = dossier.revision
            share = dossier.share.words
            fingerprint = Fingerprint(value: dossier.fingerprint)
            annotation = dossier.annotation.map {
                Annotation(originFingerprint: $0.originFingerprint, date: $0.date.iso8601, counsellor: $0.counsellor, structure: $0.structure)
            }
            person = Person(dossier)
            self.project = ProjectSummary(project)
            interests = Interests(dossier)
            skills = dossier.skillGroups.map(SkillGroup.init)
            skillDomains = (dossier.skillDomains ?? []).map(SkillDomain.init)
            labelsCatalogue = dossier.references.catalogue
            metiers = Metiers(dossier)
            trainings = Trainings(project)
            plan = dossier.planTimeline.map(Action.init)
            synthesis = Synthesis(paragraphs: project.synthese?.paragraphes ?? [], shared: project.synthese?.partagee?.iso8601)
            notes = dossier.notesInStepOrder.map(Note.init)
            history = dossier.history.map {
                Revision(number: $0.number, date: $0.created.iso8601, role: $0.role, counsellor: $0.counsellorName, message: $0.message)
            }
            sources = dossier.sources.map {
                Source(result: $0.result.rawValue, catalogue: $0.catalogue, computed: $0.computed.iso8601, engine: $0.engine)
            }
        }
    }

    struct Fingerprint: Encodable {
        var algorithm = DossierXML.fingerprintAlgorithm
        var value: String
    }

    struct Annotation: Encodable {
        var originFingerprint: String
        var date: String
        var counsellor: String
        var structure: String?
    }

    struct Person: Encodable {
        struct Place: Encodable { var insee: String; var name: String }
        var label: String
        var name: String?
        var birthYear: Int?
        var email: String?
        var phone: String?
        var commune: Place?
        var departement: String?
        var situation: String?
        var diploma: String?
        var mobilityKm: Int?
        var constraints: [String]
        /// True when the person asked for « métiers qui recrutent dans ma région »; absent otherwise.
        var hiringPreference: Bool?

        init(_ dossier: Dossier) {
            let profil = dossier.project.profil
            label = dossier.personLabel
            name = dossier.sharedName
            birthYear = profil?.anneeNaissance
            email = profil?.contact?.courriel
            phone = profil?.contact?.telephone
            commune = profil?.commune.map { Place(insee: $0.codeInsee, name: $0.nom) }
            departement = profil?.departement?.code
            situation = profil?.situation?.rawValue
            diploma = profil?.diplome?.token
            mobilityKm = profil?.mobiliteKm
            constraints = profil?.contraintes ?? []
            hiringPreference = profil?.metiersQuiRecrutent == true ? true : nil
        }
    }

    struct ProjectSummary: Encodable {
        struct StepState: Encodable { var step: String; var state: String }
        var id: String
        var created: String
        var updated: String
        var currentStep: String
        var steps: [StepState]

        init(_ project: Project) {
            id = project.id.rawValue
            created = project.metadata.created.iso8601
            updated = project.metadata.updated.iso8601
            currentStep = project.progression.current.rawValue
            steps = Step.allCases.map { StepState(step: $0.rawValue, state: project.progression[$0].rawValue) }
        }
    }

    struct Interests: Encodable {
        /// `label`: the centre's words (from the catalogue, or copied by a saved suggestion), when known.
        struct Centre: Encodable { var code: Int; var rating: Int; var label: String? }
        var hollandCode: String?
        var riasec: [String: Int]?
        var riasecComputed: String?
        var centres: [Centre]

        init(_ dossier: Dossier) {
            let interets = dossier.project.interets
            hollandCode = interets?.profil?.code
            riasec = interets?.profil.map { profil in
                Dictionary(uniqueKeysWithValues: RiasecType.allCases.map { ($0.rawValue, profil[$0]) })
            }
            riasecComputed = interets?.profil?.computed.iso8601
            centres = dossier.ratedCentres.map { Centre(code: $0.centre.rawValue, rating: $0.rating.value, label: dossier.centreName($0.centre)) }
        }
    }

    struct SkillDomain: Encodable {
        struct Skill: Encodable {
            var label: String?
            var ogr: Int?
            var level: Int?
            /// `experience`, `declared` or `suggested`, as `skills[].origin` says.
            var origin: String
            var experience: String?
        }
        /// The ROME category; absent for the skills outside the catalogue.
        var category: String?
        var skills: [Skill]

        init(_ domain: DossierSkillDomain) {
            category = domain.category
            skills = domain.competences.map { competence in
                let origin =
                    switch competence.source {
                    case .experience: "experience"
                    case .declaree: "declared"
                    case .suggeree: "suggested"
                    }
                return Skill(
                    label: competence.libelle ?? competence.item?.libelle, ogr: competence.item?.code.rawValue,
                    level: competence.maitrise?.rawValue, origin: origin, experience: competence.source.experience?.rawValue)
            }
        }
    }

    struct SkillGroup: Encodable {
        struct ExperienceSummary: Encodable {
            var id: String
            var nature: String
            var title: String?
            var ogr: Int?
            var years: Double?
            var structure: String?
        }
        struct Skill: Encodable {
            var label: String?
            var ogr: Int?
            var level: Int?
        }
        var origin: String
        var experience: ExperienceSummary?
        var skills: [Skill]

        init(_ group: DossierSkillGroup) {
            switch group.origin {
            case .experience(let experience):
                origin = "experience"
                self.experience = ExperienceSummary(
                    id: experience.id.rawValue, nature: experience.nature.rawValue,
                    title: experience.intitule ?? experience.appellation?.libelle,
                    ogr: experience.appellation?.code.rawValue, years: experience.annees,
                    structure: experience.structure)
            case .declared: origin = "declared"
            case .suggested: origin = "suggested"
            }
            skills = group.competences.map {
                Skill(label: $0.libelle ?? $0.item?.libelle, ogr: $0.item?.code.rawValue, level: $0.maitrise?.rawValue)
            }
        }
    }

    struct Metiers: Encodable {
        struct Kept: Encodable {
            var fiche: String
            var label: String?
            var rank: Int?
            var score: Int?
            var reasons: [String]
            var comments: [String]
            var prospects: Prospects?
        }
        /// The family's tension, in tokens (the text formats say it in words).
        struct Prospects: Encodable {
            struct Component: Encodable { var kind: String; var category: Int; var unfavourable: Bool }
            var family: String
            var level: String
            var category: Int
            var area: String
            var requestedArea: String?
            var year: Int
            var components: [Component]
            var medianSalary: Int?
            var salaryPeriod: String?
            var source: String

            init(_ tension: MetierTension) {
                family = tension.family
                level = tension.level.rawValue
                category = tension.category
                area = tension.area.token
                requestedArea = tension.requestedArea?.token
                year = tension.year
                components = tension.components.map { Component(kind: $0.kind.rawValue, category: $0.category, unfavourable: $0.isUnfavourable) }
                medianSalary = tension.medianSalary?.euros
                salaryPeriod = tension.medianSalary?.period
                source = "\(tension.source.publisher), \(tension.source.title), \(tension.source.version)"
            }
        }
        struct Lead: Encodable { var fiche: String; var label: String? }
        var kept: [Kept]
        var suggested: [Lead]
        var ruledOut: [Lead]
        /// As saved, in the one suggestion shape (`SuggestionJSON`).
        var suggestions: [SuggestionJSON]

        init(_ dossier: Dossier) {
            kept = dossier.keptMetiers.map {
                Kept(
                    fiche: $0.fiche.description, label: $0.libelle, rank: $0.rang, score: $0.score, reasons: $0.raisons, comments: $0.commentaires,
                    prospects: dossier.references.debouches[$0.fiche].map(Prospects.init))
            }
            suggested = (dossier.project.pistes?.suggerees ?? []).map { Lead(fiche: $0.fiche.description, label: $0.libelle) }
            ruledOut = (dossier.project.pistes?.ecartees ?? []).map { Lead(fiche: $0.fiche.description, label: $0.libelle) }
            suggestions = (dossier.project.suggestions?.suggestions ?? []).map { SuggestionJSON($0) }
        }
    }

    struct Trainings: Encodable {
        struct Formation: Encodable {
            var fiche: String
            var certification: String?
            var title: String?
            var level: Int?
            var route: String
            var provider: String?
            var chosen: Bool
            var comment: String?
        }
        struct Insertion: Encodable {
            var scope: String
            var year: String
            var route: String?
            var employment6Months: Int?
            var employment12Months: Int?
            var employment18Months: Int?
            var employment24Months: Int?
            var furtherStudy: Int?
        }
        struct PathStep: Encodable {
            var certification: String?
            var title: String?
            var level: Int?
            var route: String
            var insertion: Insertion?
        }
        struct Path: Encodable {
            var rank: Int
            var score: Int
            var steps: [PathStep]
            var reasons: [String]
        }
        struct Target: Encodable {
            var fiche: String
            var label: String?
            var paths: [Path]
        }
        var formations: [Formation]
        var paths: [Target]

        init(_ project: Project) {
            formations = project.formations.map {
                Formation(
                    fiche: $0.fiche.description, certification: $0.certification?.description, title: $0.intitule,
                    level: $0.niveau?.rawValue, route: $0.voie.rawValue, provider: $0.organisme, chosen: $0.choisie,
                    comment: $0.commentaire)
            }
            paths = (project.parcours?.cibles ?? []).map { cible in
                Target(
                    fiche: cible.fiche.description, label: cible.libelle,
                    paths: cible.chemins.map { chemin in
                        Path(
                            rank: chemin.rang, score: chemin.score,
                            steps: chemin.etapes.map { etape in
                                PathStep(
                                    certification: etape.certification?.description, title: etape.intitule, level: etape.niveau?.rawValue,
                                    route: etape.voie.rawValue,
                                    insertion: etape.insertion.map {
                                        Insertion(
                                            scope: $0.perimetre.description, year: $0.millesime, route: $0.voie?.rawValue,
                                            employment6Months: $0.emploi6Mois, employment12Months: $0.emploi12Mois,
                                            employment18Months: $0.emploi18Mois, employment24Months: $0.emploi24Mois,
                                            furtherStudy: $0.poursuiteEtudes)
                                    })
                            }, reasons: chemin.raisons)
                    })
            }
        }
    }

    public struct Action: Encodable, Sendable {
        var id: String
        var kind: String
        var status: String
        var title: String
        var date: String?
        var fiche: String?
        var place: String?
        var report: String?

        public init(_ action: PlanAction) {
            id = action.id.rawValue
            kind = action.kind.rawValue
            status = action.status.rawValue
            title = action.intitule
            date = action.date?.iso8601
            fiche = action.fiche?.description
            place = action.lieu
            report = action.compteRendu
        }
    }

    struct Synthesis: Encodable {
        var paragraphs: [String]
        var shared: String?
    }

    /// A counsellor's note; the server's notes route answers in this same shape.
    public struct Note: Encodable, Sendable {
        var id: String
        var author: String
        var structure: String?
        var date: String
        var section: String
        var status: String
        var text: String

        public init(_ note: CounsellorNote) {
            id = note.id.rawValue
            author = note.auteur
            structure = note.structure
            date = note.date.iso8601
            section = note.section.rawValue
            status = note.status.rawValue
            text = note.texte
        }
    }

    struct Revision: Encodable {
        var number: Int
        var date: String
        var role: String
        var counsellor: String?
        var message: String
    }

    struct Source: Encodable {
        var result: String
        var catalogue: String
        var computed: String
        var engine: String
    }
}

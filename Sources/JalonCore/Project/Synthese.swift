/// Step 7: the person's own account of the project, in paragraphs, and when it was last shared. What
/// was found, chosen and planned is not repeated here: the dossier is rendered from the other steps.
public struct Synthese: Hashable, Sendable {
    public var paragraphes: [String]
    public var partagee: Timestamp?

    public init(paragraphes: [String] = [], partagee: Timestamp? = nil) {
        self.paragraphes = paragraphes
        self.partagee = partagee
    }
}

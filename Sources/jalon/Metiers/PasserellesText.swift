import JalonCore

enum PasserellesText {
    /// Why a passerelle is near: its ROME mobilité and the cœur de métier it shares.
    static func reasons(_ passerelle: Passerelle) -> [String] {
        var reasons: [String] = []
        if let position = passerelle.mobilitePosition {
            reasons.append(L("mobilité ROME n° \(position) sur \(passerelle.mobiliteCount)", "ROME mobility no. \(position) of \(passerelle.mobiliteCount)"))
        }
        if !passerelle.sharedCoeur.isEmpty {
            let names = passerelle.sharedCoeur.prefix(3).map { "« \($0.label) »" }.joined(separator: ", ")
            reasons.append(L("\(passerelle.sharedCoeur.count) sur \(passerelle.targetCoeurCount) éléments de son cœur de métier en commun : \(names)",
                             "\(passerelle.sharedCoeur.count) of its \(passerelle.targetCoeurCount) core items shared: \(names)"))
        }
        return reasons
    }
}

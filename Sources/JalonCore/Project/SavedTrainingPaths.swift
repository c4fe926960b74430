/// The training paths shown at step 5 for each target, with what produced them. Like
/// `SavedSuggestions`, a record of what was shown, independent of the engine's live types.
public struct SavedTrainingPaths: Hashable, Sendable {
    public var stamp: ComputationStamp
    /// One per fiche. A target need not be a kept piste any more: the person may have set it aside
    /// since, and the record stays as it was shown.
    public var cibles: [SavedPathTarget]

    public init(stamp: ComputationStamp, cibles: [SavedPathTarget]) {
        self.stamp = stamp
        self.cibles = cibles
    }
}

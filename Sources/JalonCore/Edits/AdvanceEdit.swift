/// Finishes the current step and opens the next one, only when `Readiness` allows it
/// (`Project.advance`); a refusal names what is missing.
public struct AdvanceEdit: ProjectEdit {
    public init() {}

    public func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        let step = project.progression.current
        do throws(Project.AdvanceRefusal) {
            return EditResult(message: try project.advance(in: context.language), step: step)
        } catch {
            throw .refused("progression", fr: error.message(in: .fr), en: error.message(in: .en))
        }
    }
}

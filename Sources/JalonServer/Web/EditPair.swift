import JalonCore

/// Two edits saved as one revision — on the formations page, the paths shown and then the one chosen,
/// as `jalon demo` saves them. Either may find nothing to change; both finding nothing is « unchanged ».
struct EditPair<First: ProjectEdit, Second: ProjectEdit>: ProjectEdit {
    let first: First
    let second: Second

    func apply(to project: inout Project, in context: EditContext) throws(EditFailure) -> EditResult<Void> {
        var firstResult: EditResult<First.Change>?
        do { firstResult = try first.apply(to: &project, in: context) } catch  where error.kind == .unchanged {}
        do {
            let result = try second.apply(to: &project, in: context)
            return EditResult(message: [firstResult?.message, result.message].compactMap { $0 }.joined(separator: " ; "), step: result.step)
        } catch  where error.kind == .unchanged {
            guard let firstResult else { throw error }
            return EditResult(message: firstResult.message, step: firstResult.step)
        }
    }
}

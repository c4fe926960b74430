import ArgumentParser

/// The `N` argument of the commands that act on one plan action (`plan done`, `plan remove`): the
/// number `plan list` shows, or the action's id; the edit resolves and checks it.
struct PlanActionArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(L("Numéro affiché par plan list, ou identifiant (a1…).", "Number shown by plan list, or id (a1…)."), valueName: "N"))
    var action: String
}

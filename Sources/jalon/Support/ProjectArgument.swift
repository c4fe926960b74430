import ArgumentParser
import JalonCore

extension ProjectID: @retroactive ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

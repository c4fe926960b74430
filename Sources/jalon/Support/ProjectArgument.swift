import ArgumentParser
import JalonCore

extension ProjectID: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

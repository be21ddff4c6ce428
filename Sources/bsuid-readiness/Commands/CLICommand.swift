import ArgumentParser

/// A subcommand whose every failure is a `CLIError`, printed to stderr and turned into its exit
/// status here, in one place.
protocol CLICommand: ParsableCommand {
  /// The command's work; throws to stop with the error's messages and exit status.
  func execute() throws(CLIError)
}

extension CLICommand {
  func run() throws {
    do {
      try execute()
    } catch {
      Console.report(error.messages)
      throw ExitCode(error.status.rawValue)
    }
  }
}

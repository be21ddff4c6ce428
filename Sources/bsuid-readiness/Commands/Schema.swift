import ArgumentParser

extension BSUIDReadiness {
  /// Placeholder until implemented.
  struct Schema: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet implemented.")
    func run() async throws { throw ExitCode(64) }
  }
}

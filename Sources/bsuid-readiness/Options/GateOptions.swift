import ArgumentParser
import ReadinessCore

/// Gates for scheduled runs: `--fail-under SCORE`, `--fail-on red|amber`, and `--quiet`.
struct GateOptions: ParsableArguments {
  @Option(
    name: .customLong("fail-under"),
    help: ArgumentHelp(
      "Exit 1, after writing every file, when the overall score is below this (0-100).",
      valueName: "score"))
  var failUnder: Double?

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "Exit 1, after writing every file, when the overall RAG is this or worse: red or amber.",
      valueName: "rag"),
    transform: GateOptions.rag)
  var failOn: RAG?

  @Flag(name: .customLong("quiet"), help: "Print only errors and failed gates.")
  var quiet = false

  /// The gates asked for, `--fail-under` first.
  var gates: [Gate] {
    [failUnder.map(Gate.failUnder), failOn.map(Gate.failOn)].compactMap { $0 }
  }

  func validate() throws {
    if let failUnder, !(0...100).contains(failUnder) {
      throw ValidationError("--fail-under takes a score from 0 to 100")
    }
  }

  private static func rag(_ text: String) throws -> RAG {
    guard let rag = RAG(rawValue: text.lowercased()), rag != .green else {
      throw ValidationError("--fail-on takes red or amber, not '\(text)'")
    }
    return rag
  }
}

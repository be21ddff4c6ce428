/// A template set that cannot be used: a template that does not parse, or one that is missing.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
  /// `file` (the name the user sees, e.g. `partials/gantt.mustache`) does not parse at `line`:`column`.
  case parse(file: String, line: Int, column: Int, message: String)
  /// No template of this name in the set (neither bundled nor overridden).
  case missingTemplate(String)
  /// Templates that include each other without end: `file` starts the cycle, `chain` names
  /// the templates from it back to itself (`report.mustache`, `report.mustache`).
  case partialCycle(file: String, chain: [String])

  public var description: String {
    switch self {
    case .parse(let file, let line, let column, let message):
      "\(file):\(line):\(column): error: template does not parse: \(message)"
    case .partialCycle(let file, let chain):
      "\(file): error: templates include each other without end: \(chain.joined(separator: " → "))"
    case .missingTemplate(let name):
      "error: no template named '\(name)'; the bundled Templates/html folder is incomplete"
    }
  }
}

import ReadinessCore

/// One message for stderr, compiler-style: `location: severity: text`, detail lines indented
/// beneath, then `  hint: …`. Diagnostics and the CLI's own errors print alike, without colour
/// (stderr is often a log file).
struct ConsoleMessage {
  var severity = Diagnostic.Severity.error
  /// The file it concerns: a path, or `file:line:column`.
  var location: String?
  var text: String
  /// Lines under the text, such as each problem a check found.
  var details: [String] = []
  /// What the user can do about it.
  var hint: String?

  init(_ text: String, at location: String? = nil, details: [String] = [], hint: String? = nil) {
    self.text = text
    self.location = location
    self.details = details
    self.hint = hint
  }

  init(_ diagnostic: Diagnostic) {
    self.init(diagnostic.message, at: diagnostic.location?.description, hint: diagnostic.hint)
    severity = diagnostic.severity
  }

  /// The message as printed, its lines joined by line breaks (no final one).
  var rendered: String {
    var lines = [(location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(text)"]
    lines += details.map { "  \($0)" }
    if let hint { lines.append("  hint: \(hint)") }
    return lines.joined(separator: "\n")
  }
}

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
  /// The diagnostic it prints, when it is one.
  var diagnostic: Diagnostic?

  init(_ text: String, at location: String? = nil, details: [String] = [], hint: String? = nil) {
    self.text = text
    self.location = location
    self.details = details
    self.hint = hint
  }

  /// `diagnostic` with its sentence and hint in `language`; the severity word and `hint:` stay
  /// English, as the codes do, for scripts and searches.
  init(_ diagnostic: Diagnostic, in language: any MessageLanguage) {
    // A long file name is cut before its line and column, which stay readable.
    let location = diagnostic.location.map { at in
      "\(TerminalText.clean(at.file, limit: 200)):\(at.line):\(at.column)"
    }
    self.init(
      diagnostic.text.text(in: language), at: location,
      hint: diagnostic.hintText?.text(in: language))
    severity = diagnostic.severity
    self.diagnostic = diagnostic
  }

  /// The message as printed, its lines joined by line breaks (no final one); every part is
  /// sanitised and the location and each line cut to a readable length.
  var rendered: TerminalText {
    let head: TerminalText = "\(severity.rawValue): \(text, limit: 1_000)"
    var lines: [TerminalText] = [location.map { "\($0, limit: 300): \(head)" } ?? head]
    lines += details.map { "  \($0, limit: 1_000)" }
    if let hint { lines.append("  hint: \(hint, limit: 1_000)") }
    return TerminalText(joining: lines)
  }
}

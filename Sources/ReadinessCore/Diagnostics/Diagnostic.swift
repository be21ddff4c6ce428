/// A problem found in the user's input, with where it is and how to fix it. Its sentence and
/// its hint are messages, rendered in the report's language; `message` and `hint` are their
/// English.
public struct Diagnostic: Hashable, Sendable {
  /// How serious a diagnostic is; only errors make an inventory invalid.
  public enum Severity: String, Sendable { case error, warning, note }

  public var severity: Severity
  /// Stable, documented identifier such as `inventory.unknown-key`.
  public var code: DiagnosticCode
  /// What is wrong.
  public var text: Message
  public var location: SourceLocation?
  /// What the user can do about it ("did you mean 'flows'?").
  public var hintText: Message?

  public init(
    _ severity: Severity, code: DiagnosticCode, _ text: Message, at location: SourceLocation?,
    hint: Message? = nil
  ) {
    self.severity = severity
    self.code = code
    self.text = text
    self.location = location
    hintText = hint
  }

  /// What is wrong, in English.
  public var message: String { text.english }
  /// The hint in English.
  public var hint: String? { hintText?.english }
}

/// Thrown when an inventory cannot be assessed; carries every problem found.
public struct InvalidInventory: Error, Sendable {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

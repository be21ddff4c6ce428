/// A problem found in the user's input, with where it is and how to fix it.
public struct Diagnostic: Hashable, Sendable {
  /// How serious a diagnostic is; only errors make an inventory invalid.
  public enum Severity: String, Sendable { case error, warning, note }

  public var severity: Severity
  /// Stable, documented identifier such as `inventory.unknown-key`.
  public var code: DiagnosticCode
  public var message: String
  public var location: SourceLocation?
  /// What the user can do about it ("did you mean 'flows'?").
  public var hint: String?

  public init(
    _ severity: Severity, code: DiagnosticCode, _ message: String, at location: SourceLocation?,
    hint: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
    self.hint = hint
  }
}

/// Thrown when an inventory cannot be assessed; carries every problem found.
public struct InvalidInventory: Error, Sendable {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

import ReadinessCore

/// The summary `report` prints on the terminal (the CLI's `TerminalSummary`): its fixed words,
/// in the report's language. Inventory text, figures and RAG words are arguments.
public enum TerminalMessages {
  public static let title = MessageKey("terminal.title", "{programme}, as of {date}")
  public static let overall = MessageKey("terminal.overall", "Overall {score} / 100  {rag}")
  /// Under a computed RAG, the one the programme manager set: `{label}` is `SetRAG.labelMessage`.
  public static let setByPM = MessageKey("terminal.setByPM", "set by the PM: {label}")
  /// `{phase}`, `{score}` and `{expected}` come padded to the width of the longest.
  public static let phase = MessageKey(
    "terminal.phase", "{phase}  {score} vs {expected} expected  {rag}")
  public static let finish = MessageKey("terminal.finish", "{sentence}.")
  public static let chain = MessageKey("terminal.chain", "Driving chain: {chain}")
  public static let issues = MessageKey("terminal.issues", "Issues: {summary}")
  public static let topRisks = MessageKey("terminal.risks", "Top risks ({count} of {open} open):")
  public static let wrote = MessageKey(
    "terminal.wrote", one: "Wrote {count} file to {folder}:",
    other: "Wrote {count} files to {folder}:")
  /// The same words as report.md's.
  public static let noRisks = MarkdownMessages.noRisks
  public static let notApplicable = ChangeMessages.notApplicable

  static let all: [MessageKey] = [
    title, overall, setByPM, phase, finish, chain, issues, topRisks, wrote,
  ]
}

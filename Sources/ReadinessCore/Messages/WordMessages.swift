/// Words the messages name: RAGs, phases, severities and the vocabulary of the inventory, each
/// a message of its own so that a catalogue translates it once.
public enum WordMessages {
  /// "red", "amber", "green".
  public static func rag(_ rag: RAG) -> MessageKey {
    MessageKey("word.rag.\(rag.rawValue)", rag.rawValue)
  }

  /// "RED", "AMBER", "GREEN": the RAG as a label.
  public static func ragLabel(_ rag: RAG) -> MessageKey {
    MessageKey("word.rag.\(rag.rawValue).label", rag.rawValue.uppercased())
  }

  /// "planning", "implementation", "testing": a phase inside a sentence.
  public static func phase(_ phase: PhaseID) -> MessageKey {
    MessageKey("word.phase.\(phase.rawValue)", phase.rawValue)
  }

  /// "Planning", "Implementation", "Testing & launch": a phase as a heading.
  public static func phaseName(_ phase: PhaseID) -> MessageKey {
    let name =
      switch phase {
      case .planning: "Planning"
      case .implementation: "Implementation"
      case .testing: "Testing & launch"
      }
    return MessageKey("word.phase.\(phase.rawValue).name", name)
  }

  /// "CRITICAL", "HIGH", …: a severity as a label.
  public static func severityLabel(_ severity: Severity) -> MessageKey {
    MessageKey("word.severity.\(severity.rawValue).label", severity.rawValue.uppercased())
  }

  /// A vocabulary value in words ("in progress", "not started").
  public static func vocabulary<Value: VocabularyWords>(_ value: Value, _ family: String)
    -> MessageKey
  {
    MessageKey("word.\(family).\(value.rawValue)", value.words)
  }

  /// "no date": a date that is not given.
  public static let noDate = MessageKey("word.noDate", "no date")
  /// "none": a side of a change that has nothing.
  public static let none = MessageKey("word.none", "none")

  static let all: [MessageKey] =
    [noDate, none]
    + RAG.allCases.flatMap { [rag($0), ragLabel($0)] }
    + PhaseID.allCases.flatMap { [phase($0), phaseName($0)] }
    + Severity.allCases.map(severityLabel)
    + DecisionStatus.allCases.map { vocabulary($0, "decision") }
    + UsernameStatus.allCases.map { vocabulary($0, "username") }
    + NewPortfolio.allCases.map { vocabulary($0, "newPortfolio") }
    + WorkStatus.allCases.map { vocabulary($0, "status") }
    + Severity.allCases.map { vocabulary($0, "severity") }
    + RiskState.allCases.map { vocabulary($0, "riskState") }
    + Action.Kind.allCases.map { vocabulary($0, "actionKind") }
    + IssueStatus.allCases.map { vocabulary($0, "issueStatus") }
}

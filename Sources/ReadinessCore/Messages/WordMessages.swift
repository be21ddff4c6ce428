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

  /// A vocabulary value in words ("in progress", "not started"), its id in its type's family
  /// (`word.status.in_progress`).
  public static func vocabulary<Value: VocabularyWords>(_ value: Value) -> MessageKey {
    MessageKey("word.\(Value.family).\(value.rawValue)", value.words)
  }

  /// Every value of a vocabulary in words.
  public static func vocabulary<Value: VocabularyWords & CaseIterable>(of _: Value.Type)
    -> [MessageKey]
  {
    Value.allCases.map { vocabulary($0) }
  }

  /// "yes", "no": a flag the inventory gives.
  public static let yes = MessageKey("word.yes", "yes")
  public static let no = MessageKey("word.no", "no")
  /// "not assessed": a key the inventory leaves out.
  public static let notAssessed = MessageKey("word.notAssessed", "not assessed")
  /// "no date": a date that is not given.
  public static let noDate = MessageKey("word.noDate", "no date")
  /// "none": a side of a change that has nothing.
  public static let none = MessageKey("word.none", "none")

  static let all: [MessageKey] =
    [noDate, none, yes, no, notAssessed]
    + RAG.allCases.flatMap { [rag($0), ragLabel($0)] }
    + PhaseID.allCases.flatMap { [phase($0), phaseName($0)] }
    + Severity.allCases.map(severityLabel)
    + vocabulary(of: DecisionStatus.self) + vocabulary(of: UsernameStatus.self)
    + vocabulary(of: NewPortfolio.self) + vocabulary(of: WorkStatus.self)
    + vocabulary(of: Severity.self) + vocabulary(of: RiskState.self)
    + vocabulary(of: Action.Kind.self) + vocabulary(of: IssueStatus.self)
    + vocabulary(of: NeedsBSUID.self) + vocabulary(of: PhoneRequest.self)
    + vocabulary(of: DedupeKey.self) + vocabulary(of: PrimaryIdentifier.self)
    + vocabulary(of: SendField.self) + vocabulary(of: Outcome.self)
    + vocabulary(of: ProductVerdict.self)
}

/// A default date or value the assessment used because the inventory gave none.
public struct Assumption: Sendable, Equatable {
  /// What it is about (`phase implementation end`, `milestone claim-window`, `username adoption`),
  /// in English.
  public var subject: String
  /// The value used, in English.
  public var value: String
  /// Where the default comes from (`default`, `Meta: business usernames claimable 29 June 2026`),
  /// in English.
  public var source: String
  /// `subject`, `value` and `source` as messages, for other languages.
  public var subjectMessage: Message
  public var valueMessage: Message
  public var sourceMessage: Message

  public init(subject: Message, value: Message, source: Message) {
    self.subject = subject.english
    self.value = value.english
    self.source = source.english
    subjectMessage = subject
    valueMessage = value
    sourceMessage = source
  }
}

extension Assumption {
  typealias M = AssumptionMessages

  /// A default day: the programme start, a phase bound or a milestone.
  init(_ subject: Message, day: Day, source: Message) {
    self.init(subject: subject, value: Message(M.day, ["day": .day(day)]), source: source)
  }

  /// "phase implementation end" on `day`.
  static func phase(_ phase: PhaseID, start: Bool, day: Day, source: Message) -> Assumption {
    let subject = Message(
      start ? M.phaseStart : M.phaseEnd, ["phase": .word(WordMessages.phase(phase))])
    return Assumption(subject, day: day, source: source)
  }

  /// The programme's start, by default.
  static func programmeStart(_ day: Day) -> Assumption {
    Assumption(Message(M.programmeStart), day: day, source: Message(M.byDefault))
  }

  /// `tolerance` points behind plan, by default.
  static func tolerance(_ points: Double) -> Assumption {
    Assumption(
      subject: Message(M.tolerance), value: Message(M.points, ["points": .figure(.whole(points))]),
      source: Message(M.byDefault))
  }

  /// Twice the tolerance, `points`, before a phase turns red.
  static func redTolerance(_ points: Double) -> Assumption {
    Assumption(
      subject: Message(M.redTolerance), value: Message(M.points, ["points": .score(points)]),
      source: Message(M.twiceTolerance))
  }

  /// The username adoption scenarios, as the inventory would write them.
  static func adoptions(_ shares: [Double]) -> Assumption {
    Assumption(
      subject: Message(M.adoption),
      value: .joined(shares.map { .verbatim(String($0)) }, .comma),
      source: Message(M.byDefault))
  }
}

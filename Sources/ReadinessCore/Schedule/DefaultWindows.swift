/// The phase-window bounds an inventory leaves out: Meta's timeline, with no window starting
/// before the programme start, or a catch-up plan when the programme starts after a window of
/// that timeline has ended.
enum DefaultWindows {
  /// A default bound and where it comes from; no source when it is the inventory's own start.
  struct Bound: Sendable {
    let day: Day
    let source: Message?
  }

  /// The windows of Meta's timeline, in roadmap order.
  static let timeline: [(phase: PhaseID, start: Day, end: Day)] = [
    (.planning, date(2026, 1, 1), date(2026, 3, 31)),
    (.implementation, date(2026, 1, 1), date(2026, 6, 30)),
    (.testing, date(2026, 4, 1), date(2026, 12, 31)),
  ]

  /// The catch-up plan: each phase's first and last working day, day 1 being the programme start
  /// (or the working day after it).
  static let catchUp: [PhaseID: (first: Int, last: Int)] = [
    .planning: (1, 20), .implementation: (11, 70), .testing: (41, 100),
  ]

  /// Every phase's default bounds for a programme starting on `start`; `startGiven` says whether
  /// the inventory gave that start (the planning phase then starts there without an assumption).
  static func bounds(start: Day, startGiven: Bool, calendar: WorkingCalendar)
    -> [PhaseID: (start: Bound, end: Bound)]
  {
    var bounds: [PhaseID: (start: Bound, end: Bound)] = [:]
    let ended = timeline.firstIndex { $0.end < start }
    for (index, window) in timeline.enumerated() {
      if let ended, index >= ended {
        bounds[window.phase] = caughtUp(
          window.phase, start: start, after: timeline[ended], calendar: calendar)
      } else {
        bounds[window.phase] = (
          movedStart(window, start: start, startGiven: startGiven),
          Bound(day: window.end, source: Message(AssumptionMessages.timeline))
        )
      }
    }
    return bounds
  }

  /// The timeline's start, or the programme start when that is later (always for planning).
  private static func movedStart(
    _ window: (phase: PhaseID, start: Day, end: Day), start: Day, startGiven: Bool
  ) -> Bound {
    if window.phase == .planning {
      return Bound(
        day: start, source: startGiven ? nil : Message(AssumptionMessages.atProgrammeStart))
    }
    if window.start >= start {
      return Bound(day: window.start, source: Message(AssumptionMessages.timeline))
    }
    return Bound(day: start, source: Message(AssumptionMessages.moved))
  }

  /// The catch-up window of `phase`, counted in working days from the programme start.
  private static func caughtUp(
    _ phase: PhaseID, start: Day, after ended: (phase: PhaseID, start: Day, end: Day),
    calendar: WorkingCalendar
  ) -> (start: Bound, end: Bound) {
    let days = catchUp[phase] ?? (1, 1)
    let source = Message(
      AssumptionMessages.catchUp,
      [
        "first": .count(days.first), "last": .count(days.last),
        "phase": .word(WordMessages.phase(ended.phase)), "end": .day(ended.end),
      ])
    let first = calendar.number(start)
    return (
      Bound(day: calendar.day(first + days.first - 1), source: source),
      Bound(day: calendar.day(first + days.last - 1), source: source)
    )
  }

  /// A date known to exist (the timeline's constants).
  private static func date(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day) ?? Day(ordinal: 0)
  }
}

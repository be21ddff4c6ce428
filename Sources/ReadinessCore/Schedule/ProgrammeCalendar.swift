/// The programme's dates and parameters after defaults, with an `Assumption` recorded for every
/// default used.
struct ProgrammeCalendar: Sendable {
  /// The three phase windows in roadmap order.
  let windows: [PhaseWindow]
  /// Default milestones (unless the inventory gives the same id) and the inventory's, by date.
  let milestones: [MilestoneDate]
  let tolerance: Double
  /// Points behind plan before a phase turns red: `red_tolerance`, else twice `tolerance`.
  let redTolerance: Double
  let adoptions: [Double]
  let assumptions: [Assumption]
  /// The working week and holidays every working-day figure counts with.
  let workingCalendar: WorkingCalendar

  /// The programme start (default 2026-01-01).
  let start: Day

  /// Whether a phase window the inventory leaves out follows the catch-up plan (the programme
  /// starts after a window of Meta's timeline ended).
  var followsCatchUpPlan: Bool {
    assumptions.contains { $0.sourceMessage.key == AssumptionMessages.catchUp }
  }

  /// The date after which an unclaimed username is a risk.
  var claimWindow: Day {
    milestones.first { $0.id == "claim-window" }?.date ?? Self.date(2026, 6, 29)
  }

  /// The date BSUIDs reach webhooks: a programme starting later is a `late-start` risk.
  var bsuidWebhooks: Day {
    milestones.first { $0.id == "bsuid-webhooks" }?.date ?? Self.date(2026, 4, 6)
  }

  static let defaultProgrammeStart = date(2026, 1, 1)
  static let defaultTolerance = 15.0

  /// The calendar with defaults applied; a window may end before it starts (the validator
  /// reports that with `backwardWindows`).
  init(_ programme: Programme) {
    var assumptions: [Assumption] = []
    let programmeStart = programme.start ?? Self.defaultProgrammeStart
    if programme.start == nil && programme.phases[.planning]?.start == nil {
      assumptions.append(.programmeStart(programmeStart))
    }
    let workingCalendar = Self.workingCalendar(programme.calendar)
    let defaults = DefaultWindows.bounds(
      start: programmeStart, startGiven: programme.start != nil, calendar: workingCalendar)
    var windows: [PhaseWindow] = []
    for phase in PhaseID.allCases {
      guard let fallback = defaults[phase] else { continue }
      let given = programme.phases[phase]
      for (start, value, given) in [
        (true, fallback.start, given?.start), (false, fallback.end, given?.end),
      ]
      where given == nil {
        guard let source = value.source else { continue }
        assumptions.append(.phase(phase, start: start, day: value.day, source: source))
      }
      windows.append(
        PhaseWindow(
          id: phase, start: given?.start ?? fallback.start.day, end: given?.end ?? fallback.end.day)
      )
    }
    var milestones: [MilestoneDate] = []
    let givenIDs = Set(programme.milestones.map(\.id))
    for fallback in Self.defaultMilestones where !givenIDs.contains(fallback.id) {
      milestones.append(
        MilestoneDate(
          id: fallback.id, title: Message(Self.titleKey(fallback)), date: fallback.date,
          isDefault: true))
      assumptions.append(
        Assumption(
          Message(AssumptionMessages.milestone, ["milestone": .text(fallback.id)]),
          day: fallback.date, source: Message(Self.sourceKey(fallback))))
    }
    for given in programme.milestones {
      let fallback = Self.defaultMilestones.first { $0.id == given.id }
      let title =
        given.title.map(Message.verbatim) ?? fallback.map { Message(Self.titleKey($0)) }
        ?? .verbatim(given.id)
      milestones.append(
        MilestoneDate(id: given.id, title: title, date: given.date, isDefault: false))
    }
    milestones.sort { ($0.date, $0.id) < ($1.date, $1.id) }
    if programme.tolerance == nil {
      assumptions.append(.tolerance(Self.defaultTolerance))
    }
    if programme.usernameAdoption == nil {
      assumptions.append(.adoptions(SilenceExposure.defaultAdoptions))
    }
    start = programmeStart
    let tolerance = programme.tolerance ?? Self.defaultTolerance
    if programme.redTolerance == nil {
      assumptions.append(.redTolerance(2 * tolerance))
    }
    self.windows = windows
    self.milestones = milestones
    self.tolerance = tolerance
    redTolerance = programme.redTolerance ?? 2 * tolerance
    adoptions = programme.usernameAdoption ?? SilenceExposure.defaultAdoptions
    self.assumptions = assumptions
    self.workingCalendar = workingCalendar
  }

  /// The calendar `setting` describes; Monday to Friday when it names no working day (the
  /// validator reports that as an error).
  static func workingCalendar(_ setting: CalendarSetting?) -> WorkingCalendar {
    WorkingCalendar(
      workingDays: setting?.workingDays ?? WorkingCalendar.standard.workingDays,
      holidays: setting?.holidays ?? []) ?? .standard
  }

  /// Every phase window that ends before it starts, at the window (or the programme).
  func backwardWindows(_ programme: Programme) -> [Diagnostic] {
    windows.filter { $0.end < $0.start }.map { window in
      Diagnostic(
        .error, code: .phaseEndsBeforeStart,
        Message(
          ScheduleProblemMessages.phaseBackwards,
          [
            "phase": .text(window.id.rawValue), "end": .day(window.end),
            "start": .day(window.start),
          ]),
        at: programme.phases[window.id]?.location ?? programme.location,
        hint: Message(
          ScheduleProblemMessages.phaseBackwardsHint,
          ["phase": .text(window.id.rawValue), "start": .day(window.start)]))
    }
  }

  /// A calendar without a working day, at `programme.calendar`.
  static func calendarErrors(_ setting: CalendarSetting?) -> [Diagnostic] {
    guard let setting, let days = setting.workingDays, days.isEmpty else { return [] }
    return [
      Diagnostic(
        .error, code: .noWorkingDays, Message(ScheduleProblemMessages.noWorkingDays),
        at: setting.location, hint: Message(ScheduleProblemMessages.noWorkingDaysHint))
    ]
  }

  /// A date known to exist (the timeline's constants).
  static func date(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day) ?? Day(ordinal: 0)
  }
}

import ReadinessCore

/// The Gantt's time scale: which days it spans, where a day lies on the x axis, and the month,
/// week, day-off and holiday marks of its grid.
struct GanttAxis {
  /// A labelled vertical grid line.
  struct Tick {
    let x: Double
    let label: String
    let labelX: Double
  }

  /// A shaded stretch of the timeline (days off, or a holiday).
  struct Span {
    let x: Double
    let width: Double
  }

  let first: Day
  let last: Day
  let left: Double
  let width: Double
  let dayWidth: Double
  /// The programme's working week and holidays, which the grid shades.
  let calendar: WorkingCalendar

  /// Spans whole months around every given day, drawn between `left` and `left + width`.
  init(covering days: [Day], left: Double, width: Double, calendar: WorkingCalendar) {
    self.calendar = calendar
    let lo = days.min() ?? Day(ordinal: 0)
    let hi = days.max() ?? lo
    first = lo.firstOfMonth
    last = hi.firstOfNextMonth.adding(days: -1)
    self.left = left
    self.width = width
    dayWidth = width / Double(last.ordinal - first.ordinal + 1)
  }

  /// The x of the start of `day`.
  func x(_ day: Day) -> Double { left + Double(day.ordinal - first.ordinal) * dayWidth }

  /// The x of the end of `day` (the start of the next).
  func xEnd(_ day: Day) -> Double { x(day.adding(days: 1)) }

  /// Font size of month labels (bold, in the chart's text size) and week labels.
  static let monthFont = GanttLabel.columnFont
  static let weekFont = 10.0
  /// Least free space between neighbouring labels.
  static let labelGap = 8.0

  /// One tick per month start, labelled `Oct 2026` on the first month and every January and
  /// `Oct` otherwise (the month's abbreviated name in `wording`'s language), or with nothing
  /// when the month is too narrow for its label.
  func months(_ wording: Wording) -> [Tick] {
    var ticks: [Tick] = []
    var day = first
    while day <= last {
      let (y, m, _) = day.components
      let next = day.firstOfNextMonth
      let span = x(min(next, last.adding(days: 1))) - x(day)
      let name = wording.figure(.month(m))
      let withYear = { (year: Int) in
        wording(GanttMessages.monthYear, ["month": .figure(.month(m)), "year": .text("\(year)")])
      }
      let long = day == first || m == 1
      let candidates =
        long ? [withYear(y), withYear(y % 100), name] : [name, String(name.prefix(1))]
      let fits = candidates.first {
        GanttLabel.width($0, fontSize: Self.monthFont, bold: true) + Self.labelGap <= span
      }
      ticks.append(Tick(x: x(day), label: fits ?? "", labelX: x(day) + span / 2))
      day = next
    }
    return ticks
  }

  /// One tick per Monday, labelled with its day of month only when every week is wide enough
  /// for its label, so the week row is either legible or empty, never crowded.
  var weeks: [Tick] {
    var day = first
    while day.weekday != 1 { day = day.adding(days: 1) }
    var ticks: [Tick] = []
    let labelled = dayWidth * 7 >= Self.weekLabelRoom
    while day <= last {
      let dom = day.components.day
      let label = labelled ? (dom < 10 ? "0\(dom)" : "\(dom)") : ""
      ticks.append(Tick(x: x(day), label: label, labelX: x(day) + 2))
      day = day.adding(days: 7)
    }
    return ticks
  }

  /// The week width a two-digit week label needs: its inset, its width and the gap to the next.
  static var weekLabelRoom: Double { 2 + GanttLabel.width("00", fontSize: weekFont) + labelGap }

  /// Stretches of weekdays off (a Saturday–Sunday weekend, or a Friday–Saturday one), when days
  /// are wide enough for the shading to help; holidays are marked apart (`holidays`).
  var daysOff: [Span] {
    guard dayWidth >= 2.5 else { return [] }
    let working = Set(calendar.workingDays.map(\.index))
    return stretches { !working.contains($0.weekdayIndex) }
  }

  /// The holidays in the span, each a stretch at least 1.5 wide so a single day stays visible.
  var holidays: [Span] {
    calendar.holidays.filter { (first...last).contains($0.day) }.map {
      Span(x: x($0.day), width: max(1.5, dayWidth))
    }
  }

  /// Runs of consecutive days in the span for which `isOff` holds.
  private func stretches(_ isOff: (Day) -> Bool) -> [Span] {
    var spans: [Span] = []
    var day = first
    var runStart: Day?
    while day <= last.adding(days: 1) {
      let off = day <= last && isOff(day)
      if off, runStart == nil { runStart = day }
      if !off, let start = runStart {
        spans.append(Span(x: x(start), width: x(day) - x(start)))
        runStart = nil
      }
      day = day.adding(days: 1)
    }
    return spans
  }
}

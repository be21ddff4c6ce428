import ReadinessCore

/// The Gantt's time scale: which days it spans, where a day lies on the x axis, and the month,
/// week and weekend marks of its grid.
struct GanttAxis {
  /// A labelled vertical grid line.
  struct Tick {
    let x: Double
    let label: String
    let labelX: Double
  }

  /// A shaded stretch of the timeline (a weekend).
  struct Span {
    let x: Double
    let width: Double
  }

  let first: Day
  let last: Day
  let left: Double
  let width: Double
  let dayWidth: Double

  /// Spans whole months around every given day, drawn between `left` and `left + width`.
  init(covering days: [Day], left: Double, width: Double) {
    let lo = days.min() ?? Day(ordinal: 0)
    let hi = days.max() ?? lo
    let (y0, m0, _) = lo.components
    let (y1, m1, _) = hi.components
    first = Day(year: y0, month: m0, day: 1) ?? lo
    let nextMonth =
      m1 == 12 ? Day(year: y1 + 1, month: 1, day: 1) : Day(year: y1, month: m1 + 1, day: 1)
    last = (nextMonth ?? hi.adding(days: 1)).adding(days: -1)
    self.left = left
    self.width = width
    dayWidth = width / Double(last.ordinal - first.ordinal + 1)
  }

  /// The x of the start of `day`.
  func x(_ day: Day) -> Double { left + Double(day.ordinal - first.ordinal) * dayWidth }

  /// The x of the end of `day` (the start of the next).
  func xEnd(_ day: Day) -> Double { x(day.adding(days: 1)) }

  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// Font size of month labels (bold, in the chart's text size) and week labels.
  static let monthFont = GanttLabel.columnFont
  static let weekFont = 10.0
  /// Least free space between neighbouring labels.
  static let labelGap = 8.0

  /// One tick per month start, labelled `Oct 2026` on the first month and every January and
  /// `Oct` otherwise, or with nothing when the month is too narrow for its label.
  var months: [Tick] {
    var ticks: [Tick] = []
    var day = first
    while day <= last {
      let (y, m, _) = day.components
      let next =
        (m == 12 ? Day(year: y + 1, month: 1, day: 1) : Day(year: y, month: m + 1, day: 1)) ?? last
      let span = x(min(next, last.adding(days: 1))) - x(day)
      let name = Self.monthNames[m - 1]
      let long = day == first || m == 1
      let candidates =
        long ? ["\(name) \(y)", "\(name) \(y % 100)", name] : [name, String(name.prefix(1))]
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

  /// Saturday–Sunday stretches, when days are wide enough for the shading to help.
  var weekends: [Span] {
    guard dayWidth >= 2.5 else { return [] }
    var spans: [Span] = []
    var day = first
    while day <= last {
      if day.weekday == 6 || (day == first && day.weekday == 7) {
        let end = min(day.weekday == 6 ? day.adding(days: 1) : day, last)
        spans.append(Span(x: x(day), width: xEnd(end) - x(day)))
      }
      day = day.adding(days: 1)
    }
    return spans
  }
}

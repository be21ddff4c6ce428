import CXLSXWriter
import ReadinessCore

/// The Timeline sheet: the tasks with plan, forecast and (when one is saved) baseline dates,
/// then a week-by-week Gantt grid drawn with cell fills (plan, forecast, both) and the
/// milestones as ◆, and under its key the working calendar (the working week and the holidays
/// of the schedule's span). Slack and critical are given for the plan and for the current
/// schedule (the forecast), where the forecast has no slack for a fixed point (a done task, a
/// milestone nothing pushes).
enum TimelineSheet {
  /// The first column of the Gantt grid.
  static let gridColumn = 18
  /// At most five years of weeks: a longer plan is cut at the right.
  static let maximumWeeks = 260

  static func fill(_ sheet: Sheet, _ schedule: Schedule, baseline: BaselineComparison? = nil) {
    let f = sheet.formats
    let columns: [(String, Double)] = [
      ("Task", 16), ("Title", 40), ("Phase", 15), ("Owner", 18), ("Start", 12), ("End", 12),
      ("Forecast start", 12), ("Forecast end", 12), ("Slip (working days)", 10), ("Plan slack", 8),
      ("Plan critical", 9), ("Late", 7), ("Progress", 10), ("Forecast slack", 9),
      ("Forecast critical", 9), ("Baseline start", 12), ("Baseline end", 12),
    ]
    sheet.header(0, columns)
    let tasks = schedule.tasks
    for (offset, scheduled) in tasks.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, scheduled.task.id)
      sheet.text(row, 1, scheduled.task.title)
      sheet.text(row, 2, scheduled.task.phase.rawValue)
      sheet.text(row, 3, scheduled.task.owner)
      sheet.day(row, 4, scheduled.start)
      sheet.day(row, 5, scheduled.end)
      sheet.day(row, 6, scheduled.forecastStart)
      sheet.day(row, 7, scheduled.forecastEnd)
      sheet.number(row, 8, Double(scheduled.slip))
      sheet.number(row, 9, Double(scheduled.slack))
      sheet.flag(row, 10, scheduled.critical)
      sheet.flag(row, 11, scheduled.late)
      sheet.number(row, 12, scheduled.task.progress / 100, f.percent)
      sheet.number(row, 13, scheduled.forecastSlack.map(Double.init))
      sheet.flag(row, 14, scheduled.forecastCritical)
      let saved = baseline?.taskDates[scheduled.task.id]
      sheet.day(row, 15, saved?.start)
      sheet.day(row, 16, saved?.end)
    }
    sheet.table(headerRow: 0, lastRow: tasks.count, columns: columns.count)
    worksheet_freeze_panes(sheet.pointer, 1, 2)
    for (offset, milestone) in schedule.milestones.enumerated() {
      let row = tasks.count + 2 + offset
      sheet.text(row, 0, milestone.id)
      sheet.text(row, 1, milestone.title)
      sheet.text(row, 2, "milestone")
      sheet.day(row, 4, milestone.date)
      sheet.day(row, 5, milestone.date)
    }
    grid(sheet, schedule)
  }

  /// The Gantt grid: one column per week from the Monday on or before the schedule's start.
  private static func grid(_ sheet: Sheet, _ schedule: Schedule) {
    let f = sheet.formats
    let first = schedule.start.adding(days: 1 - schedule.start.weekday)
    let weeks = min((schedule.end.ordinal - first.ordinal) / 7 + 1, maximumWeeks)
    guard weeks > 0 else { return }
    worksheet_set_column(
      sheet.pointer, lxw_col_t(gridColumn), lxw_col_t(gridColumn + weeks - 1), 3.2, nil)
    worksheet_set_row(sheet.pointer, 0, 48, nil)
    for week in 0..<weeks {
      sheet.day(0, gridColumn + week, first.adding(days: 7 * week), f.weekDate)
    }
    func draw(_ row: Int, plan: ClosedRange<Day>, forecast: ClosedRange<Day>, milestone: Bool) {
      for week in 0..<weeks {
        let start = first.adding(days: 7 * week)
        let days = start...start.adding(days: 6)
        let inPlan = days.overlaps(plan)
        let inForecast = days.overlaps(forecast)
        let column = lxw_col_t(gridColumn + week)
        if milestone, inPlan {
          worksheet_write_string(sheet.pointer, lxw_row_t(row), column, "◆", f.milestone)
        } else if inPlan || inForecast {
          let fill = inPlan && inForecast ? f.planAndForecast : inPlan ? f.plan : f.forecast
          worksheet_write_blank(sheet.pointer, lxw_row_t(row), column, fill)
        }
      }
    }
    for (offset, task) in schedule.tasks.enumerated() {
      draw(
        offset + 1, plan: task.start...task.end, forecast: task.forecastStart...task.forecastEnd,
        milestone: task.workingDays == 0)
    }
    let milestonesTop = schedule.tasks.count + 2
    for (offset, milestone) in schedule.milestones.enumerated() {
      let day = milestone.date...milestone.date
      draw(milestonesTop + offset, plan: day, forecast: day, milestone: true)
    }
    let legendRow = milestonesTop + schedule.milestones.count + 1
    legend(sheet, row: legendRow)
    calendar(sheet, schedule, row: legendRow + 6)
  }

  /// The working week, then each holiday of the schedule's span by date with its name.
  private static func calendar(_ sheet: Sheet, _ schedule: Schedule, row: Int) {
    sheet.text(row, 0, "Working calendar", sheet.formats.header)
    sheet.text(row + 1, 0, "Working days")
    sheet.text(row + 1, 1, schedule.calendar.workingDays.map(\.name).joined(separator: ", "))
    for (offset, holiday) in schedule.holidaysInSpan.enumerated() {
      sheet.day(row + 2 + offset, 0, holiday.day)
      sheet.text(row + 2 + offset, 1, holiday.name ?? "Holiday")
    }
  }

  private static func legend(_ sheet: Sheet, row: Int) {
    let f = sheet.formats
    let keys: [(Format, String)] = [
      (f.plan, "plan only"), (f.forecast, "forecast only (slipped)"),
      (f.planAndForecast, "plan and forecast"),
    ]
    sheet.text(row, 0, "Gantt key", f.header)
    for (offset, key) in keys.enumerated() {
      worksheet_write_blank(sheet.pointer, lxw_row_t(row + 1 + offset), 0, key.0)
      sheet.text(row + 1 + offset, 1, key.1)
    }
    sheet.text(row + 1 + keys.count, 0, "◆", f.milestone)
    sheet.text(row + 1 + keys.count, 1, "milestone")
  }
}

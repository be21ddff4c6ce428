import CXLSXWriter
import ReadinessCore

/// The Gantt sheet: the Timeline's tasks and milestones, in its order, against one column per
/// week from the Monday on or before the schedule's start, drawn with cell fills (plan,
/// forecast, both) and the milestones as ◆; under its key, the working calendar (the working
/// week and the holidays of the schedule's span). Printed, the task columns repeat on every page
/// and a long plan runs over as many pages wide as keep the weeks at full size, printed across
/// then down, so the same tasks' weeks follow each other.
enum GanttSheet {
  /// The first week column.
  static let gridColumn = 2
  /// At most five years of weeks: a longer plan is cut at the right.
  static let maximumWeeks = 260
  /// Weeks on one printed page beside the task columns.
  static let weeksPerPage = 30

  static func fill(_ sheet: Sheet, _ schedule: Schedule) {
    let f = sheet.formats
    sheet.header(0, [("Task", 16), ("Title", 40)], wrap: ["Task", "Title"])
    let tasks = schedule.tasks
    for (offset, scheduled) in tasks.enumerated() {
      sheet.text(offset + 1, 0, scheduled.task.id)
      sheet.text(offset + 1, 1, scheduled.task.title)
    }
    let milestonesTop = tasks.count + 2
    for (offset, milestone) in schedule.milestones.enumerated() {
      sheet.text(milestonesTop + offset, 0, milestone.id)
      sheet.text(milestonesTop + offset, 1, sheet.words(milestone.titleMessage))
    }
    sheet.table(headerRow: 0, lastRow: tasks.count, columns: 2)
    worksheet_freeze_panes(sheet.pointer, 1, 2)
    let first = schedule.start.adding(days: 1 - schedule.start.weekday)
    let weeks = min((schedule.end.ordinal - first.ordinal) / 7 + 1, maximumWeeks)
    guard weeks > 0 else { return }
    _ = worksheet_repeat_columns(sheet.pointer, 0, 1)
    worksheet_print_across(sheet.pointer)
    worksheet_fit_to_pages(sheet.pointer, UInt16((weeks + weeksPerPage - 1) / weeksPerPage), 0)
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
    for (offset, task) in tasks.enumerated() {
      draw(
        offset + 1, plan: task.start...task.end, forecast: task.forecastStart...task.forecastEnd,
        milestone: task.workingDays == 0)
    }
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
    let w = sheet.words
    sheet.text(row, 0, w(WorkbookMessages.workingCalendar), sheet.formats.header)
    sheet.text(row + 1, 0, w(WorkbookMessages.workingDays))
    let days = schedule.calendar.workingDays.map { w.language.figure(.weekday($0)) }
    sheet.text(row + 1, 1, days.joined(separator: ", "))
    for (offset, holiday) in schedule.holidaysInSpan.enumerated() {
      sheet.day(row + 2 + offset, 0, holiday.day)
      sheet.text(row + 2 + offset, 1, holiday.name ?? w(WorkbookMessages.holiday))
    }
  }

  private static func legend(_ sheet: Sheet, row: Int) {
    let f = sheet.formats
    let w = sheet.words
    typealias M = WorkbookMessages
    let keys: [(Format, MessageKey)] = [
      (f.plan, M.planOnly), (f.forecast, M.forecastOnly), (f.planAndForecast, M.planAndForecast),
    ]
    sheet.text(row, 0, w(M.ganttKey), f.header)
    for (offset, key) in keys.enumerated() {
      worksheet_write_blank(sheet.pointer, lxw_row_t(row + 1 + offset), 0, key.0)
      sheet.text(row + 1 + offset, 1, w(key.1))
    }
    sheet.text(row + 1 + keys.count, 0, "◆", f.milestone)
    sheet.text(row + 1 + keys.count, 1, w(M.milestone))
  }
}

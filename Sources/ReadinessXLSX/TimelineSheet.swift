import CXLSXWriter
import ReadinessCore

/// The Timeline sheet: the tasks with plan, forecast and (when one is saved) baseline dates, then
/// the milestones; the Gantt sheet draws them week by week. Slack and critical are given for the
/// plan and for the current schedule (the forecast), where the forecast has no slack for a fixed
/// point (a done task, a milestone nothing pushes).
enum TimelineSheet {
  static func fill(_ sheet: Sheet, _ schedule: Schedule, baseline: BaselineComparison? = nil) {
    var columns: [(String, Double)] = [
      ("Task", 14), ("Title", 22), ("Phase", 14), ("Owner", 12), ("Start", 11), ("End", 11),
      ("Forecast start", 11), ("Forecast end", 11), ("Slip (working days)", 9), ("Plan slack", 7),
      ("Plan critical", 7), ("Late", 6), ("Progress", 9), ("Forecast slack", 8),
      ("Forecast critical", 8),
    ]
    if baseline != nil { columns += [("Baseline start", 11), ("Baseline end", 11)] }
    sheet.header(0, columns, wrap: ["Task", "Title", "Owner"])
    let w = sheet.words
    let tasks = schedule.tasks
    for (offset, scheduled) in tasks.enumerated() {
      let row = offset + 1
      sheet.text(row, 0, scheduled.task.id)
      sheet.text(row, 1, scheduled.task.title)
      sheet.text(row, 2, w(WordMessages.phase(scheduled.task.phase)))
      sheet.text(row, 3, scheduled.task.owner)
      sheet.day(row, 4, scheduled.start)
      sheet.day(row, 5, scheduled.end)
      sheet.day(row, 6, scheduled.forecastStart)
      sheet.day(row, 7, scheduled.forecastEnd)
      sheet.number(row, 8, Double(scheduled.slip))
      sheet.number(row, 9, Double(scheduled.slack))
      sheet.flag(row, 10, scheduled.critical)
      sheet.flag(row, 11, scheduled.late)
      sheet.percent(row, 12, scheduled.task.progress / 100)
      sheet.number(row, 13, scheduled.forecastSlack.map(Double.init))
      sheet.flag(row, 14, scheduled.forecastCritical)
      if let saved = baseline?.taskDates[scheduled.task.id] {
        sheet.day(row, 15, saved.start)
        sheet.day(row, 16, saved.end)
      }
    }
    sheet.table(headerRow: 0, lastRow: tasks.count, columns: columns.count)
    worksheet_freeze_panes(sheet.pointer, 1, 2)
    for (offset, milestone) in schedule.milestones.enumerated() {
      let row = tasks.count + 2 + offset
      sheet.text(row, 0, milestone.id)
      sheet.text(row, 1, w(milestone.titleMessage))
      sheet.text(row, 2, w(WorkbookMessages.milestone))
      sheet.day(row, 4, milestone.date)
      sheet.day(row, 5, milestone.date)
    }
  }
}

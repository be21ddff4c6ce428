import Foundation
import ReadinessCore

/// Renders the schedule as `plan.xml` in Microsoft Project's XML format (MSPDI), which MS Project,
/// ProjectLibre, GanttProject and Smartsheet import: a summary task per phase with its tasks
/// beneath (WBS `1.3`), the programme milestones under a last summary, each task's planned
/// length in working days as its Duration and a given start as a Start-No-Earlier-Than
/// constraint, finish-to-start links, % complete, Start/Finish as the current schedule (the
/// forecast) and baseline 0 as the saved baseline (else the plan), the working calendar with its
/// holidays, the inventory's ids in Text1, and owners as resources. Written with libxml2's
/// writer like workbook.xml; deterministic.
public enum MSPDIRenderer {
  public static let namespace = "http://schemas.microsoft.com/project"
  public static let fileName = "plan.xml"
  /// MS Project's field id of the task field Text1, which carries each task's inventory id.
  static let idField = "188743731"

  public static func render(_ assessment: Assessment) -> RenderedFile {
    let schedule = assessment.schedule
    let outline = MSPDIOutline(schedule, baseline: assessment.baseline)
    let writer = LibXMLWriter(root: "Project", namespace: namespace)
    let name = assessment.programme.name
    for (key, value) in [
      ("SaveVersion", "14"), ("Name", name), ("Title", name),
      ("Company", assessment.programme.organisation ?? ""), ("ScheduleFromStart", "1"),
      ("StartDate", MSPDITime.start(schedule.start)),
      ("FinishDate", MSPDITime.finish(outline.finish)),
      ("StatusDate", MSPDITime.finish(assessment.asOf)), ("CalendarUID", "1"),
      ("DefaultStartTime", "08:00:00"), ("DefaultFinishTime", "17:00:00"),
      ("MinutesPerDay", "480"),
      ("MinutesPerWeek", String(480 * schedule.calendar.workingDays.count)),
      ("DaysPerMonth", "20"), ("DurationFormat", "7"), ("WorkFormat", "2"),
    ] {
      writer.element(key, [:]) { writer.text(value) }
    }
    writer.element("ExtendedAttributes", [:]) {
      writer.element("ExtendedAttribute", [:]) {
        field("FieldID", idField, writer)
        field("FieldName", "Text1", writer)
        field("Alias", "bsuid-readiness id", writer)
      }
    }
    MSPDICalendar.write(schedule, to: writer)
    writer.element("Tasks", [:]) {
      for task in outline.tasks { task.write(to: writer) }
    }
    writer.element("Resources", [:]) {
      for (index, owner) in outline.owners.enumerated() {
        writer.element("Resource", [:]) {
          field("UID", String(index + 1), writer)
          field("ID", String(index + 1), writer)
          field("Name", owner, writer)
          field("Type", "1", writer)
        }
      }
    }
    writer.element("Assignments", [:]) {
      for (index, task) in outline.tasks.enumerated() {
        guard let resource = task.resource else { continue }
        writer.element("Assignment", [:]) {
          field("UID", String(index + 1), writer)
          field("TaskUID", String(task.uid), writer)
          field("ResourceUID", String(resource), writer)
          field("Units", "1", writer)
        }
      }
    }
    return RenderedFile(name: fileName, bytes: writer.finish())
  }

  /// `<name>value</name>`.
  static func field(_ name: String, _ value: String, _ writer: LibXMLWriter) {
    writer.element(name, [:]) { writer.text(value) }
  }
}

/// MSPDI's date-times: a working day from 08:00 to 17:00.
enum MSPDITime {
  static func start(_ day: Day) -> String { "\(day.iso)T08:00:00" }
  static func finish(_ day: Day) -> String { "\(day.iso)T17:00:00" }
  /// `PT16H0M0S` for 2 working days of 8 hours.
  static func duration(workingDays: Int) -> String { "PT\(workingDays * 8)H0M0S" }
}

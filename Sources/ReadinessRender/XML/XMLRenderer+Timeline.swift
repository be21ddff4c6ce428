import ReadinessCore

extension XMLRenderer {
  /// `<timeline>`: the working calendar, scheduled tasks (with their dependencies and covered
  /// items), then milestones. `progress` is the task's percent complete, 0–100; `critical` and
  /// `slack` are the plan's, `forecast-critical` and `forecast-slack` the current schedule's.
  /// `baseline`: the saved baseline compared with, whose name, date and finish the timeline
  /// carries, and each task its dates.
  static func writeTimeline(
    _ schedule: Schedule, baseline: BaselineComparison? = nil, _ wording: Wording,
    to writer: LibXMLWriter
  ) {
    writer.element(
      "timeline",
      [
        "start": schedule.start.iso, "end": schedule.end.iso,
        "planned-finish": schedule.plannedFinish?.iso,
        "forecast-finish": schedule.forecastFinish?.iso,
        "driving-chain": schedule.drivingChain.isEmpty
          ? nil : schedule.drivingChain.map { schedule.tasks[$0].task.id }.joined(separator: " "),
        "baseline-name": baseline?.name, "baseline-date": baseline?.savedOn.iso,
        "baseline-finish": baseline?.baselineFinish?.iso,
        "behind-baseline": baseline?.behind.map(String.init),
      ]
    ) {
      writeCalendar(schedule, to: writer)
      for scheduled in schedule.tasks {
        let task = scheduled.task
        writer.element(
          "task",
          [
            "id": task.id, "phase": task.phase.rawValue, "start": scheduled.start.iso,
            "end": scheduled.end.iso, "progress": XMLNumber.decimal(task.progress, digits: 2),
            "critical": XMLNumber.boolean(scheduled.critical),
            "late": XMLNumber.boolean(scheduled.late), "title": task.title, "owner": task.owner,
            "status": task.status.rawValue, "working-days": String(scheduled.workingDays),
            "slack": String(scheduled.slack), "milestone": XMLNumber.boolean(task.milestone),
            "late-reason": wording(scheduled.lateReasonMessage, english: scheduled.lateReason),
            "forecast-start": scheduled.forecastStart.iso,
            "forecast-end": scheduled.forecastEnd.iso, "slip": String(scheduled.slip),
            "forecast-critical": XMLNumber.boolean(scheduled.forecastCritical),
            "forecast-slack": scheduled.forecastSlack.map(String.init),
            "baseline-start": baseline?.taskDates[task.id]?.start.iso,
            "baseline-end": baseline?.taskDates[task.id]?.end.iso,
          ]
        ) {
          for dependency in task.dependsOn {
            writer.element("depends-on", ["task": dependency])
          }
          for item in task.covers {
            writer.element("covers", ["item": item.rawValue])
          }
        }
      }
      for milestone in schedule.milestones {
        writer.element(
          "milestone",
          [
            "id": milestone.id, "date": milestone.date.iso,
            "title": wording(milestone.titleMessage),
            "default": XMLNumber.boolean(milestone.isDefault),
          ])
      }
    }
  }

  /// `<calendar>`: the working week and the holidays between the schedule's start and end.
  private static func writeCalendar(_ schedule: Schedule, to writer: LibXMLWriter) {
    writer.element(
      "calendar",
      ["working-days": schedule.calendar.workingDays.map(\.rawValue).joined(separator: " ")]
    ) {
      for holiday in schedule.holidaysInSpan {
        writer.element("holiday", ["date": holiday.day.iso, "name": holiday.name])
      }
    }
  }
}

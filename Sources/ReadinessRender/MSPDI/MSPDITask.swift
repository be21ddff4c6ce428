extension MSPDIOutline.Task {
  /// Writes the `<Task>`: a milestone takes no time and finishes where it starts; links are
  /// finish-to-start (type 1).
  func write(to writer: LibXMLWriter) {
    let field = MSPDIRenderer.field
    writer.element("Task", [:]) {
      field("UID", String(uid), writer)
      field("ID", String(id), writer)
      field("Name", name, writer)
      field("Type", "1", writer)
      field("WBS", wbs, writer)
      field("OutlineNumber", wbs, writer)
      field("OutlineLevel", String(level), writer)
      field("Start", MSPDITime.start(start), writer)
      field("Finish", milestone ? MSPDITime.start(finish) : MSPDITime.finish(finish), writer)
      field("Duration", MSPDITime.duration(workingDays: workingDays), writer)
      field("DurationFormat", "7", writer)
      field("Milestone", milestone ? "1" : "0", writer)
      field("Summary", summary ? "1" : "0", writer)
      field("PercentComplete", String(percent), writer)
      // 4 is Start No Earlier Than; 0 As Soon As Possible.
      field("ConstraintType", constraint == nil ? "0" : "4", writer)
      if let constraint { field("ConstraintDate", MSPDITime.start(constraint), writer) }
      for predecessor in predecessors {
        writer.element("PredecessorLink", [:]) {
          field("PredecessorUID", String(predecessor), writer)
          field("Type", "1", writer)
        }
      }
      if let key {
        writer.element("ExtendedAttribute", [:]) {
          field("FieldID", MSPDIRenderer.idField, writer)
          field("Value", key, writer)
        }
      }
      if let baseline {
        writer.element("Baseline", [:]) {
          field("Number", "0", writer)
          field("Start", MSPDITime.start(baseline.start), writer)
          field(
            "Finish",
            milestone ? MSPDITime.start(baseline.finish) : MSPDITime.finish(baseline.finish),
            writer)
          field("Duration", MSPDITime.duration(workingDays: baseline.workingDays), writer)
        }
      }
    }
  }
}

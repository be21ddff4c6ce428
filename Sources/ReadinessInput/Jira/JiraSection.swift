import ReadinessCore

/// The `tasks` section read from a Jira CSV export (`tasks: {jira_csv: export.csv}`), as rows the
/// schema decoder checks like any other, each value at its cell's line and column. An issue's
/// "Blocks" links make it a dependency of the issues it blocks; a label or component names its
/// phase; epics are not tasks.
enum JiraSection {
  private typealias M = ImportMessages

  static func rows(_ records: [[CSVReader.Field]], file: String, columns: JiraColumns)
    -> (node: SourceNode, problems: [Diagnostic])
  {
    func at(_ field: CSVReader.Field) -> SourceLocation {
      SourceLocation(file: file, line: field.line, column: field.column)
    }
    var problems: [Diagnostic] = []
    guard let header = records.first else {
      return (SourceNode(.sequence([]), at: SourceLocation(file: file, line: 1, column: 1)), [])
    }
    var positions: [String: [Int]] = [:]
    for (index, field) in header.enumerated() { positions[field.text, default: []].append(index) }
    for key in ["id", "title", "status"] where positions[columns.columns[key]!] == nil {
      problems.append(
        Diagnostic(
          .error, code: .csvHeader,
          Message(M.jiraColumn, ["column": .text(columns.columns[key]!), "key": .text(key)]),
          at: at(header[0]), hint: Message(M.jiraColumnHint, ["key": .text(key)])))
    }
    guard problems.isEmpty else { return (SourceNode(.sequence([]), at: at(header[0])), problems) }
    func cells(_ record: [CSVReader.Field], _ key: String) -> [CSVReader.Field] {
      (positions[columns.columns[key] ?? ""] ?? []).compactMap {
        $0 < record.count && !record[$0].text.isEmpty ? record[$0] : nil
      }
    }
    var rows: [(id: String, entries: [SourceNode.Entry], at: SourceLocation)] = []
    var successors: [(blocker: String, blocked: CSVReader.Field)] = []
    var unestimated: [String] = []
    for record in records.dropFirst() where record.contains(where: { !$0.text.isEmpty }) {
      if cells(record, "type").first?.text.lowercased() == "epic" { continue }
      guard let key = cells(record, "id").first else {
        problems.append(
          Diagnostic(.error, code: .missingKey, Message(M.jiraNoKey), at: at(record[0])))
        continue
      }
      var entries: [SourceNode.Entry] = []
      func add(_ name: String, _ value: String, _ field: CSVReader.Field) {
        entries.append(
          SourceNode.Entry(
            key: name, keyLocation: at(field),
            value: SourceNode(
              .scalar(value, quoted: name == "title" || name == "owner"), at: at(field))))
      }
      add("id", key.text, key)
      if let title = cells(record, "title").first { add("title", title.text, title) }
      if let owner = cells(record, "owner").first { add("owner", owner.text, owner) }
      if let status = cells(record, "status").first {
        if let mapped = columns.statuses[status.text.lowercased()] {
          add("status", mapped.rawValue, status)
        } else {
          problems.append(
            Diagnostic(
              .error, code: .invalidEnum,
              Message(M.jiraStatus, ["status": .text(status.text.clipped)]), at: at(status),
              hint: Message(M.jiraStatusHint, ["status": .text(status.text.clipped)])))
        }
      }
      for (name, column) in [("start", "start"), ("end", "end")] {
        guard let cell = cells(record, column).first else { continue }
        if let day = JiraValues.day(cell.text) {
          add(name, day.iso, cell)
        } else {
          problems.append(
            Diagnostic(
              .error, code: .invalidDate, Message(M.jiraDate, ["value": .text(cell.text.clipped)]),
              at: at(cell), hint: Message(M.jiraDateHint)))
        }
      }
      if cells(record, "end").isEmpty, cells(record, "duration").isEmpty {
        unestimated.append(key.text)
        add("duration", "1", key)
      }
      if cells(record, "end").isEmpty, let estimate = cells(record, "duration").first {
        if let days = JiraValues.workingDays(
          seconds: estimate.text, hoursPerDay: columns.hoursPerDay)
        {
          add("duration", String(max(days, 1)), estimate)
        } else {
          problems.append(
            Diagnostic(
              .error, code: .wrongType,
              Message(M.jiraEstimate, ["value": .text(estimate.text.clipped)]), at: at(estimate),
              hint: Message(M.jiraEstimateHint)))
        }
      }
      let phaseCells =
        cells(record, "phase")
        + (positions["Component/s"] ?? []).compactMap {
          $0 < record.count && !record[$0].text.isEmpty ? record[$0] : nil
        }
      if let named = phaseCells.lazy.compactMap({ cell in
        columns.phase(cell.text).map { (cell, $0) }
      }).first {
        add("phase", named.1.rawValue, named.0)
      } else {
        problems.append(
          Diagnostic(
            .error, code: .missingKey,
            Message(M.jiraPhase, ["key": .text(key.text.clipped)]), at: at(key),
            hint: Message(M.jiraPhaseHint)))
      }
      for link in cells(record, "blocks") { successors.append((key.text, link)) }
      rows.append((key.text, entries, at(key)))
    }
    if !unestimated.isEmpty {
      let named = unestimated.prefix(5).joined(separator: ", ")
      problems.append(
        Diagnostic(
          .warning, code: .jiraUnestimated,
          Message(
            M.jiraUnestimated,
            [
              "count": .count(unestimated.count),
              "issues": .text(named + (unestimated.count > 5 ? ", …" : "")),
            ]),
          at: at(header[0]), hint: Message(M.jiraUnestimatedHint)))
    }
    let known = Set(rows.map(\.id))
    var dependencies: [String: [SourceNode]] = [:]
    for (blocker, blocked) in successors {
      guard known.contains(blocked.text) else {
        problems.append(
          Diagnostic(
            .warning, code: .unknownReference,
            Message(
              M.jiraLink,
              ["blocker": .text(blocker.clipped), "blocked": .text(blocked.text.clipped)]),
            at: at(blocked)))
        continue
      }
      dependencies[blocked.text, default: []].append(
        SourceNode(.scalar(blocker, quoted: false), at: at(blocked)))
    }
    let nodes = rows.map { row in
      var entries = row.entries
      if let links = dependencies[row.id] {
        entries.append(
          SourceNode.Entry(
            key: "depends_on", keyLocation: row.at, value: SourceNode(.sequence(links), at: row.at))
        )
      }
      return SourceNode(.mapping(entries), at: row.at)
    }
    return (SourceNode(.sequence(nodes), at: at(header[0])), problems)
  }
}

import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// `tasks: {jira_csv: export.csv, map: {…}, statuses: {…}, phases: {…}, hours_per_day: 8}`:
  /// the issues of a Jira CSV export as tasks (`JiraSection`), read through `readFile`.
  mutating func jiraTasks(
    _ file: SourceNode.Entry, entries: [SourceNode.Entry], schema: ObjectSchema, key: String
  ) -> Decoded? {
    typealias M = SectionMessages
    let known = ["jira_csv", "map", "statuses", "phases", "hours_per_day", "delimiter"]
    rejectKeys(
      entries, besides: known,
      hint: Message(M.jiraForm, ["keys": .text(known.dropFirst().joined(separator: ", "))]))
    guard let path = sectionPath(file) else { return nil }
    var columns = JiraColumns()
    for (name, pair) in textPairs(entries, "map") {
      guard JiraColumns.keys.contains(name) else {
        report(
          .unknownKey, Message(M.jiraKey, ["name": .text(name.clipped)]), at: pair.keyLocation,
          hint: Message(M.jiraKeyHint, ["keys": .text(JiraColumns.keys.joined(separator: ", "))]))
        continue
      }
      columns.columns[name] = pair.text
    }
    for (name, pair) in textPairs(entries, "statuses") {
      guard let status = WorkStatus(rawValue: pair.text) else {
        report(.invalidEnum, Message(M.notStatus, ["value": .text(pair.text.clipped)]), at: pair.at)
        continue
      }
      columns.statuses[name.lowercased()] = status
    }
    for (name, phase) in phaseMapping(entries) { columns.phases[name.lowercased()] = phase }
    if let hours = entries.first(where: { $0.key == "hours_per_day" }) {
      guard case .scalar(let text, _) = hours.value.value, let value = Double(text), value > 0,
        value <= 24
      else {
        wrongType(
          hours.value, expected: .number(NumberRange(minimum: 1, maximum: 24)), key: "hours_per_day"
        )
        return nil
      }
      columns.hoursPerDay = value
    }
    let delimiter: Unicode.Scalar =
      entries.first { $0.key == "delimiter" }.flatMap {
        if case .scalar(";", _) = $0.value.value { return ";" } else { return nil }
      } ?? ","
    guard
      let data = sectionFile(
        path, at: file.keyLocation, code: .csvUnreadable, what: M.jiraExport,
        hint: M.jiraExportHint)
    else { return nil }
    let name = sectionFileName(path)
    guard let text = String(validating: data, as: UTF8.self) else {
      report(
        .encoding, Message(M.jiraNotUTF8), at: SourceLocation(file: name, line: 1, column: 1))
      return nil
    }
    do {
      let records = try CSVReader.records(text, delimiter: delimiter)
      let read = JiraSection.rows(records, file: name, columns: columns)
      diagnostics += read.problems
      return decode(read.node, as: .list(.object(schema)), key: key)
    } catch {
      report(
        .csvSyntax, error.message,
        at: SourceLocation(file: name, line: error.line, column: error.column))
      return nil
    }
  }
}

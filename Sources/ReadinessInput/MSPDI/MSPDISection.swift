import Foundation
import ReadinessCore

/// The `tasks` section read from an MSPDI file (`tasks: {mspdi: plan.xml}`), as rows the schema
/// decoder checks like any other: each level-1 summary task is a phase (by its name, or the
/// `phases` mapping), the tasks beneath it are its tasks, finish-to-start links are
/// `depends_on`, `PercentComplete` is `progress`, the first assigned resource is the `owner`, a
/// Start-No-Earlier-Than or Must-Start-On constraint is `start`. The id is the one
/// bsuid-readiness keeps in Text1, else `task-<UID>`. What the format holds and the inventory
/// cannot is a warning at its element's line.
enum MSPDISection {
  private typealias M = ImportMessages

  /// The rows, and the problems found (errors stop the section's tasks from being read).
  static func rows(_ document: MSPDIDocument, file: String, phases: [String: PhaseID])
    -> (node: SourceNode, problems: [Diagnostic])
  {
    func at(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }
    var problems: [Diagnostic] = []
    let owners = resourceNames(document)
    var ids: [String: String] = [:]
    for task in document.tasks {
      guard let uid = task.fields["UID"] else { continue }
      ids[uid] = task.fields["Text1"].flatMap { InputLimits.isID($0) ? $0 : nil } ?? "task-\(uid)"
    }
    var rows: [SourceNode] = []
    var phase: PhaseID?
    var skipping = false
    var nested: [(name: String, line: Int)] = []
    for task in document.tasks {
      let level = Int(task.fields["OutlineLevel"] ?? "1") ?? 1
      let name = task.fields["Name"] ?? ""
      guard level >= 1, task.fields["UID"] != nil else { continue }
      if task.fields["Summary"] == "1" {
        guard level == 1 else {
          nested.append((name, task.line))
          continue
        }
        skipping = name == "Programme milestones"
        phase = phases[name] ?? guessed(name)
        if phase == nil && !skipping {
          problems.append(
            Diagnostic(
              .error, code: .mspdiPhase, Message(M.mspdiSummary, ["name": .text(name.clipped)]),
              at: at(task.line), hint: Message(M.mspdiSummaryHint, ["name": .text(name.clipped)])))
        }
        continue
      }
      if skipping { continue }
      guard let phase else {
        problems.append(
          Diagnostic(
            .error, code: .mspdiPhase, Message(M.mspdiOrphan, ["name": .text(name.clipped)]),
            at: at(task.line), hint: Message(M.mspdiOrphanHint)))
        continue
      }
      var entries: [(String, SourceNode.Value)] = [
        ("id", .scalar(ids[task.fields["UID"]!]!, quoted: true)),
        ("title", .scalar(name, quoted: true)), ("phase", .scalar(phase.rawValue, quoted: false)),
      ]
      if task.fields["Milestone"] == "1" {
        entries.append(("milestone", .scalar("true", quoted: false)))
      } else if let days = workingDays(
        task.fields["Duration"], minutesPerDay: document.minutesPerDay)
      {
        entries.append(("duration", .scalar(String(days), quoted: false)))
      }
      if let percent = task.fields["PercentComplete"], percent != "0" {
        entries.append(("progress", .scalar(percent, quoted: false)))
      }
      if let owner = owners[task.fields["UID"]!] {
        entries.append(("owner", .scalar(owner, quoted: true)))
      }
      if ["2", "4"].contains(task.fields["ConstraintType"]),
        let date = task.fields["ConstraintDate"]?.prefix(10)
      {
        entries.append(("start", .scalar(String(date), quoted: false)))
      }
      var links: [SourceNode] = []
      for link in task.links {
        guard link.type == "1" else {
          problems.append(
            Diagnostic(
              .warning, code: .mspdiUnsupported,
              Message(
                M.mspdiLink,
                ["name": .text(name.clipped), "link": .word(linkNames[link.type] ?? M.lagged)]),
              at: at(link.line)))
          continue
        }
        if let id = ids[link.uid] {
          links.append(SourceNode(.scalar(id, quoted: false), at: at(link.line)))
        }
      }
      if !links.isEmpty { entries.append(("depends_on", .sequence(links))) }
      rows.append(
        SourceNode(
          .mapping(
            entries.map {
              SourceNode.Entry(
                key: $0.0, keyLocation: at(task.line), value: SourceNode($0.1, at: at(task.line)))
            }), at: at(task.line)))
    }
    if let first = nested.first {
      problems.append(
        Diagnostic(
          .warning, code: .mspdiUnsupported,
          Message(
            M.mspdiNested, ["count": .count(nested.count), "first": .text(first.name.clipped)]),
          at: at(first.line)))
    }
    return (SourceNode(.sequence(rows), at: at(1)), problems)
  }

  static let linkNames = [
    "0": M.finishToFinish, "2": M.startToFinish, "3": M.startToStart,
  ]

  /// The phase a summary's name says: Planning, Implementation (or Build), Testing (or Launch).
  static func guessed(_ name: String) -> PhaseID? {
    let lowered = name.lowercased()
    if lowered.contains("plan") { return .planning }
    if lowered.contains("implement") || lowered.contains("build") { return .implementation }
    if lowered.contains("test") || lowered.contains("launch") { return .testing }
    return nil
  }

  /// `PT120H0M0S` at 480 minutes a day → 15 working days, rounded up.
  static func workingDays(_ duration: String?, minutesPerDay: Int) -> Int? {
    guard let duration, duration.hasPrefix("PT") else { return nil }
    var minutes = 0.0
    var number = ""
    for character in duration.dropFirst(2) {
      if character.isNumber || character == "." {
        number.append(character)
        continue
      }
      let value = Double(number) ?? 0
      number = ""
      switch character {
      case "H": minutes += value * 60
      case "M": minutes += value
      case "S": minutes += value / 60
      default: return nil
      }
    }
    guard minutesPerDay > 0 else { return nil }
    return Int((minutes / Double(minutesPerDay)).rounded(.up))
  }

  /// Each task's first assigned resource's name, by task UID.
  static func resourceNames(_ document: MSPDIDocument) -> [String: String] {
    let names = Dictionary(
      document.resources.compactMap { r in r.fields["UID"].map { ($0, r.fields["Name"] ?? "") } }
    ) { a, _ in a }
    var owners: [String: String] = [:]
    for assignment in document.assignments {
      guard let task = assignment.fields["TaskUID"], owners[task] == nil,
        let name = assignment.fields["ResourceUID"].flatMap({ names[$0] }), !name.isEmpty
      else { continue }
      owners[task] = name
    }
    return owners
  }
}

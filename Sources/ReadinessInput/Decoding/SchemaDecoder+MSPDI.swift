import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// `tasks: {mspdi: plan.xml, phases: {Summary name: phase}}`: the tasks of a Microsoft
  /// Project XML file (`MSPDISection`), read through `readFile` like a CSV file.
  mutating func mspdiTasks(
    _ file: SourceNode.Entry, entries: [SourceNode.Entry], schema: ObjectSchema, key: String
  ) -> Decoded? {
    for extra in entries where extra.key != "mspdi" && extra.key != "phases" {
      report(
        .unknownKey, "unknown key '\(extra.key.clipped)' beside 'mspdi'", at: extra.keyLocation,
        hint: "an MSPDI section is written {mspdi: plan.xml}, or with phases: {Summary: phase}")
    }
    guard case .scalar(let path, _) = file.value.value, !path.isEmpty else {
      wrongType(file.value, expected: .string, key: "mspdi")
      return nil
    }
    var phases: [String: PhaseID] = [:]
    if let mapping = entries.first(where: { $0.key == "phases" }) {
      guard case .mapping(let pairs) = mapping.value.value else {
        wrongType(mapping.value, expected: .map(key: .string, value: .string), key: "phases")
        return nil
      }
      for pair in pairs {
        guard case .scalar(let text, _) = pair.value.value, let phase = PhaseID(rawValue: text)
        else {
          report(
            .invalidEnum, "'\(pair.key.clipped)' must map to planning, implementation or testing",
            at: pair.value.location)
          continue
        }
        phases[pair.key] = phase
      }
    }
    let data: Data
    do {
      data = try readFile(path)
    } catch {
      let reason = (error as? InventoryLoader.ReadFailure)?.reason ?? "no such file"
      report(
        .mspdiUnreadable, "cannot read the MSPDI file '\(path.clipped)': \(reason)",
        at: file.keyLocation,
        hint: "the path is relative to the inventory's folder; save the plan from MS Project as XML"
      )
      return nil
    }
    let name = path.hasPrefix("/") ? path : directory + path
    switch MSPDIDocument.read(data) {
    case .failure(let failure):
      report(
        .mspdiUnreadable, "the MSPDI file cannot be read: \(failure.message.clipped)",
        at: SourceLocation(file: name, line: failure.line, column: 1),
        hint: "export the plan from MS Project or ProjectLibre as XML (MSPDI)")
      return nil
    case .success(let document):
      let read = MSPDISection.rows(document, file: name, phases: phases)
      diagnostics += read.problems
      return decode(read.node, as: .list(.object(schema)), key: key)
    }
  }
}

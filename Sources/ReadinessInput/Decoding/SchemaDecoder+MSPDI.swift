import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// `tasks: {mspdi: plan.xml, phases: {Summary name: phase}}`: the tasks of a Microsoft
  /// Project XML file (`MSPDISection`), read through `readFile` like a CSV file.
  mutating func mspdiTasks(
    _ file: SourceNode.Entry, entries: [SourceNode.Entry], schema: ObjectSchema, key: String
  ) -> Decoded? {
    typealias M = SectionMessages
    rejectKeys(entries, besides: ["mspdi", "phases"], hint: Message(M.mspdiForm))
    guard let path = sectionPath(file) else { return nil }
    let phases = Dictionary(phaseMapping(entries)) { first, _ in first }
    guard
      let data = sectionFile(
        path, at: file.keyLocation, code: .mspdiUnreadable, what: M.mspdiFile,
        hint: M.mspdiSaveHint)
    else { return nil }
    let name = sectionFileName(path)
    switch MSPDIDocument.read(data) {
    case .failure(let failure):
      report(
        .mspdiUnreadable,
        Message(M.mspdiUnreadable, ["problem": .text(String(failure.message.prefix(200)))]),
        at: SourceLocation(file: name, line: failure.line, column: 1),
        hint: Message(M.mspdiUnreadableHint))
      return nil
    case .success(let document):
      let read = MSPDISection.rows(document, file: name, phases: phases)
      diagnostics += read.problems
      return decode(read.node, as: .list(.object(schema)), key: key)
    }
  }
}

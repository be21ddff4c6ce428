import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// Reads the file `programme.scenarios.observed` names through `readFile` and checks it
  /// against `ObservedMeasurement.file`: problems reading it are reported at the `observed:`
  /// key, problems in it at their own line and column. Nil when no file is named or it is not
  /// usable.
  mutating func observed(in root: DecodedObject) -> ObservedMeasurement? {
    let programme = Inventory.keys.name(of: \.programme)
    let observed = Programme.scenarios.name(of: \.observed)
    // `scenarios` is named as its keys are.
    guard let scenarios = root[programme]?.object?[Programme.scenarios.schema.name]?.object,
      let entry = scenarios.entries.first(where: { $0.key == observed }),
      let path = entry.value.text
    else { return nil }
    typealias M = SectionMessages
    let measureHint = Message(M.measureHint)
    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
      report(.missingKey, Message(M.observedNoFile), at: entry.keyLocation, hint: measureHint)
      return nil
    }
    let data: Data
    do {
      data = try readFile(path)
    } catch let failure as InventoryLoader.ReadFailure {
      report(
        failure.isMissing ? .observedMissing : .observedUnreadable,
        Message(
          M.observedCannotRead, ["path": .text(path.clipped), "reason": .message(failure.reason)]),
        at: entry.keyLocation, hint: failure.isMissing ? measureHint : failure.hint)
      return nil
    } catch {
      report(
        .observedUnreadable, Message(M.observedCannotReadPlain, ["path": .text(path.clipped)]),
        at: entry.keyLocation, hint: measureHint)
      return nil
    }
    let file = path.hasPrefix("/") ? path : directory + path
    let start = SourceLocation(file: file, line: 1, column: 1)
    guard var text = String(validating: data, as: UTF8.self) else {
      report(
        .encoding, Message(M.observedNotUTF8), at: start, hint: measureHint)
      return nil
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let (tree, problems) = YAMLSource.read(text, file: file)
    diagnostics += problems
    guard let tree else {
      if problems.isEmpty {
        report(.empty, Message(M.observedEmpty), at: start, hint: measureHint)
      }
      return nil
    }
    // The file's one key, `observed`, holds the measurement.
    let keys = ObservedMeasurement.keys
    guard
      let o = object(tree, schema: ObservedMeasurement.file, key: "observed")?.entries.first?
        .value.object,
      var measurement = keys.build(o)
    else { return nil }
    if measurement.sampleSize > 0, measurement.measuredTo == nil,
      !o.has(keys.name(of: \.measuredTo))
    {
      report(
        .missingKey, Message(M.observedMeasuredTo), at: o.location,
        hint: Message(M.observedMeasuredToHint))
      return nil
    }
    measurement.file = path
    measurement.location = entry.keyLocation
    return measurement
  }
}

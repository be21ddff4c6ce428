import Foundation
import ReadinessCore

/// What the sections kept in a file of their own share (`{csv: …}`, `{mspdi: …}`,
/// `{jira_csv: …}`): their options, the file's path and bytes, and mappings of texts.
extension SchemaDecoder {
  /// Reports every key beside the file key (`allowed[0]`) that is not among `allowed`.
  mutating func rejectKeys(_ entries: [SourceNode.Entry], besides allowed: [String], hint: Message)
  {
    for extra in entries where !allowed.contains(extra.key) {
      report(
        .unknownKey,
        Message(
          SectionMessages.unknownBeside,
          ["key": .text(extra.key.clipped), "file": .text(allowed[0])]),
        at: extra.keyLocation, hint: hint)
    }
  }

  /// The path the file key names; nil, reported, when it is not a text.
  mutating func sectionPath(_ file: SourceNode.Entry) -> String? {
    guard case .scalar(let path, _) = file.value.value, !path.isEmpty else {
      wrongType(file.value, expected: .string, key: file.key)
      return nil
    }
    return path
  }

  /// The file's bytes through `readFile`; nil when it cannot be read, reported at `location`
  /// with `code` as "cannot read the `what` 'path'", the reader's hint or else `hint`.
  mutating func sectionFile(
    _ path: String, at location: SourceLocation, code: DiagnosticCode, what: MessageKey,
    hint: MessageKey
  ) -> Data? {
    typealias M = SectionMessages
    var named: MessageArguments = ["what": .word(what), "path": .text(path.clipped)]
    do {
      return try readFile(path)
    } catch let failure as InventoryLoader.ReadFailure {
      named["reason"] = .message(failure.reason)
      report(code, Message(M.cannotRead, named), at: location, hint: failure.hint ?? Message(hint))
    } catch {
      report(code, Message(M.cannotReadPlain, named), at: location, hint: Message(hint))
    }
    return nil
  }

  /// The file's name as diagnostics in it give it: relative to the inventory's folder.
  func sectionFileName(_ path: String) -> String {
    path.hasPrefix("/") ? path : directory + path
  }

  /// The `name: text` pairs of the mapping under `key`, each with where its value is.
  mutating func textPairs(_ entries: [SourceNode.Entry], _ key: String)
    -> [(String, (text: String, at: SourceLocation, keyLocation: SourceLocation))]
  {
    guard let entry = entries.first(where: { $0.key == key }) else { return [] }
    guard case .mapping(let pairs) = entry.value.value else {
      wrongType(entry.value, expected: .map(key: .string, value: .string), key: key)
      return []
    }
    return pairs.compactMap { pair in
      guard case .scalar(let text, _) = pair.value.value else {
        wrongType(pair.value, expected: .string, key: pair.key)
        return nil
      }
      return (pair.key, (text, pair.value.location, pair.keyLocation))
    }
  }

  /// `phases: {name: phase}`: each name with its phase; a value that is no phase is reported.
  mutating func phaseMapping(_ entries: [SourceNode.Entry]) -> [(String, PhaseID)] {
    textPairs(entries, "phases").compactMap { name, pair in
      guard let phase = PhaseID(rawValue: pair.text) else {
        report(
          .invalidEnum, Message(SectionMessages.notPhase, ["value": .text(pair.text.clipped)]),
          at: pair.at, hint: Message(SectionMessages.notPhaseHint))
        return nil
      }
      return (name, phase)
    }
  }
}

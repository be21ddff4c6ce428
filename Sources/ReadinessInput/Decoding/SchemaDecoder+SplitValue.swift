import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// A hint to quote a value when an unknown key is the tail of the previous entry's value that
  /// an unquoted comma split off (`{name: Acme, Inc, kind: crm}` makes a key 'Inc').
  ///
  /// It applies when the unknown key follows an unquoted text value on the same line (only a
  /// flow mapping puts two entries on one line) and either has no value of its own (it was
  /// written without a colon) or, having one, reads as words rather than a key (keys are lower
  /// case without spaces) or is no likely typo of a known key.
  static func splitValue(_ previous: SourceNode.Entry, _ entry: SourceNode.Entry, keys: [String])
    -> Message?
  {
    guard case .scalar(let head, quoted: false) = previous.value.value,
      previous.value.location.file == entry.keyLocation.file,
      previous.value.location.line == entry.keyLocation.line,
      previous.value.location.column < entry.keyLocation.column
    else { return nil }
    var whole = "\(head), \(entry.key)"
    switch entry.value.value {
    case .null:
      break
    case .scalar(let tail, _)
    where entry.key.contains { $0.isUppercase || $0 == " " }
      || Suggestion.closest(to: entry.key, in: keys) == nil:
      whole += ": \(tail)"
    default:
      return nil
    }
    let quoted = whole.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return Message(
      SchemaMessages.splitValue,
      [
        "key": .text(entry.key.clipped), "previous": .text(previous.key),
        "whole": .text(quoted.clipped),
      ])
  }
}

import CLibXML2
import Foundation

/// The problems one `validate` call collects; handed to libxml2 as an unretained pointer.
final class ProblemBox {
  var source = XMLValidator.Problem.Source.document
  var problems: [XMLValidator.Problem] = []
  /// Set while a document is validated as it is parsed: the parser's own errors then go to
  /// `parseProblems`, kept apart from the validator's.
  var parseErrorsApart = false
  var parseProblems: [XMLValidator.Problem] = []

  /// A schema parser's or validator's error.
  func add(_ error: xmlErrorPtr) { problems.append(problem(error)) }

  /// A document parser's error.
  func addParseError(_ error: xmlErrorPtr) {
    if parseErrorsApart { parseProblems.append(problem(error)) } else { add(error) }
  }

  private func problem(_ error: xmlErrorPtr) -> XMLValidator.Problem {
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    return XMLValidator.Problem(
      source: source, line: Int(error.pointee.line),
      message: message.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}

/// Schema parser and validator handler: `userData` is the `ProblemBox`.
let collectProblem: xmlStructuredErrorFunc = { userData, error in
  guard let userData, let error else { return }
  Unmanaged<ProblemBox>.fromOpaque(userData).takeUnretainedValue().add(error)
}

/// Document parser handler. The box is the `_private` of the error's own parser context, not
/// of `userData`: a schema plugged into the parser replaces its user data.
let collectParserProblem: xmlStructuredErrorFunc = { _, error in
  guard let error, let context = error.pointee.ctxt else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  guard let box = parser.pointee._private else { return }
  Unmanaged<ProblemBox>.fromOpaque(box).takeUnretainedValue().addParseError(error)
}

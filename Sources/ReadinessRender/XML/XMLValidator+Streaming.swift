import CLibXML2
import Foundation

extension XMLValidator {
  /// Parses `document` and validates it against `schema` in the same pass (libxml2's schema
  /// validator plugged into the parser's SAX callbacks), without building the document's tree.
  /// Parse errors and validation errors both reach `box` with their lines; a document that is
  /// not well-formed keeps only its parse errors, as it was not checked against the schema.
  static func validateStreaming(
    _ document: Data, against schema: xmlSchemaPtr, box: ProblemBox,
    context: UnsafeMutableRawPointer
  ) {
    guard let validation = xmlSchemaNewValidCtxt(schema) else {
      box.problems.append(Problem(source: .document, line: 0, message: "out of memory"))
      return
    }
    defer { xmlSchemaFreeValidCtxt(validation) }
    xmlSchemaSetValidStructuredErrors(validation, collectProblem, context)
    document.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      guard let base = bytes.bindMemory(to: CChar.self).baseAddress, bytes.count > 0,
        let parser = xmlCreateMemoryParserCtxt(base, Int32(bytes.count)),
        let sax = parser.pointee.sax
      else {
        box.problems.append(Problem(source: .document, line: 0, message: "the document is empty"))
        return
      }
      defer {
        if let doc = parser.pointee.myDoc { xmlFreeDoc(doc) }
        xmlFreeParserCtxt(parser)
      }
      parser.pointee._private = context
      xmlCtxtUseOptions(parser, parseOptions)
      dropTreeBuilding(sax)
      guard let plug = xmlSchemaSAXPlug(validation, &parser.pointee.sax, &parser.pointee.userData)
      else {
        box.problems.append(
          Problem(source: .document, line: 0, message: "schema validation could not start"))
        return
      }
      // The plug's handler replaces the parser's: parse errors and lines go through it too.
      parser.pointee.sax.pointee.serror = collectParserProblem
      box.parseErrorsApart = true
      xmlSchemaValidateSetLocator(validation, currentLine, parser)
      let validationStart = box.problems.count
      xmlParseDocument(parser)
      xmlSchemaSAXUnplug(plug)
      if parser.pointee.wellFormed == 0 {
        box.problems =
          box.parseProblems.isEmpty
          ? [Problem(source: .document, line: 0, message: "the document could not be parsed")]
          : box.parseProblems
      } else {
        box.problems = box.parseProblems + box.problems[validationStart...]
      }
    }
  }

  /// Leaves the parser's callbacks that would build a tree empty (the validator sees every
  /// event anyway), and turns a document type declaration into a problem of its own.
  private static func dropTreeBuilding(_ sax: UnsafeMutablePointer<xmlSAXHandler>) {
    sax.pointee.startElementNs = nil
    sax.pointee.startElement = nil
    sax.pointee.endElement = nil
    sax.pointee.endElementNs = nil
    sax.pointee.characters = nil
    sax.pointee.ignorableWhitespace = nil
    sax.pointee.cdataBlock = nil
    sax.pointee.comment = nil
    sax.pointee.processingInstruction = nil
    sax.pointee.reference = nil
    sax.pointee.internalSubset = rejectDocumentType
  }
}

/// The validator's locator: the line the parser (`context`) has reached.
private let currentLine: xmlSchemaValidityLocatorFunc = { context, file, line in
  guard let context else { return -1 }
  file?.pointee = nil
  line?.pointee = UInt(xmlSAX2GetLineNumber(context))
  return 0
}

/// `internalSubset` callback: `context` is the parser context (the plug passes the original
/// user data through).
private let rejectDocumentType: internalSubsetSAXFunc = { context, _, _, _ in
  guard let context else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  guard let box = parser.pointee._private else { return }
  Unmanaged<ProblemBox>.fromOpaque(box).takeUnretainedValue().parseProblems.append(
    XMLValidator.Problem(
      source: .document, line: Int(xmlSAX2GetLineNumber(context)),
      message: "a document type declaration is not allowed in a workbook"))
}

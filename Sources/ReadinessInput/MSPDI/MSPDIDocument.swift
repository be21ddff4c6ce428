import CLibXML2
import Foundation
import ReadinessCore

/// An MSPDI file (Microsoft Project XML) read with libxml2 into its tasks, resources and
/// assignments, each element with its line. Nothing is fetched (no network, no external
/// entities), and a file that declares a DTD is refused, so no entity is ever expanded.
struct MSPDIDocument {
  /// One element's child texts by name, and where the element starts.
  struct Element {
    var fields: [String: String] = [:]
    var line: Int
    /// `PredecessorLink` children: the predecessor's UID, the link type and its line.
    var links: [(uid: String, type: String, line: Int)] = []
  }

  var tasks: [Element] = []
  var resources: [Element] = []
  var assignments: [Element] = []
  var minutesPerDay = 480

  /// The document, or the parser's first error with its line.
  static func read(_ data: Data) -> Result<MSPDIDocument, MSPDIReadError> {
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue)
    let document = data.withUnsafeBytes { raw in
      xmlReadMemory(
        raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), "plan.xml", nil,
        options)
    }
    guard let document else {
      let error = xmlGetLastError()
      let line = error.map { Int($0.pointee.line) } ?? 1
      let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } }
      return .failure(
        MSPDIReadError(
          line: max(line, 1),
          message: (message ?? "not well-formed XML").trimmingCharacters(
            in: .whitespacesAndNewlines)))
    }
    defer { xmlFreeDoc(document) }
    // MSPDI never declares entities; a document that does is refused before any is expanded.
    if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
      let doctype = data.firstRange(of: Data("<!DOCTYPE".utf8))?.lowerBound ?? data.startIndex
      let line = 1 + data[data.startIndex..<doctype].filter { $0 == 0x0A }.count
      return .failure(
        MSPDIReadError(
          line: line,
          message: "the file declares a document type (DTD), which MS Project XML never does"))
    }
    guard let root = xmlDocGetRootElement(document), name(root) == "Project" else {
      return .failure(MSPDIReadError(line: 1, message: "the root element is not <Project>"))
    }
    var read = MSPDIDocument()
    for child in children(root) {
      switch name(child) {
      case "MinutesPerDay": read.minutesPerDay = Int(text(child)) ?? 480
      case "Tasks": read.tasks = children(child).filter { name($0) == "Task" }.map(element)
      case "Resources":
        read.resources = children(child).filter { name($0) == "Resource" }.map(element)
      case "Assignments":
        read.assignments = children(child).filter { name($0) == "Assignment" }.map(element)
      default: break
      }
    }
    return .success(read)
  }

  /// An element's simple children as texts; a task's links and its Text1 (by field id) too.
  private static func element(_ node: xmlNodePtr) -> Element {
    var element = Element(line: Int(xmlGetLineNo(node)))
    for child in children(node) {
      let key = name(child)
      switch key {
      case "PredecessorLink":
        let fields = texts(child)
        element.links.append(
          (fields["PredecessorUID"] ?? "", fields["Type"] ?? "1", Int(xmlGetLineNo(child))))
      case "ExtendedAttribute":
        let fields = texts(child)
        if fields["FieldID"] == "188743731", let value = fields["Value"] {
          element.fields["Text1"] = value
        }
      default:
        if children(child).isEmpty, element.fields[key] == nil { element.fields[key] = text(child) }
      }
    }
    return element
  }

  /// A node's children's texts by name (the first of a name).
  private static func texts(_ node: xmlNodePtr) -> [String: String] {
    Dictionary(children(node).map { (name($0), text($0)) }) { first, _ in first }
  }

  private static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
    var found: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { found.append(current) }
      child = current.pointee.next
    }
    return found
  }

  private static func name(_ node: xmlNodePtr) -> String {
    node.pointee.name.map { String(cString: $0) } ?? ""
  }

  private static func text(_ node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { cxml_free(content) }
    return String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// Why an MSPDI file could not be read, at its line.
struct MSPDIReadError: Error {
  var line: Int
  var message: String
}

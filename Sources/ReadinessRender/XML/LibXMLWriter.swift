import CLibXML2
import Foundation

/// Streams one namespaced XML document into memory through libxml2's `xmlTextWriter`, the only
/// place the renderers call libxml2 to write.
///
/// Every attribute value and text goes through `XMLText.safe` first: the writer escapes
/// markup (`& < > "`, and line breaks in attributes) but copies characters XML 1.0 forbids
/// straight through. A libxml2 failure is remembered and stops further writing, so the result is
/// truncated and the validator rejects it: the caller never gets a silently shortened document.
final class LibXMLWriter {
  private let buffer: xmlBufferPtr?
  private var writer: xmlTextWriterPtr?
  private var failed = false

  /// Starts a UTF-8 document indented by two spaces whose root `root` is in the default
  /// namespace `namespace`; the caller ends the root with `end()`.
  init(root: String, namespace: String) {
    LibXML.prepare()
    buffer = xmlBufferCreate()
    writer = buffer.flatMap { xmlNewTextWriterMemory($0, 0) }
    guard let writer else {
      failed = true
      return
    }
    check(xmlTextWriterSetIndent(writer, 1))
    check(Self.withXMLChars("  ") { xmlTextWriterSetIndentString(writer, $0) })
    check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    check(
      Self.withXMLChars(root) { name in
        Self.withXMLChars(namespace) { uri in xmlTextWriterStartElementNS(writer, nil, name, uri) }
      })
  }

  deinit {
    if let writer { xmlFreeTextWriter(writer) }
    if let buffer { xmlBufferFree(buffer) }
  }

  /// Opens element `name` (in the root's namespace).
  func start(_ name: String) {
    guard let writer, !failed else { return }
    check(Self.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) })
  }

  /// Writes attribute `name` on the element just opened; a nil value writes nothing.
  func attribute(_ name: String, _ value: String?) {
    guard let writer, !failed, let value else { return }
    check(
      Self.withXMLChars(name) { key in
        Self.withXMLChars(XMLText.safe(value)) { xmlTextWriterWriteAttribute(writer, key, $0) }
      })
  }

  /// Writes `value` as the text content of the element just opened.
  func text(_ value: String) {
    guard let writer, !failed else { return }
    check(Self.withXMLChars(XMLText.safe(value)) { xmlTextWriterWriteString(writer, $0) })
  }

  /// Closes the innermost open element (empty elements are written as `<x/>`).
  func end() {
    guard let writer, !failed else { return }
    check(xmlTextWriterEndElement(writer))
  }

  /// Writes element `name` with `attributes` in order (nil values are left out), then whatever
  /// `content` writes inside it, and closes it.
  func element(
    _ name: String, _ attributes: KeyValuePairs<String, String?>, content: () -> Void = {}
  ) {
    start(name)
    for (key, value) in attributes { attribute(key, value) }
    content()
    end()
  }

  /// Closes every open element, ends the document and returns its bytes.
  func finish() -> Data {
    if let writer {
      if !failed { check(xmlTextWriterEndDocument(writer)) }
      xmlFreeTextWriter(writer)
      self.writer = nil
    }
    guard let buffer else { return Data() }
    // The document's bytes change hands instead of being copied (16 MB for a large programme):
    // the buffer's default exact allocation scheme makes its content one block from libxml2's
    // allocator, which is malloc, as nothing here replaces it.
    let count = Int(xmlBufferLength(buffer))
    guard let content = xmlBufferDetach(buffer) else { return Data() }
    return Data(bytesNoCopy: content, count: count, deallocator: .free)
  }

  private func check(_ status: Int32) {
    if status < 0 { failed = true }
  }

  private static func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
    text.withCString { pointer in
      pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
    }
  }
}

/// libxml2's one-time set-up. `xmlInitParser` and `xmlSchemaInitTypes` are not safe to race on
/// first use, and renders and validations may run on several threads at once (tests, portfolio).
enum LibXML {
  /// Runs the set-up exactly once (a global `let` is initialised atomically on first use).
  static func prepare() { _ = initialised }

  private static let initialised: Void = {
    xmlInitParser()
    xmlSchemaInitTypes()
  }()
}

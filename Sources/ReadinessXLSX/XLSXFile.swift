import CXLSXWriter
import Foundation
import ReadinessCore
import ReadinessRender

/// A workbook as bytes. libxlsxwriter 1.1.4 (Debian 12's) writes only to a path, so the
/// workbook goes to a private temporary file (created exclusively by `mkstemps`, removed at
/// once) and is read back: a workbook then renders on any thread like every other file, and
/// the CLI writes it into place atomically with the others. `temporaryFiles` is told the path
/// while it exists, so a signal stopping the run can remove it.
enum XLSXFile {
  /// The document properties every workbook sets. `created` dates the zip entries too, so the
  /// same data on the same day gives a byte-identical file.
  struct Properties {
    let title: String
    let company: String?
    let created: Day
  }

  /// The workbook `fill` adds its sheets to, named `name`, with a money format for each
  /// currency of `currencyDigits` showing that many decimals, dates and flags in `words`'
  /// language.
  static func rendered(
    name: String, _ properties: Properties, currencyDigits: [String: Int] = [:],
    words: Wording, temporaryFiles: XLSXTemporaryFiles,
    fill: (UnsafeMutablePointer<lxw_workbook>, Formats) -> Void
  ) throws(XLSXError) -> RenderedFile {
    let path = try createTemporaryFile(registeringWith: temporaryFiles)
    defer {
      unlink(path)
      temporaryFiles.removed(path)
    }
    guard let workbook = workbook_new(path) else {
      throw XLSXError(description: "cannot create \(path)")
    }
    set(properties, on: workbook)
    fill(workbook, Formats(workbook, currencyDigits: currencyDigits, words: words))
    let status = workbook_close(workbook)
    guard status == LXW_NO_ERROR else {
      throw XLSXError(description: "cannot write \(path): \(String(cString: lxw_strerror(status)))")
    }
    guard let bytes = FileManager.default.contents(atPath: path) else {
      throw XLSXError(description: "cannot read back the temporary workbook \(path)")
    }
    return RenderedFile(name: name, bytes: bytes)
  }

  /// A new, empty `bsuid-readiness-<random>.xlsx` in the temporary folder, registered with
  /// `temporaryFiles` before it exists (O_EXCL), so a signal can never find it unregistered.
  private static func createTemporaryFile(registeringWith temporaryFiles: XLSXTemporaryFiles)
    throws(XLSXError) -> String
  {
    for _ in 0..<8 {
      let random = String(UInt64.random(in: .min ... .max), radix: 36)
      let path = FileManager.default.temporaryDirectory.path + "/bsuid-readiness-\(random).xlsx"
      temporaryFiles.created(path)
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        close(descriptor)
        return path
      }
      let reason = errno
      temporaryFiles.removed(path)
      guard reason == EEXIST else {
        throw XLSXError(
          description: "cannot create a temporary file: \(String(cString: strerror(reason)))")
      }
    }
    throw XLSXError(description: "cannot create a temporary file: every name tried exists")
  }

  private static func set(_ p: Properties, on workbook: UnsafeMutablePointer<lxw_workbook>) {
    var properties = lxw_doc_properties()
    properties.created = time_t(p.created.ordinal) * 86_400
    p.title.withCString { title in
      "bsuid-readiness".withCString { author in
        properties.title = UnsafeMutablePointer(mutating: title)
        properties.author = UnsafeMutablePointer(mutating: author)
        guard let company = p.company else {
          workbook_set_properties(workbook, &properties)
          return
        }
        company.withCString { company in
          properties.company = UnsafeMutablePointer(mutating: company)
          workbook_set_properties(workbook, &properties)
        }
      }
    }
  }
}

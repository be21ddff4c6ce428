import Foundation
import ReadinessReport

/// Prints report pages to PDF with headless Chromium, which renders inventory text, so each
/// print runs isolated: a throwaway profile in a private temporary folder, every host name
/// unresolvable and no proxy (the page can fetch nothing), a time limit after which Chromium and
/// its children are killed, and Chromium's sandbox unless the tool runs as root (Chromium
/// refuses to start sandboxed as root).
struct ChromiumPrinter {
  let executable: String
  let timeout: Double

  /// Names Chromium's executable is found by on the PATH.
  static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
  static let installHint =
    "install it (Debian: `apt-get install chromium`) or name it with --chromium PATH"

  /// `path` (`--chromium`), else the first of `names` on the PATH; nil when there is none.
  static func locate(_ path: String?) -> String? {
    if let path { return FileManager.default.isExecutableFile(atPath: path) ? path : nil }
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    for name in names {
      for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)")
      {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }

  var printer: PDFPrinter {
    let (executable, timeout) = (executable, timeout)
    return PDFPrinter(printing: { html, name throws(PDFPrinter.Failure) in
      try ChromiumPrinter(executable: executable, timeout: timeout).print(html, name: name)
    })
  }

  /// The PDF of `html`, printed in a folder of its own that is removed afterwards.
  func print(_ html: Data, name: String) throws(PDFPrinter.Failure) -> Data {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bsuid-pdf-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("page.html")
    let pdf = folder.appendingPathComponent("page.pdf")
    do {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("profile"), withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      try html.write(to: page)
    } catch {
      throw PDFPrinter.Failure("cannot prepare its temporary folder: \(error.localizedDescription)")
    }
    let status = try run(
      arguments(profile: folder.appendingPathComponent("profile"), pdf: pdf, page: page))
    guard let bytes = try? Data(contentsOf: pdf), bytes.starts(with: Data("%PDF-".utf8)) else {
      throw PDFPrinter.Failure("Chromium exited with status \(status) and wrote no PDF for \(name)")
    }
    return bytes
  }

  /// Chromium's command line for one print.
  func arguments(profile: URL, pdf: URL, page: URL) -> [String] {
    var flags = [
      "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
      "--disable-extensions", "--disable-sync", "--disable-background-networking",
      "--disable-component-update", "--disable-default-apps", "--mute-audio",
      "--user-data-dir=\(profile.path)", "--host-resolver-rules=MAP * ~NOTFOUND",
      "--no-proxy-server", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
    ]
    if geteuid() == 0 { flags.append("--no-sandbox") }
    return flags + [page.absoluteString]
  }

  /// Runs Chromium and waits at most `timeout` seconds; then its process group is killed.
  private func run(_ arguments: [String]) throws(PDFPrinter.Failure) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    do {
      try Self.launches.withLock { try process.run() }
    } catch {
      throw PDFPrinter.Failure("cannot start \(executable): \(error.localizedDescription)")
    }
    guard exited.wait(timeout: .now() + timeout) == .success else {
      kill(-process.processIdentifier, SIGKILL)
      process.terminate()
      _ = exited.wait(timeout: .now() + 5)
      throw PDFPrinter.Failure("Chromium did not finish within \(Int(timeout)) s and was stopped")
    }
    return process.terminationStatus
  }

  /// Foundation's `Process.run()` is not safe to call from several threads at once: the two
  /// PDFs render at once, so their launches take turns.
  private static let launches = NSLock()
}

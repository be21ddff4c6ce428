import Foundation
import Testing

/// `--format pdf`: report.pdf and briefing.pdf printed by headless Chromium, isolated.
@Suite("report --format pdf: the steering pack printed by headless Chromium")
struct PDFOutputTests {
  static let example = BinaryRunner.root.appendingPathComponent("Examples/contact-centre.yaml").path

  static func pdfinfo(_ file: String) throws -> (pages: Int, size: String) {
    let info = try ExampleFiguresTests.runTool("pdfinfo", [file]).output
    let line = { (prefix: String) in
      info.split(separator: "\n").first { $0.hasPrefix(prefix) }.map {
        $0.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
      } ?? ""
    }
    return (Int(line("Pages:")) ?? 0, line("Page size:"))
  }

  @Test("A4 by default, Letter on request; the briefing one page; the headline in the text")
  func printed() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for paper in ["a4", "letter"] {
      let out = folder.appendingPathComponent(paper).path
      var arguments = [
        "report", Self.example, "--out", out, "--format", "pdf,html", "--no-history",
      ]
      if paper == "letter" { arguments += ["--paper", "letter"] }
      let run = try BinaryRunner.run(arguments, timeout: 300)
      #expect(run.status == 0, "\(run.stderr)")
      let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
      #expect(names == ["briefing.pdf", "report.html", "report.pdf"])
      let (briefing, report) = (
        try Self.pdfinfo(out + "/briefing.pdf"), try Self.pdfinfo(out + "/report.pdf")
      )
      let size = paper == "a4" ? "(A4)" : "(letter)"
      #expect(briefing.pages == 1 && briefing.size.hasSuffix(size), "\(briefing)")
      #expect((10...16).contains(report.pages) && report.size.hasSuffix(size), "\(report)")
      let text = try ExampleFiguresTests.runTool("pdftotext", [out + "/briefing.pdf", "-"]).output
      for figure in ["53.3", "RED", "Veldstroom", "As of 2026-11-25"] {
        #expect(text.contains(figure), "briefing.pdf lacks \(figure)")
      }
    }
  }

  @Test("no Chromium: exit 69 naming the install command; the other files are still written")
  func unavailable() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try BinaryRunner.run([
      "report", Self.example, "--out", folder.path, "--format", "pdf,html", "--no-history",
      "--chromium", "/nonexistent/chromium",
    ])
    #expect(run.status == 69, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "error: cannot write report.pdf and briefing.pdf: /nonexistent/chromium is not an"
          + " executable file"), "\(run.stderr)")
    #expect(run.stderr.contains("apt-get install chromium"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
  }

  /// A stand-in Chromium that records its command line, then prints or hangs.
  static func fakeChromium(in folder: URL, hang: Bool) throws -> URL {
    let script = folder.appendingPathComponent("chromium")
    let body =
      hang
      ? "sleep 60\n"
      : #"for a in "$@"; do case "$a" in --print-to-pdf=*) printf '%%PDF-1.4 fake' > "${a#--print-to-pdf=}";; esac; done"#
        + "\n"
    try Data(("#!/bin/sh\nprintf '%s\\n' \"$@\" >> \"\(folder.path)/arguments\"\n" + body).utf8)
      .write(to: script)
    chmod(script.path, 0o755)
    return script
  }

  @Test(
    "each print is isolated: a throwaway profile, no host resolves, no proxy, no sandbox as root")
  func isolated() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let chromium = try Self.fakeChromium(in: folder, hang: false)
    let run = try BinaryRunner.run([
      "report", Self.example, "--out", folder.path + "/out", "--format", "pdf", "--no-history",
      "--chromium", chromium.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let arguments = try String(
      contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8
    )
    .split(separator: "\n").map(String.init)
    for flag in ["--headless", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-proxy-server"] {
      #expect(arguments.filter { $0 == flag }.count == 2, "\(flag): \(arguments)")
    }
    let profiles = Set(arguments.filter { $0.hasPrefix("--user-data-dir=") })
    #expect(profiles.count == 2, "each print its own profile: \(profiles)")
    #expect(arguments.contains("--no-sandbox") == (geteuid() == 0))
    // The throwaway folders are gone.
    for profile in profiles {
      #expect(!FileManager.default.fileExists(atPath: String(profile.dropFirst(16))))
    }
  }

  @Test("a Chromium that hangs is stopped at --pdf-timeout: exit 74, nothing written")
  func hangs() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let chromium = try Self.fakeChromium(in: folder, hang: true)
    let started = Date()
    let run = try BinaryRunner.run([
      "report", Self.example, "--out", folder.path + "/out", "--format", "pdf,html",
      "--no-history", "--chromium", chromium.path, "--pdf-timeout", "5",
    ])
    #expect(run.status == 74, "\(run.stderr)")
    #expect(
      run.stderr.contains("Chromium did not finish within 5 s and was stopped"), "\(run.stderr)")
    #expect(Date().timeIntervalSince(started) < 40)
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
  }
}

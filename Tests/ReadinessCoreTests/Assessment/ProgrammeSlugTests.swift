import Testing

@testable import ReadinessCore

@Suite("Programme slug")
struct ProgrammeSlugTests {
  @Test("slug keeps lower-case ASCII letters and digits joined by single dashes")
  func ascii() {
    #expect(
      ProgrammeSlug.slug("Acme Telecom — WhatsApp usernames readiness 2026")
        == "acme-telecom-whatsapp-usernames-readiness-2026")
    #expect(ProgrammeSlug.slug("  --Télécom!!  ") == "t-l-com")
  }

  @Test("slug falls back to programme when nothing is left")
  func fallback() {
    #expect(ProgrammeSlug.slug("") == "programme")
    #expect(ProgrammeSlug.slug("🎉 — ‏שלום") == "programme")
  }

  @Test("slug is at most 64 characters and never ends in a dash")
  func length() {
    let slug = ProgrammeSlug.slug(String(repeating: "abc ", count: 1250))
    #expect(slug.count <= 64 && !slug.hasSuffix("-") && slug.hasPrefix("abc-abc"))
  }

  @Test("the assessment carries the programme's slug")
  func inAssessment() throws {
    #expect(try assess(inventory()).programme.slug == "test-programme")
  }
}

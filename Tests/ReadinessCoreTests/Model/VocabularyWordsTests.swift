import Testing

@testable import ReadinessCore

/// People read statuses and kinds in words: no underscore, and the product's own spellings
/// (BSUID, CRM, Click-to-WhatsApp) where a word is a name.
@Suite("Vocabulary in words")
struct VocabularyWordsTests {
  @Test("no value of any vocabulary reads with an underscore")
  func noUnderscores() {
    let all: [String] =
      WorkStatus.allCases.map(\.words) + SystemKind.allCases.map(\.words)
      + FlowKind.allCases.map(\.words) + DedupeKey.allCases.map(\.words)
      + PrimaryIdentifier.allCases.map(\.words) + UsernameStatus.allCases.map(\.words)
      + UsernameSource.allCases.map(\.words) + PhoneNeed.allCases.map(\.words)
      + PhoneRequest.allCases.map(\.words) + StoredIdentifier.allCases.map(\.words)
    #expect(all.allSatisfy { !$0.contains("_") })
  }

  @Test("names keep their spelling")
  func names() {
    #expect(WorkStatus.inProgress.words == "in progress")
    #expect(WorkStatus.notApplicable.words == "not applicable")
    #expect(FlowKind.clickToWhatsApp.words == "Click-to-WhatsApp")
    #expect(FlowKind.crmLookup.words == "CRM lookup")
    #expect(SystemKind.crm.words == "CRM")
    #expect(SystemKind.contactCentre.words == "contact centre")
    #expect(DedupeKey.phoneThenBSUID.words == "phone, then BSUID")
    #expect(PrimaryIdentifier.bsuid.words == "BSUID")
    #expect(PhoneRequest.nativeFlow.words == "native flow")
  }
}

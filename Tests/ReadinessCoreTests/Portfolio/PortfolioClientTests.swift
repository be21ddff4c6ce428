import Testing

@testable import ReadinessCore

/// Each inventory of a portfolio gets its own folder, the same on every machine.
@Suite("PortfolioClient: one folder per inventory")
struct PortfolioClientTests {
  @Test("sorted by path; a folder is the file name's slug, with -2, -3… for later files")
  func folders() {
    let clients = PortfolioClient.clients(of: [
      "x/Acme Shop.yaml", "a/acme-shop.json", "b/acme shop.yml", "c/beta.v2.yaml",
    ])
    #expect(
      clients.map(\.file) == [
        "a/acme-shop.json", "b/acme shop.yml", "c/beta.v2.yaml", "x/Acme Shop.yaml",
      ])
    #expect(clients.map(\.folder) == ["acme-shop", "acme-shop-2", "beta-v2", "acme-shop-3"])
  }

  @Test("a recorded file keeps its folder; a new one never takes a recorded folder")
  func recorded() {
    let clients = PortfolioClient.clients(
      of: ["c/Acme Corp.yaml", "c/acme-corp.yml", "c/beta.yaml"],
      recorded: [
        "c/acme-corp.yml": .init(folder: "acme-corp", name: "Acme"),
        "c/gone.yaml": .init(folder: "beta", name: nil),
      ])
    #expect(clients.map(\.folder) == ["acme-corp-2", "acme-corp", "beta-2"])
    #expect(clients.map(\.recordedName) == [nil, "Acme", nil])
  }

  @Test(
    "a folder name is what the slugs give: a path or a schema name from an edited database is not")
  func folderNames() {
    for name in ["acme", "acme-corp-2", "2026-q1", String(repeating: "a", count: 64) + "-12"] {
      #expect(PortfolioClient.isFolderName(name), "\(name)")
    }
    for name in [
      "", "../x", "a/b", "-a", "Acme", "acme corp", "ação", String(repeating: "a", count: 81),
    ] {
      #expect(!PortfolioClient.isFolderName(name), "\(name)")
    }
  }
}

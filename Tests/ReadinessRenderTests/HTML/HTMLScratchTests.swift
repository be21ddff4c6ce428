import Foundation
import Testing

@Test("scratch: write the fixture report")
func scratchWrite() throws {
  let html = try HTMLTestSupport.html(HTMLFixture.assessment())
  try Data(html.utf8).write(to: URL(fileURLWithPath: "/tmp/html-fixture.html"))
  let hostile = try HTMLTestSupport.html(HTMLFixture.assessment(text: { $0 + " " + HTMLFixture.hostile }))
  try Data(hostile.utf8).write(to: URL(fileURLWithPath: "/tmp/html-hostile.html"))
}

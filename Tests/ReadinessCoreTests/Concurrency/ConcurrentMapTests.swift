import ReadinessCore
import Testing

@Suite("concurrentMap: the same result as map, in order, whatever the chunks")
struct ConcurrentMapTests {
  @Test(
    "every length around the chunk boundaries gives map's result",
    arguments: [0, 1, 7, 99, 100, 101, 199, 200, 201, 3_217, 100_000])
  func sameAsMap(count: Int) {
    let numbers = Array(0..<count)
    #expect(numbers.concurrentMap(minimumChunk: 100) { $0 * 3 + 1 } == numbers.map { $0 * 3 + 1 })
  }

  @Test("the chunks cover the array once, in order, none smaller than the minimum")
  func chunks() {
    let numbers = Array(0..<10_007)
    let chunks = numbers.concurrentChunks(minimumChunk: 1_000) { Array($0) }
    #expect(chunks.count == 10)
    #expect(chunks.allSatisfy { $0.count >= 1_000 })
    #expect(chunks.flatMap { $0 } == numbers)
  }

  @Test("many chunks are capped, and a short array is one chunk")
  func limits() {
    let numbers = Array(0..<1_000)
    #expect(numbers.concurrentChunks(minimumChunk: 1) { $0.count }.count == 32)
    #expect(numbers.concurrentChunks(minimumChunk: 600) { $0.count } == [1_000])
  }

  @Test("independent parts are joined in their order, whichever finishes first")
  func joined() {
    let parts: [@Sendable () -> [Int]] = (0..<9).map { part in
      { Array(0..<(part * 20_000)).suffix(2).map { _ in part } }
    }
    #expect(parts.concurrentlyJoined() == (1..<9).flatMap { [$0, $0] })
  }
}

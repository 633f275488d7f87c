import FlyingSocks

/// The body of a Server-Sent Events response: bytes that arrive whenever the hub broadcasts, for
/// as long as the browser stays. FlyingFox sends it with chunked transfer encoding, chunk by chunk.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let stream: AsyncStream<[UInt8]>
    let subscription: EventHub.Subscription

    func makeAsyncIterator() -> Iterator {
        Iterator(base: stream.makeAsyncIterator(), subscription: subscription)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        let subscription: EventHub.Subscription
        var buffer: [UInt8] = []
        var offset = 0

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            defer { offset += 1 }
            return buffer[offset]
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            guard await fill() else { return nil }
            let end = Swift.min(buffer.count, offset + Swift.max(count, 1))
            defer { offset = end }
            return buffer[offset..<end]
        }

        /// Waits for the next message when everything before it was sent; false at the end.
        private mutating func fill() async -> Bool {
            while offset >= buffer.count {
                guard let next = await base.next() else { return false }
                buffer = next
                offset = 0
            }
            return true
        }
    }
}

import Foundation

/// The browsers listening for Server-Sent Events: each open tab holds one stream, and a broadcast
/// writes one event into all of them.
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0
    private var closed = false

    /// Number of connected browsers.
    var clientCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return clients.count
    }

    /// A new stream that starts with `greeting`; it ends when the hub closes or the browser leaves.
    func subscribe(greeting: String) -> EventStream {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        lock.lock()
        defer { lock.unlock() }
        if closed {
            continuation.finish()
            return EventStream(stream: stream, subscription: Subscription(hub: self, id: -1))
        }
        let id = nextID
        nextID += 1
        clients[id] = continuation
        continuation.yield(Array(greeting.utf8))
        return EventStream(stream: stream, subscription: Subscription(hub: self, id: id))
    }

    /// Sends `event` with `data` (one line) to every browser.
    func broadcast(event: String, data: String) {
        send(Self.format(event: event, data: data))
    }

    /// A comment line that keeps idle connections open and finds the ones that went away.
    func ping() { send(": ping\n\n") }

    /// Ends every stream, so the server can stop.
    func close() {
        lock.lock()
        closed = true
        let all = clients.values
        clients = [:]
        lock.unlock()
        for continuation in all { continuation.finish() }
    }

    /// One event in the wire format: `event: NAME`, `data: ...` per line, and an empty line.
    static func format(event: String, data: String) -> String {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined()
        return "event: \(event)\n\(lines)\n"
    }

    private func send(_ text: String) {
        let bytes = Array(text.utf8)
        lock.lock()
        let all = clients.values
        lock.unlock()
        for continuation in all { continuation.yield(bytes) }
    }

    fileprivate func remove(_ id: Int) {
        lock.lock()
        let continuation = clients.removeValue(forKey: id)
        lock.unlock()
        continuation?.finish()
    }

    /// Removes its browser from the hub when the response that streams to it is released.
    final class Subscription: Sendable {
        let hub: EventHub
        let id: Int

        init(hub: EventHub, id: Int) {
            self.hub = hub
            self.id = id
        }

        deinit { hub.remove(id) }
    }
}

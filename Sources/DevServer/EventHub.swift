import Foundation
import Synchronization

/// The browsers listening for Server-Sent Events: each open tab holds one stream, and a broadcast
/// writes one event into all of them.
final class EventHub: Sendable {
    private struct Clients {
        var streams: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
        var nextID = 0
        var closed = false
    }

    private let clients = Mutex(Clients())

    /// Number of connected browsers.
    var clientCount: Int { clients.withLock { $0.streams.count } }

    /// A new stream that starts with `greeting`; it ends when the hub closes or the browser leaves.
    func subscribe(greeting: String) -> EventStream {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id: Int? = clients.withLock { clients in
            if clients.closed { return nil }
            let id = clients.nextID
            clients.nextID += 1
            clients.streams[id] = continuation
            // Yielded under the lock, so a broadcast cannot reach this stream before its greeting.
            continuation.yield(Array(greeting.utf8))
            return id
        }
        guard let id else {
            continuation.finish()
            return EventStream(stream: stream, subscription: Subscription(hub: self, id: -1))
        }
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
        let all = clients.withLock { clients in
            clients.closed = true
            defer { clients.streams = [:] }
            return Array(clients.streams.values)
        }
        for continuation in all { continuation.finish() }
    }

    /// One event in the wire format: `event: NAME`, `data: ...` per line, and an empty line.
    static func format(event: String, data: String) -> String {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined()
        return "event: \(event)\n\(lines)\n"
    }

    private func send(_ text: String) {
        let bytes = Array(text.utf8)
        let all = clients.withLock { Array($0.streams.values) }
        for continuation in all { continuation.yield(bytes) }
    }

    fileprivate func remove(_ id: Int) {
        let continuation = clients.withLock { $0.streams.removeValue(forKey: id) }
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

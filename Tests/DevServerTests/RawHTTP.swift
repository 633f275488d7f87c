import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket, so tests can send paths exactly as written
/// (`/../x`, `%2e%2e`), which URL types would normalise first. Blocking calls run on a dispatch
/// queue, never on the test's (and the server's) cooperative threads.
enum RawHTTP {
    struct Response {
        var status: Int
        /// Lowercased header names.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends one request and reads the response until the server closes the connection. `host` is
    /// the `Host` header (nil: none).
    static func request(_ path: String, port: UInt16, method: String = "GET", host: String? = "127.0.0.1") async throws -> Response {
        try await offThread {
            let socket = try connect(port: port)
            defer { close(socket) }
            let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
            try send(socket, "\(method) \(path) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n")
            var data = Data()
            let deadline = Date().addingTimeInterval(10)
            while let chunk = try receive(socket, until: deadline) { data.append(chunk) }
            return try parse(data)
        }
    }

    /// Opens the Server-Sent Events stream at `path`.
    static func events(_ path: String, port: UInt16) async throws -> EventReader {
        try await offThread {
            let socket = try connect(port: port)
            try send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            return EventReader(socket: socket)
        }
    }

    /// Reads events from an open stream: dechunks the body and splits it at empty lines.
    final class EventReader: @unchecked Sendable {
        private let socket: Int32
        private var raw = Data()
        private var body = Data()
        private var headerDone = false
        private var events: [(name: String, data: String)] = []

        init(socket: Int32) { self.socket = socket }

        deinit { close(socket) }

        /// Waits for the next event called `name` (skipping others); fails after `timeout` seconds.
        func next(_ name: String, timeout: TimeInterval = 8) async throws -> String {
            try await offThread { [self] in
                let deadline = Date().addingTimeInterval(timeout)
                while true {
                    while !events.isEmpty {
                        let event = events.removeFirst()
                        if event.name == name { return event.data }
                    }
                    guard let chunk = try RawHTTP.receive(socket, until: deadline) else {
                        throw Failure(description: "the event stream ended before '\(name)'")
                    }
                    raw.append(chunk)
                    decode()
                }
            }
        }

        private func decode() {
            let separator = Data("\r\n".utf8)
            if !headerDone {
                guard let end = raw.range(of: Data("\r\n\r\n".utf8)) else { return }
                raw = Data(raw[end.upperBound...])
                headerDone = true
            }
            while let line = raw.range(of: separator),
                  let size = Int(String(decoding: raw[raw.startIndex..<line.lowerBound], as: UTF8.self), radix: 16),
                  raw.count >= raw.distance(from: raw.startIndex, to: line.upperBound) + size + 2 {
                let start = line.upperBound
                body.append(raw[start..<raw.index(start, offsetBy: size)])
                raw = Data(raw[raw.index(start, offsetBy: size + 2)...])
            }
            while let end = body.range(of: Data("\n\n".utf8)) {
                let block = String(decoding: body[body.startIndex..<end.lowerBound], as: UTF8.self)
                body = Data(body[end.upperBound...])
                var name = "message", data: [String] = []
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                if !block.hasPrefix(":") { events.append((name, data.joined(separator: "\n"))) }
            }
        }
    }

    private static func offThread<T>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    private static func connect(port: UInt16) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to port \(port)")
        }
        return socket
    }

    private static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            throw Failure(description: "send() failed")
        }
    }

    /// The next bytes, nil at the end of the stream; throws at the deadline.
    fileprivate static func receive(_ socket: Int32, until deadline: Date) throws -> Data? {
        var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
        guard poll(&poller, 1, milliseconds) > 0 else { throw Failure(description: "timed out waiting for the server") }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(socket, &buffer, buffer.count, 0)
        if count < 0 { throw Failure(description: "recv() failed") }
        return count == 0 ? nil : Data(buffer[0..<count])
    }

    private static func parse(_ data: Data) throws -> Response {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "no HTTP header in response") }
        let head = String(decoding: data[data.startIndex..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}

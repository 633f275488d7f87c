import FlyingSocks
import Foundation

extension DevServer {
    /// The address to listen on: `port` on `host`, or, when another program (often a second
    /// 'kennisbank serve') has it, the next free port of the twenty after it. Port 0 is any free port.
    static func freeAddress(_ host: String, from port: UInt16) throws -> (any SocketAddress, UInt16) {
        var candidate = port
        while true {
            let address = try Self.address(host, port: candidate)
            guard port != 0 else { return (address, 0) }
            do {
                try Self.checkAvailable(address)
                return (address, candidate)
            } catch SocketError.failed(_, let code, let message) {
                guard code == EADDRINUSE, candidate - port < 20, candidate < UInt16.max else {
                    throw StartError(host: host, port: port, reason: message)
                }
                candidate += 1
            }
        }
    }

    /// Fails fast, before the first build, when the address is taken.
    static func checkAvailable(_ address: some SocketAddress) throws {
        let socket = try Socket(domain: Int32(type(of: address).family))
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
    }

    static func address(_ host: String, port: UInt16) throws -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        if name.contains(":") { return try sockaddr_in6.inet6(ip6: name, port: port) }
        return try sockaddr_in.inet(ip4: name, port: port)
    }
}

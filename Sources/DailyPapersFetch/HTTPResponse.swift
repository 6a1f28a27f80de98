import Foundation

/// A complete response: status, headers (names lowercased) and body.
struct HTTPResponse: Sendable {
    let status: Int
    let headers: [String: String]
    let body: Data
}

import Foundation
import XCTest
@testable import DailyPapersCore

/// Key order, commas, nulls and escaping, byte for byte.
final class JSONWriterTests: XCTestCase {
    func testStructureAndOrder() {
        var w = JSONWriter()
        w.beginObject()
        w.field("s", "x")
        w.field("n", 3 as Int?)
        w.field("none", nil as String?)
        w.field("unknown", nil as Int?)
        w.field("b", false)
        w.key("arr"); w.beginArray()
        w.string("1"); w.int(2); w.beginObject(); w.endObject(); w.beginArray(); w.endArray(); w.string(nil)
        w.endArray()
        w.key("o"); w.beginObject(); w.field("k", true); w.endObject()
        w.endObject()
        XCTAssertEqual(w.output, #"{"s":"x","n":3,"none":null,"unknown":null,"b":false,"arr":["1",2,{},[],null],"o":{"k":true}}"#)
    }

    func testEscaping() throws {
        let nasty = "q\"b\\s/n\nt\tr\r\u{0}\u{1B}[31m\u{7F}\u{9B}\u{2028}\u{2029}é한👍"
        var w = JSONWriter()
        w.beginArray(); w.string(nasty); w.endArray()
        XCTAssertEqual(w.output, #"["q\"b\\s/n\nt\tr\r\u0000\u001b[31m\u007f\u009b\u2028\u2029é한👍"]"#)
        // Whatever is escaped reads back as the original.
        let back = try JSONSerialization.jsonObject(with: Data(w.output.utf8)) as? [String]
        XCTAssertEqual(back, [nasty])
    }

    func testKeysAreEscapedToo() {
        var w = JSONWriter()
        w.beginObject(); w.field("a\"b", 1 as Int?); w.endObject()
        XCTAssertEqual(w.output, #"{"a\"b":1}"#)
    }
}

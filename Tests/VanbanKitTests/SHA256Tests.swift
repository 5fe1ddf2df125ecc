import Testing
@testable import VanbanKit

/// The hand-written SHA-256 against FIPS 180-4's known answers, and streaming updates that
/// split the input at every awkward place around the 64-byte block and the 56-byte padding edge.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func knownAnswers(_ message: String, _ digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func oneMillionLetterA() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Inputs of every length from 0 to 200 bytes, fed in pieces of 1, 55, 56, 63, 64 and 65 bytes
    /// (and a mix of them), give the one-shot digest.
    @Test(arguments: [[1], [55], [56], [63], [64], [65], [1, 55, 56, 63, 64, 65], [65, 63, 1]])
    func streamingAgreesWithOneShot(_ pieces: [Int]) {
        for length in 0...200 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var hasher = SHA256()
            var offset = 0
            var n = 0
            while offset < bytes.count {
                let size = min(pieces[n % pieces.count], bytes.count - offset)
                hasher.update(bytes[offset..<(offset + size)])
                offset += size
                n += 1
            }
            #expect(hasher.finalizeHex() == SHA256.hex(bytes), "length \(length), pieces \(pieces)")
        }
    }

    @Test func streamingTheMillionAInAwkwardPiecesGivesTheKnownAnswer() {
        var hasher = SHA256()
        var left = 1_000_000
        var n = 0
        let pieces = [1, 55, 56, 63, 64, 65, 4_096]
        while left > 0 {
            let size = min(pieces[n % pieces.count], left)
            hasher.update([UInt8](repeating: 0x61, count: size))
            left -= size
            n += 1
        }
        #expect(hasher.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

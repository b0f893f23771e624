/// The tests' only source of random numbers: SplitMix64 (Steele, Lea and
/// Flood, 2014) from a seed, so every run draws the same inputs and a
/// failure can be run again as it was. Never `SystemRandomNumberGenerator`,
/// `Int.random(in:)` or `shuffled()` without `using:`, which differ per run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (with the slight bias of a remainder, which these tests don't mind).
    public mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

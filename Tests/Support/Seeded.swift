import EcomapCore

/// The tests' only source of random numbers: the core's SplitMix64 from a
/// seed, so every run draws the same inputs and a failure can be run again
/// as it was. Never `SystemRandomNumberGenerator`, `Int.random(in:)` or
/// `shuffled()` without `using:`, which differ per run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var mix: SplitMix64

    public init(seed: UInt64) { mix = SplitMix64(seed: seed) }

    public mutating func next() -> UInt64 { mix.next() }

    /// A number in `0..<bound` (with the slight bias of a remainder, which these tests don't mind).
    public mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

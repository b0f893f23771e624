import Foundation

/// A point in a layout, in points, y upwards (Graphviz's coordinates).
public struct Position: Hashable, Sendable {
    /// Points from the left, in the layout's own frame.
    public var x: Double
    /// Points upwards, as Graphviz counts them.
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    static func + (a: Position, b: Position) -> Position { Position(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Position, b: Position) -> Position { Position(x: a.x - b.x, y: a.y - b.y) }

    func distance(to other: Position) -> Double { ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot() }
}

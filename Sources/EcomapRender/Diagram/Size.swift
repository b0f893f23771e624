/// A width and a height, in points: a node's, a key's, or the room a drawing may fill (``RenderOptions/room``).
public struct Size: Hashable, Sendable {
    /// Points across.
    public var width: Double
    /// Points up and down.
    public var height: Double

    /// A size of `width` by `height` points.
    public init(width: Double, height: Double) { (self.width, self.height) = (width, height) }
}

/// Moves rectangles apart until none overlaps another, each as little as
/// it can: what keeps a drawing's nodes where a reader saw them when the
/// map changes (``RenderOptions/places``).
///
/// Each round looks at every pair and pushes an overlapping pair apart along
/// the axis that needs the shorter move. A rectangle that is `settled` (it
/// was in the earlier drawing) gives way only to another settled one: a new
/// node makes room for itself. Rounds go on until none overlaps, at most
/// `rounds` of them. Each round is O(n²): the levels it is used on are a
/// few hundred items at most. Deterministic: pairs in index order, ties
/// pushed right and up.
enum OverlapRemoval {
    static func separate(_ centres: inout [Position], sizes: [Size], settled: [Bool], gap: Double, rounds: Int = 200) {
        let n = centres.count
        for _ in 0..<rounds {
            var moved = false
            for i in 0..<n {
                for j in (i + 1)..<n where i != j {
                    let dx = centres[j].x - centres[i].x, dy = centres[j].y - centres[i].y
                    let needX = (sizes[i].width + sizes[j].width) / 2 + gap - abs(dx)
                    let needY = (sizes[i].height + sizes[j].height) / 2 + gap - abs(dy)
                    guard needX > 0.01, needY > 0.01 else { continue }
                    // How the move is shared: a settled rectangle stays when the other is new.
                    let share: (Double, Double) = settled[i] == settled[j] ? (0.5, 0.5) : settled[i] ? (0, 1) : (1, 0)
                    if needX <= needY {
                        let sign: Double = dx >= 0 ? 1 : -1
                        centres[i].x -= sign * needX * share.0
                        centres[j].x += sign * needX * share.1
                    } else {
                        let sign: Double = dy >= 0 ? 1 : -1
                        centres[i].y -= sign * needY * share.0
                        centres[j].y += sign * needY * share.1
                    }
                    moved = true
                }
            }
            if !moved { return }
        }
    }
}

import Foundation

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
        // Rounds spent, some still overlap: a new rectangle squeezed between
        // settled ones is pushed from one into the next and back. Each new one
        // that still overlaps goes to the nearest free spot on a spiral round
        // where it is (a golden angle a step, the radius growing by a tenth of
        // its size), so no two overlap and the settled stay put.
        func overlaps(_ i: Int, at c: Position) -> Bool {
            (0..<n).contains { j in
                j != i && abs(centres[j].x - c.x) < (sizes[i].width + sizes[j].width) / 2 + gap - 0.01
                    && abs(centres[j].y - c.y) < (sizes[i].height + sizes[j].height) / 2 + gap - 0.01
            }
        }
        for i in 0..<n where !settled[i] && overlaps(i, at: centres[i]) {
            let step = max(sizes[i].width, sizes[i].height, 1) / 10
            for k in 1...20_000 {
                let angle = Double(k) * 2.399_963, radius = step * Double(k).squareRoot() * 2
                let c = Position(x: centres[i].x + radius * cos(angle), y: centres[i].y + radius * sin(angle))
                if !overlaps(i, at: c) { centres[i] = c; break }
            }
        }
    }
}

import type { Location, RouteGrid } from "./geometry"

/*
 * S-shape (traversal) routing, the usual baseline: every (sub)aisle holding a pick is walked end
 * to end, alternating direction. Multi-block version after Roodbergen & de Koster (2001), "Routing
 * methods for warehouses with multiple cross aisles":
 *   1. walk from the depot to the front of the left-most aisle with picks and up it to the front
 *      of the farthest block with picks, picking on the way;
 *   2. in that block, traverse every subaisle with picks from left to right;
 *   3. in each nearer block, start from the end (left-most or right-most pick subaisle) closer to
 *      where the picker stands and traverse towards the other end;
 *   4. when the parity would leave the picker on the far side of a block, the last subaisle of the
 *      block is entered from the front and left the same way (a "return") instead;
 *   5. walk back along the front cross aisle to the depot.
 * With one block this is the textbook single-block S-shape.
 */

class Walker {
  length = 0
  readonly order: Location[] = []
  constructor(private readonly grid: RouteGrid, public aisle: number, public y: number) {}

  /** Along the current aisle. */
  walkTo(y: number) {
    this.length += Math.abs(this.y - y)
    this.y = y
  }

  /** Along the cross aisle the picker stands on. */
  crossTo(aisle: number) {
    if (!this.grid.crossYs.includes(this.y)) throw new Error(`S-shape tried to change aisle off a cross aisle (y=${this.y})`)
    this.length += Math.abs(this.grid.xs[this.aisle - 1] - this.grid.xs[aisle - 1])
    this.aisle = aisle
  }

  visit(location: Location) {
    if (location.aisle !== this.aisle) throw new Error("S-shape visit outside the current aisle")
    this.walkTo(location.y)
    this.order.push(location)
  }
}

/** Block of a position: block k spans crossYs[k] <= y < crossYs[k + 1]; the back line belongs to the last block. */
function blockOf(grid: RouteGrid, y: number): number {
  const blocks = grid.crossYs.length - 1
  for (let k = 0; k < blocks - 1; k++) if (y < grid.crossYs[k + 1]) return k
  return blocks - 1
}

export function sShapeOrder(grid: RouteGrid, locations: Location[]): { order: Location[]; length: number } {
  const walker = new Walker(grid, grid.depotAisle, 0)
  if (locations.length === 0) return { order: [], length: 0 }
  const pending = new Set(locations)
  const leftAisle = Math.min(...locations.map((l) => l.aisle))
  const farthest = Math.max(...locations.map((l) => blockOf(grid, l.y)))

  walker.crossTo(leftAisle)
  const startY = grid.crossYs[farthest]
  for (const location of locations) {
    if (location.aisle === leftAisle && location.y < startY) {
      walker.visit(location)
      pending.delete(location)
    }
  }
  walker.walkTo(startY)

  for (let block = farthest; block >= 0; block--) {
    const front = grid.crossYs[block]
    const back = grid.crossYs[block + 1]
    const inBlock = [...pending].filter((l) => blockOf(grid, l.y) === block)
    const aisles = [...new Set(inBlock.map((l) => l.aisle))].sort((a, b) => a - b)
    if (aisles.length === 0) {
      walker.walkTo(front)
      continue
    }
    const here = grid.xs[walker.aisle - 1]
    const leftFirst =
      Math.abs(here - grid.xs[aisles[0] - 1]) <= Math.abs(here - grid.xs[aisles[aisles.length - 1] - 1])
    if (!leftFirst) aisles.reverse()
    // The farthest block is entered from its front, the others from their back; all end at the front.
    const enteredAtFront = block === farthest
    const needsReturn = enteredAtFront ? aisles.length % 2 === 1 : aisles.length % 2 === 0
    aisles.forEach((aisle, i) => {
      const picks = inBlock.filter((l) => l.aisle === aisle)
      walker.crossTo(aisle)
      const last = i === aisles.length - 1
      if (last && needsReturn) {
        picks.sort((p, q) => p.y - q.y).forEach((l) => walker.visit(l))
        walker.walkTo(front)
        return
      }
      const upward = walker.y === front
      picks.sort((p, q) => (upward ? p.y - q.y : q.y - p.y)).forEach((l) => walker.visit(l))
      walker.walkTo(upward ? back : front)
    })
    inBlock.forEach((l) => pending.delete(l))
  }
  walker.crossTo(grid.depotAisle)
  return { order: walker.order, length: walker.length }
}

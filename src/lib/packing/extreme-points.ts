import { runSteps, type Steps } from "../cooperative"
import { EPSILON_CM, rotationsOf, type Dims } from "./geometry"
import type { Placement, SizedItem } from "./types"

/**
 * Extreme-point packing (after Crainic, Perboli & Tadei, 2008): items go one by one, each at one of
 * the "extreme points" left by the items already placed (corners of placed items, and those corners
 * slid back towards the walls), in whichever rotation and point the merit function likes best.
 * It is a heuristic: it can miss a packing that exists, which is why `fitsInCarton` tries several
 * item orders, merits and carton views before giving up.
 *
 * This runs hundreds of times per recommendation when a carton is tight, so the inner loops avoid
 * allocating (garbage collection was the largest cost in profiles).
 */

interface Point {
  x: number
  y: number
  z: number
}

export type Merit = "bottom_left_back" | "smallest_bounding_box"

/** Packs `items` in the given order into an empty space, or returns null when one does not go in. */
export function packExtremePoints(items: SizedItem[], space: Dims, merit: Merit): Placement[] | null {
  return runSteps(packExtremePointsSteps(items, space, merit))
}

/** The same, pausable (one item's search grows with the items already placed). */
export function* packExtremePointsSteps(items: SizedItem[], space: Dims, merit: Merit): Steps<Placement[] | null> {
  const packer = createPacker(space, merit)
  for (const item of items) if (!(yield* packer.place(item))) return null
  return packer.placed
}

/**
 * Same walk, but an item that has no room (or would exceed `weightBudgetG`) is skipped and the
 * next one tried: one pass fills a parcel first-fit, instead of re-checking the whole carton for
 * every candidate item. Skipping leaves the state untouched, so packing just the returned items
 * in the same order reproduces these placements.
 */
export function packAsManyAsFit(items: SizedItem[], space: Dims, merit: Merit, weightBudgetG: number): Placement[] {
  return runSteps(packAsManyAsFitSteps(items, space, merit, weightBudgetG))
}

/** The same, pausable. */
export function* packAsManyAsFitSteps(items: SizedItem[], space: Dims, merit: Merit, weightBudgetG: number): Steps<Placement[]> {
  const packer = createPacker(space, merit)
  let weight = 0
  let freeVolume = space[0] * space[1] * space[2]
  // Free space only shrinks, so a size that found no room once is not searched for again.
  const failedSizes = new Set<string>()
  for (const item of items) {
    const volume = item.length_cm * item.width_cm * item.height_cm
    if (weight + item.weight_g > weightBudgetG || volume > freeVolume + EPSILON_CM) continue
    const size = [item.length_cm, item.width_cm, item.height_cm].sort((a, b) => a - b).join("x")
    if (failedSizes.has(size)) continue
    if (!(yield* packer.place(item))) {
      failedSizes.add(size)
      continue
    }
    weight += item.weight_g
    freeVolume -= volume
  }
  return packer.placed
}

/** Rotations depend only on the item's sides; items are re-packed many times, so compute them once. */
const rotationCache = new WeakMap<SizedItem, Dims[]>()
function rotationsOfItem(item: SizedItem): Dims[] {
  let rotations = rotationCache.get(item)
  if (!rotations) {
    rotations = rotationsOf([item.length_cm, item.width_cm, item.height_cm])
    rotationCache.set(item, rotations)
  }
  return rotations
}

function createPacker([length, width, height]: Dims, merit: Merit) {
  const placed: Placement[] = []
  let points: Point[] = [{ x: 0, y: 0, z: 0 }]
  // Extent of the packed block so far, for the bounding-box merit.
  let extentX = 0
  let extentY = 0
  let extentZ = 0

  /**
   * Best (point, rotation) for the item, or null. Lower score wins, compared in order:
   * bottom-left-back = (z, y, x, height): fill the floor first, flattest rotation on ties (packers
   * build layers; a low centre of gravity leaves room on top); smallest-bounding-box puts the volume
   * of the packed block first, keeping free space in one piece.
   */
  function* bestPosition(item: SizedItem): Steps<Placement | null> {
    let best: Placement | null = null
    let bestBox = Infinity
    for (const [l, w, h] of rotationsOfItem(item)) {
      // One rotation scans every point against every placed item: the unit of work between pauses.
      yield
      for (const point of points) {
        const { x, y, z } = point
        if (x + l > length + EPSILON_CM || y + w > width + EPSILON_CM || z + h > height + EPSILON_CM) continue
        if (collides(x, y, z, l, w, h)) continue
        const box = merit === "smallest_bounding_box" ? Math.max(extentX, x + l) * Math.max(extentY, y + w) * Math.max(extentZ, z + h) : 0
        if (best && !isBetter(box, z, y, x, h, bestBox, best)) continue
        best = { item_id: item.id, x, y, z, length_cm: l, width_cm: w, height_cm: h }
        bestBox = box
      }
    }
    return best
  }

  function collides(x: number, y: number, z: number, l: number, w: number, h: number): boolean {
    for (const b of placed) {
      if (
        x < b.x + b.length_cm - EPSILON_CM &&
        b.x < x + l - EPSILON_CM &&
        y < b.y + b.width_cm - EPSILON_CM &&
        b.y < y + w - EPSILON_CM &&
        z < b.z + b.height_cm - EPSILON_CM &&
        b.z < z + h - EPSILON_CM
      ) {
        return true
      }
    }
    return false
  }

  return {
    placed,
    *place(item: SizedItem): Steps<boolean> {
      const p = yield* bestPosition(item)
      if (!p) return false
      placed.push(p)
      extentX = Math.max(extentX, p.x + p.length_cm)
      extentY = Math.max(extentY, p.y + p.width_cm)
      extentZ = Math.max(extentZ, p.z + p.height_cm)
      points = updatePoints(points, p, placed, [length, width, height])
      return true
    },
  }
}

/** Compares (bounding box, z, y, x, height) with the incumbent's, first difference decides. */
function isBetter(box: number, z: number, y: number, x: number, h: number, bestBox: number, best: Placement): boolean {
  return lower(box, bestBox) ?? lower(z, best.z) ?? lower(y, best.y) ?? lower(x, best.x) ?? lower(h, best.height_cm) ?? false
}

/** true / false when clearly lower / higher, undefined on a tie (within EPSILON_CM). */
const lower = (candidate: number, incumbent: number): boolean | undefined =>
  candidate < incumbent - EPSILON_CM ? true : candidate > incumbent + EPSILON_CM ? false : undefined

/**
 * New points: the three far corners of the item just placed, plus each corner projected back along
 * the other two axes onto the nearest wall or item face (so gaps behind and beside items are found).
 * Points inside a placed item, on the carton's far walls, or already listed are dropped.
 */
function updatePoints(points: Point[], p: Placement, placed: Placement[], [length, width, height]: Dims): Point[] {
  const right = { x: p.x + p.length_cm, y: p.y, z: p.z }
  const behind = { x: p.x, y: p.y + p.width_cm, z: p.z }
  const above = { x: p.x, y: p.y, z: p.z + p.height_cm }
  const fresh: Point[] = [
    right,
    { ...right, y: slideBack(right, "y", placed) },
    { ...right, z: slideBack(right, "z", placed) },
    behind,
    { ...behind, x: slideBack(behind, "x", placed) },
    { ...behind, z: slideBack(behind, "z", placed) },
    above,
    { ...above, x: slideBack(above, "x", placed) },
    { ...above, y: slideBack(above, "y", placed) },
  ]
  // Old points were already clear of the earlier items and distinct: only the new item can cover them.
  const kept = points.filter((point) => !occupies(p, point))
  for (const point of fresh) {
    if (point.x >= length - EPSILON_CM || point.y >= width - EPSILON_CM || point.z >= height - EPSILON_CM) continue
    if (placed.some((box) => occupies(box, point))) continue
    if (kept.some((other) => samePoint(other, point))) continue
    kept.push(point)
  }
  return kept
}

const samePoint = (a: Point, b: Point) =>
  Math.abs(a.x - b.x) <= EPSILON_CM && Math.abs(a.y - b.y) <= EPSILON_CM && Math.abs(a.z - b.z) <= EPSILON_CM

/** Where the point stops when moved towards 0 along `axis`: a wall (0) or the far face of an item in its way. */
function slideBack(point: Point, axis: keyof Point, placed: Placement[]): number {
  let stop = 0
  for (const box of placed) {
    const [start, size] = axis === "x" ? [box.x, box.length_cm] : axis === "y" ? [box.y, box.width_cm] : [box.z, box.height_cm]
    const face = start + size
    if (face > point[axis] + EPSILON_CM || face <= stop) continue
    const inShadow =
      (axis === "x" || (point.x >= box.x - EPSILON_CM && point.x < box.x + box.length_cm - EPSILON_CM)) &&
      (axis === "y" || (point.y >= box.y - EPSILON_CM && point.y < box.y + box.width_cm - EPSILON_CM)) &&
      (axis === "z" || (point.z >= box.z - EPSILON_CM && point.z < box.z + box.height_cm - EPSILON_CM))
    if (inShadow) stop = face
  }
  return stop
}

/** A point is taken when it lies in the box, counting the box's near faces but not its far ones. */
function occupies(box: Placement, point: Point): boolean {
  return (
    point.x >= box.x - EPSILON_CM &&
    point.x < box.x + box.length_cm - EPSILON_CM &&
    point.y >= box.y - EPSILON_CM &&
    point.y < box.y + box.width_cm - EPSILON_CM &&
    point.z >= box.z - EPSILON_CM &&
    point.z < box.z + box.height_cm - EPSILON_CM
  )
}

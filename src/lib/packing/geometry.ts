import type { Carton, Placement, SizedItem } from "./types"

/** Tolerance for touching faces: 1e-9 cm is far below any real measurement, and keeps 0.1 + 0.2 from failing a flush fit. */
export const EPSILON_CM = 1e-9

export type Dims = readonly [number, number, number]

export const cartonDims = (carton: Carton): Dims => [carton.inner_length_cm, carton.inner_width_cm, carton.inner_height_cm]
export const itemDims = (item: SizedItem): Dims => [item.length_cm, item.width_cm, item.height_cm]
export const volumeOf = ([a, b, c]: Dims) => a * b * c

/** The distinct axis-aligned orientations of a box (6 at most, fewer when sides are equal). */
export function rotationsOf([a, b, c]: Dims): Dims[] {
  const all: Dims[] = [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]]
  const seen = new Set<string>()
  return all.filter((dims) => {
    const key = dims.join("x")
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const ascending = (dims: Dims) => [...dims].sort((x, y) => x - y)

/** True when the box fits the space in some rotation: compare sorted sides pairwise. */
export function fitsSomeRotation(box: Dims, space: Dims): boolean {
  const sortedBox = ascending(box)
  const sortedSpace = ascending(space)
  return sortedBox.every((side, index) => side <= sortedSpace[index] + EPSILON_CM)
}

/** Boxes overlap when their open interiors intersect; sharing a face is fine. */
export function placementsOverlap(a: Placement, b: Placement): boolean {
  return (
    a.x < b.x + b.length_cm - EPSILON_CM &&
    b.x < a.x + a.length_cm - EPSILON_CM &&
    a.y < b.y + b.width_cm - EPSILON_CM &&
    b.y < a.y + a.width_cm - EPSILON_CM &&
    a.z < b.z + b.height_cm - EPSILON_CM &&
    b.z < a.z + a.height_cm - EPSILON_CM
  )
}

export function insideCarton(p: Placement, [length, width, height]: Dims): boolean {
  return (
    p.x >= -EPSILON_CM &&
    p.y >= -EPSILON_CM &&
    p.z >= -EPSILON_CM &&
    p.x + p.length_cm <= length + EPSILON_CM &&
    p.y + p.width_cm <= width + EPSILON_CM &&
    p.z + p.height_cm <= height + EPSILON_CM
  )
}

/**
 * Independent check of a packing: every item placed exactly once, in one of its own rotations,
 * inside the carton, overlapping nothing. The fit check runs it before answering "fits", so a bug
 * in the heuristic can cost a missed fit but never a physically impossible one.
 */
export function placementProblems(items: SizedItem[], placements: Placement[], carton: Dims): string[] {
  const problems: string[] = []
  const byId = new Map(items.map((item) => [item.id, item]))
  if (placements.length !== items.length) problems.push(`${placements.length} placements for ${items.length} items`)
  const placedIds = new Set<string>()
  placements.forEach((p, index) => {
    const item = byId.get(p.item_id)
    if (!item) problems.push(`placement ${index} is for unknown item ${p.item_id}`)
    else if (!isRotationOf([p.length_cm, p.width_cm, p.height_cm], itemDims(item))) {
      problems.push(`item ${p.item_id} is placed with dimensions that are not one of its rotations`)
    }
    if (placedIds.has(p.item_id)) problems.push(`item ${p.item_id} is placed twice`)
    placedIds.add(p.item_id)
    if (!insideCarton(p, carton)) problems.push(`item ${p.item_id} sticks out of the carton`)
    for (let other = 0; other < index; other++) {
      if (placementsOverlap(p, placements[other])) problems.push(`items ${placements[other].item_id} and ${p.item_id} overlap`)
    }
  })
  return problems
}

function isRotationOf(placed: Dims, original: Dims): boolean {
  const a = ascending(placed)
  const b = ascending(original)
  return a.every((side, index) => Math.abs(side - b[index]) <= EPSILON_CM)
}

import { Multigraph } from "./euler"
import { backY, type Location, type RouteGrid } from "./geometry"

/*
 * Exact order picking in a single-block warehouse, after H. D. Ratliff and A. S. Rosenthal (1983),
 * "Order-picking in a rectangular warehouse: a solvable case of the traveling salesman problem",
 * Operations Research 31(3):507-521. Own implementation of the published method.
 *
 * Graph: aisle j has a front vertex a_j (front cross aisle), a back vertex b_j (back cross aisle)
 * and a vertex per pick position in between. A shortest tour corresponds to a minimum-length
 * connected multigraph with even degrees that touches every pick and the depot (then an Euler
 * circuit walks it). It is built left to right, alternating two kinds of steps:
 *   - aisle step: edges inside aisle j (one of six shapes, see aisleOptions);
 *   - cross step: 0/1/2 copies of the front and back edge between aisles j and j+1.
 * After each step only a_j/b_j (or a_j+1/b_j+1) can still get edges, so a partial solution is
 * summarised by an equivalence class: degree of a and b (zero / odd / even > 0), whether they are
 * in one component, and whether a finished component was closed off (allowed only as the whole
 * tour). Instead of tabulating the paper's transition tables by hand, each transition is derived
 * by applying the edges to this summary with a 4-vertex union-find, which keeps the rules
 * (even final degrees, no orphaned component, required vertices touched) in one place.
 * Work is O(aisles) with at most 7 classes per stage.
 */

type Degree = 0 | 1 | 2 // no edges | odd | even and > 0

interface ClassState {
  a: Degree
  b: Degree
  /** a and b are in the same component (only meaningful when both have edges). */
  joined: boolean
  /** A finished component was closed off; nothing else may exist or be added. */
  closed: boolean
}

type AisleShape = "none" | "traverse" | "double-traverse" | "from-back" | "from-front" | "largest-gap"

interface AisleOption {
  shape: AisleShape
  cost: number
  addA: number
  addB: number
  joins: boolean
  /** largest-gap only: index s of the skipped segment between points[s] and points[s + 1]. */
  gap?: number
}

interface AisleData {
  /** 0, the interior pick positions ascending, then the aisle length (mm). */
  points: number[]
  frontRequired: boolean
  backRequired: boolean
}

interface CrossCopies {
  front: number
  back: number
}

interface Entry {
  state: ClassState
  cost: number
  /** Class code of the entry this one extends in the previous layer (-1 for the start). */
  previous: number
  choice: AisleOption | CrossCopies | null
}

/** One slot per class code; the DP only ever fills a handful. */
type Layer = (Entry | undefined)[]

// front + back copies must be even: the cut between two aisles is crossed an even number of times
const CROSS_COPIES: CrossCopies[] = [
  { front: 0, back: 0 },
  { front: 1, back: 1 },
  { front: 2, back: 0 },
  { front: 0, back: 2 },
  { front: 2, back: 2 },
]

/** Small integer id of a class (0..35), so layers and transition tables are plain arrays. */
const CLASS_CODES = 36
const codeOf = (s: ClassState) => s.a + 3 * s.b + 9 * (s.joined ? 1 : 0) + 18 * (s.closed ? 1 : 0)

function addDegree(degree: Degree, copies: number): Degree {
  if (copies === 0) return degree
  if (degree === 0) return copies % 2 ? 1 : 2
  return (degree === 1) !== (copies % 2 === 1) ? 1 : 2
}

/** The six ways to cover aisle j; dominated variants (e.g. two skipped gaps) are never optimal or valid. */
function aisleOptions(aisle: AisleData): AisleOption[] {
  const { points } = aisle
  const length = points[points.length - 1]
  const interior = points.length - 2
  const options: AisleOption[] = []
  if (interior === 0) options.push({ shape: "none", cost: 0, addA: 0, addB: 0, joins: false })
  options.push({ shape: "traverse", cost: length, addA: 1, addB: 1, joins: true })
  options.push({ shape: "double-traverse", cost: 2 * length, addA: 2, addB: 2, joins: true })
  if (interior === 0) return options
  options.push({ shape: "from-back", cost: 2 * (length - points[1]), addA: 0, addB: 2, joins: false })
  options.push({ shape: "from-front", cost: 2 * points[interior], addA: 2, addB: 0, joins: false })
  if (interior >= 2) {
    let gap = 1
    for (let s = 2; s < interior; s++) if (points[s + 1] - points[s] > points[gap + 1] - points[gap]) gap = s
    const skipped = points[gap + 1] - points[gap]
    options.push({ shape: "largest-gap", cost: 2 * (length - skipped), addA: 2, addB: 2, joins: false, gap })
  }
  return options
}

function applyAisle(state: ClassState, option: AisleOption): ClassState | null {
  if (option.addA === 0 && option.addB === 0) return state
  if (state.closed) return null
  const a = addDegree(state.a, option.addA)
  const b = addDegree(state.b, option.addB)
  const joined = a > 0 && b > 0 && (option.joins || state.joined)
  return { a, b, joined, closed: false }
}

/**
 * Transitions depend only on (class, copies, required flags): derive each once and reuse it,
 * which turns the union-find derivation into the paper's lookup tables.
 */
const crossTable: (ClassState | null | undefined)[] = []
const aisleTable: (ClassState | null | undefined)[] = []

function crossTransition(state: ClassState, copies: number, retiring: AisleData): ClassState | null {
  const key = ((codeOf(state) * CROSS_COPIES.length + copies) * 2 + (retiring.frontRequired ? 1 : 0)) * 2 + (retiring.backRequired ? 1 : 0)
  let next = crossTable[key]
  if (next === undefined) {
    const { front, back } = CROSS_COPIES[copies]
    crossTable[key] = next = applyCross(state, front, back, retiring)
  }
  return next
}

function aisleTransition(state: ClassState, option: AisleOption): ClassState | null {
  const key = ((codeOf(state) * 3 + option.addA) * 3 + option.addB) * 2 + (option.joins ? 1 : 0)
  let next = aisleTable[key]
  if (next === undefined) aisleTable[key] = next = applyAisle(state, option)
  return next
}

/** Adds the cross edges to aisle j+1, then retires a_j and b_j (their degrees are now final). */
function applyCross(
  state: ClassState,
  front: number,
  back: number,
  retiring: { frontRequired: boolean; backRequired: boolean }
): ClassState | null {
  if (state.closed && (front || back)) return null
  // vertices: 0 = a_j, 1 = b_j, 2 = a_j+1, 3 = b_j+1
  const parent = [0, 1, 2, 3]
  const find = (v: number): number => (parent[v] === v ? v : (parent[v] = find(parent[v])))
  const union = (u: number, v: number) => (parent[find(u)] = find(v))
  const degree: Degree[] = [state.a, state.b, 0, 0]
  if (state.joined) union(0, 1)
  if (front) {
    union(0, 2)
    degree[0] = addDegree(degree[0], front)
    degree[2] = addDegree(0, front)
  }
  if (back) {
    union(1, 3)
    degree[1] = addDegree(degree[1], back)
    degree[3] = addDegree(0, back)
  }
  if (degree[0] === 1 || degree[1] === 1) return null
  if ((retiring.frontRequired && degree[0] === 0) || (retiring.backRequired && degree[1] === 0)) return null
  const openRoots = new Set([2, 3].filter((v) => degree[v] > 0).map(find))
  const closedRoots = new Set([0, 1].filter((v) => degree[v] > 0 && !openRoots.has(find(v))).map(find))
  const closedCount = closedRoots.size + (state.closed ? 1 : 0)
  if (closedCount > 1 || (closedCount === 1 && openRoots.size > 0)) return null
  return {
    a: degree[2],
    b: degree[3],
    joined: degree[2] > 0 && degree[3] > 0 && find(2) === find(3),
    closed: closedCount === 1,
  }
}

function isCompleteTour(state: ClassState, last: AisleData): boolean {
  if (state.a === 1 || state.b === 1) return false
  if ((last.frontRequired && state.a === 0) || (last.backRequired && state.b === 0)) return false
  if (state.closed) return true
  if (state.a > 0 && state.b > 0) return state.joined
  return state.a > 0 || state.b > 0
}

function aisleData(grid: RouteGrid, locations: Location[]): AisleData[] {
  const length = backY(grid)
  const aisles: AisleData[] = grid.xs.map((_, i) => ({
    points: [0],
    frontRequired: i + 1 === grid.depotAisle,
    backRequired: false,
  }))
  for (const location of locations) {
    const aisle = aisles[location.aisle - 1]
    if (location.y === 0) aisle.frontRequired = true
    else if (location.y === length) aisle.backRequired = true
    else aisle.points.push(location.y) // locations arrive sorted by aisle, then y
  }
  for (const aisle of aisles) aisle.points.push(length)
  return aisles
}

function relax(layer: Layer, state: ClassState, cost: number, previous: number, choice: Entry["choice"]) {
  const code = codeOf(state)
  const current = layer[code]
  if (!current || cost < current.cost) layer[code] = { state, cost, previous, choice }
}

interface Plan {
  length: number
  aisleChoices: AisleOption[]
  crossChoices: CrossCopies[]
}

function solve(grid: RouteGrid, aisles: AisleData[]): Plan {
  const layers: Layer[] = []
  let layer: Layer = new Array(CLASS_CODES)
  const empty: ClassState = { a: 0, b: 0, joined: false, closed: false }
  relax(layer, empty, 0, -1, null)
  aisles.forEach((aisle, j) => {
    if (j > 0) {
      const crossed: Layer = new Array(CLASS_CODES)
      const width = grid.xs[j] - grid.xs[j - 1]
      for (let code = 0; code < CLASS_CODES; code++) {
        const entry = layer[code]
        if (!entry) continue
        for (let copies = 0; copies < CROSS_COPIES.length; copies++) {
          const next = crossTransition(entry.state, copies, aisles[j - 1])
          const { front, back } = CROSS_COPIES[copies]
          if (next) relax(crossed, next, entry.cost + (front + back) * width, code, CROSS_COPIES[copies])
        }
      }
      layers.push((layer = crossed))
    }
    const covered: Layer = new Array(CLASS_CODES)
    const options = aisleOptions(aisle)
    for (let code = 0; code < CLASS_CODES; code++) {
      const entry = layer[code]
      if (!entry) continue
      for (const option of options) {
        const next = aisleTransition(entry.state, option)
        if (next) relax(covered, next, entry.cost + option.cost, code, option)
      }
    }
    layers.push((layer = covered))
  })

  let best: Entry | null = null
  for (const entry of layer) {
    if (entry && isCompleteTour(entry.state, aisles[aisles.length - 1]) && (!best || entry.cost < best.cost)) best = entry
  }
  if (!best) throw new Error("Ratliff-Rosenthal DP found no tour (unexpected for a valid layout)")

  const aisleChoices: AisleOption[] = []
  const crossChoices: CrossCopies[] = []
  let entry: Entry = best
  for (let i = layers.length - 1; i >= 0; i--) {
    if ("shape" in entry.choice!) aisleChoices.unshift(entry.choice)
    else crossChoices.unshift(entry.choice as CrossCopies)
    if (i > 0) entry = layers[i - 1][entry.previous]!
  }
  return { length: best.cost, aisleChoices, crossChoices }
}

/** Copies of each segment of the aisle (segment s joins points[s] and points[s + 1]). */
function segmentCopies(option: AisleOption, segments: number): number[] {
  const copies = new Array<number>(segments).fill(option.shape === "traverse" ? 1 : option.shape === "none" ? 0 : 2)
  if (option.shape === "from-back") copies[0] = 0
  if (option.shape === "from-front") copies[segments - 1] = 0
  if (option.shape === "largest-gap") copies[option.gap!] = 0
  return copies
}

const nodeId = (aisle: number, y: number) => `${aisle}:${y}`

/** Optimal visiting order of the locations (single block) and the tour length in mm. */
export function ratliffRosenthalOrder(grid: RouteGrid, locations: Location[]): { order: Location[]; length: number } {
  if (grid.crossYs.length !== 2) throw new RangeError("Ratliff-Rosenthal applies to single-block layouts (2 cross aisles)")
  if (locations.every((l) => l.aisle === grid.depotAisle && l.y === 0)) return { order: locations, length: 0 }
  const aisles = aisleData(grid, locations)
  const plan = solve(grid, aisles)

  const graph = new Multigraph()
  const length = backY(grid)
  plan.aisleChoices.forEach((option, j) => {
    const { points } = aisles[j]
    segmentCopies(option, points.length - 1).forEach((copies, s) =>
      graph.addEdge(nodeId(j + 1, points[s]), nodeId(j + 1, points[s + 1]), copies)
    )
  })
  plan.crossChoices.forEach(({ front, back }, j) => {
    graph.addEdge(nodeId(j + 1, 0), nodeId(j + 2, 0), front)
    graph.addEdge(nodeId(j + 1, length), nodeId(j + 2, length), back)
  })

  const byNode = new Map(locations.map((l) => [nodeId(l.aisle, l.y), l]))
  const order: Location[] = []
  for (const node of graph.eulerCircuit(nodeId(grid.depotAisle, 0))) {
    const location = byNode.get(node)
    if (location) {
      order.push(location)
      byNode.delete(node)
    }
  }
  return { order, length: plan.length }
}

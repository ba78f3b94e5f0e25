import type { WarehouseLayout } from "../warehouse/layout"
import { exhaustiveOrder } from "./exhaustive"
import { buildRoute, gridOf, locationsOf, type Location, type RouteGrid } from "./geometry"
import { multiBlockOrder } from "./multi-block"
import { ratliffRosenthalOrder } from "./ratliff-rosenthal"
import { sShapeOrder } from "./s-shape"
import type { PickPoint, PickRoute, RouteMethod } from "./types"

export { EXHAUSTIVE_MAX_LOCATIONS } from "./exhaustive"

type Router = (grid: RouteGrid, locations: Location[]) => { order: Location[]; length: number }

function route(layout: WarehouseLayout, picks: PickPoint[], router: Router, method: RouteMethod): PickRoute {
  const grid = gridOf(layout)
  const { order, length } = router(grid, locationsOf(grid, picks))
  return buildRoute(grid, order, length, method)
}

/** S-shape (traversal) route: the baseline pickers walk without routing support. */
export const sShapeRoute = (layout: WarehouseLayout, picks: PickPoint[]): PickRoute =>
  route(layout, picks, sShapeOrder, "s-shape")

/**
 * Shortest route for single-block layouts (Ratliff & Rosenthal DP, exact); for layouts with more
 * than two cross aisles a local-search heuristic seeded with the S-shape order (see multi-block.ts).
 */
export function optimalRoute(layout: WarehouseLayout, picks: PickPoint[]): PickRoute {
  return layout.cross_aisles === 2
    ? route(layout, picks, ratliffRosenthalOrder, "ratliff-rosenthal")
    : route(layout, picks, multiBlockOrder, "multi-block-heuristic")
}

/** Brute-force optimum over every visiting order; at most EXHAUSTIVE_MAX_LOCATIONS distinct positions. */
export const exhaustiveRoute = (layout: WarehouseLayout, picks: PickPoint[]): PickRoute =>
  route(layout, picks, exhaustiveOrder, "exhaustive")

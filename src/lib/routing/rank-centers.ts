import type { AssessedCenter } from "./eligibility"
import type { RoutingStrategy } from "./types"

type Comparator = (a: AssessedCenter, b: AssessedCenter) => number

const byNumber = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0)
// Plain comparison, not localeCompare: the decision must not depend on the server's locale.
const byId: Comparator = (a, b) =>
  a.center.stock_location_id < b.center.stock_location_id ? -1 : a.center.stock_location_id > b.center.stock_location_id ? 1 : 0

const byPriority: Comparator = (a, b) =>
  byNumber(a.center.priority, b.center.priority) ||
  byNumber(a.center.link_rank, b.center.link_rank) ||
  byId(a, b)

const byDistance: Comparator = (a, b) => {
  if (a.distanceKm === null || b.distanceKm === null) {
    if (a.distanceKm !== b.distanceKm) return a.distanceKm === null ? 1 : -1
    return byPriority(a, b)
  }
  return byNumber(a.distanceKm, b.distanceKm) || byPriority(a, b)
}

/** Whether the strategy's ranking ignores distance (priority strategy, or the address is unknown). */
export function ranksByPriority(strategy: RoutingStrategy, destinationKnown: boolean): boolean {
  return strategy === "priority" || !destinationKnown
}

/** Eligible centres, best first. fewest_shipments ranks like closest_full_stock (ties, parcel order). */
export function rankEligibleCenters(
  assessed: AssessedCenter[],
  strategy: RoutingStrategy,
  destinationKnown: boolean
): AssessedCenter[] {
  const comparator = ranksByPriority(strategy, destinationKnown) ? byPriority : byDistance
  return assessed.filter((a) => a.ineligibleReason === null).sort(comparator)
}

import type { ReturnCause, ReturnedLineFact } from "./facts"

/** Every cause an order's units came back for (any time, before or after delivery). */
export function returnCausesByOrder(returns: readonly ReturnedLineFact[]): Map<string, Set<ReturnCause>> {
  const causes = new Map<string, Set<ReturnCause>>()
  for (const line of returns) {
    if (!(line.units > 0)) continue
    const set = causes.get(line.order_id) ?? new Set<ReturnCause>()
    set.add(line.cause)
    causes.set(line.order_id, set)
  }
  return causes
}

/**
 * When is a refused checkout worth completing again?
 *
 * Medusa 2.21 picks each line's reservation location from availability it read at the start of
 * cart completion, then reserves under its inventory lock at the end. A buyer who raced others
 * for the same item can therefore be refused ("Not enough stock available for item … at location
 * …") although another linked centre still holds the units. Such a refusal is stale: completing
 * the cart again reads fresh availability and picks a location that can supply it. A refusal is
 * real when no single linked location can supply some line (Medusa never splits a line).
 */

/** The message Medusa's inventory module throws (NOT_ALLOWED) when a reservation does not fit. */
const STOCK_REFUSAL = /^Not enough stock available for item \S+ at location \S+$/
/**
 * Medusa's reservation step waits at most 5 s for its inventory-item lock; with many buyers of
 * one item on a busy server the queue is longer and the buyer gets this error (a plain Error
 * from the in-memory locking provider, a CONFLICT from the Redis one).
 */
const LOCK_TIMEOUT = /^Timed-out acquiring lock\.$/

/**
 * A failed completion worth another attempt when linked stock can supply the cart: Medusa
 * refused a reservation, or timed out waiting for the item's lock. Not retried on purpose:
 * Medusa's orchestrator sometimes reports its own step-status error ("Updating Status from
 * "ok" to "temp_failure" is not allowed.") in place of a refusal under the same race, never
 * finishes compensating (the created order stays) and leaves the cart's lock held until it
 * expires (2 minutes), so another attempt could only wait.
 */
export function isStockRefusal(error: unknown): boolean {
  const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
  if (typeof message !== "string") return false
  if ((type === undefined || type === "conflict") && LOCK_TIMEOUT.test(message)) return true
  return type === "not_allowed" && STOCK_REFUSAL.test(message)
}

/** One inventory item a cart line needs: `units` = line quantity × the variant's required quantity. */
export interface StockNeed {
  inventory_item_id: string
  units: number
}

export interface StockLevel {
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

/**
 * True when every need can be reserved whole at one of the linked locations, reading
 * availability (stocked − reserved) the way Medusa's checkout does. Needs are checked one by one
 * against the same levels, as Medusa checks them.
 */
export function everyNeedHasASupplier(
  needs: StockNeed[],
  levels: StockLevel[],
  linkedLocationIds: string[]
): boolean {
  const linked = new Set(linkedLocationIds)
  const available = new Map<string, number[]>()
  for (const level of levels) {
    if (!linked.has(level.location_id)) continue
    const list = available.get(level.inventory_item_id) ?? []
    list.push(level.stocked_quantity - level.reserved_quantity)
    available.set(level.inventory_item_id, list)
  }
  return needs.every((need) => (available.get(need.inventory_item_id) ?? []).some((units) => units >= need.units))
}

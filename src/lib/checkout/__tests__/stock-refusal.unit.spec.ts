import fc from "fast-check"
import { everyNeedHasASupplier, isStockRefusal, StockLevel, StockNeed } from "../stock-refusal"

/**
 * Reference: Medusa 2.21's own procedure on fresh levels (prepareConfirmInventoryInput, then
 * createReservationItems): each need takes the first linked location with enough available
 * units, else the first linked location that stocks it, else the first linked location; the
 * reservation then succeeds only if that location stocks the item with enough units.
 */
function medusaWouldReserveEveryNeed(needs: StockNeed[], levels: StockLevel[], linked: string[]) {
  const levelAt = (item: string, loc: string) =>
    levels.find((l) => l.inventory_item_id === item && l.location_id === loc)
  const availableAt = (item: string, loc: string) => {
    const level = levelAt(item, loc)
    return level ? level.stocked_quantity - level.reserved_quantity : 0
  }
  for (const need of needs) {
    const withUnits = linked.filter((loc) => levelAt(need.inventory_item_id, loc) && availableAt(need.inventory_item_id, loc) >= need.units)
    const withLevel = linked.filter((loc) => levelAt(need.inventory_item_id, loc))
    const chosen = (withUnits.length ? withUnits : withLevel.length ? withLevel : linked)[0]
    if (!chosen || !levelAt(need.inventory_item_id, chosen) || availableAt(need.inventory_item_id, chosen) < need.units) {
      return false
    }
  }
  return true
}

const level = (inventory_item_id: string, location_id: string, stocked: number, reserved: number): StockLevel => ({
  inventory_item_id,
  location_id,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
})

describe("isStockRefusal", () => {
  it("recognises Medusa's reservation refusal and its lock-wait timeout, nothing else", () => {
    const message = "Not enough stock available for item iitem_01JX at location sloc_01JY"
    expect(isStockRefusal({ type: "not_allowed", message })).toBe(true)
    // Medusa's reservation lock wait ran out: a plain Error in memory, a CONFLICT on Redis
    expect(isStockRefusal({ name: "Error", message: "Timed-out acquiring lock." })).toBe(true)
    expect(isStockRefusal({ type: "conflict", message: "Timed-out acquiring lock." })).toBe(true)
    // the cart's own lock (a second completion of the same cart) is not a stock refusal
    expect(isStockRefusal({ name: "Error", message: 'Failed to acquire lock for key "cart_01JX"' })).toBe(false)
    expect(isStockRefusal({ type: "not_allowed", message: 'Updating Status from "ok" to "temp_failure" is not allowed.' })).toBe(false)
    expect(isStockRefusal({ type: "unknown_error", message: "Timed-out acquiring lock." })).toBe(false)
    expect(isStockRefusal({ type: "invalid_data", message })).toBe(false)
    expect(isStockRefusal({ type: "not_allowed", message: "Cart is already completed" })).toBe(false)
    expect(isStockRefusal({ type: "not_found", message: "Item iitem_1 is not stocked at location sloc_1" })).toBe(false)
    expect(isStockRefusal({ type: "conflict", message: "Cart is already being completed by another request" })).toBe(false)
    expect(isStockRefusal({ name: "Error", message: "connection terminated" })).toBe(false)
    expect(isStockRefusal(undefined)).toBe(false)
    expect(isStockRefusal(new Error(message))).toBe(false)
  })
})

describe("everyNeedHasASupplier", () => {
  it("is true when another linked centre still has the units the stale choice lacked", () => {
    const levels = [level("i1", "medan", 2, 2), level("i1", "jakarta", 3, 1)]
    expect(everyNeedHasASupplier([{ inventory_item_id: "i1", units: 2 }], levels, ["medan", "jakarta"])).toBe(true)
  })

  it("is false for a real sell-out, for a line no single centre holds, and for unlinked stock", () => {
    const levels = [level("i1", "medan", 2, 2), level("i1", "jakarta", 3, 2), level("i1", "outlet", 9, 0)]
    expect(everyNeedHasASupplier([{ inventory_item_id: "i1", units: 1 }], levels, ["medan"])).toBe(false)
    // 1 + 0 … never split: 2 units need one centre with 2
    expect(everyNeedHasASupplier([{ inventory_item_id: "i1", units: 2 }], levels, ["medan", "jakarta"])).toBe(false)
    expect(everyNeedHasASupplier([{ inventory_item_id: "i2", units: 1 }], levels, ["medan", "jakarta"])).toBe(false)
  })

  it("needs every line to have a supplier", () => {
    const levels = [level("i1", "medan", 5, 0), level("i2", "jakarta", 1, 1)]
    expect(everyNeedHasASupplier([{ inventory_item_id: "i1", units: 1 }, { inventory_item_id: "i2", units: 1 }], levels, ["medan", "jakarta"])).toBe(false)
  })

  it("agrees with Medusa's own location choice on fresh levels", () => {
    const items = ["i1", "i2", "i3"]
    const locations = ["l1", "l2", "l3", "l4"]
    const arbitraryLevels = fc.uniqueArray(
      fc.record({
        inventory_item_id: fc.constantFrom(...items),
        location_id: fc.constantFrom(...locations),
        stocked_quantity: fc.integer({ min: 0, max: 6 }),
        reserved_quantity: fc.integer({ min: 0, max: 6 }),
      }),
      { selector: (l) => `${l.inventory_item_id}|${l.location_id}`, maxLength: 12 }
    )
    const arbitraryNeeds = fc.array(
      fc.record({ inventory_item_id: fc.constantFrom(...items), units: fc.integer({ min: 1, max: 5 }) }),
      { minLength: 1, maxLength: 4 }
    )
    fc.assert(
      fc.property(arbitraryNeeds, arbitraryLevels, fc.subarray(locations), (needs, levels, linked) => {
        expect(everyNeedHasASupplier(needs, levels, linked)).toBe(medusaWouldReserveEveryNeed(needs, levels, linked))
      }),
      { numRuns: 2000 }
    )
  })
})

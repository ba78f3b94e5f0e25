import { returnShipmentFacts, shipmentOfLine, type ShipmentForReturn } from ".."

const part = (over: Partial<ShipmentForReturn>): ShipmentForReturn => ({
  id: "shp",
  stage: "routed",
  stock_location_id: "jkt",
  lines: [],
  placed_at: new Date("2026-11-02T02:00:00Z"), // Monday 09:00 in Jakarta
  shipped_at: null,
  delivered_at: null,
  short_picked_at: null,
  mispicks_caught: 0,
  carton_codes: [],
  ...over,
})
const jakarta = { time_zone: "Asia/Jakarta", cutoff_time: "14:00" }

describe("shipmentOfLine", () => {
  it("picks the part furthest along that carries the line, then the one with most of its units, never a re-routed one", () => {
    const parts = [
      part({ id: "old", stage: "rerouted", lines: [{ line_item_id: "li", quantity: 5 }] }),
      part({ id: "few", stage: "delivered", lines: [{ line_item_id: "li", quantity: 1 }] }),
      part({ id: "many", stage: "delivered", lines: [{ line_item_id: "li", quantity: 3 }] }),
      part({ id: "routed", stage: "routed", lines: [{ line_item_id: "li", quantity: 9 }] }),
      part({ id: "other", stage: "delivered", lines: [{ line_item_id: "li2", quantity: 9 }] }),
    ]
    expect(shipmentOfLine(parts, "li")?.id).toBe("many")
    expect(shipmentOfLine(parts.slice(0, 1), "li")).toBeNull()
    expect(shipmentOfLine(parts, "missing")).toBeNull()
  })
})

describe("returnShipmentFacts", () => {
  it("a parcel that left after its cut-off day arrived late; one that left on time is not known to be on time at the door", () => {
    const late = returnShipmentFacts(part({ shipped_at: new Date("2026-11-03T03:00:00Z"), delivered_at: new Date("2026-11-05T03:00:00Z") }), jakarta)
    expect(late).toMatchObject({ shipped_late: true, delivered_late: true, days_in_transit: 2 })
    const onTime = returnShipmentFacts(part({ shipped_at: new Date("2026-11-02T06:00:00Z") }), jakarta)
    expect(onTime).toMatchObject({ shipped_late: false, delivered_late: null, days_in_transit: null })
  })

  it("knows nothing of lateness without a calendar or a dispatch, and carries the packing facts", () => {
    expect(returnShipmentFacts(part({ shipped_at: new Date("2026-11-09T00:00:00Z") }), null)).toMatchObject({ shipped_late: null, delivered_late: null })
    expect(returnShipmentFacts(part({ short_picked_at: new Date(), mispicks_caught: 2, carton_codes: ["M", "L"] }), jakarta)).toMatchObject({
      shipped_late: null,
      short_picked: true,
      mispicks_caught: 2,
      carton_code: "M",
    })
  })
})

import { buildCandidates, buildLines, slaDaysOf, type OrderForRouting } from "../build-routing-input"

const item = (id: string, links: { weight?: number | string | null; required_quantity?: number }[], manage = true) => ({
  id,
  quantity: 2,
  variant: {
    manage_inventory: manage,
    inventory_items: links.map((l, i) => ({
      inventory_item_id: `inv_${id}_${i}`,
      required_quantity: l.required_quantity ?? 1,
      inventory: l.weight === undefined ? null : { weight: l.weight },
    })),
  },
})

describe("buildLines — unit weights for the cost strategy", () => {
  it("sums the inventory items' weights per unit of the line, kits counted by their parts", () => {
    const lines = buildLines({
      id: "order_1",
      items: [item("tee", [{ weight: 500 }]), item("kit", [{ weight: "250", required_quantity: 2 }, { weight: 100 }])],
    })
    expect(lines.map((l) => [l.line_item_id, l.unit_weight_g])).toEqual([
      ["tee", 500],
      ["kit", 600],
    ])
  })

  it("leaves the weight unknown when any part has none, or the line does not manage inventory", () => {
    const lines = buildLines({
      id: "order_1",
      items: [item("half", [{ weight: 500 }, { weight: null }]), item("none", [{}]), item("digital", [{ weight: 500 }], false)],
    })
    expect(lines.map((l) => l.unit_weight_g)).toEqual([null, null, null])
  })
})

describe("buildLines — an edited order", () => {
  it("leaves out a line an order edit took to 0 units, and still refuses an unreadable quantity", () => {
    const removed = { ...item("batik", [{ weight: 500 }]), quantity: 0 }
    expect(buildLines({ id: "order_1", items: [item("tee", [{ weight: 500 }]), removed] }).map((l) => l.line_item_id)).toEqual(["tee"])
    expect(() => buildLines({ id: "order_1", items: [{ ...item("x", []), quantity: -1 }] })).toThrow("no readable quantity")
  })
})

describe("slaDaysOf — the shipping option's dispatch promise", () => {
  const order = (...metadata: (Record<string, unknown> | null)[]): OrderForRouting => ({
    id: "order_1",
    shipping_methods: metadata.map((m) => ({ shipping_option: { metadata: m } })),
  })

  it("reads oms_sla_days, the strictest method winning", () => {
    expect(slaDaysOf(order({ oms_sla_days: 2 }, { oms_sla_days: "0" }))).toBe(0)
    expect(slaDaysOf(order({ oms_sla_days: 1 }))).toBe(1)
  })

  it("is null without a whole number of days >= 0", () => {
    expect(slaDaysOf({ id: "order_1" })).toBeNull()
    expect(slaDaysOf(order(null, {}, { oms_sla_days: -1 }, { oms_sla_days: 1.5 }, { oms_sla_days: "soon" }))).toBeNull()
  })
})

describe("buildCandidates — cut-off", () => {
  it("carries each profile's cut-off and time zone, none for a location without a profile", () => {
    const profile = {
      stock_location_id: "sloc_1",
      latitude: 1,
      longitude: 2,
      priority: 1,
      active: true,
      daily_order_capacity: null,
      cutoff_time: "15:00",
      time_zone: "Asia/Makassar",
      serves_countries: null,
      serves_provinces: null,
    }
    const [withProfile, without] = buildCandidates([{ id: "sloc_1", name: "A" }, { id: "sloc_2", name: "B" }], [profile], {})
    expect(withProfile).toMatchObject({ cutoff_time: "15:00", time_zone: "Asia/Makassar" })
    expect(without).toMatchObject({ cutoff_time: null, time_zone: null })
  })
})

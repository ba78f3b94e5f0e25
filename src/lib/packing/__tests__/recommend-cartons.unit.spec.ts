import { evaluateCarton } from "../parcel"
import { recommendCartons } from "../recommend-cartons"
import { CATALOGUE, carton, cartonSize, item, placementsAreValid } from "./fixtures"

describe("recommendCartons", () => {
  it("puts a phone case in the small box", () => {
    const result = recommendCartons([item("phone-case", [16, 9, 2], 60)], CATALOGUE)
    expect(result.mode).toBe("single")
    expect(result.parcels).toHaveLength(1)
    expect(result.parcels[0]).toMatchObject({
      carton_id: "small",
      items: ["phone-case"],
      actual_weight_g: 140, // 60 g + 80 g tare
      volumetric_weight_g: 400, // 2,400 cm³ / 6000
      billable_weight_g: 400,
      cost: 0.25,
    })
    expect(result.total_billable_weight_g).toBe(400)
    expect(result.total_cost).toBe(0.25)
    expect(result.warnings).toEqual([])
    expect(result.unpackable).toEqual([])
  })

  it("sends a 60 cm item to the long box, rotated to lie down", () => {
    const result = recommendCartons([item("tripod", [10, 10, 60], 1200)], CATALOGUE)
    expect(result.parcels.map((p) => p.carton_id)).toEqual(["long"])
    expect(result.parcels[0].placements[0].length_cm).toBe(60)
  })

  it("moves heavy items to the next carton when the small one's max weight is exceeded", () => {
    const dumbbells = [item("db1", [10, 10, 6], 1500), item("db2", [10, 10, 6], 1500)]
    const result = recommendCartons(dumbbells, CATALOGUE)
    expect(result.parcels[0].carton_id).toBe("medium")
    expect(result.parcels[0].billable_weight_g).toBe(3150) // actual (3,000 + 150 tare) beats 1,320 volumetric
    const small = result.alternatives.find((a) => a.carton_id === "small")
    expect(small).toBeUndefined() // the top 3 alternatives are cartons that fit
    // long: 3,250 g actual; large: 4,000 g volumetric; xl: 10,000 g volumetric.
    expect(result.alternatives.map((a) => a.carton_id)).toEqual(["long", "large", "xl"])
  })

  it("bills a bulky light item on volume, and picks the carton with the lowest volumetric weight", () => {
    const pillow = item("pillow", [38, 28, 18], 600)
    const result = recommendCartons([pillow], CATALOGUE)
    expect(result.parcels[0]).toMatchObject({ carton_id: "large", actual_weight_g: 900, billable_weight_g: 4000 })
    expect(result.alternatives).toEqual([
      { carton_id: "xl", fits: true, billable_weight_g: 10000, cost: 1.1 },
      { carton_id: "long", fits: false, reason: "item pillow (38×28×18 cm) does not fit in any orientation" },
      { carton_id: "medium", fits: false, reason: "item pillow (38×28×18 cm) does not fit in any orientation" },
    ])
  })

  it("bills a dense item on actual weight, where a lighter carton can win even if bigger", () => {
    // small: 1,800 + 80 tare = 1,880 g; flat mailer: 1,800 + 60 = 1,860 g (730 g volumetric).
    const result = recommendCartons([item("hard-drive", [15, 10, 4], 1800)], CATALOGUE)
    expect(result.parcels[0]).toMatchObject({ carton_id: "flat", billable_weight_g: 1860 })
    expect(result.alternatives[0]).toEqual({ carton_id: "small", fits: true, billable_weight_g: 1880, cost: 0.25 })
  })

  it("breaks billable-weight ties by cost, then by volume", () => {
    const twins = [
      { ...carton("small"), id: "a-dear", cost: 0.5 },
      { ...carton("small"), id: "b-cheap", cost: 0.1 },
      { ...carton("small"), id: "c-cheap-but-taller", inner_height_cm: 8.001, cost: 0.1 },
    ]
    // 2 kg contents: actual weight (2,080 g) dominates every volumetric weight, so all three tie.
    const result = recommendCartons([item("x", [10, 10, 5], 2000)], twins)
    expect(result.parcels[0].carton_id).toBe("b-cheap")
    expect(result.alternatives.map((a) => a.carton_id)).toEqual(["c-cheap-but-taller", "a-dear"])
  })

  it("uses the divisor option", () => {
    const pillow = item("pillow", [38, 28, 18], 600)
    expect(recommendCartons([pillow], CATALOGUE, { divisor: 5000 }).parcels[0].billable_weight_g).toBe(4800)
    expect(() => recommendCartons([pillow], CATALOGUE, { divisor: 0 })).toThrow(/divisor/)
  })

  it("splits into two parcels when no carton holds everything", () => {
    const chairs = [item("chair-1", [45, 35, 25], 4000), item("chair-2", [45, 35, 25], 4000)]
    const result = recommendCartons(chairs, CATALOGUE)
    expect(result.mode).toBe("split")
    expect(result.parcels.map((p) => [p.carton_id, p.items])).toEqual([
      ["xl", ["chair-1"]],
      ["xl", ["chair-2"]],
    ])
    expect(result.total_billable_weight_g).toBe(20000) // 2 × 10,000 g volumetric
    expect(result.total_cost).toBeCloseTo(2.2)
    expect(result.warnings).toContain("no single carton holds all 2 items; split into 2 parcels")
    expect(result.alternatives.every((a) => !a.fits)).toBe(true)
    for (const parcel of result.parcels) {
      expect(placementsAreValid(parcel.placements, cartonSize(carton(parcel.carton_id)))).toBe(true)
    }
  })

  it("re-boxes the leftovers of a split into the cheapest carton that holds them", () => {
    const chair = item("chair", [45, 35, 25], 4000)
    // The chair leaves only 5 cm gaps in the xl, so the kettle needs a parcel of its own.
    const kettle = item("kettle", [25, 20, 25], 1200)
    const lamp = item("lamp", [62, 12, 12], 900)
    const result = recommendCartons([chair, kettle, lamp], CATALOGUE)
    expect(result.mode).toBe("split")
    const byItem = Object.fromEntries(result.parcels.flatMap((p) => p.items.map((id) => [id, p.carton_id])))
    expect(byItem.lamp).toBe("long")
    expect(result.parcels.flatMap((p) => p.items).sort()).toEqual(["chair", "kettle", "lamp"])
  })

  it("returns items that fit no carton as unpackable with a reason, and packs the rest", () => {
    const result = recommendCartons(
      [item("kayak", [300, 60, 40], 20000), item("anvil", [20, 15, 10], 30000), item("phone-case", [16, 9, 2], 60)],
      CATALOGUE
    )
    expect(result.unpackable).toEqual([
      { item_id: "kayak", reason: "too large (300×60×40 cm, 20000 g): fits no carton in any orientation (largest is xl, 50×40×30 cm)" },
      { item_id: "anvil", reason: "too heavy (20×15×10 cm, 30000 g): the cartons it fits in take at most 19500 g of contents" },
    ])
    expect(result.parcels.map((p) => p.carton_id)).toEqual(["small"])
    expect(result.warnings).toContain("2 item(s) fit no carton and must be shipped another way")
  })

  it("warns about unknown dimensions and weights instead of failing", () => {
    const result = recommendCartons([{ id: "mystery" }], CATALOGUE)
    expect(result.parcels[0].carton_id).toBe("small")
    expect(result.warnings).toEqual([
      "item mystery: unknown length_cm, width_cm, height_cm; assumed 1 cm",
      "item mystery: unknown weight; assumed 0 g",
    ])
  })

  it("skips invalid catalogue entries with a warning", () => {
    const broken = { ...carton("small"), id: "broken", max_weight_g: 10 }
    const result = recommendCartons([item("phone-case", [16, 9, 2], 60)], [broken, carton("medium")])
    expect(result.parcels[0].carton_id).toBe("medium")
    expect(result.warnings[0]).toMatch(/^carton broken skipped: .*must exceed the tare/)
  })

  it("returns nothing to pack for an empty order", () => {
    expect(recommendCartons([], CATALOGUE)).toMatchObject({ mode: "none", parcels: [], total_billable_weight_g: 0 })
  })
})

describe("evaluateCarton (packer override)", () => {
  const phone = { id: "phone-case", length_cm: 16, width_cm: 9, height_cm: 2, weight_g: 60 }

  it("prices the carton the packer chose", () => {
    const result = evaluateCarton([phone], carton("medium"))
    expect(result.fits && result.parcel.billable_weight_g).toBe(1320)
  })

  it("explains why the chosen carton cannot hold the items", () => {
    const result = evaluateCarton([{ ...phone, length_cm: 40 }], carton("small"))
    expect(result).toEqual({ fits: false, reason: "item phone-case (40×9×2 cm) does not fit in any orientation" })
  })
})

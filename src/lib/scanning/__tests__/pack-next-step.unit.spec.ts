import { packNextStep, type FulfillmentFacts } from "../pack-next-step"

const AT = "2026-12-01T08:00:00.000Z"
const fulfillment = (shipped: boolean, delivered: boolean, canceled: boolean): FulfillmentFacts => ({
  shipped_at: shipped ? AT : null,
  delivered_at: delivered ? new Date(AT) : null,
  canceled_at: canceled ? AT : null,
})

describe("packNextStep", () => {
  it("offers scanning until every unit is in, then completion", () => {
    expect(packNextStep({ status: "open", all_scanned: false }, null)).toEqual({ stage: "packing", next_action: "scan" })
    expect(packNextStep({ status: "open", all_scanned: true }, null)).toEqual({ stage: "packing", next_action: "complete" })
  })

  it("after completion follows Medusa's fulfilment: ship, then deliver, then nothing", () => {
    const done = { status: "completed" as const, all_scanned: true }
    expect(packNextStep(done, fulfillment(false, false, false))).toEqual({ stage: "packed", next_action: "ship" })
    expect(packNextStep(done, fulfillment(true, false, false))).toEqual({ stage: "shipped", next_action: "deliver" })
    expect(packNextStep(done, fulfillment(true, true, false))).toEqual({ stage: "delivered", next_action: null })
    // delivered without a recorded shipment (Medusa allows marking delivered directly)
    expect(packNextStep(done, fulfillment(false, true, false))).toEqual({ stage: "delivered", next_action: null })
  })

  it("never offers an action once the fulfilment is canceled or the session is", () => {
    for (const shipped of [false, true]) {
      for (const delivered of [false, true]) {
        for (const all_scanned of [false, true]) {
          expect(packNextStep({ status: "completed", all_scanned }, fulfillment(shipped, delivered, true))).toEqual({ stage: "canceled", next_action: null })
          expect(packNextStep({ status: "canceled", all_scanned }, fulfillment(shipped, delivered, false))).toEqual({ stage: "canceled", next_action: null })
        }
      }
    }
    expect(packNextStep({ status: "completed", all_scanned: true }, null)).toEqual({ stage: "canceled", next_action: null })
  })

  it("offers ship only before shipping and deliver only after, over every combination", () => {
    for (const status of ["open", "completed", "canceled"] as const) {
      for (const bits of [0, 1, 2, 3, 4, 5, 6, 7]) {
        const f = fulfillment(!!(bits & 1), !!(bits & 2), !!(bits & 4))
        const { next_action } = packNextStep({ status, all_scanned: true }, f)
        if (next_action === "ship") expect(f.shipped_at ?? f.delivered_at ?? f.canceled_at).toBeNull()
        if (next_action === "deliver") expect([f.shipped_at, f.delivered_at, f.canceled_at]).toEqual([AT, null, null])
        if (status !== "completed") expect(["ship", "deliver"]).not.toContain(next_action)
      }
    }
  })
})

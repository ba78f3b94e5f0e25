import fc from "fast-check"
import { QUEUED_STAGES, queueCounts, queueOfStage, STAGE_QUEUES } from "../queues"
import { SHIPMENT_STAGES } from "../stages"

describe("work queues", () => {
  it("puts every open stage in exactly one queue and leaves finished parts out", () => {
    for (const stage of SHIPMENT_STAGES) {
      const holders = Object.entries(STAGE_QUEUES).filter(([, stages]) => (stages as readonly string[]).includes(stage))
      expect([stage, holders.length]).toEqual([stage, ["delivered", "rerouted", "canceled"].includes(stage) ? 0 : 1])
    }
    expect(queueOfStage("short_picked")).toBe("waiting_to_pack")
    expect(queueOfStage("delivered")).toBeNull()
    expect(new Set(QUEUED_STAGES).size).toBe(QUEUED_STAGES.length)
  })

  it("counts per centre and in all; parts without a centre under the empty key", () => {
    const out = queueCounts(
      [
        { stock_location_id: "jkt", stage: "routed", count: 3 },
        { stock_location_id: "jkt", stage: "picked", count: 1 },
        { stock_location_id: "jkt", stage: "short_picked", count: 2 },
        { stock_location_id: "sby", stage: "delivered", count: 9 },
        { stock_location_id: null, stage: "backordered", count: 4 },
      ],
      [{ stock_location_id: "jkt" }, { stock_location_id: null }]
    )
    expect(out.centres.jkt).toMatchObject({ waiting_to_wave: 3, waiting_to_pack: 3, at_risk: 1, in_picking: 0 })
    expect(out.centres[""]).toMatchObject({ backordered: 4, at_risk: 1 })
    expect(out.centres.sby).toBeUndefined()
    expect(out.total).toEqual({ waiting_to_wave: 3, in_picking: 0, waiting_to_pack: 3, packed: 0, in_transit: 0, backordered: 4, at_risk: 2 })
  })

  it("the total of each queue is the sum over centres", () => {
    const row = fc.record({ stock_location_id: fc.constantFrom("a", "b", null), stage: fc.constantFrom(...SHIPMENT_STAGES), count: fc.integer({ min: 0, max: 1000 }) })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(fc.record({ stock_location_id: fc.constantFrom("a", "b", null) }), { maxLength: 10 }), (rows, risky) => {
        const { centres, total } = queueCounts(rows, risky)
        for (const q of Object.keys(total) as (keyof typeof total)[]) {
          expect(Object.values(centres).reduce((s, c) => s + c[q], 0)).toBe(total[q])
        }
        const queued = rows.filter((r) => (QUEUED_STAGES as readonly string[]).includes(r.stage)).reduce((s, r) => s + r.count, 0)
        expect(total.waiting_to_wave + total.in_picking + total.waiting_to_pack + total.packed + total.in_transit + total.backordered).toBe(queued)
      })
    )
  })
})

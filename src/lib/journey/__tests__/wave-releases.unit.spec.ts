import fc from "fast-check"
import { isInWave, SHIPMENT_STAGES, ShipmentStage, waveReleases } from ".."

describe("waveReleases", () => {
  it("groups the parts in a wave (waved or picked) by wave, once per order, and leaves the others out", () => {
    expect(
      waveReleases([
        { order_id: "o1", stage: "waved", wave_id: "w1", stock_location_id: "jkt" },
        { order_id: "o1", stage: "picked", wave_id: "w2", stock_location_id: "sby" },
        { order_id: "o2", stage: "short_picked", wave_id: "w1", stock_location_id: "jkt" },
        { order_id: "o2", stage: "waved", wave_id: "w1", stock_location_id: "jkt" },
        { order_id: "o3", stage: "routed", wave_id: null, stock_location_id: "jkt" },
        { order_id: "o4", stage: "packed", wave_id: "w1", stock_location_id: "jkt" },
      ])
    ).toEqual([
      { wave_id: "w1", stock_location_id: "jkt", order_ids: ["o1", "o2"] },
      { wave_id: "w2", stock_location_id: "sby", order_ids: ["o1"] },
    ])
  })

  it("every part in a wave is released by exactly one entry, and nothing else is", () => {
    const part = fc.record({
      order_id: fc.constantFrom("o1", "o2", "o3"),
      stage: fc.constantFrom(...(SHIPMENT_STAGES as readonly ShipmentStage[])),
      wave_id: fc.option(fc.constantFrom("w1", "w2"), { nil: null }),
      stock_location_id: fc.constantFrom("jkt", "sby"),
    })
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const releases = waveReleases(parts)
        for (const p of parts) {
          const holders = releases.filter((r) => r.wave_id === p.wave_id && r.order_ids.includes(p.order_id))
          if (isInWave(p.stage) && p.wave_id) expect(holders).toHaveLength(1)
        }
        for (const r of releases) {
          expect(new Set(r.order_ids).size).toBe(r.order_ids.length)
          for (const o of r.order_ids) expect(parts.some((p) => p.order_id === o && p.wave_id === r.wave_id && isInWave(p.stage))).toBe(true)
        }
      })
    )
  })
})

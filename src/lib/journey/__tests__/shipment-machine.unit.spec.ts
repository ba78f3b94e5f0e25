import fc from "fast-check"
import {
  COMPENSATIONS,
  deriveOrderStage,
  movesBackward,
  SHIPMENT_ACTIONS,
  SHIPMENT_STAGES,
  ShipmentAction,
  ShipmentStage,
  transition,
} from ".."

// Independent reference: the journey drawn as edges by hand, from the stage list.
const FORWARD_EDGES = new Set([
  "routed>waved", "routed>packed", "routed>shipped", "routed>delivered", "routed>rerouted", "routed>canceled",
  "backordered>routed", "backordered>rerouted", "backordered>canceled",
  "waved>picked", "waved>short_picked", "waved>shipped", "waved>delivered", "waved>canceled",
  "picked>packed", "picked>shipped", "picked>delivered", "picked>canceled",
  "short_picked>rerouted", "short_picked>canceled",
  "packed>shipped", "packed>delivered", "packed>canceled",
  "shipped>delivered",
])
const COMPENSATION_EDGES = new Set([
  "waved>routed", "picked>routed", // released from a wave
  "packed>picked", "packed>routed", // Medusa canceled the fulfilment
  "routed>backordered", "short_picked>backordered", "short_picked>routed", // routed again after a short pick or a re-route
])

describe("shipment stage machine", () => {
  it("packs a centre that picks from bins only after picking", () => {
    expect(transition("routed", "pack", { picks_from_bins: true })).toMatchObject({ ok: false })
    expect(transition("routed", "pack", { picks_from_bins: false })).toEqual({ ok: true, to: "packed", noop: false })
    expect(transition("picked", "pack", { picks_from_bins: true })).toEqual({ ok: true, to: "packed", noop: false })
  })

  it("refuses to wave a back-ordered or re-routed part, and says so in words", () => {
    const r = transition("backordered", "wave", { picks_from_bins: true })
    expect(r).toEqual({ ok: false, reason: "cannot add to a wave a shipment that is back-ordered" })
    expect(transition("rerouted", "wave", { picks_from_bins: true }).ok).toBe(false)
  })

  it("never moves a shipped part back when another part of the order is waved", () => {
    expect(transition("shipped", "wave", { picks_from_bins: true }).ok).toBe(false)
    expect(transition("shipped", "route", { picks_from_bins: true }).ok).toBe(false)
    expect(deriveOrderStage(["shipped", "waved"])).toBe("waved")
    expect(deriveOrderStage(["shipped", "delivered"])).toBe("shipped")
  })

  it("treats an action whose result is already there as a no-op", () => {
    for (const [stage, action] of [["shipped", "ship"], ["delivered", "deliver"], ["waved", "wave"], ["canceled", "cancel"]] as const) {
      expect(transition(stage, action, { picks_from_bins: true })).toEqual({ ok: true, to: stage, noop: true })
    }
  })

  it("derives delivered only when every live shipment is delivered", () => {
    expect(deriveOrderStage([])).toBe("placed")
    expect(deriveOrderStage(["rerouted", "delivered"])).toBe("delivered")
    expect(deriveOrderStage(["canceled", "delivered"])).toBe("delivered")
    expect(deriveOrderStage(["canceled", "canceled"])).toBe("canceled")
    expect(deriveOrderStage(["delivered", "backordered"])).toBe("backordered")
  })

  it("property: random action sequences on split orders never make an illegal move", () => {
    const action = fc.constantFrom(...SHIPMENT_ACTIONS)
    const step = fc.record({ shipment: fc.nat(5), action, backordered: fc.boolean(), bins: fc.boolean() })
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(step, { maxLength: 60 }), (parts, steps) => {
        const stages: ShipmentStage[] = Array.from({ length: parts }, () => "routed")
        let stored = deriveOrderStage(stages)
        for (const s of steps) {
          const i = s.shipment % parts
          const from = stages[i]
          const r = transition(from, s.action as ShipmentAction, { picks_from_bins: s.bins, backordered: s.backordered })
          if (!r.ok) {
            expect(r.reason.length).toBeGreaterThan(10)
            continue
          }
          if (r.noop) {
            expect(r.to).toBe(from)
            continue
          }
          const edge = `${from}>${r.to}`
          // every move is an edge of the hand-drawn journey
          expect(FORWARD_EDGES.has(edge) || COMPENSATION_EDGES.has(edge)).toBe(true)
          // backwards only through a named compensation
          if (movesBackward(from, r.to)) {
            expect(COMPENSATIONS).toContain(s.action)
            expect(COMPENSATION_EDGES.has(edge)).toBe(true)
          }
          // terminal stages are never left
          expect(["rerouted", "canceled", "delivered"]).not.toContain(from)
          stages[i] = r.to
          stored = deriveOrderStage(stages)
        }
        expect(stored).toBe(referenceOrderStage(stages))
      }),
      { numRuns: 500 }
    )
  })

  it("property: the derived stage matches an independent reference", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SHIPMENT_STAGES), { maxLength: 8 }), (stages) => {
        expect(deriveOrderStage(stages)).toBe(referenceOrderStage(stages))
      })
    )
  })
})

/** Written from the definition, not from the code: the slowest live part, in journey order. */
function referenceOrderStage(stages: ShipmentStage[]): string {
  const order = ["backordered", "routed", "waved", "short_picked", "picked", "packed", "shipped", "delivered"]
  const live = stages.filter((s) => s !== "rerouted")
  if (live.length === 0) return "placed"
  if (live.every((s) => s === "canceled")) return "canceled"
  for (const stage of order) if (live.includes(stage as ShipmentStage)) return stage
  throw new Error("unreachable")
}

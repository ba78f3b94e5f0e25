import { classifyReturn, RETURN_CAUSE_RULE_IDS, ROOT_CAUSES, splitDamagedUnits, summariseCauses } from ".."
import { facts, LATE, reason } from "./fixtures"

describe("summariseCauses", () => {
  it("counts lines and units per cause and per rule, every row present", () => {
    const groups = [
      facts({ quantity: 3, damaged_quantity: 3 }),
      facts({ quantity: 2, reason_path: [reason("oms_changed_mind", "Changed my mind")] }),
      facts({ quantity: 1, shipment: LATE }),
      facts({ quantity: 4, reason_path: [reason("oms_late_delivery", "Arrived too late")], shipment: LATE }),
    ]
    const summary = summariseCauses(groups.map((f) => ({ quantity: f.quantity, ...classifyReturn(f) })))
    expect(summary.total).toEqual({ lines: 4, units: 10 })
    expect(summary.by_cause.damaged).toEqual({ lines: 1, units: 3 })
    expect(summary.by_cause.late_delivery).toEqual({ lines: 2, units: 5 })
    expect(summary.by_cause.product).toEqual({ lines: 0, units: 0 })
    expect(summary.by_rule.no_reason_delivered_late).toEqual({ lines: 1, units: 1 })
    expect(summary.by_rule.late_reason_confirmed).toEqual({ lines: 1, units: 4 })
    expect(Object.keys(summary.by_cause)).toEqual([...ROOT_CAUSES])
    expect(Object.keys(summary.by_rule)).toEqual([...RETURN_CAUSE_RULE_IDS])
  })

  it("gives zeros for no returns", () => {
    const summary = summariseCauses([])
    expect(summary.total).toEqual({ lines: 0, units: 0 })
    expect(Object.values(summary.by_rule).every((c) => c.lines === 0 && c.units === 0)).toBe(true)
  })
})

describe("splitDamagedUnits", () => {
  it("splits a partly damaged group so the undamaged units keep their reason's cause", () => {
    const group = facts({ quantity: 3, damaged_quantity: 1, reason_path: [reason("oms_changed_mind", "Changed my mind")] })
    const parts = splitDamagedUnits(group)
    expect(parts.map((p) => [p.quantity, p.damaged_quantity])).toEqual([[1, 1], [2, 0]])
    expect(parts.map((p) => classifyReturn(p).cause)).toEqual(["damaged", "changed_mind"])
  })

  it("leaves whole groups alone, and never makes more damaged units than units", () => {
    for (const [quantity, damaged_quantity] of [[2, 0], [2, 2], [2, 5]]) {
      const group = facts({ quantity, damaged_quantity })
      expect(splitDamagedUnits(group)).toEqual([group])
    }
  })
})

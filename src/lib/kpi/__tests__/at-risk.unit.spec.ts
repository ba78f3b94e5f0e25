import { atRisk } from ".."
import { CALENDARS, errorOf, later, part, TUESDAY_9_WIB } from "./fixtures"

const MONDAY_10_WIB = new Date("2026-03-09T03:00:00Z")
const NOW = new Date("2026-03-10T06:30:00Z") // Tuesday 13:30 WIB: 30 minutes before Jakarta's cut-off

const FACTS = [
  part("r1", "A", "routed"), // due today, not packed
  part("r2", "B", "packed"), // due today but packed: waits for the carrier
  part("r3", "C", "routed", { placed_at: MONDAY_10_WIB }), // due Monday, still here, untouched since Monday 11:00
  part("r4", "D", "routed", { stock_location_id: "jyp" }), // Jayapura has no cut-off: the day ends at 24:00 WIT
  part("r5", "E", "backordered", { placed_at: MONDAY_10_WIB }), // no centre, nothing since Monday
  part("r6", "F", "shipped"),
  part("r7", "G", "canceled", { placed_at: MONDAY_10_WIB }),
  part("r8", "H", "rerouted", { placed_at: MONDAY_10_WIB }),
]

const reasons = (list: ReturnType<typeof atRisk>) => list.map((r) => [r.shipment_id, r.reasons])

describe("at risk right now", () => {
  it("lists unshipped open parts with every reason that applies, earliest deadline first", () => {
    const list = atRisk(FACTS, CALENDARS, NOW, { routed: 5, backordered: 48 })
    expect(reasons(list)).toEqual([
      ["r3", ["overdue", "past_stage_sla", "stuck"]],
      ["r1", ["misses_cutoff"]],
      ["r5", ["stuck"]],
    ])
    expect(list[1]).toMatchObject({ minutes_to_cutoff: 30, ship_by: new Date("2026-03-10T17:00:00Z") })
    expect(list[2].ship_by).toBeNull()
  })

  it("warns only inside the warning time before the cut-off, in the centre's own zone", () => {
    expect(reasons(atRisk([FACTS[0]], CALENDARS, NOW, {}, { cutoffWarningMinutes: 30 }))).toEqual([]) // 30 minutes left is not fewer than 30
    expect(reasons(atRisk([FACTS[0]], CALENDARS, NOW, {}, { cutoffWarningMinutes: 31 }))).toEqual([["r1", ["misses_cutoff"]]])
    // Jayapura's day ends at 15:00 UTC: 510 minutes left
    expect(atRisk([FACTS[3]], CALENDARS, NOW, {}, { cutoffWarningMinutes: 511 })[0]).toMatchObject({ reasons: ["misses_cutoff"], minutes_to_cutoff: 510 })
  })

  it("keeps warning after the cut-off has passed, until the part is packed", () => {
    const afterCutoff = later(NOW, 2) // 15:30 WIB
    expect(atRisk([FACTS[0]], CALENDARS, afterCutoff, {})[0]).toMatchObject({ reasons: ["misses_cutoff"], minutes_to_cutoff: -90 })
    expect(atRisk([part("r1", "A", "waved", { packed_at: later(TUESDAY_9_WIB, 5) })], CALENDARS, afterCutoff, {})).toEqual([])
  })

  it("uses the stuck time it is given", () => {
    expect(reasons(atRisk([FACTS[4]], CALENDARS, NOW, {}, { stuckHours: 27 }))).toEqual([])
    expect(reasons(atRisk([FACTS[4]], CALENDARS, NOW, {}, { stuckHours: 26 }))).toEqual([["r5", ["stuck"]]])
  })

  it("is empty for no facts", () => {
    expect(atRisk([], {}, NOW, {})).toEqual([])
  })

  it("refuses thresholds that cannot be met, naming them", () => {
    const field = (run: () => unknown) => errorOf(run).field
    expect(field(() => atRisk([], {}, NOW, { routed: -1 }))).toBe("slaHours.routed")
    expect(field(() => atRisk([], {}, NOW, { nowhere: 2 } as never))).toBe("slaHours.nowhere")
    expect(field(() => atRisk([], {}, NOW, {}, { stuckHours: 0 }))).toBe("stuckHours")
    expect(field(() => atRisk([], {}, NOW, {}, { cutoffWarningMinutes: NaN }))).toBe("cutoffWarningMinutes")
  })
})

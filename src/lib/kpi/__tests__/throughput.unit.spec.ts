import { packsPerHour, picksPerHour } from ".."
import { part } from "./fixtures"

const at = (iso: string) => new Date(iso)
const picked = (id: string, by: string, iso: string, over = {}) => part(id, id, "picked", { picked_by: by, picked_at: at(iso), ...over })

describe("picks and packs per hour", () => {
  it("divides each person's work by the clock hours in which they finished something", () => {
    const facts = [
      picked("a", "ani", "2026-03-10T02:10:00Z", { lines: 1, units: 2 }),
      picked("b", "ani", "2026-03-10T02:50:00Z", { lines: 2, units: 3 }),
      picked("c", "ani", "2026-03-10T03:30:00Z", { lines: 1, units: 1, stage: "canceled" }), // canceled later: the pick was done
      picked("d", "ani", "2026-03-10T03:40:00Z", { stage: "rerouted" }), // superseded: not counted
      picked("e", "budi", "2026-03-10T06:05:00Z", { lines: 3, units: 6 }),
      part("f", "f", "routed"), // nobody picked it
    ]
    expect(picksPerHour(facts)).toEqual([
      { person: "ani", hours: 2, shipments: 3, lines: 4, units: 6, shipments_per_hour: 1.5, lines_per_hour: 2, units_per_hour: 3 },
      { person: "budi", hours: 1, shipments: 1, lines: 3, units: 6, shipments_per_hour: 1, lines_per_hour: 3, units_per_hour: 6 },
    ])
  })

  it("times packs by the packer and the packed time, not the picker's", () => {
    const facts = [part("p", "p", "packed", { picked_by: "ani", packed_by: "citra", packed_at: at("2026-03-10T05:59:00Z") })]
    expect(packsPerHour(facts).map((p) => [p.person, p.hours, p.shipments])).toEqual([["citra", 1, 1]])
    expect(picksPerHour(facts).map((p) => p.person)).toEqual(["ani"])
  })

  it("is empty for no work", () => {
    expect(picksPerHour([])).toEqual([])
    expect(packsPerHour([part("r", "r", "routed")])).toEqual([])
  })
})

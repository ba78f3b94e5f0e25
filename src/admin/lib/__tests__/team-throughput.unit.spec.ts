import { teamRows, type PersonThroughput } from "../team-throughput"

const work = (person: string, shipments: number, hours = 1): PersonThroughput => ({
  person, hours, shipments, lines: shipments, units: shipments * 2,
  shipments_per_hour: shipments / hours, lines_per_hour: shipments / hours, units_per_hour: (shipments * 2) / hours,
})

describe("team throughput rows", () => {
  it("puts each person once with both rates, the busiest first", () => {
    const rows = teamRows([work("user_ani", 10), work("user_budi", 3)], [work("user_budi", 9), work("user_citra", 4)])
    expect(rows.map((r) => [r.person, r.picking?.shipments ?? null, r.packing?.shipments ?? null])).toEqual([
      ["user_budi", 3, 9],
      ["user_ani", 10, null],
      ["user_citra", null, 4],
    ])
  })

  it("orders people with the same work by name, and is empty without work", () => {
    expect(teamRows([work("b", 2), work("a", 2)]).map((r) => r.person)).toEqual(["a", "b"])
    expect(teamRows()).toEqual([])
  })
})

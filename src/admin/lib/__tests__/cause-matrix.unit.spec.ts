import fc from "fast-check"
import { buildCauseCentreMatrix, cellShade } from "../cause-matrix"
import { ROOT_CAUSES, type RootCause } from "../kpi-types"

const names: Record<string, string> = { sloc_jkt: "Jakarta", sloc_sby: "Surabaya", sloc_mdn: "Medan" }
const nameOf = (id: string) => names[id] ?? id

describe("buildCauseCentreMatrix", () => {
  it("adds up units per cause and centre, busiest centre first, untraced last", () => {
    const m = buildCauseCentreMatrix(
      [
        { cause: "damaged", stock_location_id: "sloc_sby", units: 2, lines: 1 },
        { cause: "damaged", stock_location_id: "sloc_jkt", units: 1, lines: 1 },
        { cause: "wrong_item", stock_location_id: "sloc_jkt", units: 4, lines: 2 },
        { cause: "other", stock_location_id: null, units: 9, lines: 3 },
        { cause: "wrong_item", stock_location_id: "sloc_jkt", units: 1, lines: 1 },
        { cause: "late_delivery", stock_location_id: "sloc_mdn", units: 0, lines: 0 },
      ],
      ROOT_CAUSES,
      nameOf
    )
    expect(m.causes).toEqual(["other", "wrong_item", "damaged"])
    expect(m.centres).toEqual(["sloc_jkt", "sloc_sby", null])
    expect(m.units.wrong_item.sloc_jkt).toBe(5)
    expect(m.units.other.none).toBe(9)
    expect(m.causeTotals).toEqual({ wrong_item: 5, damaged: 3, other: 9 })
    expect(m.centreTotals).toEqual({ sloc_jkt: 6, sloc_sby: 2, none: 9 })
    expect(m.total).toBe(17)
    expect(m.max).toBe(9)
    expect(cellShade(m, "other", null)).toBe(1)
    expect(cellShade(m, "damaged", "sloc_mdn")).toBe(0)
  })

  it("keeps the server's order of causes with as many units", () => {
    const m = buildCauseCentreMatrix(
      [
        { cause: "other", stock_location_id: "sloc_jkt", units: 1, lines: 1 },
        { cause: "damaged", stock_location_id: "sloc_jkt", units: 1, lines: 1 },
        { cause: "product", stock_location_id: "sloc_jkt", units: 3, lines: 1 },
      ],
      ROOT_CAUSES
    )
    expect(m.causes).toEqual(["product", "damaged", "other"])
  })

  it("breaks ties between centres by name", () => {
    const m = buildCauseCentreMatrix(
      [
        { cause: "damaged", stock_location_id: "sloc_sby", units: 2, lines: 1 },
        { cause: "damaged", stock_location_id: "sloc_mdn", units: 2, lines: 1 },
      ],
      ROOT_CAUSES,
      nameOf
    )
    expect(m.centres).toEqual(["sloc_mdn", "sloc_sby"])
  })

  it("is empty for no returns", () => {
    const m = buildCauseCentreMatrix([], ROOT_CAUSES)
    expect(m).toMatchObject({ causes: [], centres: [], total: 0, max: 0 })
  })

  it("row totals, column totals and the grand total agree", () => {
    const row = fc.record({
      cause: fc.constantFrom(...ROOT_CAUSES) as fc.Arbitrary<RootCause>,
      stock_location_id: fc.constantFrom("sloc_jkt", "sloc_sby", "sloc_mdn", null),
      units: fc.integer({ min: 0, max: 50 }),
      lines: fc.integer({ min: 0, max: 5 }),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const m = buildCauseCentreMatrix(rows, ROOT_CAUSES, nameOf)
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
        expect(sum(Object.values(m.causeTotals))).toBe(m.total)
        expect(sum(Object.values(m.centreTotals))).toBe(m.total)
        expect(m.total).toBe(sum(rows.map((r) => r.units)))
        for (const cause of m.causes) expect(sum(Object.values(m.units[cause]))).toBe(m.causeTotals[cause])
      })
    )
  })
})

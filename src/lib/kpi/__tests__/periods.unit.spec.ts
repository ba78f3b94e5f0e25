import { comparePeriods, isInPeriod, kpiPair, previousPeriod } from ".."
import { errorOf } from "./fixtures"

const at = (iso: string) => new Date(iso)

describe("periods", () => {
  it("gives the period of the same length just before", () => {
    const week = { from: at("2026-03-09T00:00:00Z"), to: at("2026-03-16T00:00:00Z") }
    expect(previousPeriod(week)).toEqual({ from: at("2026-03-02T00:00:00Z"), to: at("2026-03-09T00:00:00Z") })
    const empty = { from: at("2026-03-09T00:00:00Z"), to: at("2026-03-09T00:00:00Z") }
    expect(previousPeriod(empty)).toEqual(empty)
  })

  it("includes the start and excludes the end", () => {
    const day = { from: at("2026-03-09T17:00:00Z"), to: at("2026-03-10T17:00:00Z") }
    expect(isInPeriod(day.from, day)).toBe(true)
    expect(isInPeriod(day.to, day)).toBe(false)
  })

  it("pairs a KPI with its previous value and the difference, null when either is missing", () => {
    expect(kpiPair(0.9, 0.75).change).toBeCloseTo(0.15, 12)
    expect(kpiPair(null, 0.75)).toEqual({ current: null, previous: 0.75, change: null })
    expect(kpiPair(3, null).change).toBeNull()
  })

  it("measures the period and the one before", () => {
    const seen: string[] = []
    const pair = comparePeriods({ from: at("2026-03-09T00:00:00Z"), to: at("2026-03-10T00:00:00Z") }, (p) => {
      seen.push(p.from.toISOString())
      return p.from.getUTCDate()
    })
    expect(pair).toEqual({ current: 9, previous: 8, change: 1 })
    expect(seen).toEqual(["2026-03-09T00:00:00.000Z", "2026-03-08T00:00:00.000Z"])
  })

  it("refuses a period that ends before it starts, or an invalid date, naming the field", () => {
    const fields = [
      { from: at("2026-03-10T00:00:00Z"), to: at("2026-03-09T00:00:00Z") },
      { from: new Date(NaN), to: at("2026-03-09T00:00:00Z") },
    ].map((p) => errorOf(() => previousPeriod(p)).field)
    expect(fields).toEqual(["to", "from"])
  })
})

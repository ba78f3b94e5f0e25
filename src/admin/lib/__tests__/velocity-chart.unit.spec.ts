import { stockOutRuns, velocityPoints } from "../velocity-chart"

const day = (i: number) => `2026-11-${String(i + 1).padStart(2, "0")}`
const days = (units: (number | "out")[]) => units.map((u, i) => ({ day: day(i), units: u === "out" ? 0 : u, stock_out: u === "out" }))

describe("velocityPoints", () => {
  it("averages the in-stock days of the window, a stock-out day neither zero nor counted", () => {
    // days: 2, 4, out, 6 → up to day 4 the 7-day pace is (2+4+6)/3 = 4, not (2+4+0+6)/4 = 3
    const points = velocityPoints(days([2, 4, "out", 6]))
    expect(points.map((p) => p.avg_7)).toEqual([2, 3, 3, 4])
    expect(points[2]).toMatchObject({ units: 0, stock_out: true })
  })

  it("the 7-day pace forgets what is older than 7 days; the 28-day one keeps it", () => {
    const points = velocityPoints(days([14, 0, 0, 0, 0, 0, 0, 0]))
    expect(points[6].avg_7).toBeCloseTo(2) // 14 over days 1–7
    expect(points[7].avg_7).toBe(0) // days 2–8 sold nothing
    expect(points[7].avg_28).toBeCloseTo(14 / 8)
  })

  it("no pace before the first in-stock day", () => {
    const points = velocityPoints(days(["out", "out", 3]))
    expect(points.map((p) => p.avg_28)).toEqual([null, null, 3])
  })
})

describe("stockOutRuns", () => {
  it("groups consecutive empty days into one stretch", () => {
    expect(stockOutRuns(days([1, "out", "out", 2, "out", 3, "out"]))).toEqual([
      { from: day(1), to: day(2), days: 2 },
      { from: day(4), to: day(4), days: 1 },
      { from: day(6), to: day(6), days: 1 },
    ])
    expect(stockOutRuns(days([1, 2]))).toEqual([])
  })
})

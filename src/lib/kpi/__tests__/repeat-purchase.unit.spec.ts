import fc from "fast-check"
import { isRepeatWindowOpen, isWithinRepeatWindow, repeatPurchase, REPEAT_WINDOW_DAYS, type CustomerOrder } from ".."

const DAY = 86_400_000
const T0 = Date.parse("2026-09-01T03:00:00Z")
const at = (days: number) => new Date(T0 + days * DAY)
const order = (order_id: string, customer: string | null, days: number, extra: Partial<CustomerOrder> = {}): CustomerOrder => ({
  order_id,
  customer,
  placed_at: at(days),
  stock_location_ids: ["jkt"],
  region_id: "reg_id",
  canceled: false,
  ...extra,
})
const PERIOD = { from: at(0), to: at(30) }

describe("repeat-purchase rate", () => {
  it("follows each customer's first order of the period for 90 days", () => {
    const orders = [
      order("a1", "ani@x.id", 2), order("a2", "ani@x.id", 50), // again after 48 days: repeat
      order("b0", "budi@x.id", -10), order("b1", "budi@x.id", 5), // an order before the period is not a repeat
      order("c1", "citra@x.id", 10, { stock_location_ids: ["jkt", "sby"] }), order("c2", "citra@x.id", 10 + REPEAT_WINDOW_DAYS + 1), // too late
      order("d1", "dewi@x.id", 20, { stock_location_ids: ["sby"], region_id: "reg_sg" }), order("d2", "dewi@x.id", 21, { canceled: true }), // a canceled order is no repeat
      order("e1", null, 3), order("e2", null, 4), // no customer: left out
      order("f1", "fajar@x.id", 1, { canceled: true }), order("f2", "fajar@x.id", 4, { stock_location_ids: ["sby"] }), order("f3", "fajar@x.id", 6),
    ]
    const now = at(120)
    const result = repeatPurchase(orders, PERIOD, now)
    expect(result.window_days).toBe(90)
    // ani and fajar came back; budi, citra and dewi did not, and their windows have ended by day 120
    expect(result.overall).toEqual({ customers: 5, repeated: 2, still_open: 0, rate: 0.4 })
    expect(result.by_centre).toEqual([
      { key: "jkt", repeat: { customers: 3, repeated: 1, still_open: 0, rate: 1 / 3 } },
      { key: "sby", repeat: { customers: 3, repeated: 1, still_open: 0, rate: 1 / 3 } },
    ])
    expect(result.by_region).toEqual([
      { key: "reg_id", repeat: { customers: 4, repeated: 2, still_open: 0, rate: 0.5 } },
      { key: "reg_sg", repeat: { customers: 1, repeated: 0, still_open: 0, rate: 0 } },
    ])
    // seen at day 60 (ani and fajar have already come back), budi, citra and dewi still can
    expect(repeatPurchase(orders.filter((o) => o.placed_at <= at(60)), PERIOD, at(60)).overall).toEqual({ customers: 5, repeated: 2, still_open: 3, rate: 0.4 })
  })

  it("keeps only customers whose first order matches the filter", () => {
    const orders = [order("a1", "a", 1, { stock_location_ids: ["sby"] }), order("a2", "a", 2), order("b1", "b", 3)]
    const onlyJakarta = repeatPurchase(orders, PERIOD, at(200), { firstMatches: (o) => o.stock_location_ids.includes("jkt") })
    expect(onlyJakarta.overall).toEqual({ customers: 1, repeated: 0, still_open: 0, rate: 0 })
  })

  it("is null, not NaN, without customers", () => {
    expect(repeatPurchase([], PERIOD, at(1))).toEqual({ window_days: 90, overall: { customers: 0, repeated: 0, still_open: 0, rate: null }, by_centre: [], by_region: [] })
  })

  it("counts the window's last moment in and the next out", () => {
    expect(isWithinRepeatWindow(at(0), at(90))).toBe(true)
    expect(isWithinRepeatWindow(at(0), new Date(at(90).getTime() + 1))).toBe(false)
    expect(isRepeatWindowOpen(at(0), new Date(at(90).getTime() - 1))).toBe(true)
    expect(isRepeatWindowOpen(at(0), at(90))).toBe(false)
  })

  it("agrees with asking every customer by hand (property)", () => {
    const orderArb = fc.record({
      customer: fc.constantFrom("a", "b", "c", "d", null),
      day: fc.integer({ min: -20, max: 200 }),
      centres: fc.subarray(["jkt", "sby", "mdn"]),
      region_id: fc.constantFrom("r1", "r2", null),
      canceled: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(orderArb, { maxLength: 25 }), fc.integer({ min: 0, max: 250 }), fc.integer({ min: 1, max: 120 }), (raw, nowDay, windowDays) => {
        const orders = raw.map((r, i) => order(`o${String(i).padStart(2, "0")}`, r.customer, r.day, { stock_location_ids: r.centres, region_id: r.region_id, canceled: r.canceled }))
        const now = at(nowDay)
        const result = repeatPurchase(orders, PERIOD, now, { windowDays })
        // naive: for each customer, scan every order
        let customers = 0, repeated = 0, open = 0
        const centre = new Map<string | null, number[]>()
        for (const who of ["a", "b", "c", "d"]) {
          const mine = orders.filter((o) => o.customer === who && !o.canceled)
          let first: CustomerOrder | undefined
          for (const o of mine) {
            if (o.placed_at < PERIOD.from || o.placed_at >= PERIOD.to) continue
            if (!first || o.placed_at < first.placed_at || (o.placed_at.getTime() === first.placed_at.getTime() && o.order_id < first.order_id)) first = o
          }
          if (!first) continue
          const f = first
          const again = mine.some((o) => o !== f && (o.placed_at > f.placed_at || (o.placed_at.getTime() === f.placed_at.getTime() && o.order_id > f.order_id)) && o.placed_at.getTime() <= f.placed_at.getTime() + windowDays * DAY)
          const stillOpen = !again && f.placed_at.getTime() + windowDays * DAY > now.getTime()
          customers++
          if (again) repeated++
          if (stillOpen) open++
          for (const c of f.stock_location_ids.length ? [...new Set(f.stock_location_ids)] : [null]) {
            const row = centre.get(c) ?? [0, 0, 0]
            centre.set(c, [row[0] + 1, row[1] + (again ? 1 : 0), row[2] + (stillOpen ? 1 : 0)])
          }
        }
        expect(result.overall).toEqual({ customers, repeated, still_open: open, rate: customers ? repeated / customers : null })
        expect(Object.fromEntries(result.by_centre.map((g) => [String(g.key), [g.repeat.customers, g.repeat.repeated, g.repeat.still_open]]))).toEqual(
          Object.fromEntries([...centre].map(([k, v]) => [String(k), v]))
        )
        expect(result.by_region.reduce((n, g) => n + g.repeat.customers, 0)).toBe(customers)
      }),
      { numRuns: 400, seed: 90 }
    )
  })
})

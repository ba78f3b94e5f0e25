import { DEFAULT_STOCK_OPTIONS, resolveStockOptions } from "../stock-options"

describe("resolveStockOptions", () => {
  it("fills the defaults and keeps what the host set", () => {
    const out = resolveStockOptions({ leadTimeDays: 3, alerts: { overstock: false } })
    expect(out).toEqual({ ...DEFAULT_STOCK_OPTIONS, leadTimeDays: 3, alerts: { ...DEFAULT_STOCK_OPTIONS.alerts, overstock: false } })
    expect(DEFAULT_STOCK_OPTIONS.alerts.overstock).toBe(true)
  })

  it("names the setting that is out of bounds", () => {
    expect(() => resolveStockOptions({ serviceLevel: 1 })).toThrow(/stock\.serviceLevel must be a number from 0\.5 to 0\.999/)
    expect(() => resolveStockOptions({ leadTimeDays: Number.NaN })).toThrow(/stock\.leadTimeDays/)
    expect(() => resolveStockOptions({ alerts: { low: true } as never })).toThrow(/stock\.alerts\.low is not an alert kind/)
    expect(() => resolveStockOptions({ alerts: { low_stock: "yes" } as never })).toThrow(/true or false/)
  })
})

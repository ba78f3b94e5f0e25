import fs from "node:fs"
import path from "node:path"
import en from "../../i18n/json/en.json"
import id from "../../i18n/json/id.json"
import { ALERT_KINDS } from "../../../lib/stock/alerts"
import { STOCK_SETTING_BOUNDS } from "../../../lib/stock/stock-options"
import { STOCK_CONDITIONS, STOCK_SETTING_FIELDS } from "../stock-health-types"
import { fieldBounds, fieldOfError, fromInput, toInput } from "../stock-settings-form"
import { daysOfSupplyText, formatEstimate, formatPerDay, formatUnits, freshnessText } from "../stock-text"
import type { Translate } from "../translate"

type Tree = { [key: string]: string | Tree }
/** `t` over the English file with i18next's plural rule for English, so the texts checked are the real ones. */
function translator(tree: Tree): Translate {
  const lookup = (key: string) => key.split(".").reduce<string | Tree | undefined>((node, part) => (node && typeof node === "object" ? node[part] : undefined), tree)
  return (key, options = {}) => {
    const count = options.count as number | undefined
    const text = (count !== undefined ? lookup(`${key}_${count === 1 ? "one" : "other"}`) : undefined) ?? lookup(key)
    if (typeof text !== "string") throw new Error(`missing key ${key}`)
    return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(options[name]))
  }
}
const t = translator(en as Tree)
const tId = translator(id as Tree)

describe("stock figures in merchant words", () => {
  it("per-day pace with one decimal, units whole, a reorder point rounded up", () => {
    expect(formatPerDay(2.44, "en-GB")).toBe("2.4")
    expect(formatPerDay(0, "en-GB")).toBe("0.0")
    expect(formatPerDay(1.25, "id-ID")).toBe("1,3")
    expect(formatUnits(12.4, "en-GB")).toBe("12")
    expect(formatUnits(12.1, "en-GB", true)).toBe("13")
    expect(formatUnits(12, "en-GB", true)).toBe("12")
    expect(formatUnits(0, "en-GB", true)).toBe("0")
    expect(formatUnits(-0.2, "en-GB")).toBe("0")
    expect(formatUnits(12345, "id-ID")).toBe("12.345")
    // missed sales are an estimate: a fraction of a unit is not "0"
    expect(formatEstimate(0.03, "en-GB")).toBe("< 1")
    expect(formatEstimate(0, "en-GB")).toBe("—")
    expect(formatEstimate(2.6, "en-GB")).toBe("3")
  })

  it("days of supply: whole days, 'no sales' without demand, capped when very long", () => {
    expect(daysOfSupplyText(1.9, "en-GB", t)).toBe("1 day")
    expect(daysOfSupplyText(23.2, "en-GB", t)).toBe("23 days")
    expect(daysOfSupplyText(null, "en-GB", t)).toBe("no sales")
    expect(daysOfSupplyText(5000, "en-GB", t)).toBe("over 999 days")
    expect(daysOfSupplyText(23.2, "id-ID", tId)).toBe("23 hari")
  })

  it("how fresh the figures are", () => {
    const now = Date.parse("2026-12-01T12:00:00Z")
    expect(freshnessText(null, now, "en-GB", t)).toBe("Not worked out yet")
    expect(freshnessText("2026-12-01T11:59:40Z", now, "en-GB", t)).toBe("Updated just now")
    expect(freshnessText("2026-12-01T11:56:00Z", now, "en-GB", t)).toBe("Updated 4 min ago")
    expect(freshnessText("2026-12-01T09:00:00Z", now, "en-GB", t)).toBe("Updated 3 hours ago")
    expect(freshnessText("2026-11-25T12:00:00Z", now, "en-GB", t)).toBe("Updated 6 days ago")
    expect(freshnessText("2026-12-01T11:56:00Z", now, "id-ID", tId)).toBe("Diperbarui 4 menit lalu")
  })
})

describe("reorder settings form", () => {
  it("shows the service level as a percentage and stores it as a share", () => {
    expect(toInput("service_level", 0.95)).toBe("95")
    expect(toInput("service_level", 0.975)).toBe("97.5")
    expect(toInput("lead_time_days", 7)).toBe("7")
    expect(toInput("lead_time_days", null)).toBe("")
    expect(fromInput("service_level", "97,5")).toEqual({ value: 0.975 })
    expect(fromInput("lead_time_days", " 10 ")).toEqual({ value: 10 })
    expect(fromInput("overstock_days", "")).toEqual({ value: null })
  })

  it("refuses what the server refuses, at the same bounds", () => {
    for (const field of STOCK_SETTING_FIELDS) {
      const { min, max } = fieldBounds(field)
      expect(fromInput(field, String(min))).not.toHaveProperty("problem")
      expect(fromInput(field, String(max))).not.toHaveProperty("problem")
      expect(fromInput(field, String(max + 1))).toEqual({ problem: "outOfRange" })
      expect(fromInput(field, String(min - 1))).toEqual({ problem: "outOfRange" })
      expect(fromInput(field, "ten")).toEqual({ problem: "notNumber" })
    }
    // the stored share of the top percentage is the server's own top
    expect(fromInput("service_level", String(fieldBounds("service_level").max))).toEqual({ value: STOCK_SETTING_BOUNDS.serviceLevel.max })
    expect(fromInput("lead_time_days", "1e3")).toEqual({ problem: "notNumber" })
  })

  it("finds the field a 400 is about", () => {
    expect(fieldOfError("Invalid request: Value for field 'lead_time_days' too big, expected at most 365")).toBe("lead_time_days")
    expect(fieldOfError("service_level must be at most 0.999")).toBe("service_level")
    expect(fieldOfError("stock_location_id must be an id")).toBeNull()
  })
})

describe("stock translations", () => {
  const has = (tree: Tree, key: string) => {
    const flat = (node: Tree, prefix = ""): string[] => Object.entries(node).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : flat(v, `${prefix}${k}.`)))
    const keys = new Set(flat(tree).map((k) => k.replace(/_(one|other)$/, "")))
    return keys.has(key)
  }
  it("name every condition, alert kind and setting in both languages", () => {
    const keys = [
      ...STOCK_CONDITIONS.map((c) => `stockHealth.condition.${c}`),
      ...ALERT_KINDS.map((k) => `stockHealth.alerts.kind.${k}`),
      ...STOCK_SETTING_FIELDS.flatMap((f) => [`stockHealth.settings.field.${f}`, `stockHealth.settings.help.${f}`]),
      ...["sku", "centre", "default"].map((s) => `stockHealth.settings.from.${s}`),
      ...["sku", "centre"].flatMap((s) => [`stockHealth.settings.own.${s}`, `stockHealth.settings.scope.${s}`, `stockHealth.settings.emptyMeans.${s}`]),
    ]
    expect(keys.filter((k) => !has(en as Tree, k))).toEqual([])
    expect(keys.filter((k) => !has(id as Tree, k))).toEqual([])
  })

  it("hold every literal key the stock page, the SKU page and the product widget use", () => {
    const root = path.join(__dirname, "..", "..")
    const files = ["routes/oms/stock/page.tsx", "routes/oms/stock/[id]/page.tsx", "widgets/product-stock.tsx", "lib/stock-text.ts"].concat(
      fs.readdirSync(path.join(root, "components", "stock")).map((f) => `components/stock/${f}`)
    )
    const missing: string[] = []
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, file), "utf8")
      for (const match of source.matchAll(/\bt\("([\w.]+)"/g)) if (!has(en as Tree, match[1]) || !has(id as Tree, match[1])) missing.push(`${file}: ${match[1]}`)
    }
    expect(missing).toEqual([])
  })
})

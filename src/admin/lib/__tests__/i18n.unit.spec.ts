import fs from "node:fs"
import path from "node:path"
import resources from "../../i18n"
import en from "../../i18n/json/en.json"
import id from "../../i18n/json/id.json"
import { contentLocale, intlLocale, OMS_NS } from "../i18n"
import { AT_RISK_REASONS, DRILL_KPIS, DRILL_SPECS, NOT_PERFECT_REASONS, SLA_STATUSES } from "../../../lib/kpi"
import { SHIPMENT_STAGES } from "../../../lib/journey/stages"
import { BREAKDOWN_STAGES, TILE_SPECS } from "../kpi-tiles"
import { RETURN_RATE_DIMENSIONS } from "../kpi-types"

type Tree = { [key: string]: string | Tree }
const PLURAL = /_(zero|one|two|few|many|other)$/

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out.set(full, value)
    else for (const [k, v] of flatten(value, full)) out.set(k, v)
  }
  return out
}

const EN = flatten(en as Tree)
const ID = flatten(id as Tree)
const base = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, "")))
const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
/** A key as `t` resolves it: itself, or its plural forms. */
const has = (keys: Map<string, string>, key: string) => keys.has(key) || keys.has(`${key}_other`)

describe("admin translations", () => {
  it("are what Medusa's admin reads: { language: { namespace: strings } } in the plugin's own namespace", () => {
    expect(Object.keys(resources).sort()).toEqual(["en", "id"])
    expect(resources.en[OMS_NS]).toBe(en)
    expect(resources.id[OMS_NS]).toBe(id)
  })

  it("have the same keys in English and Bahasa Indonesia (plural forms aside)", () => {
    expect([...base(ID.keys())].sort()).toEqual([...base(EN.keys())].sort())
  })

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of EN) {
      // a singular may say the number in words ("Today"), so it is checked against its plural
      if (key.endsWith("_one")) {
        const plural = vars(EN.get(key.replace(/_one$/, "_other")) ?? "")
        expect([key, vars(text).filter((v) => !plural.includes(v))]).toEqual([key, []])
        continue
      }
      expect([key, vars(ID.get(key) ?? "")]).toEqual([key, vars(text)])
    }
  })

  it("give English both plural forms, and Indonesian (no plural) the `other` form", () => {
    for (const key of EN.keys()) {
      if (key.endsWith("_one")) expect(EN.has(key.replace(/_one$/, "_other"))).toBe(true)
    }
    expect([...ID.keys()].filter((k) => /_(one|two|few|many)$/.test(k))).toEqual([])
  })

  it("hold every key the tiles and the stage chart ask for", () => {
    for (const spec of TILE_SPECS) {
      for (const key of [`kpi.${spec.key}.label`, `kpi.${spec.key}.help`]) expect([key, has(EN, key)]).toEqual([key, true])
    }
    for (const stage of BREAKDOWN_STAGES) expect(has(EN, `stages.${stage}`)).toBe(true)
  })

  it("name every return-rate breakdown and its unknown group", () => {
    for (const by of RETURN_RATE_DIMENSIONS) {
      for (const key of [`returns.rates.dimension.${by}`, `returns.rates.unknown.${by}`]) expect([key, has(EN, key), has(ID, key)]).toEqual([key, true, true])
    }
  })

  it("hold every literal key the new pages use", () => {
    const root = path.join(__dirname, "..", "..")
    const files = ["routes/oms/dashboard/page.tsx", "routes/oms/returns/page.tsx", "lib/use-format.ts", "lib/at-risk-text.ts", "lib/kpi-order-text.ts", "lib/shipment-sla-text.ts"]
      .concat(fs.readdirSync(path.join(root, "widgets")).filter((f) => f !== "order-routing.tsx" && f !== "location-profile.tsx").map((f) => `widgets/${f}`))
      .concat(["dashboard", "returns", "order", "product", "common"].flatMap((dir) => fs.readdirSync(path.join(root, "components", dir)).map((f) => `components/${dir}/${f}`)))
    const missing: string[] = []
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, file), "utf8")
      for (const match of source.matchAll(/\bt\("([\w.]+)"/g)) if (!has(EN, match[1])) missing.push(`${file}: ${match[1]}`)
    }
    expect(missing).toEqual([])
  })

  it("hold every key the Measure screens build from the server's codes", () => {
    const keys = [
      ...SHIPMENT_STAGES.map((s) => `shipmentStage.${s}`),
      ...SLA_STATUSES.map((s) => `sla.${s}`),
      ...AT_RISK_REASONS.map((r) => `atRisk.reason.${r}`),
      ...NOT_PERFECT_REASONS.map((r) => `drill.reason.${r}`),
      ...Object.values(DRILL_SPECS).flatMap((s) => [`drill.outcome.${s.counted}`, `drill.outcome.${s.rest}`]),
      ...DRILL_KPIS.map((k) => `kpi.${k}.label`),
    ]
    expect(keys.filter((key) => !has(EN, key))).toEqual([])
    expect(keys.filter((key) => !has(ID, key))).toEqual([])
  })

  it("the sidebar labels are keys of the namespace", () => {
    const root = path.join(__dirname, "..", "..")
    for (const page of ["routes/oms/dashboard/page.tsx", "routes/oms/returns/page.tsx"]) {
      const source = fs.readFileSync(path.join(root, page), "utf8")
      const label = /label: "([\w.]+)",\s*translationNs: "([\w-]+)"/.exec(source)
      expect(label?.[2]).toBe(OMS_NS)
      expect(has(EN, label![1])).toBe(true)
    }
  })
})

describe("locales", () => {
  it("formats in the admin's language and asks the server for English or Indonesian texts", () => {
    expect(intlLocale("id")).toBe("id-ID")
    expect(intlLocale("en")).toBe("en-GB")
    expect(intlLocale("de")).toBe("de")
    expect(intlLocale(undefined)).toBe("en-GB")
    expect(contentLocale("id")).toBe("id")
    expect(contentLocale("id-ID")).toBe("id")
    expect(contentLocale("de")).toBe("en")
  })
})

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
import { MEDUSA_DEFAULT, ROUTING_STRATEGIES } from "../../../lib/routing/types"
import { SERIES } from "../../components/charts/series"
import { STRATEGY_CHOICES } from "../routing-text"
import { OMS_PAGES } from "../oms-pages"
import { TRANSLATED_SCREENS } from "./translated-screens"

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
      .concat(["lib/routing-text.ts", "lib/routing-phrases.ts", ...TRANSLATED_SCREENS])
      .concat(fs.readdirSync(path.join(root, "widgets")).map((f) => `widgets/${f}`))
      .concat(["dashboard", "returns", "order", "product", "common"].flatMap((dir) => fs.readdirSync(path.join(root, "components", dir)).map((f) => `components/${dir}/${f}`)))
    const missing: string[] = []
    for (const file of [...new Set(files)]) {
      const source = fs.readFileSync(path.join(root, file), "utf8")
      for (const match of source.matchAll(/\bt\("([\w.]+)"/g)) {
        for (const [lang, keys] of [["en", EN], ["id", ID]] as const) if (!has(keys, match[1])) missing.push(`${file} (${lang}): ${match[1]}`)
      }
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

  it("hold every key the routing, centre, simulator and warehouse screens build from codes", () => {
    const keys = [
      ...[...ROUTING_STRATEGIES, MEDUSA_DEFAULT].flatMap((s) => [`routing.strategy.${s}.label`, `routing.strategy.${s}.hint`]),
      ...STRATEGY_CHOICES.map((s) => `routing.strategy.${s}.hint`),
      ...["chosen", "lost", "ineligible"].map((o) => `routing.outcome.${o}`),
      ...["order_placed", "reroute", "order_edit", "other"].map((o) => `routing.trigger.${o}`),
      ...["system", "customer", "admin", "other"].map((a) => `routing.actor.${a}`),
      ...SERIES.map((s) => `simulator.series.${s.key}`),
      ...["in_bins", "in_totes", "unassigned"].map((s) => `warehouse.segment.${s}`),
      ...["orders", "meanKm", "p90Km", "split", "unfillable"].map((m) => `simulator.metric.${m}`),
      ...["meanKm", "p90Km", "split", "unfillable"].map((m) => `simulator.metric.${m}Hint`),
    ]
    const formState = fs.readFileSync(path.join(__dirname, "..", "..", "components/centers/profile-form-state.ts"), "utf8")
    for (const match of formState.matchAll(/key: "(\w+)"|: "(\w+)",?$/gm)) keys.push(`centres.error.${match[1] ?? match[2]}`)
    expect(keys.filter((key) => !has(EN, key))).toEqual([])
    expect(keys.filter((key) => !has(ID, key))).toEqual([])
  })

  it("the sidebar labels of every OMS page are keys in both languages, each page with its own icon", () => {
    const root = path.join(__dirname, "..", "..")
    const pages = fs.readdirSync(path.join(root, "routes/oms")).map((dir) => `routes/oms/${dir}/page.tsx`)
    const icons = new Map<string, string>()
    for (const page of pages) {
      const source = fs.readFileSync(path.join(root, page), "utf8")
      const config = /defineRouteConfig\(\{([\s\S]*?)\}\)/.exec(source)?.[1] ?? ""
      const label = /label: "([\w.]+)",\s*translationNs: "([\w-]+)"/.exec(config)
      expect([page, label?.[2]]).toEqual([page, OMS_NS])
      expect([page, has(EN, label![1]), has(ID, label![1])]).toEqual([page, true, true])
      const icon = /icon: (\w+)/.exec(config)?.[1] ?? ""
      expect([page, icons.get(icon)]).toEqual([page, undefined])
      icons.set(icon, page)
    }
    // Medusa's own sidebar: Orders, Products, Inventory, Customers, Promotions, Price lists
    for (const core of ["ShoppingCart", "Tag", "Buildings", "Users", "ReceiptPercent", "CurrencyDollar"]) expect(icons.get(core)).toBeUndefined()
  })
  it("every ⌘K jump-to entry opens an OMS page under its translated sidebar label, with a shortcut letter of its own", () => {
    const root = path.join(__dirname, "..", "..")
    const core = new Set(["A", "C", "G", "I", "K", "L", "M", "O", "P", "R", "U"])
    const letters = OMS_PAGES.map((p) => p.key_letter)
    expect(new Set(letters).size).toBe(letters.length)
    expect(letters.filter((l) => core.has(l))).toEqual([])
    for (const page of OMS_PAGES) {
      expect([page.key, has(EN, `nav.${page.key}`), has(ID, `nav.${page.key}`)]).toEqual([page.key, true, true])
      expect(fs.existsSync(path.join(root, "routes", page.to.slice(1), "page.tsx"))).toBe(true)
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

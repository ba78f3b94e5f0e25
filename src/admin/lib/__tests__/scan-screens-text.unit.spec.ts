import fs from "node:fs"
import path from "node:path"
import en from "../../i18n/json/en.json"
import id from "../../i18n/json/id.json"
import { SHORT_PICK_REASONS } from "../../../lib/picking/short-reason"
import { PAPERS } from "../print-paper"
import { STAGE_KEYS } from "../scan-text"

type Tree = { [key: string]: string | Tree }
const flatten = (tree: Tree, prefix = ""): Map<string, string> =>
  new Map(Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v]] : [...flatten(v, `${prefix}${k}.`)])))
const EN = flatten(en as Tree)
const ID = flatten(id as Tree)
const has = (keys: Map<string, string>, key: string) => keys.has(key) || keys.has(`${key}_other`)

const ROOT = path.join(__dirname, "..", "..")
/** The picking and packing screens: their pages, the warehouse components they use, their text builders. */
const FILES = [
  "routes/oms/picking/page.tsx",
  "routes/oms/packing/page.tsx",
  ...["picker-view", "short-pick-panel", "shorted-lines", "wave-list", "wave-preview", "route-summary", "scan-focus", "scan-message", "pack-bench", "pick-list-print", "packing-slip-print", "tote-label-card", "print-overlay", "center-select"].map((f) => `components/warehouse/${f}.tsx`),
  "lib/scan-text.ts",
]
const source = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8")

describe("the picking and packing screens' words", () => {
  it("every literal key exists in English and Bahasa Indonesia", () => {
    const missing: string[] = []
    for (const file of FILES) {
      for (const m of source(file).matchAll(/\b(?:t|words)\(\s*"([\w.-]+)"/g)) {
        for (const [lang, keys] of [["en", EN], ["id", ID]] as const) if (!has(keys, m[1])) missing.push(`${lang} ${file}: ${m[1]}`)
      }
    }
    expect(missing).toEqual([])
  })

  it("every key built from a code exists in both languages", () => {
    const keys = [
      ...SHORT_PICK_REASONS.map((r) => `picking.short.reasons.${r}`),
      ...STAGE_KEYS.flatMap((s) => [`packing.stage.${s}`, `packing.headline.${s}`]),
      ...["open", "picking", "picked", "canceled"].map((s) => `wave.status.${s}`),
      ...["batch", "single"].map((m) => `wave.mode.${m}`),
      ...["ratliff-rosenthal", "multi-block", "s-shape", "planned"].map((m) => `wave.route.method.${m}`),
      ...PAPERS.map((p) => `wave.print.papers.${p}`),
      ...["no_layout", "no_cutoff"].map((p) => `wave.preview.problem.${p}`),
      ...["picked", "canceled"].map((s) => `wave.noHistory.${s}`),
      "nav.picking",
      "nav.packing",
    ]
    expect(keys.filter((k) => !has(EN, k) || !has(ID, k))).toEqual([])
  })

  it("no component renders a literal sentence: text between tags comes from the translations", () => {
    const literal: string[] = []
    for (const file of FILES.filter((f) => f.endsWith(".tsx"))) {
      // text directly between a tag's end and the next tag or expression, with at least one word
      for (const m of source(file).matchAll(/(?<![=-])>\s*([^<>{}\n]*[A-Za-z]{2,}[^<>{}\n]*?)\s*(?=<|\{)/g)) {
        if (!/=>|&&|\|\||\?/.test(m[1])) literal.push(`${file}: ${m[1].trim()}`)
      }
      for (const m of source(file).matchAll(/\b(?:label|placeholder|title|description|aria-label)=["']([^"']*[A-Za-z]{2,}[^"']*)["']/g)) literal.push(`${file}: ${m[1]}`)
    }
    expect(literal).toEqual([])
  })

  it("speak the merchant's language: no ids, API paths, field names or algorithm names in any string", () => {
    const jargon = /_01[0-9A-Z]{2,}|\/admin\/|\bsloc_|\border_|\bwave_|ratliff|rosenthal|\bms\b|stock_location_id|pick_line|found_quantity|undefined/i
    for (const keys of [EN, ID]) {
      const bad = [...keys].filter(([k, v]) => /^(picking|packing|wave)\./.test(k) && jargon.test(v))
      expect(bad).toEqual([])
    }
  })
})

import fs from "node:fs"
import path from "node:path"
import i18next from "i18next"
import resources from "../../i18n"
import { OMS_NS } from "../i18n"
import { legacySourcePhrase, phrasesText, reasonText, ruleText, sourceText } from "../routing-phrases"
import type { Translate } from "../translate"
import type { RoutingView } from "../types"
import { decideRouting } from "../../../lib/routing/decide-routing"
import { locateAddress } from "../../../lib/geo/gazetteer"
import type { RoutingDecision, RoutingInput } from "../../../lib/routing/types"
import {
  JAKARTA,
  MEDAN,
  SURABAYA,
  UNKNOWN_DESTINATION,
  line,
  makeInput,
} from "../../../lib/routing/__tests__/fixtures"

const translators = async () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance()
    await instance.init({ lng, fallbackLng: false, resources, ns: [OMS_NS], defaultNS: OMS_NS, interpolation: { escapeValue: false } })
    return instance.t.bind(instance) as unknown as Translate
  }
  return { en: await make("en"), id: await make("id") }
}

const ITEMS = [
  { id: "li_1", title: "Batik shirt" },
  { id: "li_2", title: "Coffee beans" },
]
const view = (decision: RoutingDecision) =>
  ({ rule: decision.rule, explanation: { rule_phrases: decision.rule_phrases, destination: decision.destination, candidates: decision.candidates } }) as unknown as RoutingView

/** Decisions that between them take every rule the explanation knows of. */
const SCENARIOS: [string, Partial<RoutingInput> & { stock: RoutingInput["stock"] }][] = [
  ["closest with full stock", { stock: { loc_jakarta: { inv_li_1: 2 }, loc_surabaya: { inv_li_1: 2 } } }],
  ["split", { lines: [line("li_1", 1), line("li_2", 1)], stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_2: 1 } } }],
  ["back-ordered", { lines: [line("li_1", 3)], stock: { loc_medan: { inv_li_1: 1 } } }],
  ["nothing anywhere", { lines: [line("li_1", 2)], stock: {} }],
  ["inactive and full", { centers: [{ ...JAKARTA, active: false }, { ...SURABAYA, capacity_remaining: 0 }, MEDAN], stock: { loc_medan: { inv_li_1: 1 } } }],
  ["service area", { centers: [{ ...JAKARTA, serves_countries: ["sg"] }, { ...SURABAYA, serves_provinces: ["JI"] }, MEDAN], stock: { loc_jakarta: { inv_li_1: 1 }, loc_medan: { inv_li_1: 1 } } }],
  ["re-route", { forced_location_id: "loc_surabaya", stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_1: 1 } } }],
  ["re-route to a centre that cannot take it", { forced_location_id: "loc_jakarta", centers: [{ ...JAKARTA, active: false }, SURABAYA], stock: { loc_surabaya: { inv_li_1: 1 } } }],
  ["address not located", { destination: UNKNOWN_DESTINATION, stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_1: 1 } } }],
  ["priority", { strategy: "priority", stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_1: 1 } } }],
  ["fewest shipments", { strategy: "fewest_shipments", lines: [line("li_1", 1), line("li_2", 1)], stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_2: 1 }, loc_medan: { inv_li_1: 1, inv_li_2: 1 } } }],
  ["over the shipment cap", { max_shipments: 1, lines: [line("li_1", 1), line("li_2", 1)], stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_2: 1 } } }],
  ["lowest cost", { strategy: "cost", costs: { per_parcel: 9000, per_kg_km: 20 }, lines: [line("li_1", 1), line("li_2", 1)], stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_2: 1 }, loc_medan: { inv_li_1: 1, inv_li_2: 1 } } }],
]

describe("routing sentences in the admin's language", () => {
  it.each(SCENARIOS)("%s: the rule and every candidate's reason read in English and Bahasa Indonesia, items by title, no ids", async (_name, input) => {
    const t = await translators()
    const decision = decideRouting(makeInput(input))
    for (const lang of ["en", "id"] as const) {
      const texts = [
        phrasesText(t[lang], decision.rule_phrases, ITEMS, lang),
        ...decision.candidates.map((c) => phrasesText(t[lang], c.reason_phrases, ITEMS, lang)),
      ]
      // null would mean a phrase without a translation: the admin would fall back to the English sentence
      expect(texts.filter((text) => text === null)).toEqual([])
      for (const text of texts) expect(text).not.toMatch(/\bli_\d|loc_|\{\{|routing\.phrase/)
    }
    const used = decision.rule_phrases!.map((p) => p.code).concat(decision.candidates.flatMap((c) => c.reason_phrases!.map((p) => p.code)))
    expect(used.length).toBeGreaterThan(0)
  })

  it("names order lines by their title and distances in the admin's number format", async () => {
    const t = await translators()
    const decision = decideRouting(makeInput({ lines: [line("li_1", 2)], stock: { loc_jakarta: { inv_li_1: 1 }, loc_surabaya: { inv_li_1: 2 } } }))
    const jakarta = decision.candidates.find((c) => c.stock_location_id === "loc_jakarta")!
    expect(reasonText(t.en, jakarta, ITEMS, "en-GB")).toBe("Missing stock: 1 of 2 for “Batik shirt”")
    expect(reasonText(t.id, jakarta, ITEMS, "id-ID")).toBe("Stok kurang: 1 dari 2 untuk “Batik shirt”")
    const surabaya = decision.candidates.find((c) => c.stock_location_id === "loc_surabaya")!
    expect(reasonText(t.id, surabaya, ITEMS, "id-ID")).toMatch(/^Pusat terdekat dengan stok lengkap \(\d+ km\)$/)
    expect(ruleText(t.id, view(decision), ITEMS, "id-ID")).toBe("Pusat terdekat dengan stok lengkap")
  })

  it("shows decisions recorded before the phrases as their sentence, lines named by title and unknown lines without their id", async () => {
    const t = await translators()
    const old = { rule: "split across 2 centres: no single centre had every line", explanation: null } as unknown as RoutingView
    expect(ruleText(t.id, old, ITEMS, "id-ID")).toBe("Split across 2 centres: no single centre had every line")
    const candidate = { reason: "missing stock: 0 of 1 for line li_1; line ordli_01HZX9ABCDEFGHJKMNPQRSTVWX", outcome: "lost" } as never
    expect(reasonText(t.en, candidate, ITEMS, "en-GB")).toBe("Missing stock: 0 of 1 for “Batik shirt”; an item no longer on the order")
  })

  it("says how an address was placed without the lookup's name, for new and recorded decisions", async () => {
    const t = await translators()
    const bandung = locateAddress({ country_code: "ID", province: "Jawa Barat", city: "Bandung" })
    expect(sourceText(t.en, bandung, "en")).toMatch(/^Placed by its city, .*Bandung.* \(Jawa Barat\)$/)
    expect(sourceText(t.id, bandung, "id")).toMatch(/^Ditempatkan menurut kotanya, .*Bandung/)
    expect(sourceText(t.id, { source: "gazetteer: city Kota Bandung, JB" }, "id")).toBe("Ditempatkan menurut kotanya, Kota Bandung (JB)")
    expect(sourceText(t.en, { source: "something new" }, "en")).toBe("How the address was placed was not recorded")
    expect(legacySourcePhrase("gazetteer: province Jawa Barat (JB) centre, city 'Xyz' not found")).toEqual({ code: "source_province", params: { province: "Jawa Barat" } })
    for (const address of [null, { city: "Bandung" }, { country_code: "ID" }, { country_code: "ID", city: "Xyz" }, { country_code: "ID", province: "Jawa Barat", city: "Xyz" }, { country_code: "ID", city: "Bandung", metadata: { latitude: 1, longitude: 2 } }]) {
      const destination = locateAddress(address)
      for (const lang of ["en", "id"] as const) expect(sourceText(t[lang], destination, lang)).not.toMatch(/gazetteer|could not locate|routing\.phrase|\{\{/)
    }
  })

  it("has a translation of every phrase code the routing rules and the address lookup can record", () => {
    const root = path.join(__dirname, "..", "..", "..", "lib")
    const files = [...fs.readdirSync(path.join(root, "routing")).filter((f) => f.endsWith(".ts")).map((f) => `routing/${f}`), "geo/gazetteer.ts"]
    const codes = new Set<string>()
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, file), "utf8")
      for (const m of source.matchAll(/, "([a-z][a-z_]+)"(?=, \{|\))|code: "([a-z][a-z_]+)"/g)) codes.add(m[1] ?? m[2])
    }
    expect(codes.size).toBeGreaterThan(60)
    const en = resources.en[OMS_NS].routing.phrase as Record<string, string>
    const id = resources.id[OMS_NS].routing.phrase as Record<string, string>
    const missing = [...codes].filter((c) => !(c in en || `${c}_other` in en) || !(c in id || `${c}_other` in id))
    expect(missing).toEqual([])
  })
})

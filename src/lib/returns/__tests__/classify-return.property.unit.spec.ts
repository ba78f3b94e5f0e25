import fc from "fast-check"
import { classifyReturn, RETURN_CAUSE_RULE_IDS, ROOT_CAUSES, type ReturnedUnitFacts, type RootCause } from ".."

/**
 * Reference written from the brief, not from the code: reason causes come from hand-typed
 * tables (the default tree's values, and what each pool reason's words say, labelled by hand),
 * and the decision is a table of rows with wildcards read top to bottom.
 */
type PoolReason = { value: string; label: string; words: RootCause | null }

const STANDARD: Record<string, RootCause> = {
  oms_wrong_item: "wrong_item", oms_wrong_item_wrong_product: "wrong_item", oms_wrong_item_wrong_size_sent: "wrong_item",
  oms_wrong_item_missing_item: "wrong_item", oms_damaged: "damaged", oms_damaged_in_transit: "damaged",
  oms_damaged_poorly_packed: "damaged", oms_late_delivery: "late_delivery", oms_product_issue: "product",
  oms_product_size_does_not_fit: "product", oms_product_not_as_described: "product", oms_product_quality_defect: "product",
  oms_changed_mind: "changed_mind", oms_other: "other",
}

const POOL: PoolReason[] = [
  ...Object.keys(STANDARD).map((value) => ({ value, label: value.replace(/_/g, " "), words: null })),
  { value: "m_box_broken", label: "Box arrived broken", words: "damaged" },
  { value: "m_pecah", label: "Barang pecah", words: "damaged" },
  { value: "m_telat", label: "Paket telat", words: "late_delivery" },
  { value: "m_not_on_time", label: "Didn't arrive on time", words: "late_delivery" },
  { value: "m_kekecilan", label: "Kekecilan", words: "product" },
  { value: "m_wrong_colour", label: "Wrong colour", words: "wrong_item" },
  { value: "m_berubah", label: "Berubah pikiran", words: "changed_mind" },
  { value: "m_salah_ukuran", label: "Salah ukuran", words: null }, // two causes' words: none
  { value: "m_gift", label: "Unwanted gift", words: null },
  { value: "constructor", label: "Constructor", words: null },
  { value: "m_misc", label: "Misc", words: null },
]
const WORDS = new Map(POOL.map((r) => [r.value, r.words]))

const ANY = "*"
type Claim = "wrong" | "production" | "none"
type Lateness = "late" | "on_time" | "unknown"
type ReasonSays = RootCause | "no_reason" | "unknown_reason"
// claim,       damaged, reason says,       lateness,  → cause
const TABLE: [Claim | typeof ANY, boolean | typeof ANY, ReasonSays | typeof ANY, Lateness | typeof ANY, RootCause][] = [
  ["wrong", ANY, ANY, ANY, "wrong_item"],
  ["production", ANY, ANY, ANY, "product"],
  [ANY, true, ANY, ANY, "damaged"],
  [ANY, ANY, "late_delivery", "late", "late_delivery"],
  [ANY, ANY, "late_delivery", "on_time", "changed_mind"],
  [ANY, ANY, "late_delivery", "unknown", "late_delivery"],
  [ANY, ANY, "wrong_item", ANY, "wrong_item"],
  [ANY, ANY, "damaged", ANY, "damaged"],
  [ANY, ANY, "product", ANY, "product"],
  [ANY, ANY, "changed_mind", ANY, "changed_mind"],
  [ANY, ANY, "other", ANY, "other"],
  [ANY, ANY, "no_reason", "late", "late_delivery"],
  [ANY, ANY, ANY, ANY, "other"],
]

function referenceCause(f: ReturnedUnitFacts, mapping: Record<string, RootCause>): RootCause {
  const claim: Claim =
    f.claim_reason === "wrong_item" || f.claim_reason === "missing_item" ? "wrong" : f.claim_reason === "production_failure" ? "production" : "none"
  const lateness: Lateness = f.shipment?.delivered_late === true ? "late" : f.shipment?.delivered_late === false ? "on_time" : "unknown"
  const leafFirst = [...f.reason_path].reverse()
  const fromMapping = leafFirst.map((r) => (Object.keys(mapping).includes(r.value) ? mapping[r.value] : undefined)).find(Boolean)
  const fromTree = leafFirst.map((r) => (Object.keys(STANDARD).includes(r.value) ? STANDARD[r.value] : undefined)).find(Boolean)
  const fromWords = leafFirst.map((r) => WORDS.get(r.value)).find(Boolean)
  const says: ReasonSays =
    f.reason_path.length === 0 ? "no_reason" : fromMapping ?? fromTree ?? fromWords ?? "unknown_reason"
  const row = TABLE.find(
    ([c, d, r, l]) =>
      (c === ANY || c === claim) && (d === ANY || d === f.damaged_quantity > 0) && (r === ANY || r === says) && (l === ANY || l === lateness)
  )
  return row![4]
}

const cause = fc.constantFrom(...ROOT_CAUSES)
const shipment = fc.option(
  fc.record({
    delivered_late: fc.constantFrom(true, false, null),
    days_in_transit: fc.option(fc.nat(30)),
    mispicks_caught: fc.nat(3),
    short_picked: fc.boolean(),
    carton_code: fc.option(fc.constantFrom("S", "M", "L")),
  })
)
const unitFacts: fc.Arbitrary<ReturnedUnitFacts> = fc
  .record({
    source: fc.constantFrom("return" as const, "claim" as const, "exchange" as const),
    quantity: fc.integer({ min: 1, max: 5 }),
    damaged: fc.nat(5),
    reason_path: fc.array(fc.constantFrom(...POOL).map(({ value, label }) => ({ value, label })), { maxLength: 3 }),
    claim_reason: fc.constantFrom("missing_item" as const, "wrong_item" as const, "production_failure" as const, "other" as const, null),
    note: fc.option(fc.string()),
    shipment,
  })
  .map(({ damaged, ...f }) => ({ ...f, damaged_quantity: Math.min(damaged, f.quantity) }))
const mapping = fc
  .array(fc.tuple(fc.constantFrom(...POOL.map((r) => r.value)), cause), { maxLength: 6 })
  .map((entries) => Object.fromEntries(entries) as Record<string, RootCause>)

describe("classifyReturn (property)", () => {
  it("gives every input exactly one cause and a listed rule, the cause the reference table gives", () => {
    const rulesHit = new Set<string>()
    fc.assert(
      fc.property(unitFacts, mapping, (f, m) => {
        const result = classifyReturn(f, m)
        expect(ROOT_CAUSES).toContain(result.cause)
        expect(RETURN_CAUSE_RULE_IDS).toContain(result.rule)
        expect(result.cause).toBe(referenceCause(f, m))
        rulesHit.add(result.rule)
      }),
      { numRuns: 2000 }
    )
    // the inputs reach every rule, so the comparison is not vacuous for any of them
    expect([...rulesHit].sort()).toEqual([...RETURN_CAUSE_RULE_IDS].sort())
  })

  it("is not moved by the customer's note, the source, or shipment facts other than lateness", () => {
    fc.assert(
      fc.property(unitFacts, mapping, fc.option(fc.string()), (f, m, note) => {
        const changed = {
          ...f,
          note,
          source: "exchange" as const,
          shipment: f.shipment && { ...f.shipment, mispicks_caught: 9, short_picked: !f.shipment.short_picked, carton_code: "X" },
        }
        expect(classifyReturn(changed, m)).toEqual(classifyReturn(f, m))
      })
    )
  })
})

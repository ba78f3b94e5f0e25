import { classifyReturn, parseReasonCauseMapping, RETURN_CAUSE_RULE_IDS, type ReturnCauseRuleId } from ".."
import { facts, LATE, NOT_DELIVERED, ON_TIME, reason } from "./fixtures"

const INTRANSIT = reason("oms_damaged_in_transit", "Damaged in transit")
const CHANGED_MIND = reason("oms_changed_mind", "Changed my mind")
const LATE_REASON = reason("oms_late_delivery", "Arrived too late")

describe("classifyReturn: each rule", () => {
  const cases: [ReturnCauseRuleId, Parameters<typeof facts>[0], string][] = [
    ["claim_wrong_item", { source: "claim", claim_reason: "wrong_item" }, "wrong_item"],
    ["claim_production_failure", { source: "claim", claim_reason: "production_failure" }, "product"],
    ["damaged_units_received", { damaged_quantity: 1, reason_path: [CHANGED_MIND] }, "damaged"],
    ["late_reason_confirmed", { reason_path: [LATE_REASON], shipment: LATE }, "late_delivery"],
    ["late_reason_but_on_time", { reason_path: [LATE_REASON], shipment: ON_TIME }, "changed_mind"],
    ["late_reason_unconfirmed", { reason_path: [LATE_REASON], shipment: NOT_DELIVERED }, "late_delivery"],
    ["merchant_mapping", { reason_path: [reason("gift", "Unwanted gift")] }, "changed_mind"],
    ["default_reason_tree", { reason_path: [reason("oms_product_issue", "Problem"), reason("oms_product_size_does_not_fit", "Size")] }, "product"],
    ["reason_keywords", { reason_path: [reason("box_crushed", "Box crushed")] }, "damaged"],
    ["no_reason_delivered_late", { shipment: LATE }, "late_delivery"],
    ["unrecognised_reason", { reason_path: [reason("misc", "Miscellaneous")] }, "other"],
    ["no_reason", {}, "other"],
  ]

  it("covers every rule of the list, once", () => {
    expect(cases.map(([rule]) => rule)).toEqual([...RETURN_CAUSE_RULE_IDS])
  })

  it.each(cases)("%s", (rule, overrides, cause) => {
    const result = classifyReturn(facts(overrides), { gift: "changed_mind" })
    expect(result).toMatchObject({ rule, cause })
    expect(result.rule_text.en.length).toBeGreaterThan(20)
    expect(result.rule_text.id.length).toBeGreaterThan(20)
    expect(result.rule_text.id).not.toBe(result.rule_text.en)
  })

  it("counts a missing-item claim as a fulfilment error too", () => {
    expect(classifyReturn(facts({ source: "claim", claim_reason: "missing_item" }))).toMatchObject({ cause: "wrong_item", rule: "claim_wrong_item" })
  })

  it("lets a claim of reason 'other' fall through to the return reason", () => {
    const r = classifyReturn(facts({ source: "claim", claim_reason: "other", reason_path: [INTRANSIT] }))
    expect(r).toMatchObject({ cause: "damaged", rule: "default_reason_tree", matched_reason: INTRANSIT })
  })
})

describe("classifyReturn: precedence", () => {
  it("a wrong-item claim wins over damaged units (the wrong unit comes back whatever its state)", () => {
    const r = classifyReturn(facts({ source: "claim", claim_reason: "wrong_item", damaged_quantity: 1 }))
    expect(r).toMatchObject({ cause: "wrong_item", rule: "claim_wrong_item" })
  })

  it("a production-failure claim wins over damaged units (a defective unit is dismissed as damaged)", () => {
    const r = classifyReturn(facts({ source: "claim", claim_reason: "production_failure", damaged_quantity: 2, quantity: 2 }))
    expect(r).toMatchObject({ cause: "product", rule: "claim_production_failure" })
  })

  it("damaged units win over any reason the customer picked", () => {
    const r = classifyReturn(facts({ damaged_quantity: 1, reason_path: [reason("oms_product_quality_defect", "Defective")] }))
    expect(r.rule).toBe("damaged_units_received")
  })

  it("the merchant's mapping overrides the default tree", () => {
    const mapping = parseReasonCauseMapping({ oms_damaged_poorly_packed: "product" })
    const r = classifyReturn(facts({ reason_path: [reason("oms_damaged", "Damaged"), reason("oms_damaged_poorly_packed", "Poorly packed")] }), mapping)
    expect(r).toMatchObject({ cause: "product", rule: "merchant_mapping" })
  })

  it("a nested reason where only the parent is mapped takes the parent's cause, and says which level decided", () => {
    const parent = reason("shop_damage", "Kerusakan")
    const leaf = reason("shop_damage_screen", "Layar retak") // "retak" would also say damaged: the mapping decides first
    const r = classifyReturn(facts({ reason_path: [parent, leaf] }), { shop_damage: "product" })
    expect(r).toMatchObject({ cause: "product", rule: "merchant_mapping", matched_reason: parent })
  })

  it("a mapped leaf wins over its mapped parent", () => {
    const r = classifyReturn(facts({ reason_path: [reason("p", "P"), reason("c", "C")] }), { p: "product", c: "changed_mind" })
    expect(r).toMatchObject({ cause: "changed_mind", matched_reason: { value: "c" } })
  })

  it("a merchant's reason mapped to late delivery is checked against the shipment like the plugin's own", () => {
    const path = [reason("shop_slow", "Took ages")]
    expect(classifyReturn(facts({ reason_path: path, shipment: ON_TIME }), { shop_slow: "late_delivery" }).rule).toBe("late_reason_but_on_time")
    expect(classifyReturn(facts({ reason_path: path, shipment: LATE }), { shop_slow: "late_delivery" }).rule).toBe("late_reason_confirmed")
  })

  it("a mapping away from late delivery stops the lateness check", () => {
    const r = classifyReturn(facts({ reason_path: [LATE_REASON], shipment: ON_TIME }), { oms_late_delivery: "other" })
    expect(r).toMatchObject({ cause: "other", rule: "merchant_mapping" })
  })

  it("keywords decide only for reasons nobody mapped and the tree does not know", () => {
    const path = [reason("rusak", "Rusak")]
    expect(classifyReturn(facts({ reason_path: path })).rule).toBe("reason_keywords")
    expect(classifyReturn(facts({ reason_path: path }), { rusak: "product" }).rule).toBe("merchant_mapping")
  })
})

describe("classifyReturn: Indonesian reasons, missing facts", () => {
  it.each([
    ["Barang rusak", "damaged"],
    ["Botol pecah", "damaged"],
    ["Salah kirim barang", "wrong_item"],
    ["Paket terlambat", "late_delivery"],
    ["Ukuran kekecilan", "product"],
    ["Tidak sesuai deskripsi", "product"],
    ["Berubah pikiran", "changed_mind"],
  ])("reads the merchant's own reason %s as %s", (label, cause) => {
    const r = classifyReturn(facts({ reason_path: [reason("toko_1", label)], shipment: LATE }))
    expect(r.cause).toBe(cause)
  })

  it("does not guess when a reason's words name two causes ('Salah ukuran': wrong size sent, or chosen?)", () => {
    expect(classifyReturn(facts({ reason_path: [reason("toko_2", "Salah ukuran")] })).rule).toBe("unrecognised_reason")
    // its parent, when there is one, may still say
    const r = classifyReturn(facts({ reason_path: [reason("toko_p", "Masalah kualitas"), reason("toko_2", "Salah ukuran")] }))
    expect(r).toMatchObject({ cause: "product", rule: "reason_keywords", matched_reason: { value: "toko_p" } })
  })

  it("reads values as well as labels, with underscores as spaces", () => {
    expect(classifyReturn(facts({ reason_path: [reason("arrived_damaged", "Code 7")] })).cause).toBe("damaged")
  })

  it("reads 'didn't arrive on time' as late, checked against the shipment", () => {
    const path = [reason("toko_3", "Didn’t arrive on time")]
    expect(classifyReturn(facts({ reason_path: path, shipment: ON_TIME }))).toMatchObject({ cause: "changed_mind", rule: "late_reason_but_on_time" })
    expect(classifyReturn(facts({ reason_path: [reason("toko_4", "Tidak tepat waktu")], shipment: LATE })).rule).toBe("late_reason_confirmed")
  })

  it("does not find words inside other words (late in chocolate, fit in profit)", () => {
    expect(classifyReturn(facts({ reason_path: [reason("choc", "Chocolate melted? no, profit margin")] })).rule).toBe("unrecognised_reason")
  })

  it("with no reason at all: late delivery only when the shipment was late, else other", () => {
    expect(classifyReturn(facts({ shipment: LATE })).cause).toBe("late_delivery")
    expect(classifyReturn(facts({ shipment: ON_TIME })).rule).toBe("no_reason")
    expect(classifyReturn(facts({ shipment: null })).rule).toBe("no_reason")
  })

  it("a return before delivery (delivered_late null) never counts as late without a reason that says so", () => {
    expect(classifyReturn(facts({ shipment: NOT_DELIVERED })).rule).toBe("no_reason")
    expect(classifyReturn(facts({ shipment: NOT_DELIVERED, reason_path: [CHANGED_MIND] })).cause).toBe("changed_mind")
    expect(classifyReturn(facts({ shipment: null, reason_path: [LATE_REASON] })).rule).toBe("late_reason_unconfirmed")
  })

  it("never reads the customer's note", () => {
    const withNote = facts({ note: "arrived damaged and late, wrong size, rusak", reason_path: [reason("misc", "Misc")] })
    expect(classifyReturn(withNote).rule).toBe("unrecognised_reason")
  })

  it("ignores a mapping entry that is not a cause, and never reads Object.prototype", () => {
    const unchecked = { misc: "nonsense" } as unknown as Record<string, "other">
    expect(classifyReturn(facts({ reason_path: [reason("misc", "Misc")] }), unchecked).rule).toBe("unrecognised_reason")
    expect(classifyReturn(facts({ reason_path: [reason("constructor", "x")] }), {}).rule).toBe("unrecognised_reason")
    expect(classifyReturn(facts({ reason_path: [reason("toString", "x")] })).rule).toBe("unrecognised_reason")
  })
})

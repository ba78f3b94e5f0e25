import type { LocalisedText, ReasonStep, ReturnedUnitFacts, RootCause } from "./facts"
import { reasonCause, type ReasonReadings } from "./resolve-reason-cause"

/** What a rule sees: the facts, and what each source reads in the reason path. */
export interface RuleInput {
  facts: ReturnedUnitFacts
  readings: ReasonReadings
}

/** A rule's verdict: the cause, and the reason level that decided it (null when no reason did). */
export interface RuleVerdict {
  cause: RootCause
  reason: ReasonStep | null
}

export interface ReturnCauseRule {
  /** Stable: stored with classifications and counted on the returns page. */
  id: string
  /** The sentence the dashboard shows under the cause. */
  text: LocalisedText
  /** The verdict when the rule applies, null to let the next rule try. */
  decide(input: RuleInput): RuleVerdict | null
}

const verdict = (cause: RootCause, reason: ReasonStep | null = null): RuleVerdict => ({ cause, reason })

/** The reason's cause when it says the delivery was late (from any source). */
const lateReason = ({ readings }: RuleInput) => {
  const match = reasonCause(readings)
  return match?.cause === "late_delivery" ? match : null
}
const deliveredLate = (facts: ReturnedUnitFacts) => facts.shipment?.delivered_late ?? null

/** A late reason, checked against what the OMS knows of the shipment's lateness (`known`). */
const lateReasonWhen = (known: boolean | null, cause: RootCause) => (input: RuleInput) => {
  const late = lateReason(input)
  return late && deliveredLate(input.facts) === known ? verdict(cause, late.reason) : null
}

/** The cause one source read in the reason path. */
const readBy = (source: keyof ReasonReadings) => ({ readings }: RuleInput) => {
  const match = readings[source]
  return match ? verdict(match.cause, match.reason) : null
}

/**
 * First match wins. The order, and why:
 * 1-2. A claim's reason is the merchant's own finding, so it goes first. A wrong or missing item
 *    comes back whatever state it arrives in (the damage may even be from the trip back); a
 *    defective unit is dismissed as damaged at receipt, so a production failure must win over
 *    damaged units or no returned production failure would ever count as one.
 * 3. Damaged units are what the warehouse saw at receipt, stronger than a reason the customer
 *    picked from a list.
 * 4-6. A reason that means "late" is a claim about the shipment, which the OMS can check: late
 *    and late → late delivery; late but on time → the customer no longer wanted it (changed
 *    mind: nothing in fulfilment failed); not checkable (not delivered yet, no date, no shipment)
 *    → the customer is taken at their word. These sit above 7-9 because they refine them: they
 *    apply whichever source read "late" in the reason.
 * 7-9. The reason's cause: the merchant's mapping (any level, leaf first) overrides the default
 *    tree, which overrides keywords in the reason's label or value.
 * 10. No reason at all, but the parcel was late: lateness is the one fault on record.
 * 11-12. Nothing to go on: `other`, split so the page can ask the merchant to map a reason.
 */
export const RETURN_CAUSE_RULES = [
  {
    id: "claim_wrong_item",
    text: {
      en: "A claim says the wrong item was sent or an item was missing: counted as a fulfilment error.",
      id: "Klaim menyatakan barang yang dikirim salah atau ada barang yang kurang: dihitung sebagai kesalahan pemenuhan pesanan.",
    },
    decide: ({ facts }) =>
      facts.claim_reason === "wrong_item" || facts.claim_reason === "missing_item" ? verdict("wrong_item") : null,
  },
  {
    id: "claim_production_failure",
    text: {
      en: "A claim reports a production failure: counted as a product problem.",
      id: "Klaim melaporkan cacat produksi: dihitung sebagai masalah produk.",
    },
    decide: ({ facts }) => (facts.claim_reason === "production_failure" ? verdict("product") : null),
  },
  {
    id: "damaged_units_received",
    text: {
      en: "Damaged units were received: counted as damaged in transit.",
      id: "Unit yang diterima kembali dalam keadaan rusak: dihitung sebagai rusak dalam pengiriman.",
    },
    decide: ({ facts }) => (facts.damaged_quantity > 0 ? verdict("damaged") : null),
  },
  {
    id: "late_reason_confirmed",
    text: {
      en: "The reason says the delivery was late, and the shipment did arrive late: counted as late delivery.",
      id: "Alasan menyebut pengiriman terlambat, dan paket memang tiba terlambat: dihitung sebagai pengiriman terlambat.",
    },
    decide: lateReasonWhen(true, "late_delivery"),
  },
  {
    id: "late_reason_but_on_time",
    text: {
      en: "The reason says the delivery was late, but the shipment arrived on time: counted as changed mind.",
      id: "Alasan menyebut pengiriman terlambat, tetapi paket tiba tepat waktu: dihitung sebagai berubah pikiran.",
    },
    decide: lateReasonWhen(false, "changed_mind"),
  },
  {
    id: "late_reason_unconfirmed",
    text: {
      en: "The reason says the delivery was late; the delivery date is not known, so the reason is taken as given.",
      id: "Alasan menyebut pengiriman terlambat; tanggal tiba paket tidak diketahui, jadi alasan tersebut diterima apa adanya.",
    },
    decide: lateReasonWhen(null, "late_delivery"),
  },
  {
    id: "merchant_mapping",
    text: {
      en: "Your settings map this return reason to this cause.",
      id: "Pengaturan Anda memetakan alasan retur ini ke penyebab ini.",
    },
    decide: readBy("merchant"),
  },
  {
    id: "default_reason_tree",
    text: {
      en: "This is one of the plugin's standard return reasons, which names this cause.",
      id: "Ini salah satu alasan retur bawaan plugin, yang menentukan penyebab ini.",
    },
    decide: readBy("standard"),
  },
  {
    id: "reason_keywords",
    text: {
      en: "Words in the return reason's name point to this cause (the reason is not mapped in your settings).",
      id: "Kata-kata pada nama alasan retur menunjukkan penyebab ini (alasan ini belum dipetakan di pengaturan Anda).",
    },
    decide: readBy("keywords"),
  },
  {
    id: "no_reason_delivered_late",
    text: {
      en: "No reason was given and the shipment arrived late: counted as late delivery.",
      id: "Tidak ada alasan yang diberikan dan paket tiba terlambat: dihitung sebagai pengiriman terlambat.",
    },
    decide: ({ facts }) =>
      facts.reason_path.length === 0 && deliveredLate(facts) === true ? verdict("late_delivery") : null,
  },
  {
    id: "unrecognised_reason",
    text: {
      en: "This return reason is not mapped to a cause: map it in your settings to count it.",
      id: "Alasan retur ini belum dipetakan ke penyebab: petakan di pengaturan Anda agar terhitung.",
    },
    decide: ({ facts }) =>
      facts.reason_path.length > 0 ? verdict("other", facts.reason_path[facts.reason_path.length - 1]) : null,
  },
  {
    id: "no_reason",
    text: {
      en: "No reason was given and nothing else points to a cause.",
      id: "Tidak ada alasan yang diberikan dan tidak ada petunjuk lain tentang penyebabnya.",
    },
    decide: () => verdict("other"),
  },
] as const satisfies readonly ReturnCauseRule[]

export type ReturnCauseRuleId = (typeof RETURN_CAUSE_RULES)[number]["id"]
export const RETURN_CAUSE_RULE_IDS: readonly ReturnCauseRuleId[] = RETURN_CAUSE_RULES.map((rule) => rule.id)

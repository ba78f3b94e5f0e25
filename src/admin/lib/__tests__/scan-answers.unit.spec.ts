import fc from "fast-check"
import { applyPickChange, decidePickScan, pendingLines, pickAnswer, type PickChange } from "../picking-scan"
import { applyPackRefusal, applyPackScan, decidePackScan, packAnswer, packRefusal } from "../packing-scan"
import { itemName, sayAnswer, sayWords, serverReason, type ScanAnswer } from "../scan-text"
import en from "../../i18n/json/en.json"
import id from "../../i18n/json/id.json"
import { translator, type Tree } from "./translator"
import type { Wave, WaveLine } from "../use-waves"
import type { PackSession } from "../use-pack-session"

const line = (id: string, order: string, bin: string, sku: string, quantity: number, picked = 0): WaveLine => ({
  id, order_id: order, line_item_id: `li_${id}`, inventory_item_id: `iitem_${sku}`, sequence: 0, bin_code: bin,
  sku, title: sku === "TEE" ? "Tee" : "Batik", quantity, picked_quantity: picked, short_reason: null, picked_at: null, picked_by: null,
})
const EN = translator(en as Tree, "en")
const ID = translator(id as Tree, "id")
/** An answer as the English screen shows it. */
const said = (a: ScanAnswer) => sayAnswer(EN, a)

const progress = { orders_total: 2, orders_waiting: 2, orders_picked: 0, orders_short: 0, orders_canceled: 0, lines_total: 3, lines_picked: 0, units_total: 4, units_picked: 0 }
function wave(): Wave {
  const lines = [line("l1", "o1", "A-01", "TEE", 2), line("l2", "o1", "A-01", "BATIK", 1), line("l3", "o2", "B-02", "TEE", 1)].map((l, i) => ({ ...l, sequence: i + 1 }))
  return {
    id: "wave_1", stock_location_id: "sloc", status: "open", mode: "batch", created_by: null, created_at: "", picked_at: null,
    orders: [{ order_id: "o1", tote: 1, status: "waiting" }, { order_id: "o2", tote: 2, status: "waiting" }],
    pick_lists: [
      { tote: 1, order_id: "o1", status: "waiting", lines: lines.slice(0, 2) },
      { tote: 2, order_id: "o2", status: "waiting", lines: lines.slice(2) },
    ],
    lines, route: null, progress,
  }
}

/** What the server would answer for one accepted unit: an independent model of the pick route. */
function serverPick(w: Wave, lineId: string): PickChange {
  const lines = w.lines.map((l) => (l.id === lineId ? { ...l, picked_quantity: l.picked_quantity + 1 } : l))
  const changed = lines.find((l) => l.id === lineId)!
  const orderDone = lines.filter((l) => l.order_id === changed.order_id).every((l) => l.picked_quantity >= l.quantity)
  const orders = w.orders.map((o) => (o.order_id === changed.order_id && orderDone ? { ...o, status: "picked" } : o))
  const waiting = orders.filter((o) => o.status === "waiting").length
  const { id, order_id, quantity, picked_quantity, picked_at, picked_by } = changed
  return {
    line: { id, order_id, quantity, picked_quantity, picked_at, picked_by },
    order: orders.find((o) => o.order_id === changed.order_id)!,
    wave: {
      id: w.id, status: waiting ? "picking" : "picked", picked_at: waiting ? null : "now",
      progress: { ...w.progress, orders_waiting: waiting, orders_picked: orders.length - waiting, units_picked: lines.reduce((s, l) => s + l.picked_quantity, 0), lines_picked: lines.filter((l) => l.picked_quantity >= l.quantity).length },
    },
  }
}

describe("picking scans", () => {
  it("names the item in every answer: bin first, then units, the tote at the end of a line", () => {
    let w = wave()
    let bin: string | null = null
    const answers: string[] = []
    for (const code of ["TEE", "A-01", "A-01", "TEE", "TEE", "BATIK", "B-02", "tee"]) {
      const d = decidePickScan(w, bin, code)
      if (d.kind === "answer") {
        bin = d.bin
        answers.push(`${d.answer.kind}: ${said(d.answer).title} / ${said(d.answer).detail}`)
        continue
      }
      const change = serverPick(w, d.line.id)
      const a = said(pickAnswer(w, change))
      answers.push(`${a.kind}: ${a.title} / ${a.detail}`)
      w = applyPickChange(w, change)
    }
    expect(answers).toEqual([
      "error: Wrong bin: TEE / Go to bin A-01 for Tee",
      "ok: Bin A-01 ✓ / Now scan Tee — 2 to pick",
      "ok: Bin A-01 already scanned / Now scan Tee",
      "ok: Picked Tee / 1 more from bin A-01",
      "ok: Picked Tee / Line done — put it in tote 1",
      // same bin: the next line needs no new bin scan
      "ok: Picked Batik / Line done — put it in tote 1",
      "ok: Bin B-02 ✓ / Now scan Tee — 1 to pick",
      "ok: Picked Tee — wave complete / Put it in tote 2, then take the totes to packing",
    ])
    expect(w.status).toBe("picked")
    expect(w.pick_lists.map((p) => p.status)).toEqual(["picked", "picked"])
    expect(pendingLines(w)).toEqual([])
    const after = decidePickScan(w, bin, "TEE")
    expect(after.kind === "answer" && said(after.answer)).toMatchObject({ kind: "error", title: "Nothing left to pick (TEE)" })
  })

  it("applied changes count every accepted unit once, whatever the scan sequence", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("A-01", "B-02", "TEE", "BATIK", "X"), { maxLength: 30 }), (codes) => {
        let w = wave()
        let bin: string | null = null
        let accepted = 0
        for (const code of codes) {
          const d = decidePickScan(w, bin, code)
          if (d.kind === "answer") {
            bin = d.bin
            continue
          }
          // the server accepts the expected item only
          if (d.line.sku !== code) continue
          accepted++
          w = applyPickChange(w, serverPick(w, d.line.id))
        }
        expect(w.lines.reduce((s, l) => s + l.picked_quantity, 0)).toBe(accepted)
        expect(w.pick_lists.flatMap((p) => p.lines)).toEqual(w.lines)
        expect(w.progress.units_picked).toBe(accepted)
        for (const l of w.lines) expect(l.picked_quantity).toBeLessThanOrEqual(l.quantity)
      })
    )
  })
})

function session(): PackSession {
  return {
    id: "ps_1", order_id: "order_1", display_id: 1042, ship_to: null, stock_location_id: "sloc", status: "open", packed_by: null,
    fulfillment_id: null, carton_code: null, parcels: [], completed_at: null,
    shipment: { stage: "packing", next_action: "scan", tracking_numbers: [], shipped_at: null, delivered_at: null },
    expected_items: [
      { line_item_id: "li_tee", title: "Tee", sku: "TEE", barcode: "4006381333931", quantity: 2, packed: 0 },
      { line_item_id: "li_mug", title: "Mug", sku: "MUG", barcode: null, quantity: 1, packed: 0 },
    ],
    progress: { packed_units: 0, expected_units: 3, remaining_units: 3, complete: false },
    accepted_count: 0, refused_count: 0, scans: [], recommendation: null,
  }
}

describe("packing scans", () => {
  it("routes scans: items to the open order, totes and order ids to the next order", () => {
    expect(decidePackScan(null, "wave_01ABC/T2")).toEqual({ kind: "open", code: "wave_01ABC/T2" })
    expect(decidePackScan(null, "#1042")).toEqual({ kind: "open", code: "#1042" })
    expect(decidePackScan(session(), "4006381333931")).toEqual({ kind: "item", code: "4006381333931" })
    expect(decidePackScan(session(), "wave_01ABC/t2")).toEqual({ kind: "next_order", code: "wave_01ABC/t2" })
    expect(decidePackScan(session(), "order_01XYZ")).toEqual({ kind: "next_order", code: "order_01XYZ" })
    // after completion the bench waits for the next tote: every scan names an order
    expect(decidePackScan({ ...session(), status: "completed" }, "TEE")).toEqual({ kind: "open", code: "TEE" })
  })

  it("applies accepted scans and counts refusals; answers name the item", () => {
    let s = session()
    const change = {
      scan: { outcome: "accepted" as const, line_item_id: "li_tee", progress: { packed_units: 1, expected_units: 3, remaining_units: 2, complete: false } },
      line: { ...s.expected_items[0], packed: 1 },
      accepted_count: 1,
      refused_count: 0,
    }
    s = applyPackScan(s, change)
    expect(s.expected_items.map((i) => i.packed)).toEqual([1, 0])
    expect(s.accepted_count).toBe(1)
    expect(said(packAnswer(change))).toEqual({ kind: "ok", title: "Packed Tee — 1 of 2", detail: undefined })
    const last = { ...change, scan: { ...change.scan, progress: { packed_units: 3, expected_units: 3, remaining_units: 0, complete: true } }, line: { ...s.expected_items[1], packed: 1 } }
    expect(applyPackScan(s, last).shipment.next_action).toBe("complete")
    expect(said(packAnswer(last))).toEqual({ kind: "ok", title: "Packed Mug — 1 of 1", detail: "Every unit is scanned: press Complete" })

    expect(applyPackRefusal(s).refused_count).toBe(1)
    expect(said(packRefusal(s, "04006381333931", "scan refused: quantity exceeded (2 of 2 already packed)"))).toEqual({
      kind: "error", title: "Not packed: Tee", detail: "All 2 already packed — put this unit back",
    })
    expect(said(packRefusal(s, "SAMBAL", "scan refused: item does not belong to this order"))).toEqual({
      kind: "error", title: "Not packed: SAMBAL", detail: "This item is not in order #1042",
    })
    expect(said(packRefusal(s, "4006381333932", "scan refused: unknown barcode")).detail).toBe("Unknown barcode — scan it again")
    expect(said(packRefusal(s, "mug", "scan refused: session is completed"))).toEqual({
      kind: "error", title: "Not packed: Mug", detail: "This order is finished on the bench. Scan the next tote.",
    })
    expect(said(packRefusal(s, "mug", "carton box is too small"))).toEqual({ kind: "error", title: "Not packed: Mug", detail: "Carton box is too small" })
  })

  it("item names use what the item has", () => {
    expect(itemName({ title: "Tee", sku: "TEE-M" })).toBe("Tee (TEE-M)")
    expect(itemName({ title: "TEE", sku: "tee" })).toBe("TEE")
    expect(itemName({ title: null, sku: "TEE" })).toBe("TEE")
    expect(sayWords(EN, itemName(null) as never)).toBe("this item")
  })

  it("say the server's known refusals in the admin's language with the same facts, and never an id", () => {
    const wrong = "wrong item: scanned BATIK, expected SKU TEE / barcode 4006381333931"
    expect(sayWords(EN, serverReason(wrong))).toBe("Wrong item: BATIK was scanned, this line needs SKU TEE / barcode 4006381333931. Put it back and take the right item.")
    expect(sayWords(ID, serverReason(wrong))).toBe("Barang salah: yang dipindai BATIK, baris ini butuh SKU TEE / barcode 4006381333931. Kembalikan dan ambil barang yang benar.")
    const ids = "pick line pl_01JABCDEFGHJKMNPQRSTVWXYZ12 is not a line of wave wave_01JABCDEFGHJKMNPQRSTVWXYZ12"
    for (const t of [EN, ID]) expect(sayWords(t, serverReason(ids))).not.toMatch(/_01|wave_|pl_/)
  })

  it("every answer of a scan loop has words in both languages, with every placeholder filled", () => {
    let w = wave()
    let bin: string | null = null
    const answers: ScanAnswer[] = []
    for (const code of ["X", "A-01", "A-01", "TEE", "TEE", "BATIK", "B-02", "TEE", "TEE"]) {
      const d = decidePickScan(w, bin, code)
      if (d.kind === "answer") {
        bin = d.bin
        answers.push(d.answer)
        continue
      }
      const change = serverPick(w, d.line.id)
      answers.push(pickAnswer(w, change))
      w = applyPickChange(w, change)
    }
    const s = session()
    answers.push(packRefusal(s, "TEE", "scan refused: quantity exceeded"), packRefusal(s, "X", "scan refused: item does not belong to this order"))
    for (const t of [EN, ID]) {
      for (const a of answers) {
        const text = `${sayAnswer(t, a).title} ${sayAnswer(t, a).detail ?? ""}`
        expect(text).not.toMatch(/\{\{|undefined|\[object/)
      }
    }
  })
})

import type { Wave, WaveLine, WaveOrder } from "./use-waves"
import { itemName, pickText, serverReason, type ScanAnswer } from "./scan-text"

/** What POST /admin/oms/waves/:id/picks answers: the line's new count, its order, the wave's counts. */
export interface PickChange {
  line: Pick<WaveLine, "id" | "order_id" | "quantity" | "picked_quantity" | "picked_at" | "picked_by">
  order: WaveOrder | null
  wave: Pick<Wave, "id" | "status" | "picked_at" | "progress">
}

/** Bin codes compare trimmed and case-insensitively (scanners send either case). */
export const sameCode = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase()

/** Lines still to pick, in route order: order still waiting, not fully picked, not shorted. */
export function pendingLines(wave: Wave): WaveLine[] {
  const waiting = new Set(wave.orders.filter((o) => o.status === "waiting").map((o) => o.order_id))
  return wave.lines.filter((l) => waiting.has(l.order_id) && l.picked_quantity < l.quantity && !l.short_reason)
}

export function toteOf(wave: Wave, orderId: string): number | null {
  return wave.orders.find((o) => o.order_id === orderId)?.tote ?? null
}

export type PickScanDecision =
  /** Answered on the tablet: a bin scan (right or wrong), or nothing left to pick. */
  | { kind: "answer"; answer: ScanAnswer; bin: string | null }
  /** An item scan in the scanned bin: the server checks and records it. */
  | { kind: "pick"; line: WaveLine; body: { pick_line_id: string; bin_code: string; item_barcode: string; quantity: 1 } }

/**
 * What one scan means for the wave as the earlier scans left it: the picker scans the bin of the
 * next stop, then each unit; the scanned bin stays valid while the next lines are in it too.
 */
export function decidePickScan(wave: Wave, bin: string | null, code: string): PickScanDecision {
  const line = pendingLines(wave)[0]
  if (!line) return { kind: "answer", answer: pickText.nothingLeft(code), bin }
  const item = itemName(line)
  const units = line.quantity - line.picked_quantity
  if (!bin || !sameCode(bin, line.bin_code)) {
    return sameCode(code, line.bin_code)
      ? { kind: "answer", answer: pickText.binOk(line.bin_code, item, units), bin: line.bin_code }
      : { kind: "answer", answer: pickText.wrongBin(code.trim(), line.bin_code, item), bin }
  }
  if (sameCode(code, line.bin_code)) return { kind: "answer", answer: pickText.binAgain(line.bin_code, item), bin }
  return { kind: "pick", line, body: { pick_line_id: line.id, bin_code: bin, item_barcode: code, quantity: 1 } }
}

/** The wave with one pick's change applied (line, its order in both lists, status and counts). */
export function applyPickChange(wave: Wave, change: PickChange): Wave {
  const line = (l: WaveLine) => (l.id === change.line.id ? { ...l, ...change.line } : l)
  const order = change.order
  const status = <T extends { order_id: string; status: string }>(o: T): T =>
    order && o.order_id === order.order_id ? { ...o, status: order.status } : o
  return {
    ...wave,
    status: change.wave.status,
    picked_at: change.wave.picked_at,
    progress: change.wave.progress,
    lines: wave.lines.map(line),
    orders: wave.orders.map(status),
    pick_lists: wave.pick_lists.map((list) => status({ ...list, lines: list.lines.map(line) })),
  }
}

/** The answer for an accepted pick, naming the item (as the wave shows it) and where it goes next. */
export function pickAnswer(wave: Wave, change: PickChange): ScanAnswer {
  const line = { ...wave.lines.find((l) => l.id === change.line.id), ...change.line }
  const item = itemName(line)
  const tote = change.order?.tote ?? toteOf(wave, line.order_id)
  const left = line.quantity - line.picked_quantity
  if (change.wave.status === "picked") return pickText.waveDone(item, tote)
  return left > 0 ? pickText.picked(item, left, line.bin_code ?? "") : pickText.lineDone(item, tote)
}

/** The server's refusal ("wrong item: scanned X, expected SKU Y") as an answer naming the item. */
export function pickRefusal(line: WaveLine, message: string): ScanAnswer {
  return pickText.notPicked(itemName(line), serverReason(message))
}

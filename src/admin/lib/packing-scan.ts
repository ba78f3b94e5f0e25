import { cleanScan, codesMatch } from "../../lib/scanning/barcode"
import type { PackExpectedItem, PackScanChange, PackSession } from "./use-pack-session"
import { itemName, packText, scanText, serverReason, type ScanAnswer } from "./scan-text"
import { parseToteLabel } from "./tote-label"

export type PackScanDecision =
  /** No open session on the bench: the scan names the order to pack (tote, order id, #number). */
  | { kind: "open"; code: string }
  /** A tote or order scanned while this order is still open on the bench. */
  | { kind: "next_order"; code: string }
  /** An item for the open order. */
  | { kind: "item"; code: string }

/** What one scan means at the bench, given the session as the earlier scans left it. */
export function decidePackScan(session: PackSession | null | undefined, code: string): PackScanDecision {
  if (!session || session.status !== "open") return { kind: "open", code }
  if (parseToteLabel(code) || /^order_/i.test(cleanScan(code))) return { kind: "next_order", code }
  return { kind: "item", code }
}

/** The expected line a scanned code stands for (barcode or SKU, scanner case and GTIN forms). */
export function itemForCode(session: PackSession, code: string): PackExpectedItem | undefined {
  const scanned = cleanScan(code)
  return session.expected_items.find((i) => codesMatch(scanned, i.barcode) || codesMatch(scanned, i.sku))
}

/** The session with one accepted scan applied: the line's count, progress, counts, next action. */
export function applyPackScan(session: PackSession, change: PackScanChange): PackSession {
  const { line, scan } = change
  return {
    ...session,
    expected_items: session.expected_items.map((i) => (line && i.line_item_id === line.line_item_id ? { ...i, packed: line.packed } : i)),
    progress: scan.progress,
    accepted_count: change.accepted_count,
    refused_count: change.refused_count,
    shipment: { ...session.shipment, next_action: scan.progress.complete ? "complete" : "scan" },
  }
}

/** The session with one refused scan counted (the server kept it too). */
export const applyPackRefusal = (session: PackSession): PackSession => ({ ...session, refused_count: session.refused_count + 1 })

export function packAnswer(change: PackScanChange): ScanAnswer {
  const line = change.line
  return packText.packed(itemName(line), line?.packed ?? 0, line?.quantity ?? 0, change.scan.progress.complete)
}

/** The server's "scan refused: <reason>" as an answer naming the item (or the code scanned). */
export function packRefusal(session: PackSession, code: string, message: string): ScanAnswer {
  const scanned = cleanScan(code)
  const item = itemForCode(session, scanned)
  if (/quantity exceeded/.test(message) && item) return packText.tooMany(itemName(item), item.quantity)
  if (/does not belong to this order/.test(message)) return packText.notInOrder(scanned, scanText.orderName(session.display_id))
  if (/unknown barcode/.test(message)) return packText.unknownBarcode(scanned)
  return packText.notPacked(item ? itemName(item) : scanned, serverReason(message))
}

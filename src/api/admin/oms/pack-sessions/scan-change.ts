import type { PackSessionRecord } from "../../../../workflows/packing"

/**
 * What one accepted pack scan changed, for the bench to apply to the session it shows: the line
 * that got the unit (title, SKU, packed of quantity) and the session's counts.
 */
export function packScanChange(session: PackSessionRecord, lineItemId: string | null) {
  const line = session.scans.lines.find((l) => l.line_item_id === lineItemId)
  return {
    line: line
      ? { line_item_id: line.line_item_id, title: line.title, sku: line.sku, barcode: line.barcode, quantity: line.quantity, packed: line.packed }
      : null,
    accepted_count: session.scans.accepted ?? 0,
    refused_count: session.refused_count,
  }
}

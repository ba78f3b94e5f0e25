import { cleanScan, codesMatch, isMisreadGtin, type KnownBarcodeLookup } from "./barcode"

/**
 * Scan-verified packing as a pure state machine: every unit put in the parcel is scanned, the
 * scan is checked against the order, and refusals are kept (they are mis-picks caught at the pack
 * bench, the input of the picking-accuracy KPI). States are frozen; each scan returns a new one.
 */

export interface ExpectedPackLine {
  line_item_id: string
  sku?: string | null
  /** EAN/UPC printed on the unit; scanning the SKU label is accepted too. */
  barcode?: string | null
  quantity: number
}

export interface PackLineState {
  line_item_id: string
  sku: string | null
  barcode: string | null
  quantity: number
  packed: number
}

export type RefusalReason =
  | "unknown barcode"
  | "item does not belong to this order"
  | `quantity exceeded (${number} of ${number} already packed)`

export interface ScanEvent {
  barcode: string
  outcome: "accepted" | "refused"
  line_item_id?: string
  reason?: RefusalReason
}

export interface PackSessionState {
  readonly lines: readonly PackLineState[]
  readonly accepted_scans: number
  readonly refused_scans: number
  /** Every scan in order, for the audit trail and the KPI. */
  readonly events: readonly ScanEvent[]
}

export interface PackProgress {
  packed_units: number
  expected_units: number
  remaining_units: number
  complete: boolean
}

export interface ScanResult {
  state: PackSessionState
  outcome: "accepted" | "refused"
  reason?: RefusalReason
  line_item_id?: string
  progress: PackProgress
}

export function startPackSession(expected: ExpectedPackLine[]): PackSessionState {
  const ids = new Set<string>()
  for (const line of expected) {
    if (!line.line_item_id) throw new Error("startPackSession: a line has no line_item_id")
    if (ids.has(line.line_item_id)) throw new Error(`startPackSession: line ${line.line_item_id} is listed twice`)
    ids.add(line.line_item_id)
    if (!Number.isInteger(line.quantity) || line.quantity < 0) {
      throw new Error(`startPackSession: line ${line.line_item_id} quantity must be a whole number >= 0, got ${line.quantity}`)
    }
    if (!cleanScan(line.sku) && !cleanScan(line.barcode)) {
      throw new Error(`startPackSession: line ${line.line_item_id} has neither SKU nor barcode, so it cannot be scanned`)
    }
  }
  if (!expected.some((line) => line.quantity > 0)) throw new Error("startPackSession: nothing to pack")
  const lines = expected.map((line) =>
    Object.freeze({
      line_item_id: line.line_item_id,
      sku: cleanScan(line.sku) || null,
      barcode: cleanScan(line.barcode) || null,
      quantity: line.quantity,
      packed: 0,
    })
  )
  return freezeState({ lines, accepted_scans: 0, refused_scans: 0, events: [] })
}

/**
 * Checks one scan. Accepted: the first line (in order) with this barcode or SKU that still
 * needs units gets one more. Refused, counted, and explained otherwise. `isKnownBarcode` (optional
 * catalogue lookup) tells "a real product not in this order" from "unknown barcode"; without it
 * every code not in the order is "item does not belong to this order", except numeric codes whose
 * EAN/UPC check digit fails, which are misreads and so "unknown barcode".
 */
export function scanItem(
  state: PackSessionState,
  barcode: string,
  { isKnownBarcode }: { isKnownBarcode?: KnownBarcodeLookup } = {}
): ScanResult {
  const code = cleanScan(barcode)
  const matching = code
    ? state.lines.filter((line) => codesMatch(code, line.barcode) || codesMatch(code, line.sku))
    : []
  const open = matching.find((line) => line.packed < line.quantity)
  if (open) {
    const lines = state.lines.map((line) => (line === open ? Object.freeze({ ...line, packed: line.packed + 1 }) : line))
    const next = freezeState({
      lines,
      accepted_scans: state.accepted_scans + 1,
      refused_scans: state.refused_scans,
      events: [...state.events, Object.freeze({ barcode: code, outcome: "accepted" as const, line_item_id: open.line_item_id })],
    })
    return { state: next, outcome: "accepted", line_item_id: open.line_item_id, progress: progressOf(next) }
  }

  const reason = refusalReason(code, matching, isKnownBarcode)
  const next = freezeState({
    lines: state.lines,
    accepted_scans: state.accepted_scans,
    refused_scans: state.refused_scans + 1,
    events: [...state.events, Object.freeze({ barcode: code, outcome: "refused" as const, reason })],
  })
  return { state: next, outcome: "refused", reason, progress: progressOf(next) }
}

function refusalReason(code: string, matching: readonly PackLineState[], isKnownBarcode?: KnownBarcodeLookup): RefusalReason {
  if (matching.length) {
    // The same product may sit on several lines; report the order's total for it.
    const packed = matching.reduce((sum, line) => sum + line.packed, 0)
    const quantity = matching.reduce((sum, line) => sum + line.quantity, 0)
    return `quantity exceeded (${packed} of ${quantity} already packed)`
  }
  if (!code || isMisreadGtin(code)) return "unknown barcode"
  if (isKnownBarcode && !isKnownBarcode(code)) return "unknown barcode"
  return "item does not belong to this order"
}

/** Completion is allowed only once every expected unit has been scanned. */
export function canComplete(state: PackSessionState): boolean {
  return state.lines.every((line) => line.packed === line.quantity)
}

export function progressOf(state: PackSessionState): PackProgress {
  const expected = state.lines.reduce((sum, line) => sum + line.quantity, 0)
  const packed = state.lines.reduce((sum, line) => sum + line.packed, 0)
  return { packed_units: packed, expected_units: expected, remaining_units: expected - packed, complete: canComplete(state) }
}

export interface PackSummary extends PackProgress {
  accepted_scans: number
  refused_scans: number
  refusals: { unknown_barcode: number; not_in_order: number; quantity_exceeded: number }
  /** Accepted scans / all scans; null before the first scan. */
  scan_accuracy: number | null
  lines: Array<{ line_item_id: string; sku: string | null; expected: number; packed: number; missing: number }>
}

export function summary(state: PackSessionState): PackSummary {
  const refusals = { unknown_barcode: 0, not_in_order: 0, quantity_exceeded: 0 }
  for (const event of state.events) {
    if (event.outcome !== "refused") continue
    if (event.reason === "unknown barcode") refusals.unknown_barcode++
    else if (event.reason === "item does not belong to this order") refusals.not_in_order++
    else refusals.quantity_exceeded++
  }
  const scans = state.accepted_scans + state.refused_scans
  return {
    ...progressOf(state),
    accepted_scans: state.accepted_scans,
    refused_scans: state.refused_scans,
    refusals,
    scan_accuracy: scans ? state.accepted_scans / scans : null,
    lines: state.lines.map((line) => ({
      line_item_id: line.line_item_id,
      sku: line.sku,
      expected: line.quantity,
      packed: line.packed,
      missing: line.quantity - line.packed,
    })),
  }
}

function freezeState(state: {
  lines: readonly PackLineState[]
  accepted_scans: number
  refused_scans: number
  events: readonly ScanEvent[]
}): PackSessionState {
  return Object.freeze({ ...state, lines: Object.freeze([...state.lines]), events: Object.freeze([...state.events]) })
}

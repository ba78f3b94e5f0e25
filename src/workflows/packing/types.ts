import { lockKeys } from "../../lib/lock-keys"
import type { PackLineState, ScanEvent } from "../../lib/scanning/pack-session"

/** A line to pack, as stored in the session (`scans.lines`): the scan state plus what the bench shows. */
export interface StoredPackLine extends PackLineState {
  title: string | null
  inventory_item_id: string | null
}

/** Shape of `PackSession.scans`: counts, every scan, and the expected lines with their progress. */
export interface StoredScans {
  accepted: number
  refused: number
  events: ScanEvent[]
  lines: StoredPackLine[]
}

export interface PackSessionRecord {
  id: string
  order_id: string
  stock_location_id: string
  status: "open" | "completed" | "canceled"
  packed_by: string | null
  carton_code: string | null
  parcels: Record<string, unknown>[]
  scans: StoredScans
  refused_count: number
  fulfillment_id: string | null
  completed_at: Date | null
}

/** Pack workflows take the pack key and the order's routing key, so a re-route never interleaves. */
export const packLockKeys = (orderId: string) => [lockKeys.pack(orderId), lockKeys.order(orderId)]
export const packLockKey = lockKeys.pack

import type { InvariantBreakKind } from "./types"

/** Short headings for the admin's notification feed, one per kind of break. */
export const BREAK_TITLES: Record<InvariantBreakKind, string> = {
  reserved_count_mismatch: "Reserved count out of step",
  reserved_over_stock: "Orders reserve more than the stock",
  bins_over_stock: "Bins hold more than the stock",
  shipment_in_two_waves: "Order in two open waves",
  shipment_in_two_pack_sessions: "Order in two open packing sessions",
}

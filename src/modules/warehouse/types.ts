export type BinMovementReason = "putaway" | "move" | "pick" | "adjust"

export const BIN_MOVEMENT_REASONS: readonly BinMovementReason[] = ["putaway", "move", "pick", "adjust"]

/**
 * Which bins each reason needs: putaway = into a bin, pick = out of a bin, move = bin to bin,
 * adjust = a count correction on exactly one bin (to_bin_id adds, from_bin_id removes).
 */
export interface MoveBinStockInput {
  stock_location_id: string
  inventory_item_id: string
  from_bin_id?: string | null
  to_bin_id?: string | null
  quantity: number
  reason: BinMovementReason
  actor?: string | null
}

export interface MoveBinStockResult {
  movement_id: string
  /** Units left in the from-bin after the move (0 = the row was deleted); null without a from-bin. */
  from_quantity: number | null
  /** Units in the to-bin after the move; null without a to-bin. */
  to_quantity: number | null
}

export const BINS_HOLD_MORE = "bins and totes hold more than Medusa stocks" as const

export interface UnassignedStockRow {
  /** Medusa's stocked quantity at the location, as passed by the caller (0 if not passed). */
  stocked: number
  /** Sum of the item's bin stock at the location. */
  in_bins: number
  /** Units picked out of the bins into totes and not packed yet (Medusa still stocks them). */
  in_totes: number
  /** stocked − in_bins − in_totes: units Medusa counts that no bin or tote holds. Negative = a problem. */
  unassigned: number
  problem: typeof BINS_HOLD_MORE | null
}

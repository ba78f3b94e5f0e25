import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { warehouseOf } from "./shared"

export interface ReleaseOrdersInput {
  wave_id: string
  stock_location_id: string
  /** Orders released from the wave: their picked units go back to their bins. */
  order_ids: string[]
  /** Claim status after release: "canceled" (wave canceled) or "short" (short pick; row also soft-deleted). */
  release_as: "canceled" | "short"
  /** Marks one line short with this text. */
  short_line?: { pick_line_id: string; reason: string } | null
  actor?: string | null
}

type LineBefore = { id: string; picked_quantity: number; picked_at: Date | null; picked_by: string | null; short_reason: string | null }
type Undo = {
  input: ReleaseOrdersInput
  lines: (LineBefore & { inventory_item_id: string; bin_id: string })[]
  claims: { id: string; status: string }[]
}

export const releaseWaveOrdersStepId = "oms-release-wave-orders"

/**
 * Releases orders from a wave: every unit already picked for them goes back to the bin it came
 * from (an "adjust" into the bin), their lines' picked counts return to 0, and their claims end
 * ("canceled", or "short" and soft-deleted so the partial unique index lets the order be waved
 * again). Compensation takes the units out again and restores lines and claims.
 */
export const releaseWaveOrdersStep = createStep(
  releaseWaveOrdersStepId,
  async (input: ReleaseOrdersInput, { container }) => {
    const warehouse = warehouseOf(container)
    const undo: Undo = { input, lines: [], claims: [] }
    if (!input.order_ids.length) return new StepResponse({ released: [] as string[] }, undo)
    const [claims, lines] = await Promise.all([
      warehouse.listWaveOrders({ wave_id: input.wave_id, order_id: input.order_ids }),
      warehouse.listPickLines({ wave_id: input.wave_id, order_id: input.order_ids }),
    ])
    for (const line of lines) {
      const isShort = input.short_line?.pick_line_id === line.id
      if (!line.picked_quantity && !isShort) continue
      if (line.picked_quantity > 0) {
        await warehouse.moveBinStock({
          stock_location_id: input.stock_location_id,
          inventory_item_id: line.inventory_item_id,
          to_bin_id: line.bin_id,
          quantity: line.picked_quantity,
          reason: "adjust",
          actor: input.actor ?? `release from wave ${input.wave_id}`,
        })
      }
      undo.lines.push({
        id: line.id,
        picked_quantity: line.picked_quantity,
        picked_at: line.picked_at as Date | null,
        picked_by: line.picked_by,
        short_reason: line.short_reason,
        inventory_item_id: line.inventory_item_id,
        bin_id: line.bin_id,
      })
      await warehouse.updatePickLines({
        id: line.id,
        picked_quantity: 0,
        ...(isShort ? { short_reason: input.short_line!.reason } : {}),
      })
    }
    for (const claim of claims) {
      undo.claims.push({ id: claim.id, status: claim.status })
      await warehouse.updateWaveOrders({ id: claim.id, status: input.release_as })
    }
    if (input.release_as === "short" && claims.length) {
      await warehouse.softDeleteWaveOrders(claims.map((c) => c.id))
    }
    return new StepResponse({ released: claims.map((c) => c.order_id) }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const warehouse = warehouseOf(container)
    if (undo.input.release_as === "short" && undo.claims.length) {
      await warehouse.restoreWaveOrders(undo.claims.map((c) => c.id))
    }
    for (const c of undo.claims) await warehouse.updateWaveOrders({ id: c.id, status: c.status as never })
    for (const l of undo.lines) {
      if (l.picked_quantity > 0) {
        await warehouse.moveBinStock({
          stock_location_id: undo.input.stock_location_id,
          inventory_item_id: l.inventory_item_id,
          from_bin_id: l.bin_id,
          quantity: l.picked_quantity,
          reason: "adjust",
          actor: "compensation of a wave release",
        })
      }
      const { inventory_item_id: _i, bin_id: _b, ...before } = l
      await warehouse.updatePickLines(before)
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkBinScan, checkItemScan, type ScanCheck } from "../../../lib/scanning"
import { invalid, loadLineInfo, notAllowed, warehouseOf } from "./shared"

export interface RecordPickInput {
  wave_id: string
  pick_line_id: string
  bin_code: string
  item_barcode: string
  quantity: number
  actor?: string | null
}

export interface CheckedPick extends RecordPickInput {
  stock_location_id: string
  order_id: string
  inventory_item_id: string
  bin_id: string
}

/** The pick line of this wave, 404 otherwise; refuses lines of a released order or a closed wave. */
export async function loadPickLine(container: any, waveId: string, pickLineId: string) {
  const warehouse = warehouseOf(container)
  const [wave] = await warehouse.listWaves({ id: waveId })
  if (!wave) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wave ${waveId} was not found`)
  const [line] = await warehouse.listPickLines({ id: pickLineId, wave_id: waveId })
  if (!line) throw invalid(`pick line ${pickLineId} is not a line of wave ${waveId}`)
  if (wave.status === "canceled") throw notAllowed(`wave ${waveId} is canceled`)
  const [claim] = await warehouse.listWaveOrders({ wave_id: waveId, order_id: line.order_id })
  if (!claim || claim.status === "canceled" || claim.status === "short") {
    throw notAllowed(`order ${line.order_id} was released from wave ${waveId}`)
  }
  return { wave, line, claim }
}

/** First accepted item check over the variant's barcodes (or the SKU alone), else the first refusal. */
export function checkItem(expected: { sku: string | null; barcodes: string[] }, scanned: string): ScanCheck {
  const barcodes = expected.barcodes.length ? expected.barcodes : [null]
  let first: ScanCheck | null = null
  for (const barcode of barcodes) {
    const check = checkItemScan({ sku: expected.sku, barcode }, scanned)
    if (check.ok) return check
    first ??= check
  }
  return first!
}

export const checkPickStepId = "oms-check-pick"

/** Read-only: the scans and the quantity. Wrong bin / wrong item / over-pick → 400, nothing changed. */
export const checkPickStep = createStep(checkPickStepId, async (input: RecordPickInput, { container }) => {
  const { wave, line } = await loadPickLine(container, input.wave_id, input.pick_line_id)
  const remaining = line.quantity - line.picked_quantity
  if (remaining <= 0) throw notAllowed("line already fully picked")
  if (line.short_reason) throw notAllowed(`line was short-picked: ${line.short_reason}`)
  const bin = checkBinScan(line.bin_code, input.bin_code)
  if (!bin.ok) throw invalid(bin.reason)
  const info = (await loadLineInfo(container, [line.order_id])).get(line.line_item_id)
  const item = checkItem({ sku: info?.sku ?? null, barcodes: info?.barcodes ?? [] }, input.item_barcode)
  if (!item.ok) throw invalid(item.reason)
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > remaining) {
    throw invalid(`quantity must be 1..${remaining} (units still to pick on this line), got ${input.quantity}`)
  }
  const checked: CheckedPick = {
    ...input,
    stock_location_id: wave.stock_location_id,
    order_id: line.order_id,
    inventory_item_id: line.inventory_item_id,
    bin_id: line.bin_id,
  }
  return new StepResponse(checked)
})

type TakeUndo = { pick: CheckedPick; before: { picked_quantity: number; picked_at: Date | null; picked_by: string | null } }

export const takePickStepId = "oms-take-pick"

/**
 * Takes the units out of the bin (`moveBinStock` reason "pick": row-locked, refused if the bin
 * holds fewer) and adds them to the line. Compensation: the units go back into the bin.
 */
export const takePickStep = createStep(
  takePickStepId,
  async (pick: CheckedPick, { container }) => {
    const warehouse = warehouseOf(container)
    const [line] = await warehouse.listPickLines({ id: pick.pick_line_id })
    await warehouse.moveBinStock({
      stock_location_id: pick.stock_location_id,
      inventory_item_id: pick.inventory_item_id,
      from_bin_id: pick.bin_id,
      quantity: pick.quantity,
      reason: "pick",
      actor: pick.actor ?? null,
    })
    const undo: TakeUndo = {
      pick,
      before: { picked_quantity: line.picked_quantity, picked_at: line.picked_at as Date | null, picked_by: line.picked_by },
    }
    const updated = await warehouse.updatePickLines({
      id: line.id,
      picked_quantity: line.picked_quantity + pick.quantity,
      picked_at: new Date(),
      picked_by: pick.actor ?? null,
    })
    return new StepResponse({ pick_line_id: line.id, picked_quantity: updated.picked_quantity, quantity: line.quantity }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const warehouse = warehouseOf(container)
    await warehouse.updatePickLines({ id: undo.pick.pick_line_id, ...undo.before })
    await warehouse.moveBinStock({
      stock_location_id: undo.pick.stock_location_id,
      inventory_item_id: undo.pick.inventory_item_id,
      to_bin_id: undo.pick.bin_id,
      quantity: undo.pick.quantity,
      reason: "adjust",
      actor: "compensation of a pick",
    })
  }
)

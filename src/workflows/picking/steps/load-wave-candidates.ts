import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WaveCandidateOrder, WaveLimits, WaveMode } from "../../../lib/picking"
import type { WarehouseLayout } from "../../../lib/warehouse"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { toLibLayout } from "../../warehouse/layout-shape"
import { ACTIVE_WAVE_ORDER_STATUSES, invalid, loadLineInfo, warehouseOf, WAVEABLE_STAGES } from "./shared"

export interface CreateWaveInput extends WaveLimits {
  stock_location_id: string
  mode: WaveMode
  placed_before?: string
  order_ids?: string[]
  actor?: string | null
}

export interface WaveCandidates {
  input: CreateWaveInput
  layout: WarehouseLayout
  orders: WaveCandidateOrder[]
  /** bin id of each (bin_code) chosen for the candidates' lines. */
  bin_ids: Record<string, string>
  skipped: { order_id: string; reason: string }[]
}

export const loadWaveCandidatesStepId = "oms-load-wave-candidates"

/**
 * Read-only. Orders with active allocations at the centre, in a waveable stage and in no active
 * wave; each allocated line located in the bin of this centre that holds the most units of its
 * inventory item. Orders with a line no bin holds are skipped with the reason. Must run under
 * the centre's wave lock, so the "in no active wave" read cannot go stale before the claim.
 */
export const loadWaveCandidatesStep = createStep(
  loadWaveCandidatesStepId,
  async (input: CreateWaveInput, { container }) => {
    const warehouse = warehouseOf(container)
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const [layoutRow] = await warehouse.listWarehouseLayouts({ stock_location_id: input.stock_location_id })
    if (!layoutRow) {
      throw invalid(`stock location ${input.stock_location_id} has no warehouse layout: save one before creating waves`)
    }
    const layout = toLibLayout(layoutRow as never)

    const allocations = await oms.listOrderAllocations({
      stock_location_id: input.stock_location_id,
      active: true,
      ...(input.order_ids?.length ? { order_id: input.order_ids } : {}),
    })
    const allocatedIds = [...new Set(allocations.map((a) => a.order_id))]
    const omsOrders = allocatedIds.length
      ? await oms.listOmsOrders({ order_id: allocatedIds, stage: WAVEABLE_STAGES })
      : []
    const stageOk = new Set(omsOrders.map((o) => o.order_id))
    const inWave = allocatedIds.length
      ? await warehouse.listWaveOrders({
          order_id: allocatedIds,
          stock_location_id: input.stock_location_id,
          status: [...ACTIVE_WAVE_ORDER_STATUSES],
        })
      : []
    const busy = new Set(inWave.map((w) => w.order_id))
    for (const id of await fulfilledAt(container, allocatedIds, input.stock_location_id)) busy.add(id)
    const orderIds = allocatedIds.filter((id) => stageOk.has(id) && !busy.has(id))
    if (!orderIds.length) {
      throw invalid("no routed orders waiting at this centre")
    }

    const lines = await loadLineInfo(container, orderIds)
    const itemIds = [...new Set([...lines.values()].flatMap((l) => l.inventory_items.map((i) => i.inventory_item_id)))]
    const stocks = itemIds.length
      ? await warehouse.listBinStocks({ stock_location_id: input.stock_location_id, inventory_item_id: itemIds })
      : []
    const best = new Map<string, { bin_id: string; quantity: number }>()
    for (const s of stocks) {
      const cur = best.get(s.inventory_item_id)
      if (Number(s.quantity) > 0 && (!cur || Number(s.quantity) > cur.quantity)) {
        best.set(s.inventory_item_id, { bin_id: s.bin_id, quantity: Number(s.quantity) })
      }
    }
    const bins = best.size ? await warehouse.listBins({ id: [...best.values()].map((b) => b.bin_id) }) : []
    const codeOf = new Map(bins.map((b) => [b.id, b.code]))

    const skipped: WaveCandidates["skipped"] = []
    const orders: WaveCandidateOrder[] = []
    const bin_ids: Record<string, string> = {}
    for (const orderId of orderIds) {
      const mine = allocations.filter((a) => a.order_id === orderId)
      const candidate: WaveCandidateOrder = { order_id: orderId, placed_at: "", lines: [] }
      let reason: string | null = null
      for (const a of mine) {
        const line = lines.get(a.line_item_id)
        if (!line) { reason = `line ${a.line_item_id} no longer exists`; break }
        candidate.placed_at = line.created_at ?? ""
        // Kits (several inventory items per variant) are not waved yet: one pick line per order line.
        if (line.inventory_items.length !== 1) {
          reason = `line ${line.sku ?? a.line_item_id} has ${line.inventory_items.length} inventory items; only single-item variants are waved`
          break
        }
        const { inventory_item_id, required_quantity } = line.inventory_items[0]
        const bin = best.get(inventory_item_id)
        if (!bin) { reason = `no bin holds SKU ${line.sku ?? inventory_item_id} — put stock away first`; break }
        const code = codeOf.get(bin.bin_id)!
        bin_ids[code] = bin.bin_id
        candidate.lines.push({
          line_item_id: a.line_item_id,
          inventory_item_id,
          quantity: Number(a.quantity) * required_quantity,
          bin_code: code,
        })
      }
      if (reason) skipped.push({ order_id: orderId, reason })
      else orders.push(candidate)
    }
    return new StepResponse<WaveCandidates>({ input, layout, orders, bin_ids, skipped })
  }
)

/** Orders with a live (not canceled) Medusa fulfilment at the centre: their part there is done. */
async function fulfilledAt(container: any, orderIds: string[], stockLocationId: string): Promise<string[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "fulfillments.location_id", "fulfillments.canceled_at"],
    filters: { id: orderIds },
  })
  return data
    .filter((o: any) => (o.fulfillments ?? []).some((f: any) => f && f.location_id === stockLocationId && !f.canceled_at))
    .map((o: any) => o.id)
}

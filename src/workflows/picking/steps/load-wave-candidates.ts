import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WaveCandidateOrder, WaveLimits, WaveMode } from "../../../lib/picking"
import { assignBins, type BinHolding, type OrderDemand } from "../../../lib/picking/assign-bins"
import type { WarehouseLayout } from "../../../lib/warehouse"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { cutoffToday } from "../../../lib/time/cutoff"
import { toLibLayout } from "../../warehouse/layout-shape"
import { stagesAllowing } from "../../../lib/journey"
import { ACTIVE_WAVE_ORDER_STATUSES, invalid, loadLineInfo, warehouseOf } from "./shared"

export interface CreateWaveInput extends WaveLimits {
  stock_location_id: string
  mode: WaveMode
  placed_before?: string
  /** Resolved to `placed_before` = the centre's cut-off today. */
  before_cutoff?: boolean
  shipping_option_ids?: string[]
  min_priority?: number
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
 * Read-only. Orders with active allocations at the centre whose shipment there can be waved, in no active
 * wave there and not yet fulfilled there; each line placed in bins by `assignBins` (fullest bin
 * first, split over bins when needed) from what the bins hold minus what open waves still have
 * to pick from them. Orders the bins cannot fill are skipped with the reason. Must run under
 * the centre's wave lock, so neither read can go stale before the claim.
 */
export const loadWaveCandidatesStep = createStep(loadWaveCandidatesStepId, async (input: CreateWaveInput, { container }) =>
  new StepResponse<WaveCandidates>(await loadWaveCandidates(container, input))
)

/** The candidates as the step reads them; also the wave preview's read (no lock: it claims nothing). */
export async function loadWaveCandidates(container: any, input: CreateWaveInput): Promise<WaveCandidates> {
  const warehouse = warehouseOf(container)
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const [layoutRow] = await warehouse.listWarehouseLayouts({ stock_location_id: input.stock_location_id })
  if (!layoutRow) {
    throw invalid(`stock location ${input.stock_location_id} has no warehouse layout: save one before creating waves`)
  }
  const layout = toLibLayout(layoutRow as never)
  const placedBefore = input.before_cutoff ? await cutoffOf(oms, input.stock_location_id) : input.placed_before

  const allocations = await oms.listOrderAllocations({
    stock_location_id: input.stock_location_id,
    active: true,
    ...(input.order_ids?.length ? { order_id: input.order_ids } : {}),
  })
  const allocatedIds = [...new Set(allocations.map((a) => a.order_id))]
  // the stage machine says which shipments here can be waved (a back-ordered or re-routed part cannot)
  const waveable = allocatedIds.length
    ? await oms.listShipments(
        { order_id: allocatedIds, stock_location_id: input.stock_location_id, stage: stagesAllowing("wave", { picks_from_bins: true }) },
        { select: ["order_id"], take: null }
      )
    : []
  const stageOk = new Set(waveable.map((s) => s.order_id))
  const inWave = allocatedIds.length
    ? await warehouse.listWaveOrders({
        order_id: allocatedIds,
        stock_location_id: input.stock_location_id,
        status: [...ACTIVE_WAVE_ORDER_STATUSES],
      })
    : []
  const busy = new Set(inWave.map((w) => w.order_id))
  const unclaimed = allocatedIds.filter((id) => stageOk.has(id) && !busy.has(id))
  // Read the orders themselves only for the unclaimed ones: picked and packed parts are out already.
  const facts = await orderFacts(container, unclaimed, input.stock_location_id)
  const orderIds = unclaimed.filter((id) => !facts.fulfilled_here.has(id))
  if (!orderIds.length) {
    throw invalid("no routed orders waiting at this centre")
  }

  const lines = await loadLineInfo(container, orderIds)
  const skipped: WaveCandidates["skipped"] = []
  const demands: (OrderDemand & { placed_at: string })[] = []
  for (const orderId of orderIds) {
    const demand = { order_id: orderId, placed_at: "", lines: [] as OrderDemand["lines"] }
    let reason: string | null = null
    for (const a of allocations.filter((x) => x.order_id === orderId)) {
      const line = lines.get(a.line_item_id)
      if (!line) { reason = `line ${a.line_item_id} no longer exists`; break }
      demand.placed_at = line.created_at ?? ""
      // Kits (several inventory items per variant) are not waved yet: their components carry
      // their own barcodes, which the pick and pack scans do not know about.
      if (line.inventory_items.length !== 1) {
        reason = `line ${line.sku ?? a.line_item_id} has ${line.inventory_items.length} inventory items; only single-item variants are waved`
        break
      }
      const { inventory_item_id, required_quantity } = line.inventory_items[0]
      demand.lines.push({ line_item_id: a.line_item_id, inventory_item_id, quantity: Number(a.quantity) * required_quantity, sku: line.sku })
    }
    if (reason) skipped.push({ order_id: orderId, reason })
    else demands.push(demand)
  }
  demands.sort((x, y) => (x.placed_at < y.placed_at ? -1 : x.placed_at > y.placed_at ? 1 : 0))

  const itemIds = [...new Set(demands.flatMap((d) => d.lines.map((l) => l.inventory_item_id)))]
  const { holdings, bin_ids } = await freeBinStock(warehouse, input.stock_location_id, itemIds)
  const assigned = assignBins(holdings, demands)
  skipped.push(...assigned.skipped)
  const placedAt = new Map(demands.map((d) => [d.order_id, d.placed_at]))
  const orders: WaveCandidateOrder[] = assigned.orders.map((o) => ({
    order_id: o.order_id,
    placed_at: placedAt.get(o.order_id) ?? "",
    ...facts.traits.get(o.order_id),
    lines: o.lines,
  }))
  return { input: { ...input, placed_before: placedBefore }, layout, orders, bin_ids, skipped }
}

/**
 * What the centre's bins hold of the items, minus the units that open waves there still have
 * to pick (their lines' unpicked remainder), so two waves never count on the same units.
 */
async function freeBinStock(warehouse: ReturnType<typeof warehouseOf>, stockLocationId: string, itemIds: string[]) {
  if (!itemIds.length) return { holdings: [] as BinHolding[], bin_ids: {} as Record<string, string> }
  const [stocks, openWaves] = await Promise.all([
    warehouse.listBinStocks({ stock_location_id: stockLocationId, inventory_item_id: itemIds }, { take: null }),
    warehouse.listWaves({ stock_location_id: stockLocationId, status: ["open", "picking"] }, { select: ["id"], take: null }),
  ])
  const waveIds = openWaves.map((w) => w.id)
  const [pending, waiting] = waveIds.length
    ? await Promise.all([
        warehouse.listPickLines({ wave_id: waveIds, inventory_item_id: itemIds }, { take: null }),
        warehouse.listWaveOrders({ wave_id: waveIds, status: "waiting" }, { select: ["wave_id", "order_id"], take: null }),
      ])
    : [[], []]
  const stillHeld = new Set(waiting.map((c) => `${c.wave_id}|${c.order_id}`))
  const owed = new Map<string, number>()
  for (const line of pending) {
    if (line.short_reason || !stillHeld.has(`${line.wave_id}|${line.order_id}`)) continue
    const key = `${line.bin_id}|${line.inventory_item_id}`
    owed.set(key, (owed.get(key) ?? 0) + Math.max(0, line.quantity - line.picked_quantity))
  }
  const bins = stocks.length ? await warehouse.listBins({ id: [...new Set(stocks.map((s) => s.bin_id))] }, { take: null }) : []
  const codeOf = new Map(bins.map((b) => [b.id, b.code]))
  const bin_ids: Record<string, string> = {}
  const holdings: BinHolding[] = []
  for (const s of stocks) {
    const code = codeOf.get(s.bin_id)
    if (!code) continue
    bin_ids[code] = s.bin_id
    holdings.push({
      bin_code: code,
      inventory_item_id: s.inventory_item_id,
      quantity: Number(s.quantity) - (owed.get(`${s.bin_id}|${s.inventory_item_id}`) ?? 0),
    })
  }
  return { holdings, bin_ids }
}

/** The centre's cut-off today as an ISO instant; 400 when its profile has no cut-off time. */
async function cutoffOf(oms: OmsModuleService, stockLocationId: string): Promise<string> {
  const [center] = await oms.listFulfillmentCenters({ stock_location_id: stockLocationId })
  if (!center?.cutoff_time) {
    throw invalid(`stock location ${stockLocationId} has no cut-off time: set cutoff_time in its centre profile, or use placed_before`)
  }
  return cutoffToday(new Date(), center.time_zone, center.cutoff_time).toISOString()
}

/**
 * One read of the orders for what waving needs beyond their lines:
 * - `fulfilled_here`: orders with a live (not canceled) Medusa fulfilment at the centre, whose
 *   part there is done;
 * - `traits`: what the wave filters read, the shipping option (first shipping method) and the
 *   priority from order metadata `oms_priority` (a number; anything else counts as 0), so a
 *   merchant or a subscriber of their own can flag rush orders without a schema change.
 */
async function orderFacts(container: any, orderIds: string[], stockLocationId: string) {
  const fulfilled_here = new Set<string>()
  const traits = new Map<string, { priority?: number; shipping_option_id?: string }>()
  if (!orderIds.length) return { fulfilled_here, traits }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "metadata", "shipping_methods.shipping_option_id", "fulfillments.location_id", "fulfillments.canceled_at"],
    filters: { id: orderIds },
  })
  for (const o of data as any[]) {
    if ((o.fulfillments ?? []).some((f: any) => f && f.location_id === stockLocationId && !f.canceled_at)) fulfilled_here.add(o.id)
    const priority = Number(o.metadata?.oms_priority)
    const option = (o.shipping_methods ?? []).find((m: any) => m?.shipping_option_id)?.shipping_option_id
    traits.set(o.id, {
      ...(Number.isFinite(priority) ? { priority } : {}),
      ...(option ? { shipping_option_id: option } : {}),
    })
  }
  return { fulfilled_here, traits }
}

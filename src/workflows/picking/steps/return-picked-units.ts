import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { warehouseOf } from "./shared"
import { refreshWaveProgress, undoWaveProgress, WaveProgressUndo } from "./update-wave-progress"

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
    const { released, undo } = await releaseFromWave(warehouseOf(container), input)
    return new StepResponse({ released }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoRelease(warehouseOf(container), undo)
  }
)

export const releaseFromWavesStepId = "oms-release-from-waves"

/**
 * `releaseWaveOrdersStep` over several waves (a re-route that releases a split order's parts),
 * then each wave's progress (a wave left with nothing to pick is "picked" or "canceled"). Callers
 * hold the waves' pick locks. Orders that stay in a wave are not picked by a release, so no other
 * shipment changes stage here.
 */
export const releaseFromWavesStep = createStep(
  releaseFromWavesStepId,
  async (input: { groups: Omit<ReleaseOrdersInput, "release_as">[] }, { container }) => {
    const warehouse = warehouseOf(container)
    const undo: { releases: Undo[]; progress: WaveProgressUndo[] } = { releases: [], progress: [] }
    try {
      for (const group of input.groups) {
        undo.releases.push((await releaseFromWave(warehouse, { ...group, release_as: "canceled" })).undo)
        undo.progress.push((await refreshWaveProgress(warehouse, group.wave_id)).undo)
      }
    } catch (error) {
      await undoReleases(warehouse, undo)
      throw error
    }
    return new StepResponse({ released: input.groups.flatMap((g) => g.order_ids) }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoReleases(warehouseOf(container), undo)
  }
)

async function undoReleases(warehouse: ReturnType<typeof warehouseOf>, undo: { releases: Undo[]; progress: WaveProgressUndo[] }) {
  for (const p of [...undo.progress].reverse()) await undoWaveProgress(warehouse, p)
  for (const u of [...undo.releases].reverse()) await undoRelease(warehouse, u)
}

async function releaseFromWave(warehouse: ReturnType<typeof warehouseOf>, input: ReleaseOrdersInput): Promise<{ released: string[]; undo: Undo }> {
    const undo: Undo = { input, lines: [], claims: [] }
    if (!input.order_ids.length) return { released: [], undo }
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
    return { released: claims.map((c) => c.order_id), undo }
}

async function undoRelease(warehouse: ReturnType<typeof warehouseOf>, undo: Undo) {
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

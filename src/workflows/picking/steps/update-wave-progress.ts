import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { warehouseOf } from "./shared"

export type WaveProgressUndo = { wave: { id: string; status: string; picked_at: Date | null }; orders: { id: string; status: string }[] }

export const updateWaveProgressStepId = "oms-update-wave-progress"

/**
 * After picks: waiting orders whose lines are all fully picked become "picked"; the wave is
 * "picking" once anything was picked and "picked" when no order waits any more ("canceled" when
 * every order was released). Returns the
 * orders that became picked now. Compensation restores the statuses.
 */
export const updateWaveProgressStep = createStep(
  updateWaveProgressStepId,
  async (input: { wave_id: string; order_ids?: string[] }, { container }) => {
    const { picked_order_ids, wave_status, undo } = await refreshWaveProgress(warehouseOf(container), input.wave_id, input.order_ids)
    return new StepResponse({ picked_order_ids, wave_status }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoWaveProgress(warehouseOf(container), undo)
  }
)

/**
 * The step's work, for steps that release orders from several waves at once. `orderIds`: only
 * these orders can have become picked (a pick touches one order), so only their lines are read;
 * the wave's status still counts every claim.
 */
export async function refreshWaveProgress(warehouse: ReturnType<typeof warehouseOf>, waveId: string, orderIds?: string[]) {
  const input = { wave_id: waveId }
  {
    const [wave] = await warehouse.listWaves({ id: input.wave_id })
    const [claims, lines] = await Promise.all([
      warehouse.listWaveOrders({ wave_id: input.wave_id }, { select: ["id", "order_id", "status"], take: null }),
      warehouse.listPickLines(
        { wave_id: input.wave_id, ...(orderIds ? { order_id: orderIds } : {}) },
        { select: ["order_id", "quantity", "picked_quantity"], take: null }
      ),
    ])
    const undo: WaveProgressUndo = { wave: { id: wave.id, status: wave.status, picked_at: wave.picked_at as Date | null }, orders: [] }
    const nowPicked: string[] = []
    for (const claim of claims.filter((c) => c.status === "waiting" && (!orderIds || orderIds.includes(c.order_id)))) {
      const mine = lines.filter((l) => l.order_id === claim.order_id)
      if (mine.length && mine.every((l) => l.picked_quantity >= l.quantity)) {
        await warehouse.updateWaveOrders({ id: claim.id, status: "picked" })
        undo.orders.push({ id: claim.id, status: claim.status })
        nowPicked.push(claim.order_id)
      }
    }
    const waiting = claims.filter((c) => c.status === "waiting").length - nowPicked.length
    const anyPicked = claims.some((c) => c.status === "picked") || nowPicked.length > 0
    // A wave left with no order (every one released by short picks) is void: canceled.
    const status =
      wave.status === "canceled" ? "canceled" : waiting > 0 ? "picking" : anyPicked ? "picked" : "canceled"
    if (status !== wave.status) {
      await warehouse.updateWaves({ id: wave.id, status, picked_at: status === "picked" ? new Date() : null })
    }
    return { picked_order_ids: nowPicked, wave_status: status, undo }
  }
}

export async function undoWaveProgress(warehouse: ReturnType<typeof warehouseOf>, undo: WaveProgressUndo) {
  for (const o of undo.orders) await warehouse.updateWaveOrders({ id: o.id, status: o.status as never })
  await warehouse.updateWaves({ id: undo.wave.id, status: undo.wave.status as never, picked_at: undo.wave.picked_at })
}

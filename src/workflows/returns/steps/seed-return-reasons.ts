import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { flattenReasonTree } from "../../../lib/returns"

export const seedReturnReasonsStepId = "oms-seed-return-reasons"

/**
 * Creates the plugin's default return reasons (lib/returns DEFAULT_RETURN_REASONS) that the
 * store does not have yet, parents first so each child is created under its parent. Medusa
 * does not keep reason values unique, so an existing value is left as it is and never doubled.
 * Compensation deletes what it created.
 */
export const seedReturnReasonsStep = createStep(
  seedReturnReasonsStepId,
  async (input: { locale?: "en" | "id" }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const rows = flattenReasonTree(undefined, input.locale ?? "en")
    const existing = await orders.listReturnReasons({ value: rows.map((r) => r.value) }, { select: ["id", "value"], take: null })
    const idOf = new Map(existing.map((r: { id: string; value: string }) => [r.value, r.id] as const))
    const created: string[] = []
    try {
      for (const row of rows) {
        if (idOf.has(row.value)) continue
        const parent = row.parent_value ? idOf.get(row.parent_value) ?? null : null
        const reason = (await orders.createReturnReasons({
          value: row.value,
          label: row.label,
          parent_return_reason_id: parent,
          metadata: { medusa_oms_cause: row.cause, labels: row.labels },
        } as never)) as unknown as { id: string }
        idOf.set(row.value, reason.id)
        created.push(reason.id)
      }
    } catch (error) {
      if (created.length) await orders.deleteReturnReasons(created)
      throw error
    }
    return new StepResponse({ created: created.length, existing: existing.length }, created)
  },
  async (created, { container }) => {
    if (created?.length) await container.resolve(Modules.ORDER).deleteReturnReasons(created)
  }
)

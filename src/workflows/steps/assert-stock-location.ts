import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"

/**
 * Composes Medusa's query step so a workflow fails with 404 when the stock location in its
 * input does not exist. Call it inside `createWorkflow`, once per workflow.
 */
export function assertStockLocationExists(input: WorkflowData<{ stock_location_id: string }>) {
  const filters = transform({ input }, ({ input }) => ({ id: input.stock_location_id }))
  useQueryGraphStep({
    entity: "stock_location",
    fields: ["id"],
    filters,
    options: { throwIfKeyNotFound: true },
  })
}

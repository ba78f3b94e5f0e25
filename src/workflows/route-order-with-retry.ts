import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryTransient, RetryPolicy, ROUTING_RETRY_POLICY } from "../lib/retry"
import { routeOrderWorkflow } from "./route-order"
import type { RouteOrderInput } from "./steps/load-routing-context"

/**
 * Runs routeOrderWorkflow and runs it again when it failed on a transient error (connection
 * dropped, database restarting, lock timeout): a failed run has compensated its reservation
 * moves, and a run for an order that got routed meanwhile is a no-op. Medusa's event buses do
 * not retry a failed subscriber by default (the local one never does), hence this.
 */
export async function routeOrderWithRetry(
  container: MedusaContainer,
  input: RouteOrderInput,
  policy: RetryPolicy = ROUTING_RETRY_POLICY
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return retryTransient(
    async () => (await routeOrderWorkflow(container).run({ input })).result,
    policy,
    {
      onRetry: ({ attempt, delay_ms, error }) =>
        logger.warn(
          `medusa-oms: routing order ${input.order_id} failed on try ${attempt} (${brief((error as Error)?.message)}); trying again in ${delay_ms} ms`
        ),
    }
  )
}

/** Database errors carry the whole SQL statement; the reason is at the end. */
function brief(message = ""): string {
  return message.length > 240 ? `…${message.slice(-200)}` : message
}

import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { allocateOrderStep } from "./steps/allocate-order"
import { loadRoutingContextStep, RouteOrderInput } from "./steps/load-routing-context"
import { recordRoutingDecisionStep } from "./steps/record-routing-decision"

export const OMS_ORDER_ROUTED_EVENT = "oms.order.routed"
export const routeOrderWorkflowId = "oms-route-order"

/**
 * Routes one order: chooses centre(s) per line, moves Medusa's reservations there and stores
 * the explained decision. Runs on order.placed (idempotent: later deliveries are no-ops) and
 * on an admin re-route. A per-order lock serialises duplicates and concurrent re-routes.
 */
export const routeOrderWorkflow = createWorkflow(
  routeOrderWorkflowId,
  (input: WorkflowData<RouteOrderInput>) => {
    const lockKey = transform({ input }, ({ input }) => `oms:route-order:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const context = loadRoutingContextStep(input)

    const recorded = when("oms-route-unless-already-routed", { context }, ({ context }) => !context.skip).then(
      () => {
        const allocation = allocateOrderStep({ context, target_location_id: input.target_location_id })
        const record = recordRoutingDecisionStep({ input, context, allocation })
        const eventData = transform({ context, record }, ({ context, record }) => ({
          order_id: context.order.id,
          decision_id: record.decision_id,
          stage: record.stage,
        }))
        emitEventStep({ eventName: OMS_ORDER_ROUTED_EVENT, data: eventData })
        return record
      }
    )

    releaseLockStep({ key: lockKey })

    const result = transform({ context, recorded }, ({ context, recorded }) => ({
      order_id: context.order.id,
      skipped: context.skip,
      decision_id: recorded?.decision_id ?? context.existing_decision_id,
      stage: recorded?.stage ?? null,
    }))
    return new WorkflowResponse(result)
  }
)

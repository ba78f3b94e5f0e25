import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockKeys } from "../lib/lock-keys"
import { releaseFromWavesStep } from "./picking/steps/return-picked-units"
import { allocateOrderStep } from "./steps/allocate-order"
import { checkRerouteShipmentsStep } from "./steps/check-reroute-shipments"
import { loadRoutingContextStep, RouteOrderInput } from "./steps/load-routing-context"
import { moveShipmentsStep } from "./steps/move-shipments"
import { recordRoutingDecisionStep } from "./steps/record-routing-decision"

export const OMS_ORDER_ROUTED_EVENT = "oms.order.routed"
export const routeOrderWorkflowId = "oms-route-order"

/**
 * Routes one order: chooses centre(s) per line, moves Medusa's reservations there, stores the
 * explained decision and moves the order's shipments. Runs on order.placed (idempotent: later
 * deliveries are no-ops) and on a re-route. A per-order lock serialises duplicates and
 * concurrent re-routes. A re-route leaves packed or shipped parts alone, refuses parts in a
 * pick wave unless asked to release them (then they leave the wave in this same workflow, so a
 * failure puts them back), and with `only_location_ids` routes only those centres' parts.
 */
export const routeOrderWorkflow = createWorkflow(
  routeOrderWorkflowId,
  (input: WorkflowData<RouteOrderInput>) => {
    const lockKey = transform({ input }, ({ input }) => lockKeys.order(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const context = loadRoutingContextStep(input)

    // a duplicate order.placed is skipped by the load step; the check is a no-op unless re-routing
    const scope = checkRerouteShipmentsStep(
      transform({ input, context }, ({ input, context }) => ({
        order_id: input.order_id,
        trigger: context.skip ? "skip" : input.trigger,
        release_from_wave: input.release_from_wave,
        only_location_ids: input.only_location_ids,
      }))
    )
    when("oms-route-releases-waved-parts", { scope }, ({ scope }) => scope.releases.length > 0).then(() => {
      const waveKeys = transform({ scope }, ({ scope }) => scope.releases.map((r) => lockKeys.wavePicks(r.wave_id)).sort())
      acquireLockStep({ key: waveKeys, timeout: 30, ttl: 120 }).config({ name: "oms-route-lock-waves" })
      releaseFromWavesStep(
        transform({ scope, input }, ({ scope, input }) => ({
          groups: scope.releases.map((r) => ({ ...r, actor: input.actor ?? null })),
        }))
      )
      moveShipmentsStep(
        transform({ scope, input }, ({ scope, input }) => ({
          moves: scope.releases.map((r) => ({
            order_id: input.order_id,
            stock_location_id: r.stock_location_id,
            action: "release" as const,
            strict: true,
            patch: { wave_id: null },
            details: { wave_id: r.wave_id, reason: "released from its wave to be re-routed" },
          })),
          actor: input.actor ?? null,
        }))
      ).config({ name: "oms-route-release-shipments" })
      releaseLockStep({ key: waveKeys }).config({ name: "oms-route-unlock-waves" })
    })

    const recorded = when("oms-route-unless-already-routed", { context }, ({ context }) => !context.skip).then(
      () => {
        const allocation = allocateOrderStep(
          transform({ context, input, scope }, ({ context, input, scope }) => ({
            context,
            target_location_id: input.target_location_id,
            pinned: scope.pinned,
          }))
        )
        const record = recordRoutingDecisionStep({ input, context, allocation, scope })
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

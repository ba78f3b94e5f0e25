import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isFulfilled, isInWave, isOpen, PinnedPart, ShipmentStage, WaveRelease, waveReleases } from "../../lib/journey"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"

export interface CheckRerouteInput {
  order_id: string
  trigger: string
  /** Take parts that sit in a pick wave out of it (picked units back to their bins) and re-route them. */
  release_from_wave?: boolean
  /** Re-route only the parts at these centres (plus the back-ordered part); the others stay as they are. */
  only_location_ids?: string[] | null
}

export interface RerouteScope {
  pinned: PinnedPart[]
  pinned_shipment_ids: string[]
  /** Parts to take out of their wave first, one entry per wave. */
  releases: WaveRelease[]
}

export const checkRerouteShipmentsStepId = "oms-check-reroute-shipments"

/**
 * Read-only, under the order's lock. Decides which shipments a re-route may move:
 * - parts already packed, shipped or delivered stay (Medusa has fulfilled them);
 * - with `only_location_ids`, parts at other centres stay whatever their stage;
 * - a part in a pick wave is refused, naming the wave and its centre, unless the admin asked to
 *   release it: then it is taken out of the wave and routed again, all in the same workflow.
 * Nothing left to route is refused too. A confirmed order edit (trigger "order_edit") is a re-route
 * that always releases its waved parts and may route only lines the edit added.
 */
export const checkRerouteShipmentsStep = createStep(
  checkRerouteShipmentsStepId,
  async (input: CheckRerouteInput, { container }) => {
    const scope: RerouteScope = { pinned: [], pinned_shipment_ids: [], releases: [] }
    if (input.trigger !== "reroute" && input.trigger !== "order_edit") return new StepResponse(scope)
    // a confirmed order edit has changed what the wave's pick list holds: its parts leave the wave
    const release = input.release_from_wave || input.trigger === "order_edit"
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const shipments = (await oms.listShipments({ order_id: input.order_id }, { take: null })).filter(
      (s) => isOpen(s.stage)
    )
    const only = input.only_location_ids?.length ? new Set(input.only_location_ids) : null
    let movable = 0
    for (const s of shipments) {
      const stage = s.stage as ShipmentStage
      const outOfScope = only && s.stock_location_id && !only.has(s.stock_location_id)
      if (isFulfilled(stage) || outOfScope) {
        if (s.stock_location_id) {
          scope.pinned.push({ stock_location_id: s.stock_location_id, lines: s.lines ?? [], reserved: !isFulfilled(stage) })
        }
        scope.pinned_shipment_ids.push(s.id)
        continue
      }
      if (isInWave(stage)) {
        if (!release) {
          const where = await locationName(container, s.stock_location_id)
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `this order is in pick wave ${s.wave_id} at ${where} (${stage}): finish or cancel that wave first, or re-route with release_from_wave to take it out of the wave`
          )
        }
      }
      movable++
    }
    scope.releases = waveReleases(shipments.filter((s) => !scope.pinned_shipment_ids.includes(s.id)))
    // an edit may add lines to an order whose parts are all packed: they get a part of their own
    if (shipments.length && !movable && input.trigger !== "order_edit") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "every part of this order is already packed or shipped: there is nothing left to re-route")
    }
    return new StepResponse(scope)
  }
)

async function locationName(container: { resolve: Function }, id: string | null) {
  if (!id) return "no centre"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["name"], filters: { id } })
  return data[0]?.name ?? id
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"

/** The customer's ratings of the order (one per delivered shipment's link, or one from their account), newest first. */
export async function loadOrderFeedback(container: MedusaContainer, orderId: string) {
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const rows = await oms.listFeedbacks({ order_id: orderId }, { order: { created_at: "DESC" }, take: 20 })
  return rows.map((f) => ({
    id: f.id,
    shipment_id: f.shipment_id,
    stock_location_id: f.stock_location_id,
    rating: Number(f.rating),
    comment: f.comment,
    source: f.source,
    created_at: f.created_at,
  }))
}

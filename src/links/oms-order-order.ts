import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OmsModule from "../modules/oms"

/** Read-only link from the OMS view of an order to Medusa's order (`oms_order.order`). */
export default defineLink(
  { linkable: OmsModule.linkable.omsOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)

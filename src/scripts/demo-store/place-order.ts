import type { MedusaContainer } from "@medusajs/framework/types"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"

export interface OrderAddress {
  first_name: string
  last_name: string
  address_1: string
  city: string
  province?: string
  postal_code?: string
  country_code: string
  metadata?: Record<string, unknown>
}

const shippingOptions = new WeakMap<MedusaContainer, Map<string, string>>()
const shippingOptionFor = (container: MedusaContainer) => {
  if (!shippingOptions.has(container)) shippingOptions.set(container, new Map())
  return shippingOptions.get(container)!
}

/**
 * Places an order through the same workflows the store API runs for cart → complete, for the
 * demo seed (which runs without an HTTP server). The shipping options offered are asked for
 * once per sales channel and country (the storefront's list step), then reused.
 */
export async function placeOrderThroughCart(
  container: MedusaContainer,
  input: {
    region_id: string
    sales_channel_id: string
    email: string
    address: OrderAddress
    items: { variant_id: string; quantity: number }[]
  }
): Promise<string> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      email: input.email,
      shipping_address: input.address,
      billing_address: input.address,
      items: input.items,
    },
  })
  // every cart of one channel to one country is offered the same options: ask Medusa once
  const offered = shippingOptionFor(container)
  const key = `${input.sales_channel_id}|${input.address.country_code}`
  if (!offered.has(key)) {
    const { result: options } = await listShippingOptionsForCartWorkflow(container).run({
      input: { cart_id: cart.id, is_return: false },
    })
    offered.set(key, options[0].id)
  }
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: offered.get(key)! }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return result.id
}

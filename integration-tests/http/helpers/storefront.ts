/** A storefront's checkout, step by step over the store API (what @medusajs/js-sdk does). */
export interface StorefrontAddress {
  first_name?: string
  last_name?: string
  address_1?: string
  city: string
  province?: string
  postal_code?: string
  country_code: string
  metadata?: Record<string, unknown>
}

export interface StoreCartInput {
  publishableKey: string
  regionId: string
  items: { variant_id: string; quantity: number }[]
  address: StorefrontAddress
  email?: string
}

/** Everything a storefront does before "Place order": cart, address, shipping, payment session. */
export async function prepareStoreCart(api: any, opts: StoreCartInput): Promise<string> {
  const headers = { "x-publishable-api-key": opts.publishableKey }
  const address = { first_name: "Budi", last_name: "Santoso", address_1: "Jl. Merdeka 1", ...opts.address }
  const { data: cartData } = await api.post(
    "/store/carts",
    { region_id: opts.regionId, email: opts.email ?? `buyer-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, items: opts.items },
    { headers }
  )
  const cartId = cartData.cart.id
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, { headers })
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    { headers }
  )
  return cartId
}

/** "Place order": the order, or Medusa's answer (status and body) when it refused. */
export async function completeStoreCart(
  api: any,
  publishableKey: string,
  cartId: string
): Promise<{ order?: { id: string }; error?: string; status?: number; body?: any }> {
  const headers = { "x-publishable-api-key": publishableKey }
  const { data, status } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch((e: any) => ({
    status: e.response?.status,
    data: { type: "error", error: e.response?.data ?? e.message },
  }))
  if (data.type === "order") {
    return { order: data.order }
  }
  return { error: JSON.stringify(data.error), status, body: data.error }
}

export async function placeStoreOrder(
  api: any,
  opts: StoreCartInput
): Promise<{ order?: { id: string }; error?: string; status?: number; body?: any }> {
  return completeStoreCart(api, opts.publishableKey, await prepareStoreCart(api, opts))
}

/** Waits until the order.placed subscriber has stored a decision for the order. */
export async function waitForRouting(api: any, orderId: string, headers: Record<string, string>, timeoutMs = 20000) {
  const started = Date.now()
  for (;;) {
    const { data } = await api.get(`/admin/oms/orders/${orderId}`, { headers })
    // the decision row is written before the stage: wait for both
    if (data.order.routing && data.order.stage !== "placed") {
      return data.order
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`order ${orderId} was not routed within ${timeoutMs} ms`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Places an order of `[sku, quantity]` lines for the test store's catalogue; throws when checkout fails. */
export async function placeOrderOf(
  api: any,
  store: { basics: { publishable_key: string }; regionId: string; catalog: Record<string, { variant_id: string }> },
  items: [string, number][],
  address: StorefrontAddress
): Promise<string> {
  const placed = await placeStoreOrder(api, {
    publishableKey: store.basics.publishable_key,
    regionId: store.regionId,
    items: items.map(([sku, quantity]) => ({ variant_id: store.catalog[sku].variant_id, quantity })),
    address,
  })
  if (!placed.order) throw new Error(`checkout failed: ${placed.error}`)
  return placed.order.id
}

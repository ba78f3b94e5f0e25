import type { MedusaContainer } from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"

/** A registered storefront customer's bearer token (what a logged-in shopper sends). */
export async function createCustomerHeaders(container: MedusaContainer) {
  return (await createCustomer(container)).headers
}

/** A registered storefront customer: their id and the headers they send. */
export async function createCustomer(container: MedusaContainer) {
  const email = `shopper-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email, has_account: true })
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const token = generateJwtToken(
    { actor_id: customer.id, actor_type: "customer", auth_identity_id: identity.id, app_metadata: { customer_id: customer.id } },
    { secret: process.env.JWT_SECRET || "supersecret", expiresIn: "1d" }
  )
  return { customer_id: customer.id, headers: { authorization: `Bearer ${token}` } }
}

/** A publishable API key (what every storefront request carries). */
export async function createPublishableKey(container: MedusaContainer) {
  const [key] = await container.resolve(Modules.API_KEY).createApiKeys([{ title: "Storefront", type: "publishable", created_by: "test" }])
  return key.token as string
}

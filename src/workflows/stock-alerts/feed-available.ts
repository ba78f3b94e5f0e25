import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Whether the host has an enabled notification provider on the admin's "feed" channel. Medusa
 * marks providers missing from the config as disabled at boot, so this is what its
 * `createNotifications` will find (a host that configures its own providers loses the default feed).
 */
export async function feedAvailable(container: { resolve: (key: string) => unknown }): Promise<boolean> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const { rows } = await knex.raw(
    `select 1 from notification_provider where is_enabled and deleted_at is null and 'feed' = any(channels) limit 1`
  )
  return rows.length > 0
}

import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import RedisLocking from "@medusajs/medusa/locking-redis"
import { OrderedRedisLockingProvider } from "./service"

/**
 * `medusa-oms/providers/locking-redis-ordered`: register it in place of
 * `@medusajs/medusa/locking-redis` (same options); README "One server, several workers".
 */
export default ModuleProvider(Modules.LOCKING, {
  services: [OrderedRedisLockingProvider],
  loaders: RedisLocking.loaders,
})

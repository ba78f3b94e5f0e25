/**
 * Development store configuration. This repository is itself a runnable Medusa store that
 * loads medusa-oms from `src/` — used by the demo (`npm run demo`) and the test suites.
 * It is not part of the published package: a host store registers the built plugin with
 * `plugins: [{ resolve: "medusa-oms", options }]` instead.
 */
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

// Same options a host passes to the plugin (see README "Options").
const omsOptions = {
  strategy: process.env.OMS_STRATEGY || "closest_full_stock",
  maxShipments: Number(process.env.OMS_MAX_SHIPMENTS || 3),
}
const workerMode = (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared"

// With REDIS_URL the store runs on Medusa's Redis engine (events, workflows, locks, cache), which
// is what a 1 server + N workers deployment needs (README "One server, several workers").
// Without it, everything stays in-process.
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              // Medusa's Redis provider taking several keys in one order (README "One server, several workers")
              resolve: "./src/providers/locking-redis-ordered",
              id: "locking-redis-ordered",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    // workers serve no HTTP traffic: no admin bundle on them
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true" || workerMode === "worker",
  },
  modules: [
    { resolve: "./src/modules/oms", options: omsOptions },
    { resolve: "./src/modules/warehouse" },
    { resolve: "./src/modules/stock" },
    // Medusa's local provider on "feed" (the admin's notifications) and "email" (it logs the
    // message instead of sending it), so the demo and the tests see the delivery feedback email.
    // A host configures its real email provider here.
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        // OMS_DEV_NO_FEED=true: a host whose providers leave out the feed (the stock-alert spec for that case)
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: process.env.OMS_DEV_NO_FEED === "true" ? ["email"] : ["feed", "email"] },
          },
        ],
      },
    },
    ...redisModules,
  ],
})

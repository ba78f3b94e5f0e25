import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import routeUnroutedOrders from "../../src/jobs/route-unrouted-orders"
import { ROUTING_RETRY_POLICY } from "../../src/lib/retry"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { JAKARTA } from "./helpers/fixtures"

jest.setTimeout(120 * 1000)

/*
 * Real transient failures, made by PostgreSQL itself: a trigger on the decision table makes the
 * database server terminate the routing connection on the first `n` inserts (a dropped
 * connection, exactly what a database restart does to a running routing). The sequence counts
 * every insert attempt, including the ones whose transaction died, so the tests can tell how
 * many tries routing made.
 */
const dropConnectionOnFirstDecisionWrites = (n: number) => `
  create sequence if not exists oms_test_decision_writes;
  create or replace function oms_test_drop_connection() returns trigger language plpgsql as $$
  begin
    if nextval('oms_test_decision_writes') <= ${n} then
      perform pg_terminate_backend(pg_backend_pid());
      perform pg_sleep(5);
    end if;
    return new;
  end $$;
  create trigger oms_test_drop_connection before insert on oms_routing_decision
    for each row execute function oms_test_drop_connection();
`
const REMOVE_FAULT = `
  drop trigger if exists oms_test_drop_connection on oms_routing_decision;
  drop function if exists oms_test_drop_connection();
  drop sequence if exists oms_test_decision_writes;
`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    beforeEach(async () => {
      store = await buildOmsStore(getContainer())
      headers = (await createAdminHeaders(getContainer())).headers
    })
    afterEach(async () => {
      await knex().raw(REMOVE_FAULT)
    })

    const decisionWriteAttempts = async () =>
      Number((await knex().raw(`select last_value, is_called from oms_test_decision_writes`)).rows[0].last_value)
    const decisionsOf = async (orderId: string) =>
      (await knex().raw(`select sequence from oms_routing_decision where order_id = ? and deleted_at is null`, [orderId])).rows
    const reservedAt = async (sku: string) => {
      const levels = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: store.catalog[sku].inventory_item_id })
      return Object.fromEntries(levels.map((l) => [l.location_id, Number(l.reserved_quantity)]))
    }
    const reservationsOf = async (orderId: string) => {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=items.id`, { headers })
      const lineIds = data.order.items.map((i: { id: string }) => i.id)
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineIds })
      return reservations.map((r) => ({ location_id: r.location_id, quantity: Number(r.quantity) }))
    }
    const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000) => {
      const started = Date.now()
      while (!(await check())) {
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    const backdate = async (orderId: string, minutes: number) =>
      getContainer()
        .resolve(Modules.ORDER)
        .updateOrders([{ id: orderId, created_at: new Date(Date.now() - minutes * 60_000) } as never])

    it("tries again when the database drops the routing connection: one decision, reservations moved once", async () => {
      await knex().raw(dropConnectionOnFirstDecisionWrites(1))

      const orderId = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
      const routed = await waitForRouting(api, orderId, headers)

      expect(await decisionWriteAttempts()).toBe(2) // the first try really failed
      expect(routed.stage).toBe("routed")
      expect(routed.routing.allocations.map((a: any) => a.stock_location_id)).toEqual([store.centers.jakarta])
      expect(await decisionsOf(orderId)).toEqual([{ sequence: 1 }])
      expect(routed.timeline.map((e: any) => e.stage)).toEqual(["placed", "routed"])
      // The failed try put the reservation back where checkout made it; the second moved it once.
      expect(await reservationsOf(orderId)).toEqual([{ location_id: store.centers.jakarta, quantity: 2 }])
      expect(await reservedAt("TEE")).toEqual({
        [store.centers.medan]: 0,
        [store.centers.jakarta]: 2,
        [store.centers.surabaya]: 0,
      })
    })

    it("routes an order whose every try failed once it is old enough, and leaves young and canceled orders alone", async () => {
      // Both orders exhaust the subscriber's tries.
      await knex().raw(dropConnectionOnFirstDecisionWrites(2 * ROUTING_RETRY_POLICY.attempts))
      const stranded = await placeOrderOf(api, store, [["TEE", 2]], JAKARTA)
      const canceled = await placeOrderOf(api, store, [["SAMBAL", 1]], JAKARTA)
      await waitFor("the subscriber to give up", async () => (await decisionWriteAttempts()) >= 2 * ROUTING_RETRY_POLICY.attempts)
      await waitFor("the last try's compensation", async () => {
        const reserved = await reservedAt("TEE")
        return reserved[store.centers.medan] === 2 && reserved[store.centers.jakarta] === 0
      })

      expect(await decisionsOf(stranded)).toEqual([])
      // Every failed try compensated: the reservation is still where Medusa's checkout put it
      // (Medan, first in link order), reserved once.
      expect(await reservationsOf(stranded)).toEqual([{ location_id: store.centers.medan, quantity: 2 }])
      expect(await reservedAt("TEE")).toEqual({
        [store.centers.medan]: 2,
        [store.centers.jakarta]: 0,
        [store.centers.surabaya]: 0,
      })

      await api.post(`/admin/orders/${canceled}/cancel`, {}, { headers })

      // Too young: the subscriber may still be on it.
      expect(await routeUnroutedOrders(getContainer())).toMatchObject({ unrouted: 0, routed: 0 })
      expect(await decisionsOf(stranded)).toEqual([])

      await backdate(stranded, 10)
      await backdate(canceled, 10)
      expect(await routeUnroutedOrders(getContainer())).toMatchObject({ unrouted: 1, routed: 1 })

      const { data } = await api.get(`/admin/oms/orders/${stranded}`, { headers })
      expect(data.order.stage).toBe("routed")
      expect(data.order.routing.allocations.map((a: any) => a.stock_location_id)).toEqual([store.centers.jakarta])
      expect(await decisionsOf(stranded)).toEqual([{ sequence: 1 }])
      expect(await reservationsOf(stranded)).toEqual([{ location_id: store.centers.jakarta, quantity: 2 }])
      expect(await decisionsOf(canceled)).toEqual([])

      // A second run finds nothing left to do.
      expect(await routeUnroutedOrders(getContainer())).toMatchObject({ unrouted: 0, routed: 0 })
    })
  },
})

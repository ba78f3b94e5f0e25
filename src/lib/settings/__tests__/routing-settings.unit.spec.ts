import fc from "fast-check"
import { EMPTY_ROUTING_SETTINGS, effectiveRoutingSettings, routingSettingsChange, type StoredRoutingSettings } from "../routing-settings"
import { ROUTING_STRATEGIES } from "../../routing/types"

const defaults = { strategy: "closest_full_stock" as const, maxShipments: 3, shippingCosts: { per_parcel: 9000, per_kg_km: 20, zones: { jkt: [{ per_parcel: 5000, per_kg: 1000 }] } } }

describe("routing settings", () => {
  it("uses the plugin options where nothing is saved, and says so", () => {
    expect(effectiveRoutingSettings(defaults, null)).toEqual({
      strategy: "closest_full_stock",
      max_shipments: 3,
      costs: defaults.shippingCosts,
      source: { strategy: "default", max_shipments: "default", per_parcel: "default", per_kg_km: "default" },
    })
  })

  it("a saved value wins field by field; the zone tables stay the options'", () => {
    const out = effectiveRoutingSettings(defaults, { ...EMPTY_ROUTING_SETTINGS, strategy: "cost", per_kg_km: 0 })
    expect(out).toMatchObject({ strategy: "cost", max_shipments: 3, costs: { per_parcel: 9000, per_kg_km: 0, zones: defaults.shippingCosts.zones } })
    expect(out.source).toEqual({ strategy: "saved", max_shipments: "default", per_parcel: "default", per_kg_km: "saved" })
  })

  it("ignores a stored strategy this version does not know (a downgrade) instead of routing with it", () => {
    expect(effectiveRoutingSettings(defaults, { ...EMPTY_ROUTING_SETTINGS, strategy: "teleport" as never }).strategy).toBe("closest_full_stock")
  })

  it("records only what changed, and applying the change to before gives after", () => {
    const stored = fc.record<StoredRoutingSettings>({
      strategy: fc.constantFrom(null, ...ROUTING_STRATEGIES),
      max_shipments: fc.option(fc.integer({ min: 1, max: 20 })),
      per_parcel: fc.option(fc.integer({ min: 0, max: 100000 })),
      per_kg_km: fc.option(fc.integer({ min: 0, max: 100 })),
    })
    fc.assert(
      fc.property(stored, stored, (before, after) => {
        const change = routingSettingsChange(before, after)
        expect({ ...before, ...change.after }).toEqual(after)
        for (const key of Object.keys(change.after) as (keyof StoredRoutingSettings)[]) expect(before[key]).not.toBe(after[key])
      })
    )
  })
})

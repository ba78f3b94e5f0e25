import type { Destination, LineDemand } from "../../src/lib/routing"
import type { DemoDestination } from "../../src/scripts/demo-data/demo-centers"
import type { Product } from "./catalogue"
import { pickQuantity } from "./catalogue"
import { randomInt, weightedPicker, type Random } from "./prng"

export interface SyntheticOrder {
  id: string
  destination: Destination
  lines: LineDemand[]
}

/** Orders from cities weighted by population, jittered ~±15 km around the centre; 1-4 lines each. */
export function generateOrders(
  count: number,
  destinations: DemoDestination[],
  catalogue: Product[],
  random: Random
): SyntheticOrder[] {
  const pickCity = weightedPicker(destinations, (d) => d.weight)
  const pickProduct = weightedPicker(catalogue, (p) => p.weight)
  const orders: SyntheticOrder[] = []
  for (let n = 0; n < count; n++) {
    const city = pickCity(random)
    const products = new Set<Product>()
    const lineCount = randomInt(random, 1, 4)
    while (products.size < lineCount) products.add(pickProduct(random))
    orders.push({
      id: `order-${n + 1}`,
      destination: {
        point: {
          latitude: city.latitude + (random() - 0.5) * 0.27,
          longitude: city.longitude + (random() - 0.5) * 0.27,
        },
        country_code: "ID",
        province: city.province,
        source: `bench: ${city.city}`,
      },
      lines: [...products].map((product, i) => ({
        line_item_id: `${`order-${n + 1}`}-line-${i + 1}`,
        quantity: pickQuantity(random),
        components: product.components,
        unit_weight_g: product.unit_weight_g,
      })),
    })
  }
  return orders
}

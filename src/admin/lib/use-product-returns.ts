import { useQuery } from "@tanstack/react-query"
import type { ProductReturnsResponse } from "./measure-types"
import { sdk } from "./sdk"

/** GET /admin/oms/products/:id/returns over the last `days` days. */
export function useProductReturns(productId: string, days?: number) {
  return useQuery({
    queryKey: ["oms", "product-returns", productId, days ?? null],
    queryFn: () => sdk.client.fetch<ProductReturnsResponse>(`/admin/oms/products/${productId}/returns`, { query: days ? { days } : {} }),
    select: (data) => data.product_returns,
    enabled: !!productId,
  })
}

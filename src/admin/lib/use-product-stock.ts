import { useQuery } from "@tanstack/react-query"
import type { ProductStock } from "../../api/admin/oms/products/[id]/stock/product-stock-types"
import { sdk } from "./sdk"

/** GET /admin/oms/products/:id/stock: each variant's stock-health rows by centre. */
export function useProductStock(productId: string) {
  return useQuery({
    queryKey: ["oms", "product-stock", productId],
    queryFn: () => sdk.client.fetch<{ product_stock: ProductStock }>(`/admin/oms/products/${productId}/stock`),
    select: (data) => data.product_stock,
    enabled: !!productId,
  })
}

import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

type VariantName = { sku: string | null; title: string | null; product?: { title: string | null } | null }

/**
 * SKU → the product's name, for rows that only know the inventory item's own title (Medusa names
 * an item after its variant: "L", "250 g"); null while unknown.
 */
export function useProductNamesBySku(skus: (string | null)[]): (sku: string | null) => string | null {
  const unique = [...new Set(skus.filter((s): s is string => !!s))].sort()
  const { data } = useQuery({
    queryKey: ["oms", "variant-names", unique],
    queryFn: () => sdk.client.fetch<{ variants: VariantName[] }>("/admin/product-variants", { query: { sku: unique, fields: "sku,title,product.title", limit: unique.length } }),
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
  })
  const names = new Map((data?.variants ?? []).filter((v) => v.sku && v.product?.title).map((v) => [v.sku as string, v.product!.title as string]))
  return (sku) => (sku ? names.get(sku) ?? null : null)
}

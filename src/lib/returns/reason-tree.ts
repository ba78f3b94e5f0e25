import type { LocalisedText, RootCause } from "./facts"

/** A return reason as the plugin seeds it into Medusa; children become child reasons. */
export interface ReturnReasonNode {
  /** Medusa's `return_reason.value`: stable snake_case, `oms_`-prefixed so it never meets a merchant's own. */
  value: string
  label: LocalisedText
  /** Every node has one, parents too: a storefront may let the customer stop at a parent. */
  cause: RootCause
  children?: readonly ReturnReasonNode[]
}

/**
 * The default reasons. Each group holds one cause only, so the tree is also the answer for a
 * customer who picked a group without a leaf. "Other" is there because a storefront needs an
 * honest way out; it counts as `other`.
 */
export const DEFAULT_RETURN_REASONS: readonly ReturnReasonNode[] = [
  {
    value: "oms_wrong_item",
    label: { en: "Wrong or missing item", id: "Barang salah atau kurang" },
    cause: "wrong_item",
    children: [
      { value: "oms_wrong_item_wrong_product", label: { en: "Wrong product sent", id: "Produk yang dikirim salah" }, cause: "wrong_item" },
      { value: "oms_wrong_item_wrong_size_sent", label: { en: "Wrong size or variant sent", id: "Ukuran atau varian yang dikirim salah" }, cause: "wrong_item" },
      { value: "oms_wrong_item_missing_item", label: { en: "Item missing from the parcel", id: "Barang tidak ada di dalam paket" }, cause: "wrong_item" },
    ],
  },
  {
    value: "oms_damaged",
    label: { en: "Arrived damaged", id: "Barang rusak" },
    cause: "damaged",
    children: [
      { value: "oms_damaged_in_transit", label: { en: "Damaged in transit", id: "Rusak dalam pengiriman" }, cause: "damaged" },
      { value: "oms_damaged_poorly_packed", label: { en: "Poorly packed", id: "Dikemas dengan kurang baik" }, cause: "damaged" },
    ],
  },
  { value: "oms_late_delivery", label: { en: "Arrived too late", id: "Pengiriman terlambat" }, cause: "late_delivery" },
  {
    value: "oms_product_issue",
    label: { en: "Problem with the product", id: "Masalah pada produk" },
    cause: "product",
    children: [
      { value: "oms_product_size_does_not_fit", label: { en: "Size doesn't fit", id: "Ukuran tidak pas" }, cause: "product" },
      { value: "oms_product_not_as_described", label: { en: "Not as described", id: "Tidak sesuai deskripsi" }, cause: "product" },
      { value: "oms_product_quality_defect", label: { en: "Poor quality or defective", id: "Kualitas buruk atau cacat" }, cause: "product" },
    ],
  },
  { value: "oms_changed_mind", label: { en: "Changed my mind", id: "Berubah pikiran" }, cause: "changed_mind" },
  { value: "oms_other", label: { en: "Other", id: "Lainnya" }, cause: "other" },
]

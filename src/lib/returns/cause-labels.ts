import type { LocalisedText, RootCause } from "./facts"

/** How the returns page names each cause. */
export const ROOT_CAUSE_LABELS: Record<RootCause, LocalisedText> = {
  wrong_item: { en: "Wrong or missing item", id: "Barang salah atau kurang" },
  damaged: { en: "Damaged in transit or poorly packed", id: "Rusak dalam pengiriman atau kemasan kurang baik" },
  late_delivery: { en: "Late delivery", id: "Pengiriman terlambat" },
  product: { en: "Product problem", id: "Masalah produk" },
  changed_mind: { en: "Changed mind", id: "Berubah pikiran" },
  other: { en: "Other or unknown", id: "Lainnya atau tidak diketahui" },
}

/**
 * What demo customers write when they send something back, by the return reason they pick, in
 * the words an Indonesian shopper would use, so the returns page and the product card show
 * real-looking quotes instead of a placeholder.
 */
const WORDS: Record<string, string[]> = {
  oms_wrong_item_wrong_product: ["Yang datang bukan barang yang saya pesan", "Barangnya beda dengan pesanan"],
  oms_wrong_item_wrong_size_sent: ["Saya pesan ukuran M, yang datang L", "Variannya tertukar"],
  oms_wrong_item_missing_item: ["Satu barang tidak ada di paket", "Isi paket kurang"],
  oms_damaged_in_transit: ["Sampai dalam keadaan penyok", "Botolnya pecah waktu sampai"],
  oms_damaged_poorly_packed: ["Kemasannya tipis sekali, isinya tumpah", "Kardusnya sobek"],
  oms_late_delivery: ["Sampainya telat, acaranya sudah lewat", "Terlalu lama sampai"],
  oms_product_size_does_not_fit: ["Ukurannya kekecilan", "Kebesaran untuk saya"],
  oms_product_not_as_described: ["Warnanya beda dengan foto", "Tidak sesuai deskripsi"],
  oms_product_quality_defect: ["Jahitannya lepas", "Rasanya sudah tidak enak"],
  oms_changed_mind: ["Tidak jadi pakai", "Sudah beli di tempat lain"],
  oms_other: ["Mau tukar saja"],
}

/** A customer's words for a return with this reason; `roll` in [0, 1) picks one. */
export function demoReturnWords(reasonValue: string, roll: number): string {
  const words = WORDS[reasonValue] ?? WORDS.oms_other
  return words[Math.floor(roll * words.length) % words.length]
}

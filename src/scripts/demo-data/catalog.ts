/**
 * The demo catalogue of "Toko Nusantara": 17 products × 3 variants, with realistic IDR prices,
 * shipping weights (grams, packed) and parcel sizes (cm), how often customers pick each variant,
 * and the opening stock per fulfilment centre.
 *
 * Stock is spread unevenly on purpose, so that routing has something to decide:
 * - Jakarta holds most SKUs in depth, Surabaya about half of them, Medan and Makassar a few;
 * - regional goods live mainly near their origin (Gayo coffee in Medan, Toraja coffee, sambal roa
 *   and Sumbawa honey in Makassar, Sidoarjo crackers in Surabaya) and some SKUs sit in one centre
 *   only (tumblers: Jakarta; Gayo 1 kg: Medan; sambal roa pack: Makassar) — orders mixing them
 *   with Java goods are split;
 * - six variants allow back-orders and have almost no stock (songket, kebaya L, Toraja and honey
 *   1 kg): Medusa accepts their checkout even when no centre has enough, and the OMS back-orders
 *   the missing units. They are never restocked by the seed.
 */
import type { ProductSpec, VariantSpec } from "../demo-store"

/** Stock columns, in this order, are the `id`s of `demo-centers.ts`. */
export const STOCK_COLUMNS = ["demo-jakarta", "demo-surabaya", "demo-medan", "demo-makassar"] as const
export type CenterKey = (typeof STOCK_COLUMNS)[number]

/** Opening units at [Jakarta, Surabaya, Medan, Makassar]. */
type StockRow = [number, number, number, number]

export interface DemoVariant extends VariantSpec {
  /** Relative demand inside its product (sizes: M sells best; coffee: the small bag). */
  demand: number
  stock: Record<CenterKey, number>
}

export interface DemoProduct {
  title: string
  handle: string
  /** Relative demand of the product in the whole shop. */
  popularity: number
  variants: DemoVariant[]
}

type Size = [number, number, number]

function variant(
  sku: string,
  title: string,
  price: number,
  weight_g: number,
  [length_cm, width_cm, height_cm]: Size,
  demand: number,
  stock: StockRow,
  allow_backorder = false
): DemoVariant {
  return {
    sku,
    title,
    price,
    weight_g,
    length_cm,
    width_cm,
    height_cm,
    allow_backorder,
    demand,
    stock: Object.fromEntries(STOCK_COLUMNS.map((key, i) => [key, stock[i]])) as Record<CenterKey, number>,
  }
}

const BACKORDER = true

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    title: "Kemeja Batik Parang",
    handle: "kemeja-batik-parang",
    popularity: 9,
    variants: [
      variant("BTK-PRG-S", "S", 289000, 260, [32, 26, 4], 2, [40, 20, 0, 0]),
      variant("BTK-PRG-M", "M", 289000, 280, [32, 26, 4], 3, [60, 30, 8, 0]),
      variant("BTK-PRG-L", "L", 289000, 300, [32, 26, 4], 2, [40, 20, 0, 0]),
    ],
  },
  {
    title: "Kemeja Batik Mega Mendung",
    handle: "kemeja-batik-mega-mendung",
    popularity: 7,
    variants: [
      variant("BTK-MGM-S", "S", 325000, 270, [32, 26, 4], 2, [25, 12, 0, 0]),
      variant("BTK-MGM-M", "M", 325000, 290, [32, 26, 4], 3, [35, 18, 0, 0]),
      variant("BTK-MGM-L", "L", 325000, 310, [32, 26, 4], 2, [25, 12, 0, 0]),
    ],
  },
  {
    title: "Kebaya Encim Bordir",
    handle: "kebaya-encim-bordir",
    popularity: 4,
    variants: [
      variant("KBY-ENC-S", "S", 450000, 320, [35, 28, 5], 2, [10, 6, 0, 0]),
      variant("KBY-ENC-M", "M", 450000, 340, [35, 28, 5], 3, [14, 8, 0, 0]),
      variant("KBY-ENC-L", "L", 450000, 360, [35, 28, 5], 1, [3, 0, 0, 0], BACKORDER),
    ],
  },
  {
    title: "Sarung Tenun Samarinda",
    handle: "sarung-tenun-samarinda",
    popularity: 4,
    variants: [
      variant("SRG-SMD-MRH", "Merah Marun", 375000, 480, [35, 25, 6], 3, [10, 0, 0, 8]),
      variant("SRG-SMD-BIR", "Biru Laut", 375000, 480, [35, 25, 6], 2, [8, 4, 0, 6]),
      variant("SRG-SMD-HJU", "Hijau Botol", 375000, 480, [35, 25, 6], 1, [6, 0, 0, 6]),
    ],
  },
  {
    title: "Kain Songket Palembang",
    handle: "kain-songket-palembang",
    popularity: 1.5,
    variants: [
      variant("SGK-PLB-EMS", "Emas", 1250000, 650, [40, 30, 6], 2, [2, 0, 0, 0], BACKORDER),
      variant("SGK-PLB-MRH", "Merah", 1250000, 650, [40, 30, 6], 1, [1, 0, 0, 0], BACKORDER),
      variant("SGK-PLB-UNG", "Ungu", 1250000, 650, [40, 30, 6], 1, [0, 0, 1, 0], BACKORDER),
    ],
  },
  {
    title: "Kopi Arabika Gayo",
    handle: "kopi-arabika-gayo",
    popularity: 7,
    variants: [
      variant("KOP-GAY-250", "250 g", 95000, 270, [18, 10, 6], 3, [30, 0, 40, 0]),
      variant("KOP-GAY-500", "500 g", 175000, 530, [22, 12, 7], 2, [15, 0, 30, 0]),
      variant("KOP-GAY-1K", "1 kg", 320000, 1060, [28, 15, 9], 1, [0, 0, 20, 0]),
    ],
  },
  {
    title: "Kopi Toraja Sapan",
    handle: "kopi-toraja-sapan",
    popularity: 5,
    variants: [
      variant("KOP-TRJ-250", "250 g", 110000, 270, [18, 10, 6], 3, [10, 0, 0, 30]),
      variant("KOP-TRJ-500", "500 g", 205000, 530, [22, 12, 7], 2, [0, 0, 0, 20]),
      variant("KOP-TRJ-1K", "1 kg", 385000, 1060, [28, 15, 9], 1, [0, 0, 0, 4], BACKORDER),
    ],
  },
  {
    title: "Kopi Robusta Lampung",
    handle: "kopi-robusta-lampung",
    popularity: 8,
    variants: [
      variant("KOP-LMP-250", "250 g", 55000, 270, [18, 10, 6], 3, [60, 30, 10, 0]),
      variant("KOP-LMP-500", "500 g", 99000, 530, [22, 12, 7], 2, [40, 20, 0, 0]),
      variant("KOP-LMP-1K", "1 kg", 180000, 1060, [28, 15, 9], 1, [20, 10, 0, 0]),
    ],
  },
  {
    title: "Sambal Bawang Pedas",
    handle: "sambal-bawang-pedas",
    popularity: 10,
    variants: [
      variant("SMB-BWG-150", "Botol 150 g", 35000, 260, [8, 8, 10], 3, [80, 60, 15, 15]),
      variant("SMB-BWG-250", "Botol 250 g", 52000, 400, [9, 9, 13], 2, [60, 40, 10, 10]),
      variant("SMB-BWG-3PK", "Paket isi 3", 140000, 1150, [26, 10, 14], 1, [25, 20, 0, 0]),
    ],
  },
  {
    title: "Sambal Roa Manado",
    handle: "sambal-roa-manado",
    popularity: 4,
    variants: [
      variant("SMB-ROA-150", "Botol 150 g", 48000, 260, [8, 8, 10], 3, [0, 8, 0, 25]),
      variant("SMB-ROA-250", "Botol 250 g", 72000, 400, [9, 9, 13], 2, [0, 0, 0, 15]),
      variant("SMB-ROA-3PK", "Paket isi 3", 195000, 1150, [26, 10, 14], 1, [0, 0, 0, 8]),
    ],
  },
  {
    title: "Kerupuk Udang Sidoarjo",
    handle: "kerupuk-udang-sidoarjo",
    popularity: 6,
    variants: [
      variant("KRP-UDG-250", "250 g", 38000, 260, [25, 18, 8], 3, [20, 50, 0, 0]),
      variant("KRP-UDG-500", "500 g", 70000, 520, [30, 22, 10], 2, [10, 40, 0, 0]),
      variant("KRP-UDG-1K", "1 kg", 130000, 1040, [40, 28, 14], 1, [0, 25, 0, 0]),
    ],
  },
  {
    title: "Teh Melati Tubruk",
    handle: "teh-melati-tubruk",
    popularity: 7,
    variants: [
      variant("TEH-MLT-050", "50 g", 15000, 60, [10, 6, 15], 3, [100, 50, 20, 20]),
      variant("TEH-MLT-100", "100 g", 27000, 115, [12, 7, 18], 2, [80, 40, 10, 10]),
      variant("TEH-MLT-250", "250 g", 60000, 270, [15, 9, 22], 1, [40, 20, 0, 0]),
    ],
  },
  {
    title: "Tumbler Stainless Motif Batik",
    handle: "tumbler-stainless-motif-batik",
    popularity: 5,
    variants: [
      variant("TMB-BTK-350", "350 ml", 125000, 280, [8, 8, 20], 2, [40, 0, 0, 0]),
      variant("TMB-BTK-500", "500 ml", 155000, 350, [8, 8, 24], 3, [50, 0, 0, 0]),
      variant("TMB-BTK-750", "750 ml", 189000, 450, [9, 9, 28], 1, [20, 0, 0, 0]),
    ],
  },
  {
    title: "Tas Anyaman Rotan",
    handle: "tas-anyaman-rotan",
    popularity: 3,
    variants: [
      variant("TAS-RTN-KCL", "Kecil", 185000, 350, [25, 10, 20], 2, [8, 6, 0, 5]),
      variant("TAS-RTN-SDG", "Sedang", 245000, 520, [32, 12, 26], 2, [10, 8, 0, 5]),
      variant("TAS-RTN-BSR", "Besar", 325000, 780, [40, 15, 32], 1, [6, 4, 0, 2]),
    ],
  },
  {
    title: "Sandal Kulit Tradisional",
    handle: "sandal-kulit-tradisional",
    popularity: 4,
    variants: [
      variant("SDL-KLT-39", "39", 165000, 520, [30, 12, 10], 2, [20, 10, 0, 0]),
      variant("SDL-KLT-41", "41", 165000, 560, [30, 12, 10], 3, [25, 12, 0, 0]),
      variant("SDL-KLT-43", "43", 165000, 600, [30, 12, 10], 2, [15, 8, 0, 0]),
    ],
  },
  {
    title: "Minyak Kayu Putih",
    handle: "minyak-kayu-putih",
    popularity: 8,
    variants: [
      variant("MKP-060", "60 ml", 18000, 80, [5, 5, 12], 3, [100, 60, 30, 30]),
      variant("MKP-120", "120 ml", 32000, 150, [6, 6, 15], 2, [80, 50, 20, 20]),
      variant("MKP-210", "210 ml", 52000, 260, [7, 7, 18], 1, [60, 40, 10, 10]),
    ],
  },
  {
    title: "Madu Hutan Sumbawa",
    handle: "madu-hutan-sumbawa",
    popularity: 3,
    variants: [
      variant("MDU-SBW-250", "250 g", 85000, 380, [8, 8, 12], 3, [8, 0, 0, 15]),
      variant("MDU-SBW-500", "500 g", 155000, 700, [9, 9, 16], 2, [4, 0, 0, 10]),
      variant("MDU-SBW-1K", "1 kg", 290000, 1350, [11, 11, 20], 1, [0, 0, 0, 3], BACKORDER),
    ],
  },
]

/** The products in the shape `ensureProducts` takes. */
export function productSpecs(products: DemoProduct[] = DEMO_PRODUCTS): ProductSpec[] {
  return products.map((p) => ({
    title: p.title,
    handle: p.handle,
    variants: p.variants.map(({ demand: _demand, stock: _stock, ...spec }) => spec),
  }))
}

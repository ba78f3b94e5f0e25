/**
 * Demo fulfilment centres and customer cities (Indonesia). Plain data with no imports: the
 * benchmark, the simulator and the seed script all read it. Coordinates are real (city centres or
 * industrial estates); populations are approximate city-proper figures in thousands, used as weights.
 */

export interface DemoCenter {
  /** Used as the stock location id in the benchmark and as a stable handle by the seed. */
  id: string
  name: string
  address_1: string
  city: string
  /** ISO 3166-2 subdivision code without the "ID-" prefix. */
  province: string
  postal_code: string
  country_code: "ID"
  latitude: number
  longitude: number
  /** Lower = preferred by the priority strategy. */
  priority: number
  /** Orders the centre can pick and pack per day. */
  daily_capacity: number
  /** Order in which the seed links the centres to the sales channel (Medusa's default follows it). */
  link_rank: number
}

export const DEMO_CENTERS: DemoCenter[] = [
  {
    id: "demo-jakarta",
    name: "Jakarta FC (Cakung)",
    address_1: "Kawasan Industri Pulogadung, Jl. Raya Bekasi KM 21, Cakung",
    city: "Jakarta Timur",
    province: "JK",
    postal_code: "13920",
    country_code: "ID",
    latitude: -6.1836,
    longitude: 106.9399,
    priority: 1,
    daily_capacity: 700,
    link_rank: 0,
  },
  {
    id: "demo-surabaya",
    name: "Surabaya FC (Rungkut)",
    address_1: "SIER, Jl. Rungkut Industri Raya",
    city: "Surabaya",
    province: "JI",
    postal_code: "60293",
    country_code: "ID",
    latitude: -7.25,
    longitude: 112.75,
    priority: 2,
    daily_capacity: 350,
    link_rank: 1,
  },
  {
    id: "demo-medan",
    name: "Medan FC (KIM)",
    address_1: "Kawasan Industri Medan, Jl. Pulau Batam",
    city: "Medan",
    province: "SU",
    postal_code: "20242",
    country_code: "ID",
    latitude: 3.59,
    longitude: 98.67,
    priority: 3,
    daily_capacity: 250,
    link_rank: 2,
  },
  {
    id: "demo-makassar",
    name: "Makassar FC (KIMA)",
    address_1: "Kawasan Industri Makassar, Jl. Kima Raya",
    city: "Makassar",
    province: "SN",
    postal_code: "90241",
    country_code: "ID",
    latitude: -5.14,
    longitude: 119.42,
    priority: 4,
    daily_capacity: 200,
    link_rank: 3,
  },
]

export interface DemoDestination {
  city: string
  province: string
  /** A representative postal code for the city centre. */
  postal_code: string
  country_code: "ID"
  latitude: number
  longitude: number
  /** Approximate population in thousands; demand is sampled in proportion to it. */
  weight: number
}

const city = (
  name: string,
  province: string,
  postal_code: string,
  latitude: number,
  longitude: number,
  weight: number
): DemoDestination => ({ city: name, province, postal_code, country_code: "ID", latitude, longitude, weight })

export const DEMO_DESTINATIONS: DemoDestination[] = [
  city("Jakarta", "JK", "10110", -6.2088, 106.8456, 10560),
  city("Bekasi", "JB", "17111", -6.2383, 106.9756, 2540),
  city("Tangerang", "BT", "15111", -6.1783, 106.6319, 1900),
  city("Depok", "JB", "16411", -6.4025, 106.7942, 2080),
  city("Bogor", "JB", "16111", -6.595, 106.8166, 1100),
  city("Bandung", "JB", "40111", -6.9175, 107.6191, 2450),
  city("Cirebon", "JB", "45111", -6.732, 108.5523, 330),
  city("Semarang", "JT", "50111", -6.9667, 110.4167, 1650),
  city("Surakarta", "JT", "57111", -7.5755, 110.8243, 520),
  city("Yogyakarta", "YO", "55111", -7.7956, 110.3695, 420),
  city("Surabaya", "JI", "60111", -7.2575, 112.7521, 2880),
  city("Malang", "JI", "65111", -7.9666, 112.6326, 850),
  city("Kediri", "JI", "64111", -7.848, 112.0178, 290),
  city("Denpasar", "BA", "80111", -8.6705, 115.2126, 730),
  city("Mataram", "NB", "83111", -8.5833, 116.1167, 430),
  city("Kupang", "NT", "85111", -10.1772, 123.607, 440),
  city("Medan", "SU", "20111", 3.5952, 98.6722, 2460),
  city("Banda Aceh", "AC", "23111", 5.5483, 95.3238, 260),
  city("Padang", "SB", "25111", -0.9471, 100.4172, 910),
  city("Pekanbaru", "RI", "28111", 0.5071, 101.4478, 1000),
  city("Batam", "KR", "29411", 1.0456, 104.0305, 1230),
  city("Palembang", "SS", "30111", -2.9761, 104.7754, 1690),
  city("Bandar Lampung", "LA", "35111", -5.3971, 105.2668, 1170),
  city("Jambi", "JA", "36111", -1.6101, 103.6131, 610),
  city("Pontianak", "KB", "78111", -0.0263, 109.3425, 660),
  city("Banjarmasin", "KS", "70111", -3.3186, 114.5944, 660),
  city("Balikpapan", "KI", "76111", -1.2379, 116.8529, 690),
  city("Samarinda", "KI", "75111", -0.5022, 117.1536, 830),
  city("Makassar", "SN", "90111", -5.1477, 119.4327, 1430),
  city("Manado", "SA", "95111", 1.4748, 124.8421, 450),
  city("Palu", "ST", "94111", -0.8917, 119.8707, 370),
  city("Kendari", "SG", "93111", -3.9985, 122.513, 350),
  city("Ambon", "MA", "97111", -3.6954, 128.1814, 350),
  city("Jayapura", "PA", "99111", -2.5916, 140.669, 400),
  city("Sorong", "PD", "98411", -0.8762, 131.2558, 290),
]

/**
 * Short forms, nicknames and former names of Indonesian cities, to the name the data has.
 * Keys and values are place names as typed; both go through the same folding as the data.
 */
export const INDONESIAN_CITY_ALIASES: Record<string, string> = {
  Jaksel: "Jakarta Selatan",
  Jakut: "Jakarta Utara",
  Jakbar: "Jakarta Barat",
  Jaktim: "Jakarta Timur",
  Jakpus: "Jakarta Pusat",
  Jkt: "Jakarta",
  Batavia: "Jakarta",
  Jogja: "Yogyakarta",
  Jogjakarta: "Yogyakarta",
  Jokja: "Yogyakarta",
  Jokjakarta: "Yogyakarta",
  Yogya: "Yogyakarta",
  Ngayogyakarta: "Yogyakarta",
  Solo: "Surakarta",
  Tangsel: "Tangerang Selatan",
  "Ujung Pandang": "Makassar",
  Makasar: "Makassar",
  Menado: "Manado",
  Surabaja: "Surabaya",
  Buitenzorg: "Bogor",
  Hollandia: "Jayapura",
  Sukarnapura: "Jayapura",
}

/** Extra city names per country (only Indonesia needs them so far). */
export const CITY_ALIASES: Record<string, Record<string, string>> = {
  ID: INDONESIAN_CITY_ALIASES,
}

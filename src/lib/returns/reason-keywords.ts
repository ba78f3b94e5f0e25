import type { ReasonStep, RootCause } from "./facts"

/**
 * Words in a reason's own label or value (never in the customer's note) that name one cause, in
 * English and Bahasa Indonesia. The last resort for a merchant's reasons nobody mapped, so it is
 * conservative: whole words or phrases only, and a reason whose words point to two causes
 * ("Salah ukuran", "Wrong size": a wrong item sent, or the customer's wrong choice?) counts as
 * none.
 */
const KEYWORDS: Record<Exclude<RootCause, "other">, RegExp> = {
  damaged: new RegExp(
    "\\b(?:damaged?|broken|cracked|shattered|crushed|dented|leak(?:ed|ing|s)?|poorly packed|badly packed" +
      "|rusak|pecah|retak|penyok|hancur|bocor|kemasan buruk)\\b"
  ),
  wrong_item: new RegExp(
    "\\b(?:wrong|incorrect (?:item|product)|not what i ordered|missing (?:items?|products?)|(?:items?|products?) missing" +
      "|salah|tidak sesuai pesanan|barang (?:kurang|hilang)|kurang barang|tidak lengkap)\\b"
  ),
  late_delivery: new RegExp(
    "\\b(?:late|delay(?:ed)?|too slow|(?:not|didn't|did not|never|wasn't|was not) (?:arrive |arrived |delivered |come )?on time" +
      "|terlambat|telat|lambat|tidak tepat waktu|kelamaan)\\b"
  ),
  product: new RegExp(
    "\\b(?:sizes?|fit|fits|too (?:small|big|large|tight|loose)|not as described|quality|defect(?:ive)?|faulty|not working|doesn't work" +
      "|ukuran|kekecilan|kebesaran|kesempitan|tidak pas|tidak sesuai (?:deskripsi|gambar|foto|keterangan)|kualitas|cacat|tidak berfungsi)\\b"
  ),
  changed_mind: new RegExp(
    "\\b(?:changed? (?:my |their )?mind|change of mind|no longer (?:needed|need|wanted|want)|don't (?:want|need)|ordered by mistake" +
      "|berubah pikiran|ganti pikiran|tidak jadi|tidak (?:butuh|perlu) lagi)\\b"
  ),
}

/** Lower case, no accents, `_`/`-`/`/` as spaces, curly apostrophes straight: "Didn’t_arrive" → "didn't arrive". */
export const normaliseReasonText = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[_\-/]+/g, " ")
    .replace(/\s+/g, " ")

/** The one cause the reason's words name, or null (no such words, or words of several causes). */
export function keywordCause(step: ReasonStep): RootCause | null {
  const text = normaliseReasonText(`${step.label} ${step.value}`)
  const named = (Object.keys(KEYWORDS) as (keyof typeof KEYWORDS)[]).filter((cause) => KEYWORDS[cause].test(text))
  return named.length === 1 ? named[0] : null
}

/** Text folding used to compare what the document writes in different ways. */

/** "PARITÀ" → "PARITA": drops combining marks after canonical decomposition. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/**
 * A comparison key: upper case, no accents, one kind of apostrophe and quote,
 * single spaces, and an accent written as apostrophe ("PARITA'") folded too.
 */
export function normKey(text: string): string {
  return foldAccents(text)
    .toUpperCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/([AEIOU])'(?![A-Z])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

export function hasLowercase(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

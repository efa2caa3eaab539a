/**
 * Folds text for matching without diacritics: "Nam Đông" and "nam dong" both give "nam dong".
 * Đ/đ are separate letters in Unicode, not a base letter with a mark, so they are mapped by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim()
}

export function matchesText(haystack: string, needle: string): boolean {
  const folded = foldText(needle)
  return folded === '' || foldText(haystack).includes(folded)
}

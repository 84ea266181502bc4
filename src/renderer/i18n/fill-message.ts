// A message of a translation table with its {placeholders} filled in; kept apart from the tables so the
// end-to-end tests word texts exactly as the screens do.

/**
 * A key with a count has its singular as `<key>.one` ("1 gäst", not "1 gäster"): it is used when the count is
 * 1, in either language.
 */
export function fillMessage(
  table: Record<string, string>,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const singular = `${key}.one`;
  const message = Number(params.count) === 1 && singular in table ? table[singular]! : table[key]!;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

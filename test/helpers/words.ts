// Checking UI words in both languages.

/** The `{name}` placeholders of a translated text, sorted: both languages must name the same values. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

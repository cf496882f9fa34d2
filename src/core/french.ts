/**
 * French typography for sentences made by filling a template: the template is written correctly, but a value put
 * into it can start with a vowel (« de Aïcha ») — docs/LANGUAGE.md.
 */

const ELIDED: Readonly<Record<string, string>> = {
  de: 'd’',
  que: 'qu’',
  le: 'l’',
  la: 'l’',
  je: 'j’',
  ne: 'n’',
  se: 's’',
  jusque: 'jusqu’',
  lorsque: 'lorsqu’',
  puisque: 'puisqu’',
};

/**
 * A word that elides before the next word: one that starts with a vowel, or with a mute h. A pronoun after its verb
 * (« redemandez-le à ») and an article before « ou » or « et » (« la ou les ») do not. An h is taken as mute
 * only in a capitalised name before e, é, è, ê, i or o (Hélène, Henri, Hortense); before a, u or y it is usually
 * aspirated (Hauts-de-France, Hugo, Hyères), and a lower-case h is left alone rather than guessed.
 */
const BEFORE_ELISION =
  /(?<![\p{L}’-])(de|que|le|la|je|ne|se|jusque|lorsque|puisque) (?!(?:ou|et)(?!\p{L}))(?=[aeiouyàâäéèêëîïôöùûüœæ]|H[eéèêio])/giu;

export function elide(text: string): string {
  return text.replace(BEFORE_ELISION, (_match, word: string) => {
    const elided = ELIDED[word.toLowerCase()]!;
    return word[0] === word[0]!.toUpperCase() ? elided[0]!.toUpperCase() + elided.slice(1) : elided;
  });
}

/** « 1er décembre 2026 »: French writes the first day of a month as an ordinal, which Intl does not. */
export function frenchOrdinalDay(parts: readonly Intl.DateTimeFormatPart[]): string {
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

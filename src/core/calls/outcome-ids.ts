import { ID_MAX_LENGTH } from '../documents';

/**
 * An outcome's id from its label (docs/FORMATS.md §10, "Outcome ids"): what files, spreadsheets and the command line call
 * the outcome, so it reads as the label does — « Cohorte 2 » is `cohorte-2` — in plain lower-case ASCII, and
 * unique among the call's outcomes.
 */
export function outcomeIdFor(label: string, taken: readonly string[]): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const base = (words.join('-') || 'outcome').slice(0, ID_MAX_LENGTH - 4);
  let id = base;
  for (let copy = 2; taken.includes(id); copy++) id = `${base}-${copy}`;
  return id;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { catalogue } from '@core/catalogue';
import { ROOT } from './fixtures';

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

function sentences(catalog: object): string[] {
  return Object.values(catalog).flatMap((value) => (typeof value === 'string' ? [value] : sentences(value as object)));
}

/**
 * Words only the English interface uses: in its catalogue, not in the French one, nor in the demo call's own
 * content (names, answers and labels are the applicants' and staff's words, in whatever language they wrote; the
 * comment of staff's key is theirs too).
 */
export const ENGLISH_ONLY = (() => {
  const french = words(sentences(catalogue.fr.app).join(' '));
  const content = words(
    ['call.json', 'applications.csv', 'keys/demo-staff.pub']
      .map((file) => readFileSync(join(ROOT, 'resources', 'demo', file), 'utf8'))
      .join(' '),
  );
  // The language menu names each language in itself: « English » is right on a French screen.
  const ownNames = new Set(['english']);
  return [...words(sentences(catalogue.en.app).join(' '))].filter(
    (word) => !french.has(word) && !content.has(word) && !ownNames.has(word),
  );
})();

/** The English words a French reader would meet on the page as it is now. */
export async function englishOn(page: Page): Promise<string[]> {
  const shown = words(await page.locator('body').innerText());
  return ENGLISH_ONLY.filter((word) => shown.has(word));
}

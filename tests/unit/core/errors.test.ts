import { describe, expect, it } from 'vitest';
import { describeFailure, errorCodes, JurydeskError } from '@core/errors';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('error messages', () => {
  it('exist in French and English for every code, with the same placeholders', () => {
    for (const code of errorCodes()) {
      const en = describeFailure({ code, details: {} }, 'en');
      const fr = describeFailure({ code, details: {} }, 'fr');
      expect(placeholders(fr), code).toEqual(placeholders(en));
      // A sentence ends with its full stop, or with the sentence it frames (a cell's location before its problem).
      expect(/[.]$|\{\w+\}$/.test(en), code).toBe(true);
      expect(/[.]$|\{\w+\}$/.test(fr), code).toBe(true);
    }
  });

  it('translate the phrases inside a sentence, with their own values', () => {
    const failure = new JurydeskError('scores.invalid', {
      reason: '@incomplete',
      application: 'Alpha',
      criterion: 'Impact',
    });
    expect(describeFailure(failure, 'fr')).toBe(
      'Le fichier de notes ne concorde pas avec le dossier : « Alpha » est marquée complète mais « Impact » n’a pas de note. Demandez au juré d’exporter à nouveau.',
    );
    expect(failure.message).toContain('“Alpha” is marked complete but “Impact” has no score');
  });
});

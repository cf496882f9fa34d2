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

  it('name what the bundle names in several languages in the reader’s, and write numbers as the reader does', () => {
    const failure = {
      code: 'scores.out-of-scale',
      details: {
        value: 7.5,
        application: 'Alpha',
        criterion: { fr: 'Caractère innovant', en: 'Innovative character' },
        min: 1,
        max: 12500,
        step: 0.5,
      },
    } as const;
    expect(describeFailure(failure, 'fr')).toContain('«\u202fCaractère innovant\u202f»');
    expect(describeFailure(failure, 'fr')).toContain('7,5');
    expect(describeFailure(failure, 'en')).toContain('“Innovative character”');
    expect(describeFailure(failure, 'en')).toContain('12,500');
    const onlyFrench = { ...failure, details: { ...failure.details, criterion: { fr: 'Viabilité' } } };
    expect(describeFailure(onlyFrench, 'en')).toContain('“Viabilité”');
  });
});

import { describe, expect, it } from 'vitest';
import { asResult, describeFailure, errorCodes, isErrorCode, JurydeskError } from '@core/errors';

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

  it('elide in French only, and leave a detail that is not a phrase as it was written', () => {
    const other = { code: 'restore.other-juror', details: { juror: 'Inès Martin' } } as const;
    expect(describeFailure(other, 'fr')).toContain('celui d’Inès Martin,');
    expect(describeFailure({ code: 'restore.other-juror', details: { juror: 'de Aïcha' } }, 'en')).toContain(
      'de Aïcha',
    );
    const reasons = (reason: string) =>
      describeFailure({ code: 'scores.invalid', details: { reason, application: 'Alpha', criterion: 'Impact' } }, 'en');
    expect(reasons('incomplete')).toContain('bundle: incomplete.');
    expect(reasons('@no-such-phrase')).toContain('bundle: @no-such-phrase.');
    expect(reasons('@incomplete')).toContain('“Alpha” is marked complete');
  });

  it('write numbers in each language’s way, and a label with no text as nothing', () => {
    const sized = (language: 'fr' | 'en') =>
      describeFailure(
        { code: 'container.file-too-large', details: { size: 1234567.5, limit: 1000000, kind: 'x' } },
        language,
      );
    expect(sized('en')).toContain('1,234,567.5');
    expect(sized('fr')).toContain('1\u202f234\u202f567,5');
    const unlabelled = { code: 'scores.unknown-juror', details: { juror: {} } } as const;
    expect(describeFailure(unlabelled, 'en')).toContain('from “”,');
  });

  it('are thrown as JurydeskError and turned into values; anything else keeps propagating', async () => {
    const error = new JurydeskError('file.empty');
    expect(error.name).toBe('JurydeskError');
    expect(isErrorCode('file.empty')).toBe(true);
    expect(isErrorCode('no.such-code')).toBe(false);
    await expect(asResult(async () => Promise.reject(error))).resolves.toEqual({
      ok: false,
      error: { code: 'file.empty', details: {} },
    });
    await expect(asResult(async () => Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug');
    await expect(asResult(async () => 7)).resolves.toEqual({ ok: true, value: 7 });
  });
});

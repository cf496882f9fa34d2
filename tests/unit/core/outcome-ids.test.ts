import { describe, expect, it } from 'vitest';
import { outcomeIdFor } from '@core/calls';
import { ID_MAX_LENGTH } from '@core/documents';

describe('an outcome’s id, from its label', () => {
  it('reads as the label does, in lower-case ASCII words joined by hyphens', () => {
    expect(outcomeIdFor('Cohorte 2', [])).toBe('cohorte-2');
    expect(outcomeIdFor('Liste d’attente', [])).toBe('liste-d-attente');
    expect(outcomeIdFor('  Éligible — à revoir !', [])).toBe('eligible-a-revoir');
    expect(outcomeIdFor('PROMOTION_Été', [])).toBe('promotion-ete');
  });

  it('is unique among the call’s outcomes, and never empty', () => {
    expect(outcomeIdFor('Cohorte 2', ['cohorte-2'])).toBe('cohorte-2-2');
    expect(outcomeIdFor('Cohorte 2', ['cohorte-2', 'cohorte-2-2'])).toBe('cohorte-2-3');
    expect(outcomeIdFor('Retenu', ['cohorte-2'])).toBe('retenu');
    expect(outcomeIdFor('« ! »', [])).toBe('outcome');
    expect(outcomeIdFor('', ['outcome'])).toBe('outcome-2');
  });

  it('stays within the length an id may have, its copy number included', () => {
    const long = 'a'.repeat(ID_MAX_LENGTH * 2);
    expect(outcomeIdFor(long, [])).toHaveLength(ID_MAX_LENGTH - 4);
    expect(outcomeIdFor(long, ['a'.repeat(ID_MAX_LENGTH - 4)]).length).toBeLessThanOrEqual(ID_MAX_LENGTH);
  });
});

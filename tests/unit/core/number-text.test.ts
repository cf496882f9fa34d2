import { describe, expect, it } from 'vitest';
import { sameDecimal } from '@core/documents/number-text';

describe('two decimal texts write the same number', () => {
  it('whatever the notation: sign, leading and trailing zeros, a point with nothing before it, an exponent', () => {
    for (const [a, b] of [
      ['3', '3.0'],
      ['3.10', '3.1'],
      ['+3', '3'],
      ['35', '3.5e1'],
      ['35', '350E-1'],
      ['100', '1e2'],
      ['0.001', '1e-3'],
      ['.5', '0.5'],
      ['0', '0.000'],
      ['-0', '0'],
      ['-2.50', '-25e-1'],
    ] as const)
      expect(sameDecimal(a, b), `${a} = ${b}`).toBe(true);
  });

  it('and never two numbers that differ, however close', () => {
    for (const [a, b] of [
      ['-3', '3'],
      ['3', '-3'],
      ['30', '3'],
      ['3', '0.3'],
      ['1000', '10'],
      ['12', '21'],
      ['3.0000000000000001', '3'],
      ['1e2', '1e3'],
      ['0.001', '0.01'],
    ] as const)
      expect(sameDecimal(a, b), `${a} ≠ ${b}`).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { decimalNormalForm, sameDecimal } from '@core/documents/number-text';

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
      ['105', '15'],
      ['10', '100'],
    ] as const)
      expect(sameDecimal(a, b), `${a} ≠ ${b}`).toBe(false);
  });
});

describe('the normal form of a decimal text', () => {
  it('is sign, significant digits and the power of ten of the last one', () => {
    expect(decimalNormalForm('35')).toBe('35e0');
    expect(decimalNormalForm('3.50e1')).toBe('35e0');
    expect(decimalNormalForm('100')).toBe('1e2');
    expect(decimalNormalForm('105')).toBe('105e0');
    expect(decimalNormalForm('1200.0')).toBe('12e2');
    expect(decimalNormalForm('0.001')).toBe('1e-3');
    expect(decimalNormalForm('-0.0250')).toBe('-25e-3');
    expect(decimalNormalForm('+7E+2')).toBe('7e2');
    expect(decimalNormalForm('.5')).toBe('5e-1');
    expect(decimalNormalForm('5.')).toBe('5e0');
    expect(decimalNormalForm('-0.00')).toBe('0');
    expect(decimalNormalForm('2.5e-12')).toBe('25e-13');
    expect(decimalNormalForm('1E10')).toBe('1e10');
  });

  it('is none for a text that is not a decimal, which is then the same as nothing', () => {
    for (const text of ['', '.', '-', 'e5', '1e', '1.2.3', '0x10', ' 1', 'Infinity', 'NaN'])
      expect(decimalNormalForm(text), text).toBeNull();
    expect(sameDecimal('', '')).toBe(false);
    expect(sameDecimal('abc', 'abc')).toBe(false);
  });
});

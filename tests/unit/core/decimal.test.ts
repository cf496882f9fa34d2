import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWholeStepsFrom, toDecimal } from '@core/documents/formats/decimal';

/** The reference: the decimals as exact fractions of BigInt, with nothing clever. */
function reference(value: number, min: number, max: number, step: number): boolean {
  if (!Number.isFinite(value) || value < min || value > max || !(step > 0)) return false;
  const decimals = [value, min, step].map(toDecimal);
  const exponent = Math.min(...decimals.map((decimal) => decimal.exponent));
  const [v, m, s] = decimals.map((decimal) => decimal.digits * 10n ** BigInt(decimal.exponent - exponent));
  return (v! - m!) % s! === 0n;
}

describe('decimals as people write them', () => {
  it('reads a double as the shortest decimal that gives it back', () => {
    expect(toDecimal(7.5)).toEqual({ digits: 75n, exponent: -1 });
    expect(toDecimal(-0.25)).toEqual({ digits: -25n, exponent: -2 });
    expect(toDecimal(1e-7)).toEqual({ digits: 1n, exponent: -7 });
    expect(toDecimal(1.5e21)).toEqual({ digits: 15n, exponent: 20 });
    expect(toDecimal(12)).toEqual({ digits: 12n, exponent: 0 });
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => toDecimal(Infinity)).toThrow(RangeError);
  });

  it.each([
    [7.5, 0, 10, 0.5, true],
    [7.5000000001, 0, 10, 0.5, false],
    [4.0000000001, 1, 5, 1, false],
    [1.0000000001, 1, 5, 1, false],
    [0.3, 0, 1, 0.1, true],
    [0.7, 0.1, 1, 0.2, true],
    [0.8, 0.1, 1, 0.2, false],
    [1e-7, 0, 1, 1e-7, true],
    [3, 1, 5, 1, true],
    [2.5, 1, 5, 1, false],
    [10.5, 0, 10, 0.5, false],
    [-0.5, -1, 1, 0.5, true],
    [-1, -1, 1, 0.5, true],
    [1, -1, 1, 0.5, true],
    [-1.5, -1, 1, 0.5, false],
    [6, 0, 10, 4, false],
    [8, 0, 10, 4, true],
    [0.30000000000000004, 0, 1, 0.1, false],
    [123456789.123, 0, 1e12, 0.001, true],
    [123456789.1235, 0, 1e12, 0.001, false],
    [Number.NaN, 0, 10, 1, false],
    [Infinity, 0, Infinity, 1, false],
    [5, 0, 10, 0, false],
  ])('%d on %d…%d by %d: %s', (value, min, max, step, expected) => {
    expect(isWholeStepsFrom(value, { min, max, step })).toBe(expected);
  });

  it('agrees with exact fractions on any scale and value', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([digits, places]) => Number((digits / 10 ** places).toFixed(places)));
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: -3, max: 3 }),
        (value, min, stepDigits, stepPlaces, stepsAbove, nudge) => {
          const step = Number((stepDigits / 10 ** stepPlaces).toFixed(stepPlaces));
          const max = min + 1_000_000;
          const onScale = Number((min + stepsAbove * step).toFixed(10)) + nudge * 1e-10;
          for (const candidate of [value, onScale]) {
            expect(isWholeStepsFrom(candidate, { min, max, step }), `${candidate} on ${min} by ${step}`).toBe(
              reference(candidate, min, max, step),
            );
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

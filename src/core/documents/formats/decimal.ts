/**
 * Numbers as the decimals people wrote: 7.5 is seventy-five tenths, and 1.0000000001 is not 1. A double is read as
 * the shortest decimal that gives it back (what JSON and String write), so a step of 0.1 divides 0.3 exactly, and
 * no tolerance lets a value that is slightly off pass for one on the scale.
 */
export interface Decimal {
  /** value = digits × 10^exponent */
  readonly digits: bigint;
  readonly exponent: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError('not a finite number');
  const [, sign = '', whole = '', fraction = '', power = '0'] = DECIMAL.exec(String(value))!;
  return { digits: BigInt(`${sign}${whole}${fraction}`), exponent: Number(power) - fraction.length };
}

function scaledTo(decimal: Decimal, exponent: number): bigint {
  return decimal.digits * 10n ** BigInt(decimal.exponent - exponent);
}

export interface DecimalScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** A scale's minimum and step as decimals, worked out once per scale: a national call checks millions of scores. */
const scaleDecimals = new WeakMap<DecimalScale, { min: Decimal; step: Decimal }>();

function decimalsOf(scale: DecimalScale): { min: Decimal; step: Decimal } {
  let decimals = scaleDecimals.get(scale);
  if (!decimals) {
    decimals = { min: toDecimal(scale.min), step: toDecimal(scale.step) };
    scaleDecimals.set(scale, decimals);
  }
  return decimals;
}

/** Integers below this are exact as doubles, and so are their products by powers of ten that stay below it. */
const EXACT = 2 ** 53;

/** The decimal of a double with up to 15 digits, its digits as a double (exact); null for longer ones. */
function smallDecimal(value: number): { digits: number; exponent: number } | null {
  const text = String(value);
  if (text.length > 16 || text.includes('e')) return null;
  const dot = text.indexOf('.');
  if (dot < 0) return { digits: value, exponent: 0 };
  return { digits: Number(text.slice(0, dot) + text.slice(dot + 1)), exponent: dot + 1 - text.length };
}

/**
 * Whether `value` lies within the scale and is a whole number of steps from its minimum, compared as decimals.
 * Doubles do the arithmetic wherever every number involved is an integer they hold exactly; BigInt elsewhere.
 */
export function isWholeStepsFrom(value: number, scale: DecimalScale): boolean {
  if (!Number.isFinite(value) || value < scale.min || value > scale.max || !(scale.step > 0)) return false;
  if (Number.isSafeInteger(value) && Number.isSafeInteger(scale.min) && Number.isSafeInteger(scale.step))
    return (value - scale.min) % scale.step === 0;
  const { min, step } = decimalsOf(scale);
  const small = smallDecimal(value);
  if (small) {
    const exponent = Math.min(small.exponent, min.exponent, step.exponent);
    const v = small.digits * 10 ** (small.exponent - exponent);
    const m = Number(min.digits) * 10 ** (min.exponent - exponent);
    const s = Number(step.digits) * 10 ** (step.exponent - exponent);
    if (Math.abs(v) < EXACT && Math.abs(m) < EXACT && s < EXACT) return (v - m) % s === 0;
  }
  const v = toDecimal(value);
  const exponent = Math.min(v.exponent, min.exponent, step.exponent);
  return (scaledTo(v, exponent) - scaledTo(min, exponent)) % scaledTo(step, exponent) === 0n;
}

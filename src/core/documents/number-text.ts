/**
 * A double keeps every decimal of up to 15 significant digits; from 16 on, a number may be read as another than
 * written (`3.0000000000000001` is 3), so those are checked one by one.
 */
export const EXACT_DIGITS = 16;

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

/**
 * A decimal text as one normal form, whatever its notation: sign, significant digits without leading or trailing
 * zeros, and the power of ten of the last one (`3.50e1` and `35` are both `35e0`; zero is `0`). Null for a text
 * that is not a decimal.
 */
export function decimalNormalForm(text: string): string | null {
  const match = DECIMAL.exec(text);
  if (!match || `${match[2]}${match[3] ?? ''}` === '') return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = `${whole}${fraction}`.replace(/^0+/, '');
  const significant = digits.replace(/0+$/, '');
  if (significant === '') return '0';
  const power = Number(exponent) - fraction.length + (digits.length - significant.length);
  return `${sign === '-' ? '-' : ''}${significant}e${power}`;
}

/** Whether two decimal texts write the same number. */
export function sameDecimal(a: string, b: string): boolean {
  const normal = decimalNormalForm(a);
  return normal !== null && normal === decimalNormalForm(b);
}

/**
 * A double keeps every decimal of up to 15 significant digits; from 16 on, a number may be read as another than
 * written (`3.0000000000000001` is 3), so those are checked one by one.
 */
export const EXACT_DIGITS = 16;

/** A decimal text as sign, significant digits and exponent, whatever its notation: `3.50e1` and `35` agree. */
function decimalOf(text: string): string {
  const negative = text.startsWith('-');
  const [mantissa = '', exponent = '0'] = text.replace(/^[-+]/, '').split(/[eE]/);
  const [whole = '', fraction = ''] = mantissa.split('.');
  const significant = `${whole}${fraction}`.replace(/^0+/, '');
  const trimmed = significant.replace(/0+$/, '');
  if (trimmed === '') return '0';
  const power = Number(exponent) - fraction.length + (significant.length - trimmed.length);
  return `${negative ? '-' : ''}${trimmed}e${power}`;
}

/** Whether two decimal texts write the same number. */
export function sameDecimal(a: string, b: string): boolean {
  return decimalOf(a) === decimalOf(b);
}

import { JurydeskError } from '../errors';
import { EXACT_DIGITS } from './number-text';

/** How deep arrays and objects may nest: checked before anything recurses. */
export const MAX_DEPTH = 64;

const ByteClass = { Other: 0, Quote: 1, Colon: 2, Open: 3, Close: 4, Exponent: 5, Digit: 6 } as const;

/** What each byte means to the scan; UTF-8 never puts these ASCII bytes inside a multi-byte character. */
const BYTE_CLASSES = (() => {
  const classes = new Uint8Array(256);
  classes[0x22] = ByteClass.Quote;
  classes[0x3a] = ByteClass.Colon;
  for (const open of [0x7b, 0x5b]) classes[open] = ByteClass.Open;
  for (const close of [0x7d, 0x5d]) classes[close] = ByteClass.Close;
  for (const exponent of [0x65, 0x45]) classes[exponent] = ByteClass.Exponent;
  for (let digit = 0x30; digit <= 0x39; digit++) classes[digit] = ByteClass.Digit;
  return classes;
})();

/**
 * One pass over the bytes that builds nothing: each colon outside a string separates one member from its value,
 * nesting is bounded before anything recurses, and an exponent is noted. Syntax is left to the native parser.
 */
export function measureJson(
  bytes: Uint8Array,
  path: string,
): { members: number; exponent: boolean; longNumber: boolean } {
  let members = 0;
  let depth = 0;
  let exponent = false;
  let longNumber = false;
  let digits = 0;
  const length = bytes.length;
  for (let index = 0; index < length; index++) {
    const byteClass = BYTE_CLASSES[bytes[index]!];
    if (byteClass === ByteClass.Digit) {
      if (++digits >= EXACT_DIGITS) longNumber = true;
      continue;
    }
    // A decimal point continues a number's digits; anything else ends them.
    if (bytes[index] !== 0x2e) digits = 0;
    if (byteClass === ByteClass.Other) continue;
    if (byteClass === ByteClass.Quote) {
      // To the closing quote, stepping over whatever a backslash escapes.
      for (index++; index < length && bytes[index] !== 0x22; index++) if (bytes[index] === 0x5c) index++;
    } else if (byteClass === ByteClass.Colon) {
      members++;
    } else if (byteClass === ByteClass.Open) {
      if (++depth > MAX_DEPTH)
        throw new JurydeskError('json.invalid', { path, position: index, detail: 'nesting too deep' });
    } else if (byteClass === ByteClass.Close) {
      depth--;
    } else {
      exponent = true;
    }
  }
  return { members, exponent, longNumber };
}

import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, measureJson } from '@core/documents/json-measure';

const measure = (text: string) => measureJson(new TextEncoder().encode(text), 'doc.json');

describe('one pass over a document before it is parsed', () => {
  it('counts one member per colon outside strings, whatever the strings hold', () => {
    expect(measure('{}').members).toBe(0);
    expect(measure('{"a":1,"b":{"c":[1,2]}}').members).toBe(3);
    expect(measure('{"a:b":"c:d","e\\":f":"\\\\","g":"x"}').members).toBe(3);
    // A string the document never closes is stepped over to its end.
    expect(measure('{"a":"never closed : : :').members).toBe(1);
  });

  it('notes an exponent only outside strings', () => {
    expect(measure('{"a":1e5}').exponent).toBe(true);
    expect(measure('{"a":1E5}').exponent).toBe(true);
    expect(measure('{"e":"E","a":15}').exponent).toBe(false);
  });

  it('notes a number of 16 significant digits or more, the point between them counted as part of it', () => {
    expect(measure('[123456789012345]').longNumber).toBe(false);
    expect(measure('[1234567890123456]').longNumber).toBe(true);
    expect(measure('[12345678.90123456]').longNumber).toBe(true);
    expect(measure('[123456789012345, 1]').longNumber).toBe(false);
    expect(measure('[12345678,90123456]').longNumber).toBe(false);
    expect(measure('["1234567890123456"]').longNumber).toBe(false);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} before anything recurses, at the bracket that goes too deep`, () => {
    expect(() => measure(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`)).not.toThrow();
    expect(() => measure(`${'[{"a":'.repeat(MAX_DEPTH / 2)}1${'}]'.repeat(MAX_DEPTH / 2)}`)).not.toThrow();
    expect(() => measure(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`)).toThrow(
      expect.objectContaining({
        code: 'json.invalid',
        details: { path: 'doc.json', position: MAX_DEPTH, detail: 'nesting too deep' },
      }),
    );
    // Closing brackets bring the depth down: many shallow arrays in a row are fine.
    expect(() => measure(`[${'[],'.repeat(MAX_DEPTH * 2)}[]]`)).not.toThrow();
    // Brackets inside strings do not count.
    expect(() => measure(`["${'['.repeat(MAX_DEPTH * 2)}"]`)).not.toThrow();
  });
});

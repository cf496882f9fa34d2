import { describe, expect, it } from 'vitest';
import { JurydeskError } from '@core/errors';
import { canonicalJson, parseStrictJson } from '@core/documents/json';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof JurydeskError ? error.code : 'not-a-jurydesk-error';
  }
  return undefined;
}

describe('strict JSON', () => {
  it('reads what JSON.parse reads', () => {
    const samples = ['{"a":[1,2.5,-3e2,true,false,null],"b":{"c":"d\\u00e9\\n\\"x\\""}}', '[]', '"x"', ' 0 ', '{"":1}'];
    for (const sample of samples) expect(parseStrictJson(sample, 'sample.json')).toEqual(JSON.parse(sample));
  });

  it('refuses a key given twice, which JSON.parse would silently resolve', () => {
    expect(codeOf(() => parseStrictJson('{"revision":1,"revision":9}', 'scores.json'))).toBe('json.duplicate-key');
    expect(codeOf(() => parseStrictJson('{"a":{"b":1,"b":2}}', 'x.json'))).toBe('json.duplicate-key');
    expect(codeOf(() => parseStrictJson('[{"x":1},{"a":[{"b":1}],"a":2}]', 'x.json'))).toBe('json.duplicate-key');
  });

  it('sees a key spelled twice with escapes as the same key, and names it', () => {
    try {
      parseStrictJson('{"ok":"a:b","sc\\u006fre":1,"score":2}', 'scores.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JurydeskError);
      expect((error as JurydeskError).code).toBe('json.duplicate-key');
      expect((error as JurydeskError).details).toMatchObject({ key: 'score' });
    }
  });

  it('is not fooled by colons, quotes and backslashes inside strings', () => {
    const sample = '{"a:b":"c:d","e\\\\":"\\":\\"","t":"12:00:00","n":{"x\\"y":[":"]}}';
    expect(parseStrictJson(sample, 'x.json')).toEqual(JSON.parse(sample));
  });

  it('refuses what is not strict JSON', () => {
    for (const sample of [
      '{a:1}',
      "{'a':1}",
      '[1,]',
      '{"a":1,}',
      '01',
      'NaN',
      '{"a":1} x',
      '"\u0001"',
      '',
      '[1e999]',
    ]) {
      expect(
        codeOf(() => parseStrictJson(sample, 'x.json')),
        sample,
      ).toBe('json.invalid');
    }
  });

  it('says where the text goes wrong, at its end when it is cut short', () => {
    const position = (text: string) => {
      try {
        parseStrictJson(text, 'x.json');
      } catch (error) {
        return (error as JurydeskError).details.position;
      }
      return undefined;
    };
    expect(position('{ "call": ')).toBe(10);
    expect(position('{"a": x}')).toBe(6);
  });

  it('refuses the keys JavaScript treats specially, at any depth, whether or not another key is duplicated', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const sample of [
        `{"${key}":{"polluted":true}}`,
        `{"a":[{"b":{"${key}":1}}]}`,
        `{"z0":1,"z":{"${key}":1}}`,
      ]) {
        expect(
          codeOf(() => parseStrictJson(sample, 'x.json')),
          sample,
        ).toBe('json.forbidden-key');
      }
      // The careful parser, reached through a duplicate key that comes after the forbidden one.
      expect(codeOf(() => parseStrictJson(`{"${key}":1,"d":1,"d":2}`, 'x.json'))).toBe('json.forbidden-key');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseStrictJson('{"proto":1,"__proto":2,"Constructor":3}', 'x.json')).toEqual({
      proto: 1,
      __proto: 2,
      Constructor: 3,
    });
  });

  it('refuses documents nested deeper than any Jurydesk file needs', () => {
    expect(codeOf(() => parseStrictJson('['.repeat(1000) + ']'.repeat(1000), 'x.json'))).toBe('json.invalid');
  });
});

describe('RFC 8785 canonical JSON', () => {
  it('sorts keys by UTF-16 code units and writes no whitespace', () => {
    // The ordering example of RFC 8785 §3.2.3.
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const order = [...canonicalJson(value).matchAll(/:"([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('writes numbers as ECMAScript does (RFC 8785 §3.2.2.3)', () => {
    // The RFC's own input has more digits than a double holds; that rounding is what is being tested.
    // eslint-disable-next-line no-loss-of-precision
    expect(canonicalJson([333333333.33333329, 1e30, 4.5, 0.002, 1e-27, -0, 9007199254740991])).toBe(
      '[333333333.3333333,1e+30,4.5,0.002,1e-27,0,9007199254740991]',
    );
  });

  it('matches the RFC 8785 §3.2.4 example', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('leaves out undefined members and refuses non-finite numbers', () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('numbers read as they are written', () => {
  const read = (text: string) => {
    try {
      return parseStrictJson(text, 'scores.json');
    } catch (error) {
      return (error as JurydeskError).code;
    }
  };

  it('refuses a number a double cannot keep as written, with the number and what it would become', () => {
    for (const written of ['3.0000000000000001', '9007199254740993', '0.10000000000000000555', '-7.4999999999999999'])
      expect(read(`{"score":${written}}`), written).toBe('json.imprecise-number');
    let failure: JurydeskError | undefined;
    try {
      parseStrictJson('[3.0000000000000001]', 'scores.json');
    } catch (error) {
      failure = error as JurydeskError;
    }
    expect(failure?.details).toEqual({ path: 'scores.json', number: '3.0000000000000001', read: '3' });
  });

  it('keeps every number that is exactly what it says, however it is written', () => {
    for (const [written, value] of [
      ['3.000000000000000', 3],
      ['1234567890123456', 1234567890123456],
      ['9007199254740992', 9007199254740992],
      ['0.1', 0.1],
      ['7.5e0', 7.5],
      ['35.00000000000000e-1', 3.5],
      ['-0.0000000000000000', -0],
      ['123456789012345.6', 123456789012345.6],
    ] as const)
      expect(read(`{"score":${written}}`), written).toEqual({ score: value });
    // A long run of digits inside a text is no number.
    expect(read('{"id":"12345678901234567890"}')).toEqual({ id: '12345678901234567890' });
  });
});

describe('the careful parser', () => {
  // A number of 17 digits, exact as written, sends the whole text to the careful parser.
  const carefully = (text: string) => parseStrictJson(`[1.0000000000000000,${text}]`, 'x.json');

  it('reads every escape, literal, kind of whitespace and empty container as JSON.parse does', () => {
    for (const sample of [
      '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00C9 plain"',
      ' \t\n\r{ \t\n\r"a" \t\n\r: \t\n\r[ \t\n\r1 , 2 ] , "b":{ } ,"c":[ ] } \t\n\r',
      '[true,false,null,-0.5e-3,12E+2,0]',
      '{"nested":{"deeper":[{"x":"y"}]}}',
    ])
      expect(carefully(sample), sample).toEqual([1, JSON.parse(sample)]);
  });

  const failure = (text: string) => {
    try {
      parseStrictJson(text, 'x.json');
    } catch (error) {
      const { code, details } = error as JurydeskError;
      return { code, position: details.position, detail: details.detail };
    }
    return undefined;
  };

  it('says what is wrong and where, for each way a text can break', () => {
    for (const [text, position, detail] of [
      ['"abc', 4, 'unterminated string'],
      ['"a\u0001"', 2, 'control character in string'],
      ['"a\\x"', 4, 'invalid escape'],
      ['"\\u12G4"', 3, 'invalid \\u escape'],
      ['"\\u123"', 3, 'invalid \\u escape'],
      ['"\\u1234x', 8, 'unterminated string'],
      ['', 0, 'unexpected end'],
      ['  ', 2, 'unexpected end'],
      ['[1,', 3, 'unexpected end'],
      ['[x]', 1, 'unexpected “x”'],
      ['[1 2]', 4, 'expected “,” or “]”'],
      ['{"a" 1}', 6, 'expected “:”'],
      ['{"a":1 "b":2}', 8, 'expected “,” or “}”'],
      ['{"a":1,}', 7, 'expected a key'],
      ['{1:2}', 1, 'expected a key'],
      ['1 2', 2, 'unexpected data after the document'],
      ['[1]]', 3, 'unexpected data after the document'],
      [`[1${'0'.repeat(400)}]`, 402, 'number out of range'],
    ] as const)
      expect(failure(text), JSON.stringify(text)).toEqual({ code: 'json.invalid', position, detail });
  });

  it('refuses a number too large for a double, written with an exponent, wherever it is', () => {
    for (const text of ['[1e999]', '{"a":-1e999}', '{"a":1,"b":[2,{"c":1e400}]}'])
      expect(failure(text), text).toEqual({ code: 'json.invalid', position: 0, detail: 'number out of range' });
    expect(failure(new TextEncoder().encode('{"a":1e999}') as never)).toMatchObject({ detail: 'number out of range' });
  });
});

import { JurydeskError } from './errors';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const MAX_DEPTH = 64;

/**
 * Strict JSON (RFC 8259) that refuses what JSON.parse lets through silently: a key given twice
 * (readers would disagree on which one wins, so a signed document could say two things).
 * `path` only names the document in error messages.
 *
 * The native parser builds the values; a scan that builds nothing finds duplicate keys first. Documents
 * naming `__proto__` (never ours) take the slower parser that keeps such a key as plain data.
 */
export function parseStrictJson(text: string, path: string): JsonValue {
  const scan = scanKeys(text, path);
  if (scan === 'fallback') return parseStrictJsonSlowly(text, path);
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new JurydeskError('json.invalid', { path, position: position ? Number(position) : 0, detail: 'syntax' });
  }
  // Only an exponent can overflow a double into Infinity, which JSON cannot hold.
  if (scan === 'exponent' && !allFinite(value)) throw new JurydeskError('json.invalid', { path, position: 0, detail: 'number out of range' });
  return value;
}

function allFinite(value: JsonValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

/**
 * Walks the text once, tracking the keys of each open object; stops at the first key given twice.
 * Syntax is left to the native parser, which runs next.
 */
function scanKeys(text: string, path: string): 'ok' | 'exponent' | 'fallback' {
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  let exponent = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x22) {
      const start = index + 1;
      let escaped = false;
      index++;
      while (index < text.length) {
        const inner = text.charCodeAt(index);
        if (inner === 0x5c) {
          escaped = true;
          index += 2;
          continue;
        }
        if (inner === 0x22) break;
        index++;
      }
      if (expectKey) {
        let key: string;
        try {
          key = escaped ? (JSON.parse(text.slice(start - 1, index + 1)) as string) : text.slice(start, index);
        } catch {
          return 'ok';
        }
        if (key === '__proto__') return 'fallback';
        const keys = stack[stack.length - 1];
        if (keys) {
          if (keys.has(key)) throw new JurydeskError('json.duplicate-key', { path, key });
          keys.add(key);
        }
        expectKey = false;
      }
    } else if (char === 0x7b) {
      stack.push(new Set());
      if (stack.length > MAX_DEPTH) throw new JurydeskError('json.invalid', { path, position: index, detail: 'nesting too deep' });
      expectKey = true;
    } else if (char === 0x5b) {
      stack.push(null);
      if (stack.length > MAX_DEPTH) throw new JurydeskError('json.invalid', { path, position: index, detail: 'nesting too deep' });
    } else if (char === 0x7d || char === 0x5d) {
      stack.pop();
    } else if (char === 0x2c) {
      expectKey = stack[stack.length - 1] instanceof Set;
    } else if (char === 0x65 || char === 0x45) {
      exponent = true;
    }
  }
  return exponent ? 'exponent' : 'ok';
}

function parseStrictJsonSlowly(text: string, path: string): JsonValue {
  let index = 0;

  const fail = (reason: string): never => {
    throw new JurydeskError('json.invalid', { path, position: index, detail: reason });
  };

  const skipWhitespace = () => {
    while (index < text.length) {
      const char = text.charCodeAt(index);
      if (char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09) break;
      index++;
    }
  };

  const parseString = (): string => {
    index++;
    let out = '';
    let runStart = index;
    while (true) {
      if (index >= text.length) fail('unterminated string');
      const char = text.charCodeAt(index);
      if (char === 0x22) {
        out += text.slice(runStart, index);
        index++;
        return out;
      }
      if (char < 0x20) fail('control character in string');
      if (char !== 0x5c) {
        index++;
        continue;
      }
      out += text.slice(runStart, index);
      const escape = text[index + 1];
      index += 2;
      switch (escape) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const hex = text.slice(index, index + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          index += 4;
          break;
        }
        default:
          fail('invalid escape');
      }
      runStart = index;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const parseValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    skipWhitespace();
    const char = text[index];
    if (char === '{') return parseObject(depth);
    if (char === '[') return parseArray(depth);
    if (char === '"') return parseString();
    for (const [literal, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(literal, index)) {
        index += literal.length;
        return value;
      }
    }
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match) return fail(index >= text.length ? 'unexpected end' : `unexpected “${char}”`);
    index += match[0].length;
    const value = Number(match[0]);
    if (!Number.isFinite(value)) fail('number out of range');
    return value;
  };

  const parseArray = (depth: number): JsonValue[] => {
    index++;
    const out: JsonValue[] = [];
    skipWhitespace();
    if (text[index] === ']') {
      index++;
      return out;
    }
    while (true) {
      out.push(parseValue(depth + 1));
      skipWhitespace();
      const char = text[index++];
      if (char === ']') return out;
      if (char !== ',') fail('expected “,” or “]”');
    }
  };

  const parseObject = (depth: number): { [key: string]: JsonValue } => {
    index++;
    const out: { [key: string]: JsonValue } = {};
    const seen = new Set<string>();
    skipWhitespace();
    if (text[index] === '}') {
      index++;
      return out;
    }
    while (true) {
      skipWhitespace();
      if (text[index] !== '"') fail('expected a key');
      const key = parseString();
      if (seen.has(key)) throw new JurydeskError('json.duplicate-key', { path, key });
      seen.add(key);
      skipWhitespace();
      if (text[index++] !== ':') fail('expected “:”');
      // defineProperty so that a "__proto__" key stays data and never changes the object's prototype.
      Object.defineProperty(out, key, { value: parseValue(depth + 1), enumerable: true, writable: true, configurable: true });
      skipWhitespace();
      const char = text[index++];
      if (char === '}') return out;
      if (char !== ',') fail('expected “,” or “}”');
    }
  };

  const value = parseValue(0);
  skipWhitespace();
  if (index !== text.length) fail('unexpected data after the document');
  return value;
}

/**
 * RFC 8785 (JCS) serialization: keys sorted by UTF-16 code units, no whitespace, numbers and strings
 * as ECMAScript's JSON.stringify writes them. Undefined members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('JSON cannot hold a non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`JSON cannot hold a ${typeof value}`);
  }
}

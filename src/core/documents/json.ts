import { measureJson } from './json-measure';
import { EXACT_DIGITS, sameDecimal } from './number-text';
import { fromUtf8, utf8 } from '../crypto';
import { JurydeskError } from '../errors';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Strict JSON (RFC 8259) that refuses what JSON.parse lets through silently: a key given twice
 * (readers would disagree on which one wins, so a signed document could say two things).
 * `path` only names the document in error messages. Bytes must be UTF-8, and are refused otherwise.
 *
 * The native parser builds the values. A duplicate key is the only way the text can name more members than the
 * parsed value holds, so counting both finds one without building anything; the slower parser then names it.
 */
export function parseStrictJson(input: string | Uint8Array, path: string): JsonValue {
  const bytes = typeof input === 'string' ? utf8(input) : input;
  const text = typeof input === 'string' ? input : decodeOrRefuse(input, path);
  const shape = measureJson(bytes, path);
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    // The engine's message rarely says where: the strict parser, which does, finds the same fault.
    return parseStrictJsonSlowly(text, path);
  }
  // Only an exponent can overflow a double into Infinity, which JSON cannot hold.
  if (shape.exponent && !allFinite(value))
    throw new JurydeskError('json.invalid', { path, position: 0, detail: 'number out of range' });
  // Which parser gives the value is a matter of speed only: both refuse and accept the same texts (json.test.ts).
  // Stryker disable next-line ConditionalExpression: always taking the careful parser changes no result.
  if (shape.longNumber || countMembers(value, path) !== shape.members) return parseStrictJsonSlowly(text, path);
  return value;
}

/**
 * Keys that JavaScript gives a meaning of their own: a reader that builds objects with them could change a
 * prototype, and a schema may drop them where another reader sees a member. No Jurydesk document needs them.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function refuseForbidden(key: string, path: string): void {
  if (FORBIDDEN_KEYS.has(key)) throw new JurydeskError('json.forbidden-key', { path, key });
}

function decodeOrRefuse(bytes: Uint8Array, path: string): string {
  try {
    return fromUtf8(bytes);
  } catch {
    throw new JurydeskError('json.invalid-utf8', { path });
  }
}

function allFinite(value: JsonValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

/**
 * Keys in the value, nested ones too, refusing the forbidden ones on the way. A key inherited from a tampered
 * Object.prototype counts and so sends the text to the careful parser: correct either way.
 */
// Stryker disable all: a miscount only sends the text to the careful parser, which gives the same value or refusal.
function countMembers(value: JsonValue, path: string): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countMembers(item, path);
    return count;
  }
  for (const key in value) {
    refuseForbidden(key, path);
    count += 1 + countMembers(value[key]!, path);
  }
  return count;
}
// Stryker restore all

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

  // No depth to watch: measureJson refused any text nested deeper than its MAX_DEPTH before either parser ran.
  const parseValue = (): JsonValue => {
    skipWhitespace();
    const char = text[index];
    if (char === '{') return parseObject();
    if (char === '[') return parseArray();
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
    if (match[0].replace(/\D/g, '').length >= EXACT_DIGITS && !sameDecimal(match[0], String(value)))
      throw new JurydeskError('json.imprecise-number', { path, number: match[0], read: String(value) });
    return value;
  };

  const parseArray = (): JsonValue[] => {
    index++;
    const out: JsonValue[] = [];
    skipWhitespace();
    if (text[index] === ']') {
      index++;
      return out;
    }
    while (true) {
      out.push(parseValue());
      skipWhitespace();
      const char = text[index++];
      if (char === ']') return out;
      if (char !== ',') fail('expected “,” or “]”');
    }
  };

  const parseObject = (): { [key: string]: JsonValue } => {
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
      refuseForbidden(key, path);
      if (seen.has(key)) throw new JurydeskError('json.duplicate-key', { path, key });
      seen.add(key);
      skipWhitespace();
      if (text[index++] !== ':') fail('expected “:”');
      out[key] = parseValue();
      skipWhitespace();
      const char = text[index++];
      if (char === '}') return out;
      if (char !== ',') fail('expected “,” or “}”');
    }
  };

  const value = parseValue();
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

import { describe, expect, it } from 'vitest';
import { fromBase64, fromUtf8, toBase64, toHex, utf8 } from '@core/crypto/bytes';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from '@core/container/crc32';

describe('bytes', () => {
  it('encodes base64 the way Node does, with and without padding', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = new Uint8Array(length).map((_, index) => (index * 37 + length) & 0xff);
      const expected = Buffer.from(bytes).toString('base64');
      expect(toBase64(bytes)).toBe(expected);
      expect(toBase64(bytes, { pad: false })).toBe(expected.replace(/=+$/, ''));
      expect(fromBase64(expected)).toEqual(bytes);
    }
  });

  it('refuses base64 with characters outside the alphabet instead of skipping them', () => {
    expect(() => fromBase64('AAA*')).toThrow();
    expect(() => fromBase64('A===')).toThrow();
  });

  it('refuses malformed UTF-8 instead of replacing it', () => {
    expect(() => fromUtf8(new Uint8Array([0x7b, 0xff, 0x7d]))).toThrow();
    expect(fromUtf8(utf8('Lefèvre'))).toBe('Lefèvre');
  });

  it('computes the zip CRC-32, incrementally too', () => {
    const data = utf8('The quick brown fox jumps over the lazy dog');
    expect(crc32(data).toString(16)).toBe('414fa339');
    expect(crc32(data.subarray(10), crc32(data.subarray(0, 10)))).toBe(crc32(data));
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });

  it('agrees with zlib on every length and alignment around the 8-byte steps', () => {
    const data = new Uint8Array(64).map((_, index) => (index * 2654435761) >>> 24);
    for (let start = 0; start < 8; start++) {
      for (let end = start; end <= data.length; end++) {
        const slice = data.subarray(start, end);
        expect(crc32(slice)).toBe(zlibCrc32(slice));
        const middle = start + Math.floor((end - start) / 3);
        expect(crc32(data.subarray(middle, end), crc32(data.subarray(start, middle)))).toBe(zlibCrc32(slice));
      }
    }
  });
});

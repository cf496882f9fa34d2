import { concatBytes, fromUtf8, utf8 } from './bytes';

/** The SSH wire encoding (RFC 4251 §5): big-endian uint32 and length-prefixed strings. */
export function encodeUint32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

export function encodeString(value: Uint8Array | string): Uint8Array {
  const bytes = typeof value === 'string' ? utf8(value) : value;
  return concatBytes(encodeUint32(bytes.length), bytes);
}

export class WireReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  raw(length: number): Uint8Array {
    if (length > this.remaining) throw new Error('truncated data');
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  uint32(): number {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, Math.min(4, this.remaining));
    if (view.byteLength < 4) throw new Error('truncated data');
    this.offset += 4;
    return view.getUint32(0);
  }

  string(): Uint8Array {
    return this.raw(this.uint32());
  }

  text(): string {
    return fromUtf8(this.string());
  }

  expectEnd(): void {
    if (this.remaining !== 0) throw new Error('unexpected trailing data');
  }
}

import { utf8 } from '@core/crypto/bytes';
import { KINDS, type FileKind } from '@core/container/kinds';
import { canonicalJson } from '@core/documents/json';
import type { KeyPair } from '@core/crypto/keys';
import { NAMESPACES, signMessage } from '@core/crypto/sshsig';
import { rawZip, type RawEntry, type RawZip } from '../support/zip-builder';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same mutant on every machine. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The entries of one of our containers, as a writer would be given them. */
export interface Entry {
  name: string;
  data: Uint8Array;
}

/** Entries read straight from our own writer's layout (every entry stored): the fuzzer must not trust the reader it tests. */
export function entriesOf(file: Uint8Array): Entry[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const entries: Entry[] = [];
  let offset = 0;
  while (offset + 30 <= file.length && view.getUint32(offset, true) === 0x04034b50) {
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    let size = view.getUint32(offset + 18, true);
    const start = offset + 30 + nameLength + extraLength;
    if (size === 0xffffffff)
      size =
        offset + 30 + nameLength + 12 <= file.length
          ? Number(view.getBigUint64(offset + 30 + nameLength + 4, true))
          : 0;
    if (start + size > file.length) break;
    entries.push({
      name: new TextDecoder().decode(file.subarray(offset + 30, offset + 30 + nameLength)),
      data: file.subarray(start, start + size),
    });
    offset = start + size;
  }
  return entries;
}

const INTERESTING_32 = [
  0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff,
];
const INTERESTING_16 = [0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xfffe, 0xffff];

/** Where zip records start in the file: the fields around them are where a lie does most harm. */
function recordOffsets(file: Uint8Array): number[] {
  const offsets: number[] = [];
  for (let i = 0; i + 4 <= file.length; i++)
    if (file[i] === 0x50 && file[i + 1] === 0x4b && file[i + 2]! <= 8 && file[i + 3]! <= 8) offsets.push(i);
  return offsets;
}

/** Removes and inserts bytes at `at`, both clamped to the file: an earlier step may have made it shorter. */
function splice(file: Uint8Array, start: number, count: number, insert: Uint8Array = new Uint8Array(0)): Uint8Array {
  const at = Math.max(0, Math.min(start, file.length));
  const remove = Math.max(0, Math.min(count, file.length - at));
  const out = new Uint8Array(file.length - remove + insert.length);
  out.set(file.subarray(0, at));
  out.set(insert, at);
  out.set(file.subarray(at + remove), at + insert.length);
  return out;
}

function randomBytes(random: Random, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => random.below(256));
}

export type Layer = 'byte' | 'zip' | 'document';

/** One change to a file; `name` says what it did, so a failure report can be read. */
export interface Mutation {
  readonly name: string;
  apply(file: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

function byteMutation(random: Random, file: Uint8Array): Mutation {
  const at = random.below(Math.max(1, file.length));
  const records = recordOffsets(file);
  const choice = random.below(11);
  switch (choice) {
    case 0: {
      const bit = random.below(8);
      return {
        name: `flip bit ${bit} of byte ${at}`,
        apply: (bytes) => bytes.map((byte, i) => (i === at ? byte ^ (1 << bit) : byte)),
      };
    }
    case 1: {
      const value = random.pick([0, 0xff, 0x7f, 0x80, random.below(256)]);
      return {
        name: `set byte ${at} to ${value}`,
        apply: (bytes) => bytes.map((byte, i) => (i === at ? value : byte)),
      };
    }
    case 2: {
      const inserted = randomBytes(random, 1 + random.below(16));
      return {
        name: `insert ${inserted.length} bytes at ${at}`,
        apply: (bytes) => splice(bytes, Math.min(at, bytes.length), 0, inserted),
      };
    }
    case 3: {
      const length = 1 + random.below(64);
      return {
        name: `delete ${length} bytes at ${at}`,
        apply: (bytes) => splice(bytes, Math.min(at, bytes.length), Math.min(length, Math.max(0, bytes.length - at))),
      };
    }
    case 4: {
      const length = 1 + random.below(128);
      return {
        name: `duplicate ${length} bytes at ${at}`,
        apply: (bytes) => splice(bytes, at, 0, bytes.slice(at, at + length)),
      };
    }
    case 5: {
      const length = random.below(file.length);
      return { name: `truncate to ${length} bytes`, apply: (bytes) => bytes.slice(0, length) };
    }
    case 6: {
      const junk = randomBytes(random, 1 + random.below(64));
      return { name: `append ${junk.length} bytes`, apply: (bytes) => splice(bytes, bytes.length, 0, junk) };
    }
    case 7:
    case 8: {
      // A header field: a record's start plus a field offset, overwritten with a value that breaks arithmetic.
      const record = records.length > 0 ? random.pick(records) : 0;
      const field = record + 4 + random.below(42);
      const wide = random.chance(0.5);
      const value = random.pick(wide ? INTERESTING_32 : INTERESTING_16);
      return {
        name: `write ${wide ? 'u32' : 'u16'} ${value} at ${field} (record at ${record})`,
        apply: (bytes) => {
          const out = bytes.slice();
          if (field + (wide ? 4 : 2) > out.length) return out;
          const view = new DataView(out.buffer);
          if (wide) view.setUint32(field, value, true);
          else view.setUint16(field, value, true);
          return out;
        },
      };
    }
    case 9: {
      // Off by a little: a size or offset one more or less than it was.
      const record = records.length > 0 ? random.pick(records) : 0;
      const field = record + random.pick([14, 18, 22, 16, 20, 24, 42, 12]);
      const delta = random.pick([-2, -1, 1, 2, 4096]);
      return {
        name: `add ${delta} to the u32 at ${field}`,
        apply: (bytes) => {
          const out = bytes.slice();
          if (field + 4 > out.length) return out;
          const view = new DataView(out.buffer);
          view.setUint32(field, (view.getUint32(field, true) + delta) >>> 0, true);
          return out;
        },
      };
    }
    default: {
      const from = random.below(file.length);
      const length = 1 + random.below(256);
      const to = random.below(file.length);
      return {
        name: `copy ${length} bytes from ${from} over ${to}`,
        apply: (bytes) => {
          const out = bytes.slice();
          if (to < out.length) out.set(bytes.subarray(from, from + length).subarray(0, out.length - to), to);
          return out;
        },
      };
    }
  }
}

const HOSTILE_NAMES = [
  '../evil',
  '/etc/passwd',
  'files\\..\\x',
  'files/a/../../b',
  'FILES/x',
  'files/',
  'mimetype ',
  'Manifest.json',
  'files/é',
  'files/a\u0000b',
  `files/${'x'.repeat(300)}`,
  'scores.json',
  'deliberation.json',
  'manifest.json',
  'files/x/',
];

function zipMutation(random: Random, file: Uint8Array): Mutation {
  const entries = entriesOf(file);
  if (entries.length === 0) return byteMutation(random, file);
  const index = random.below(Math.max(1, entries.length));
  const name = entries[index]?.name ?? 'mimetype';
  // An earlier step may have left fewer entries, or none the layout can read: the step then leaves the file as it is.
  const change = (describe: string, build: (raw: RawEntry[]) => RawZip): Mutation => ({
    name: describe,
    apply: (bytes) => {
      const raw = entriesOf(bytes).map((entry) => ({ ...entry }));
      return raw.length > index ? rawZip(build(raw)) : bytes;
    },
  });
  const at = (raw: RawEntry[], knobs: Partial<RawEntry>) =>
    raw.map((entry, i) => (i === index ? { ...entry, ...knobs } : entry));
  switch (random.below(20)) {
    case 0: {
      const other = random.below(Math.max(1, entries.length));
      return change(`swap entries ${index} and ${other}`, (raw) => {
        if (other >= raw.length) return { entries: raw };
        const out = [...raw];
        [out[index], out[other]] = [out[other]!, out[index]!];
        return { entries: out };
      });
    }
    case 1:
      return change(`drop “${name}”`, (raw) => ({ entries: raw.filter((_, i) => i !== index) }));
    case 2:
      return change(`add a second “${name}”`, (raw) => ({
        entries: [...raw, { ...raw[index]!, data: random.chance(0.5) ? raw[index]!.data : utf8('{}') }],
      }));
    case 3: {
      const renamed = random.pick(HOSTILE_NAMES);
      return change(`rename “${name}” to “${renamed}”`, (raw) => ({ entries: at(raw, { name: renamed }) }));
    }
    case 4:
      return change(`deflate “${name}”`, (raw) => ({ entries: at(raw, { deflate: true }) }));
    case 5: {
      const lie = random.pick(['none', 'crc', 'size', 'compressed']);
      return change(`data descriptor on “${name}” (${lie} wrong)`, (raw) => ({
        entries: at(raw, {
          descriptor: {
            signature: random.chance(0.7),
            ...(lie === 'crc'
              ? { crc32: 1 }
              : lie === 'size'
                ? { size: 1 }
                : lie === 'compressed'
                  ? { compressedSize: 1 }
                  : {}),
          },
        }),
      }));
    }
    case 6: {
      const hidden = random.pick(['scores.json', 'manifest.json', 'deliberation.json', 'files/evil.exe', 'mimetype']);
      return change(`unlisted local entry “${hidden}” after ${index}`, (raw) => ({
        entries: [
          ...raw.slice(0, index + 1),
          { name: hidden, data: utf8('{"evil":true}'), unlisted: true },
          ...raw.slice(index + 1),
        ],
      }));
    }
    case 7:
      return change('prefix bytes', (raw) => ({ prefix: randomBytes(random, 1 + random.below(512)), entries: raw }));
    case 8:
      return change(`gap after “${name}”`, (raw) => ({
        entries: at(raw, { gapAfter: randomBytes(random, 1 + random.below(64)) }),
      }));
    case 9:
      return change('archive comment', (raw) => ({
        entries: raw,
        comment: random.chance(0.5) ? utf8('a comment') : Uint8Array.from([0x50, 0x4b, 0x05, 0x06, 0, 0]),
      }));
    case 10:
      return change('folder entry with data', (raw) => ({
        entries: [
          ...raw,
          {
            name: 'files/dossier/',
            data: utf8('x'),
            ...(random.chance(0.5) ? { deflate: true, central: { size: 0 } } : {}),
          },
        ],
      }));
    case 11: {
      const field = random.pick(['crc32', 'size', 'method'] as const);
      const value = field === 'method' ? random.pick([0, 8, 12, 99]) : random.pick(INTERESTING_32);
      return change(`central ${field} of “${name}” = ${value}`, (raw) => ({
        entries: at(raw, { central: { [field]: value } }),
      }));
    }
    case 12: {
      const field = random.pick(['crc32', 'size', 'name'] as const);
      return change(`local ${field} of “${name}” lies`, (raw) => ({
        entries: at(raw, { local: field === 'name' ? { name: `${name}x` } : { [field]: random.pick(INTERESTING_32) } }),
      }));
    }
    case 13:
      return change(`“${name}” data replaced`, (raw) => ({
        entries: at(raw, { data: randomBytes(random, random.below(2 * (raw[index]?.data.length ?? 8) + 1)) }),
      }));
    case 14:
      return change('an extra attachment', (raw) => ({
        entries: [...raw, { name: `files/extra/${random.below(100)}.pdf`, data: utf8('%PDF-1.4') }],
      }));
    case 16: {
      // zip64 end records as `zip -fz` writes them, with the classic fields saying the same or "see zip64".
      const saturated = random.chance(0.5);
      return change(`zip64 end records${saturated ? ', classic fields saturated' : ''}`, (raw) => ({
        entries: raw,
        zip64: saturated
          ? { classic: { entries: 0xffff, directorySize: 0xffffffff, directoryOffset: 0xffffffff } }
          : {},
      }));
    }
    case 17: {
      // The wrapper attack: another archive in the zip64 record's extensible data, or classic fields that disagree.
      const field = random.pick(['extensible', 'entries', 'directorySize', 'directoryOffset'] as const);
      return change(`zip64 end records, ${field} disagreeing`, (raw) => ({
        entries: raw,
        zip64:
          field === 'extensible'
            ? { extensible: random.chance(0.5) ? file : randomBytes(random, 1 + random.below(64)) }
            : { classic: { [field]: random.below(1 << 16) } },
      }));
    }
    case 18: {
      const versionNeeded = random.pick([10, 20, 45, 46, 51, 63, 0x0314, 0xff]);
      return change(`central version needed of “${name}” = ${versionNeeded}`, (raw) => ({
        entries: at(raw, { central: { versionNeeded } }),
      }));
    }
    case 19: {
      const [kind, madeBy, external] = random.pick([
        ['MS-DOS folder', 20, 0x10],
        ['MS-DOS read-only file', 20, 0x01],
        ['Unix file', 0x031e, 0o100644 * 0x10000],
        ['Unix folder', 0x031e, 0o040755 * 0x10000 + 0x10],
        ['Unix symbolic link', 0x031e, 0o120777 * 0x10000],
        ['Unix device', 0x031e, 0o020644 * 0x10000],
      ] as const);
      return change(`“${name}” made on ${kind} attributes`, (raw) => ({
        entries: at(raw, { central: { madeBy, external } }),
      }));
    }
    default:
      return change(`“${name}” emptied`, (raw) => ({ entries: at(raw, { data: new Uint8Array(0) }) }));
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a document a value sits, as a path of keys and indexes. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => paths(item, [...prefix, i])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...prefix, key])));
  return here;
}

function valueAt(root: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key]!, root);
}

const ODD_VALUES: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  0.5,
  1.0000000001,
  4.0000000001,
  7.5,
  11,
  -0.5,
  1e308,
  2 ** 53 + 1,
  '',
  'x',
  'a'.repeat(5000),
  [],
  {},
  'ssh-ed25519 AAAA',
  '2026-13-45T99:99:99Z',
  'cohorte-1',
  'C2027-001',
  'innovation',
  'complete',
  'recused',
  'claire-martin',
];

function documentMutation(random: Random, kind: FileKind, document: Json): { name: string; text: string } {
  const copy = structuredClone(document);
  const all = paths(copy).filter((path) => path.length > 0);
  const path = random.pick(all);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const where = path.join('.');
  switch (random.below(9)) {
    case 0:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return { name: `delete ${where}`, text: canonicalJson(copy) };
    case 1:
    case 2: {
      const value = random.pick(ODD_VALUES);
      parent[key] = structuredClone(value);
      return { name: `set ${where} to ${JSON.stringify(value).slice(0, 40)}`, text: canonicalJson(copy) };
    }
    case 3: {
      const current = parent[key];
      if (typeof current === 'number') parent[key] = current + random.pick([1, -1, 0.5, 1e-10, -1e-10, 0.1]);
      else parent[key] = random.pick(ODD_VALUES);
      return { name: `nudge ${where}`, text: canonicalJson(copy) };
    }
    case 4:
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
      else parent[`${String(key)}2`] = structuredClone(parent[key]!);
      return { name: `duplicate ${where}`, text: canonicalJson(copy) };
    case 5: {
      // Written into the text: an object literal with a "__proto__" member cannot be built and serialized as data.
      const objects = paths(copy)
        .map((where) => valueAt(copy, where))
        .filter((value) => value !== null && typeof value === 'object' && !Array.isArray(value));
      const target = canonicalJson(random.pick(objects));
      const hostile = random.pick(['__proto__', 'constructor', 'prototype', 'toString', 'extra']);
      const replaced = target === '{}' ? `{"${hostile}":1}` : `{"${hostile}":{"polluted":true},${target.slice(1)}`;
      return { name: `add “${hostile}” to an object`, text: canonicalJson(copy).replace(target, replaced) };
    }
    case 6: {
      // A key given twice, in the text: readers would disagree on which one wins.
      const text = canonicalJson(copy);
      const match = /"(\w+)":("[^"]*"|\d+)/.exec(text.slice(random.below(Math.max(1, text.length - 20))));
      return match
        ? { name: `duplicate key “${match[1]}”`, text: text.replace(match[0], `${match[0]},"${match[1]}":${match[2]}`) }
        : { name: 'unchanged', text };
    }
    case 7: {
      const text = canonicalJson(copy);
      const damage = random.pick(['truncate', 'trailing comma', 'bom', 'latin-1', 'deep', 'nan']);
      const changed =
        damage === 'truncate'
          ? text.slice(0, random.below(text.length))
          : damage === 'trailing comma'
            ? `${text.slice(0, -1)},}`
            : damage === 'bom'
              ? `\uFEFF${text}`
              : damage === 'latin-1'
                ? text.replace('é', '\u00e9\u0301')
                : damage === 'deep'
                  ? `{"x":${'['.repeat(200)}${']'.repeat(200)},${text.slice(1)}`
                  : text.replace(/:(\d+)/, ':NaN');
      return { name: `text ${damage}`, text: changed };
    }
    default: {
      if (Array.isArray(parent) && parent.length > 1) {
        const other = random.below(parent.length);
        [parent[key as number], parent[other]] = [parent[other]!, parent[key as number]!];
        return { name: `swap ${where} with index ${other}`, text: canonicalJson(copy) };
      }
      return { name: `unchanged ${kind}`, text: canonicalJson(copy) };
    }
  }
}

/** A document changed and signed again with the key that signs its kind (sometimes another namespace or key). */
function documentLevel(random: Random, kind: FileKind, signer: KeyPair, wrongSigner: KeyPair): Mutation {
  const seed = random.below(2 ** 31);
  const namespace = random.chance(0.05) ? random.pick(Object.values(NAMESPACES)) : KINDS[kind].namespace;
  const key = random.chance(0.05) ? wrongSigner : signer;
  let described = '';
  return {
    get name() {
      return `document: ${described}${namespace !== KINDS[kind].namespace ? `, signed in ${namespace}` : ''}${key !== signer ? ', signed by another key' : ''}`;
    },
    async apply(file) {
      const entries = entriesOf(file);
      const documentEntry = entries.find((entry) => entry.name === KINDS[kind].document);
      if (!documentEntry) return file;
      let document: Json;
      try {
        document = JSON.parse(new TextDecoder().decode(documentEntry.data)) as Json;
      } catch {
        // An earlier step left text that is not JSON: nothing more to change at this level.
        return file;
      }
      const mutated = documentMutation(new Random(seed), kind, document);
      described = mutated.name;
      const bytes = utf8(mutated.text);
      const signature = await signMessage(key, namespace, bytes);
      return rawZip({
        entries: entries.map((entry) =>
          entry.name === KINDS[kind].document
            ? { ...entry, data: bytes }
            : entry.name === `${KINDS[kind].document}.sig`
              ? { ...entry, data: utf8(signature) }
              : entry,
        ),
      });
    },
  };
}

/** One to three changes at one layer, chosen by the seed. */
export function mutations(
  seed: number,
  kind: FileKind,
  file: Uint8Array,
  signer: KeyPair,
  wrongSigner: KeyPair,
): { layer: Layer; steps: Mutation[] } {
  const random = new Random(seed);
  const layer = random.pick<Layer>(['byte', 'byte', 'zip', 'zip', 'document', 'document']);
  const count = 1 + (random.chance(0.3) ? random.below(3) : 0);
  const steps: Mutation[] = [];
  for (let i = 0; i < count; i++) {
    if (layer === 'byte') steps.push(byteMutation(random, file));
    else if (layer === 'zip') steps.push(zipMutation(random, file));
    else steps.push(documentLevel(random, kind, signer, wrongSigner));
  }
  return { layer, steps };
}

export async function applyAll(file: Uint8Array, steps: readonly Mutation[]): Promise<Uint8Array> {
  let current = file;
  for (const step of steps) current = await step.apply(current);
  return current;
}

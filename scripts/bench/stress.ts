/** Generates the stress call of the benchmark: a national call's size, deterministic, under .bench/. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { utf8 } from '@core/crypto/bytes';
import { sha256 } from '@core/crypto/hash';
import { formatPrivateKey, formatPublicKey, keyPairFromSeed, type KeyPair } from '@core/crypto/keys';

export interface StressSize {
  applications: number;
  criteria: number;
  jurors: number;
  attachmentBytes: number;
  /** Each application assigned to this many jurors, as large calls work; absent: every juror scores everything. */
  jurorsPerApplication?: number;
}

export const SIZES: Record<'smoke' | 'standard' | 'large' | 'national', StressSize> = {
  smoke: { applications: 60, criteria: 8, jurors: 4, attachmentBytes: 3 * 1024 * 1024 },
  standard: { applications: 2000, criteria: 8, jurors: 30, attachmentBytes: 200 * 1024 * 1024 },
  large: { applications: 2000, criteria: 8, jurors: 30, attachmentBytes: 1024 * 1024 * 1024 },
  // ANR's pre-proposals reach about 7,000 over some 40 committees: this is a national call at its largest.
  national: {
    applications: 10_000,
    criteria: 8,
    jurors: 300,
    attachmentBytes: 1024 * 1024 * 1024,
    jurorsPerApplication: 3,
  },
};

/**
 * The jurors an application is assigned to: spread by a stride so that every two neighbouring groups share
 * applications and the jurors form one connected whole, as a real assignment does (calibration needs overlap).
 */
export function assignedJurors(applicationIndex: number, size: StressSize): number[] {
  const perApplication = size.jurorsPerApplication ?? size.jurors;
  const stride = Math.floor(size.jurors / perApplication) + 1;
  return Array.from({ length: perApplication }, (_, k) => (applicationIndex + k * stride) % size.jurors);
}

export async function benchKey(name: string): Promise<KeyPair> {
  return keyPairFromSeed(await sha256(utf8(`jurydesk bench key/${name}`)), name);
}

/** xorshift32: fast, deterministic filler bytes (attachments only need to be incompressible and reproducible). */
function fill(bytes: Uint8Array, seed: number): void {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4));
  let state = seed || 1;
  for (let i = 0; i < words.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    words[i] = state >>> 0;
  }
}

export async function generateStressCall(
  directory: string,
  size: StressSize,
): Promise<{ staff: KeyPair; jurors: KeyPair[] }> {
  await rm(directory, { recursive: true, force: true });
  await mkdir(join(directory, 'files'), { recursive: true });
  const staff = await benchKey('staff');
  const jurors: KeyPair[] = [];
  for (let index = 0; index < size.jurors; index++) jurors.push(await benchKey(`juror-${index}`));
  await writeFile(join(directory, 'staff'), formatPrivateKey(staff), { mode: 0o600 });

  const perFile = Math.floor(size.attachmentBytes / size.applications);
  const buffer = new Uint8Array(perFile - (perFile % 4));
  const rows = ['id;name;region;beneficiaries;summary;deck'];
  const regions = [
    'Bretagne',
    'Occitanie',
    'Grand Est',
    'Normandie',
    'Île-de-France',
    'Hauts-de-France',
    'Bourgogne-Franche-Comté',
  ];
  for (let index = 0; index < size.applications; index++) {
    const id = `A${String(index).padStart(5, '0')}`;
    fill(buffer, index + 1);
    await writeFile(join(directory, 'files', `${id}.pdf`), buffer);
    rows.push(
      `${id};Structure ${index};${regions[index % regions.length]};${(index * 37) % 9000};Résumé de la candidature ${index}, inclusion numérique;${id}.pdf`,
    );
  }
  await writeFile(join(directory, 'applications.csv'), `${rows.join('\n')}\n`);
  const call = {
    call: { id: 'bench-call', title: 'Appel national (banc d’essai)' },
    issuer: { name: 'Bench staff' },
    criteria: Array.from({ length: size.criteria }, (_, index) => ({
      id: `c${index}`,
      label: `Critère ${index + 1}`,
      weight: 1 + (index % 3),
      scale: { min: 0, max: 10, step: 1 },
    })),
    jurors: jurors.map((key, index) => ({
      id: `j${index}`,
      name: `Juré ${index}`,
      role: index === 0 ? 'chair' : 'juror',
      publicKey: formatPublicKey(key.publicKey),
    })),
    ...(size.jurorsPerApplication
      ? {
          assignments: jurors.map((_key, juror) => ({
            jurorId: `j${juror}`,
            applicationIds: Array.from({ length: size.applications }, (_, index) => index)
              .filter((index) => assignedJurors(index, size).includes(juror))
              .map((index) => `A${String(index).padStart(5, '0')}`),
          })),
        }
      : {}),
    outcomes: [
      { id: 'in', label: 'Retenu', kind: 'selected', capacity: 100 },
      { id: 'out', label: 'Non retenu', kind: 'rejected' },
    ],
    columns: {
      id: 'id',
      name: 'name',
      summary: 'summary',
      fields: { region: 'region', beneficiaries: { column: 'beneficiaries', type: 'integer' } },
      attachments: ['deck'],
    },
  };
  await writeFile(join(directory, 'call.json'), JSON.stringify(call));
  return { staff, jurors };
}

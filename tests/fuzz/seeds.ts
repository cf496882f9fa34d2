import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeResults } from '@core/jury/aggregate';
import { verifyBundle, type VerifiedBundle } from '@core/documents/bundle';
import { deliberationContent } from '@core/jury/deliberate';
import { createDeliberation } from '@core/documents/deliberation';
import { parseAnyPrivateKey } from '@core/crypto/encrypted-key';
import type { FileKind } from '@core/container/kinds';
import type { KeyPair } from '@core/crypto/keys';
import { mergeScoreFiles } from '@core/jury/merge';
import { assembleDeclaration } from '@core/documents/declaration';
import { formatPublicKey } from '@core/crypto/keys';
import { NAMESPACES, signMessage } from '@core/crypto/sshsig';

const DEMO = join(import.meta.dirname, '..', '..', 'resources', 'demo');
export const SCORE_FILE_JUROR = 'karim-benali';

/** A valid file of each kind, the demo keys that sign them, and the bundle score files and deliberations are checked against. */
export interface Seeds {
  files: Record<FileKind, Uint8Array>;
  signers: Record<FileKind, KeyPair>;
  bundle: VerifiedBundle;
}

async function demoKey(name: string): Promise<KeyPair> {
  return parseAnyPrivateKey(readFileSync(join(DEMO, 'keys', `demo-${name}`), 'utf8'));
}

export async function loadSeeds(): Promise<Seeds> {
  const bundleBytes = new Uint8Array(readFileSync(join(DEMO, 'demo.jurybundle')));
  const verified = await verifyBundle(new Blob([bundleBytes]));
  if (!verified.ok) throw new Error(`the demo bundle does not verify: ${verified.error.code}`);
  const bundle = verified.value;
  const chair = await demoKey('claire-martin');
  const scoreFiles = ['claire-martin', 'julien-moreau', SCORE_FILE_JUROR, 'nadia-haddad', 'sophie-lefevre'].map(
    (juror) => ({
      name: `${juror}.juryscores`,
      source: new Uint8Array(readFileSync(join(DEMO, 'scores', `${juror}.juryscores`))),
    }),
  );
  const report = await mergeScoreFiles(scoreFiles, { bundle, trustOnFirstUse: true });
  const method = { aggregate: 'mean', normalization: 'none' } as const;
  const ranked = computeResults(
    bundle.manifest,
    report.accepted.map((file) => file.scoreFile),
    { method },
  );
  const content = deliberationContent({
    manifest: bundle.manifest,
    manifestSha256: bundle.manifestSha256,
    chair: { id: 'claire-martin', name: 'Claire Martin' },
    revision: 1,
    decidedAt: '2026-11-20T18:00:00Z',
    method,
    accepted: report.accepted,
    results: ranked,
    decisions: [
      { applicationId: 'C2027-010', outcome: 'cohorte-1', rationale: 'Très solide.' },
      { applicationId: 'C2027-003', outcome: 'cohorte-1', rationale: 'Impact mesuré.' },
      { applicationId: 'C2027-009', outcome: 'non-retenu', rationale: 'Trop jeune.' },
    ],
    minutes: 'Séance du 20 novembre 2026.',
  });
  const deliberation = await createDeliberation(content, chair, report.accepted);
  const juror = await demoKey(SCORE_FILE_JUROR);
  const declaration = await assembleDeclaration(
    {
      call: { id: bundle.manifest.call.id },
      bundle: { sequence: bundle.manifest.sequence, manifestSha256: bundle.manifestSha256 },
      juror: { id: SCORE_FILE_JUROR, name: 'Karim Benali' },
      revision: 1,
      exportedAt: '2026-11-02T09:00:00Z',
      interests: [
        { applicationId: 'C2027-004', reason: 'Ancien associé du fondateur.' },
        { applicationId: 'C2027-011' },
      ],
    },
    formatPublicKey(juror.publicKey),
    (bytes) => signMessage(juror, NAMESPACES.declaration, bytes),
  );
  return {
    files: {
      bundle: bundleBytes,
      scores: scoreFiles.find((file) => file.name.startsWith(SCORE_FILE_JUROR))!.source,
      deliberation: new Uint8Array(await deliberation.blob.arrayBuffer()),
      declaration: new Uint8Array(await declaration.blob.arrayBuffer()),
    },
    signers: { bundle: await demoKey('staff'), scores: juror, deliberation: chair, declaration: juror },
    bundle,
  };
}

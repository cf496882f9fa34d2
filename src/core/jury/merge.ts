import { type BundleContext, type ScoreFile, verifyScoreFile, type VerifiedScoreFile } from '../documents';
import { JurydeskError, type Failure, type Result } from '../errors';
import { fingerprint, formatPublicKey, parsePublicKey, samePublicKey, sha256Hex } from '../crypto';
import { sha256HexOfBlob, WHOLE_READ_LIMIT } from '../container';

export interface ScoreFileInput {
  /** How the file is named to the user (its file name). */
  name: string;
  /** The file, or its bytes when they are at hand (as the app stores them). */
  source: Blob | Uint8Array;
}

export interface ReceivedFile {
  name: string;
  jurorId: string;
  revision: number;
  sha256: string;
  fingerprint: string;
  publicKey: string;
  scoreFile: ScoreFile;
  /** The file's exact bytes: a deliberation carries them, so that anyone can re-run the merge. */
  source: Blob | Uint8Array;
}

export interface MergeReport {
  /** The file that counts for each juror: their highest revision. */
  accepted: ReceivedFile[];
  /** Lower revisions than the one accepted for the same juror, with the revision kept. */
  ignored: Array<{ file: ReceivedFile; keptRevision: number }>;
  refused: Array<{ name: string; failure: Failure }>;
  /** Two different files from one juror with the same revision: neither is used (docs/DESIGN.md §2). */
  equivocations: Array<{ jurorId: string; revision: number; files: ReceivedFile[] }>;
  /** Jurors the roster gives no key for, whose key the chair has not confirmed yet: shown, not counted. */
  unconfirmed: ReceivedFile[];
}

export interface MergeOptions {
  bundle: BundleContext;
  /** Keys the chair confirmed for jurors the roster gives no key for (juror id → OpenSSH line). */
  confirmedKeys?: Readonly<Record<string, string>>;
  /** Take the first key seen for such jurors without asking (the command line's default, which prints it). */
  trustOnFirstUse?: boolean;
  /**
   * Files already verified against this bundle, by SHA-256, filled as files pass: the app merges again after every
   * import and every change of method, and only the new file then needs parsing. Same bytes, same verdict.
   */
  verified?: Map<string, VerifiedScoreFile>;
}

/**
 * Files verified at once: hashing and signature checks run off the main thread (WebCrypto), so while one file
 * waits for them another is parsed. A few are enough to keep both busy; more would only hold more files in memory.
 */
const VERIFYING_AT_ONCE = 4;

/** `map` with at most `limit` calls in flight; results in the order of the items. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface CheckedFile {
  input: ScoreFileInput;
  /** The bytes when the file was small enough to read whole (every score file is), else the file as given. */
  source: Blob | Uint8Array;
  digest: string;
  result: Result<VerifiedScoreFile>;
}

/**
 * Each file read once, hashed and verified against the bundle, a few at a time, in the order given; a file already
 * in `verified` (same bundle, same bytes) is not parsed again. The chair's desk checks dropped files with this and
 * the merge that follows finds them verified.
 */
export function checkScoreFiles(
  inputs: readonly ScoreFileInput[],
  options: Pick<MergeOptions, 'bundle' | 'verified'>,
): Promise<CheckedFile[]> {
  return mapConcurrently(inputs, VERIFYING_AT_ONCE, async (input) => {
    // Read once, hashed and parsed from memory; a file too large to be a score file stays on disk for the checks to refuse.
    const source =
      input.source instanceof Blob && input.source.size <= WHOLE_READ_LIMIT
        ? new Uint8Array(await input.source.arrayBuffer())
        : input.source;
    const digest = source instanceof Uint8Array ? await sha256Hex(source) : await sha256HexOfBlob(source);
    const key = `${options.bundle.manifestSha256}/${digest}`;
    const known = options.verified?.get(key);
    const result: Result<VerifiedScoreFile> = known
      ? { ok: true, value: known }
      : await verifyScoreFile(source, { bundle: options.bundle, fileSha256: digest });
    if (result.ok) options.verified?.set(key, result.value);
    return { input, source, digest, result };
  });
}

/**
 * The merge rules of docs/DESIGN.md §2, as a pure function of the files (in any order): each file verified against the
 * bundle and its roster, the highest revision per juror kept, equivocations refused, unconfirmed keys set aside.
 * Importing the same file twice changes nothing.
 */
export async function mergeScoreFiles(inputs: readonly ScoreFileInput[], options: MergeOptions): Promise<MergeReport> {
  const report: MergeReport = { accepted: [], ignored: [], refused: [], equivocations: [], unconfirmed: [] };
  const received = new Map<string, ReceivedFile>();
  const seen = new Set<string>();
  const checked = await checkScoreFiles(inputs, options);
  const { jurors } = options.bundle.manifest;
  const nameOf = (jurorId: string) => jurors.find((juror) => juror.id === jurorId)?.name ?? jurorId;
  const sharedKey = (file: { jurorId: string; fingerprint: string }, otherId: string): Failure => ({
    code: 'scores.shared-key',
    details: { juror: nameOf(file.jurorId), other: nameOf(otherId), fingerprint: file.fingerprint },
  });
  // One voice per key: whom each key already speaks for, by the roster, then by the chair's confirmations.
  const owners = new Map<string, string>();
  for (const juror of jurors) if (juror.publicKey) owners.set(plainKey(juror.publicKey), juror.id);
  for (const [jurorId, key] of Object.entries(options.confirmedKeys ?? {}))
    if (!owners.has(plainKey(key))) owners.set(plainKey(key), jurorId);
  for (const { input, source, digest, result } of checked) {
    if (seen.has(digest)) continue;
    seen.add(digest);
    if (!result.ok) {
      report.refused.push({ name: input.name, failure: result.error });
      continue;
    }
    const { scoreFile, fileSha256, signer } = result.value;
    const owner = owners.get(plainKey(formatPublicKey(signer.publicKey)));
    if (owner !== undefined && owner !== scoreFile.juror.id) {
      report.refused.push({
        name: input.name,
        failure: sharedKey({ jurorId: scoreFile.juror.id, fingerprint: signer.fingerprint }, owner),
      });
      continue;
    }
    received.set(fileSha256, {
      name: input.name,
      jurorId: scoreFile.juror.id,
      revision: scoreFile.revision,
      sha256: fileSha256,
      fingerprint: signer.fingerprint,
      publicKey: formatPublicKey({ ...signer.publicKey, comment: '' }),
      scoreFile,
      source,
    });
  }

  // Sorted so that the outcome never depends on the order the files came in.
  const files = [...received.values()].sort(
    (a, b) => a.jurorId.localeCompare(b.jurorId) || b.revision - a.revision || a.sha256.localeCompare(b.sha256),
  );
  const byJuror = new Map<string, ReceivedFile[]>();
  for (const file of files) byJuror.set(file.jurorId, [...(byJuror.get(file.jurorId) ?? []), file]);

  for (const [jurorId, jurorFiles] of byJuror) {
    const roster = options.bundle.manifest.jurors.find((juror) => juror.id === jurorId);
    let candidates = jurorFiles;
    if (roster && !roster.publicKey) {
      const confirmed =
        options.confirmedKeys?.[jurorId] ?? (options.trustOnFirstUse ? jurorFiles.at(-1)?.publicKey : undefined);
      if (!confirmed) {
        report.unconfirmed.push(
          ...jurorFiles.filter(
            (file, index, all) => all.findIndex((other) => other.publicKey === file.publicKey) === index,
          ),
        );
        continue;
      }
      const key = parsePublicKey(confirmed);
      candidates = [];
      for (const file of jurorFiles) {
        if (samePublicKey(parsePublicKey(file.publicKey), key)) candidates.push(file);
        else {
          const failure = new JurydeskError('scores.signer-mismatch', {
            juror: roster.name,
            actual: file.fingerprint,
            expected: await fingerprint(key),
          });
          report.refused.push({ name: file.name, failure: { code: failure.code, details: failure.details } });
        }
      }
    }
    const revisions = new Map<number, ReceivedFile[]>();
    for (const file of candidates) revisions.set(file.revision, [...(revisions.get(file.revision) ?? []), file]);
    for (const [revision, same] of revisions)
      if (same.length > 1) report.equivocations.push({ jurorId, revision, files: same });
    const highest = Math.max(...candidates.map((file) => file.revision));
    const top = revisions.get(highest) ?? [];
    if (top.length !== 1) continue;
    report.accepted.push(top[0]!);
    for (const file of candidates)
      if (file.revision < highest && (revisions.get(file.revision)?.length ?? 0) === 1)
        report.ignored.push({ file, keptRevision: highest });
  }
  // Two jurors whose counted files one key signed (keys trusted on first use, or confirmed twice): neither counts.
  const byKey = new Map<string, ReceivedFile[]>();
  for (const file of report.accepted) byKey.set(file.publicKey, [...(byKey.get(file.publicKey) ?? []), file]);
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    report.accepted = report.accepted.filter((file) => !same.includes(file));
    for (const file of same)
      report.refused.push({ name: file.name, failure: sharedKey(file, same.find((other) => other !== file)!.jurorId) });
  }
  return report;
}

/** A public key as one line without its comment: two lines for the same key compare equal. */
function plainKey(line: string): string {
  return formatPublicKey({ ...parsePublicKey(line), comment: '' });
}

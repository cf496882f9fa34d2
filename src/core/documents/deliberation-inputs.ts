import type { BundleContext } from './bundle-context';
import { inputPath, readInput, type OpenedContainer } from '../container';
import { parsePublicKey, samePublicKey, sha256Hex } from '../crypto';
import { JurydeskError, term, type ErrorDetails, type Phrase } from '../errors';
import type { Deliberation } from './formats/deliberation';
import type { ScoreFile } from './formats/scores';
import { checkScoreFileAgainstBundle, verifyScoreFile } from './scorefile';

export function invalid(reason: Phrase, details: ErrorDetails): JurydeskError {
  return new JurydeskError('deliberation.invalid', { reason: term(reason), ...details });
}

/** A score file a deliberation cites, with its exact bytes, to be carried inside it. */
export interface DeliberationInputFile {
  readonly sha256: string;
  readonly source: Blob | Uint8Array;
}

async function bytesOf(source: Blob | Uint8Array): Promise<Uint8Array> {
  return source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
}

/** The entries a deliberation carries: every score file it cites, and nothing else, each checked against its hash. */
export async function carriedInputs(
  deliberation: Deliberation,
  inputFiles: readonly DeliberationInputFile[],
): Promise<Array<{ path: string; data: Uint8Array }>> {
  const given = new Map(inputFiles.map((file) => [file.sha256, file.source]));
  const attachments = [];
  for (const input of deliberation.inputs) {
    const source = given.get(input.sha256);
    const file = inputPath(input.sha256);
    if (!source) throw invalid('input-missing', { file });
    const data = await bytesOf(source);
    if ((await sha256Hex(data)) !== input.sha256) throw invalid('input-hash', { file });
    attachments.push({ path: file, data });
  }
  if (given.size !== attachments.length) {
    const extra = [...given.keys()].find((sha256) => !deliberation.inputs.some((input) => input.sha256 === sha256))!;
    throw invalid('input-not-cited', { file: inputPath(extra) });
  }
  return attachments;
}

/**
 * The score files a deliberation holds are exactly those it cites (docs/FORMATS.md §6): each stored under its own
 * SHA-256, signed by the juror and key the citation names, at that revision, for the deliberation's bundle — and,
 * when the bundle is loaded, acceptable to it as the merge would have required.
 */
export async function checkInputs(
  container: OpenedContainer,
  deliberation: Deliberation,
  bundle: BundleContext | undefined,
): Promise<ScoreFile[]> {
  const cited = new Set(deliberation.inputs.map((input) => input.sha256));
  for (const sha256 of container.inputs.keys())
    if (!cited.has(sha256)) throw invalid('input-not-cited', { file: inputPath(sha256) });
  const files: ScoreFile[] = [];
  for (const input of deliberation.inputs) {
    const file = inputPath(input.sha256);
    const bytes = await readInput(container, input.sha256);
    if (!bytes) throw invalid('input-missing', { file });
    if ((await sha256Hex(bytes)) !== input.sha256) throw invalid('input-hash', { file });
    const verified = await verifyScoreFile(bytes, { fileSha256: input.sha256 });
    if (!verified.ok) throw invalid('input-invalid', { file });
    const { scoreFile, signer } = verified.value;
    if (
      scoreFile.juror.id !== input.jurorId ||
      scoreFile.revision !== input.revision ||
      signer.fingerprint !== input.fingerprint
    )
      throw invalid('input-differs', {
        file,
        juror: input.jurorId,
        revision: input.revision,
        fingerprint: input.fingerprint,
      });
    if (
      scoreFile.bundle.manifestSha256 !== deliberation.bundle.manifestSha256 ||
      scoreFile.call.id !== deliberation.call.id
    )
      throw invalid('input-other-bundle', { file });
    if (bundle) {
      try {
        await checkScoreFileAgainstBundle(scoreFile, signer, bundle);
      } catch {
        throw invalid('input-invalid', { file });
      }
      // One voice per key: a keyless juror's file signed with a key the roster gives someone else.
      const owner = bundle.manifest.jurors.find(
        (juror) =>
          juror.id !== scoreFile.juror.id &&
          juror.publicKey !== undefined &&
          samePublicKey(parsePublicKey(juror.publicKey), signer.publicKey),
      );
      if (owner) throw invalid('input-key-of-other', { file, juror: scoreFile.juror.name, other: owner.name });
    }
    files.push(scoreFile);
  }
  return files;
}

import { useEffect, useState } from 'react';
import { callManifest, callReadiness, nextSuccession, type Readiness } from '@core/calls';
import { sha256HexOfBlob } from '@core/container';
import { assembleBundle, verifyBundle, type Attachment, type AttachmentSource } from '@core/documents';
import type { Failure } from '@core/errors';
import { useServices } from '@renderer/app/context';
import type { Identity } from '@renderer/bridge';
import type { PublishedVersion } from '@renderer/db/schema';
import type { StaffCall } from './use-staff-call';

/** Seconds are enough in `issuedAt`, as the CLI writes it. */
const issuedNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export type PublishState =
  | { step: 'idle' }
  | { step: 'signing'; done: number; total: number }
  | { step: 'published'; version: PublishedVersion; fileName: string }
  | { step: 'failed'; error: unknown };

/**
 * Signing a version of the call: whether it can be signed (every reason it cannot), what it changes since the last
 * version, and the signing itself — attachments hashed, the manifest signed by staff's key, the file saved, the
 * version recorded only once saved.
 */
export function usePublish(staff: StaffCall, staffKey: Identity | null) {
  const { bridge } = useServices();
  const [judged, setJudged] = useState<{ of: readonly unknown[]; readiness: Readiness } | null>(null);
  const [state, setState] = useState<PublishState>({ step: 'idle' });
  const { record, mapped, files } = staff;
  const previous = record?.versions.at(-1) ?? null;
  const inputs = [record, mapped, staffKey, previous] as const;
  // Only the judgement of the call as it now stands: an older one may say it is ready when it no longer is.
  const readiness = judged && judged.of.every((input, index) => input === inputs[index]) ? judged.readiness : null;

  useEffect(() => {
    if (!record || !mapped || !staffKey) return;
    let current = true;
    void callReadiness(record.description, mapped, staffKey.publicKey, issuedNow(), previous, record.handover).then(
      (next) => current && setJudged({ of: [record, mapped, staffKey, previous], readiness: next }),
    );
    return () => {
      current = false;
    };
  }, [record, mapped, staffKey, previous]);

  async function publish() {
    if (!record || !mapped || !staffKey) return;
    const blobs = new Map(files.map((file) => [file.name, file.blob]));
    const total = 2 * mapped.attachments.reduce((sum, planned) => sum + planned.size, 0);
    let hashed = 0;
    setState({ step: 'signing', done: 0, total });
    try {
      // One at a time, as the CLI does: hashing in parallel would hold many large attachments in memory at once.
      const sources: AttachmentSource[] = [];
      for (const planned of mapped.attachments) {
        const data = blobs.get(planned.source)!;
        const sha256 = await sha256HexOfBlob(data, (bytes) =>
          setState({ step: 'signing', done: hashed + bytes, total }),
        );
        hashed += data.size;
        const attachment: Attachment = {
          path: planned.path,
          name: planned.name,
          mediaType: planned.mediaType,
          size: data.size,
          sha256,
        };
        sources.push({ attachment, data });
      }
      const issuedAt = issuedNow();
      const succession = nextSuccession(record.description, previous, {
        issuerPublicKey: staffKey.publicKey,
        handover: record.handover,
      });
      const unsigned = callManifest(
        record.description,
        mapped,
        new Map(sources.map(({ attachment }) => [attachment.path, attachment])),
        succession,
        issuedAt,
      );
      const { blob, manifest, manifestSha256 } = await assembleBundle(
        unsigned,
        sources,
        staffKey.publicKey,
        (document) => bridge.signBundle(document),
        (bytes) => setState({ step: 'signing', done: hashed + bytes, total }),
      );
      const fileName = `${manifest.call.id}-v${manifest.sequence}.jurybundle`;
      if (!(await bridge.saveFile(fileName, blob))) return setState({ step: 'idle' });
      const version: PublishedVersion = { sequence: manifest.sequence, manifestSha256, issuedAt, manifest };
      // A hand-over is said once, in the version that makes it.
      await staff.update(({ handover: _said, ...draft }) => ({ ...draft, versions: [...draft.versions, version] }));
      setState({ step: 'published', version, fileName });
    } catch (error) {
      setState({ step: 'failed', error });
    }
  }

  /**
   * A version of this call signed elsewhere (with the command line, on another laptop), recorded as if signed here:
   * the next version follows it, and deliberations made on it are checked against it. One signed with another key
   * than this desk's is recorded too, with its key shown: signing the next one then takes the explicit hand-over.
   */
  async function addSignedElsewhere(file: File): Promise<Failure | null> {
    if (!record || !staffKey) return null;
    const verified = await verifyBundle(file);
    if (!verified.ok) return verified.error;
    const { manifest, manifestSha256 } = verified.value;
    if (manifest.call.id !== record.description.call.id) {
      return { code: 'bundle.other-call', details: { actual: manifest.call.id, expected: record.description.call.id } };
    }
    if (record.versions.some((version) => version.sequence >= manifest.sequence)) {
      const current = Math.max(...record.versions.map((version) => version.sequence));
      return { code: 'call.version-known', details: { actual: manifest.sequence, current } };
    }
    const version: PublishedVersion = {
      sequence: manifest.sequence,
      manifestSha256,
      issuedAt: manifest.issuedAt,
      manifest,
    };
    await staff.update((draft) => ({ ...draft, versions: [...draft.versions, version] }));
    return null;
  }

  return { readiness, previous, state, publish, addSignedElsewhere };
}

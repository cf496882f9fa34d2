import { beforeAll, describe, expect, it } from 'vitest';
import { requirePinnedChair, verifyDeliberation } from '@core/documents/deliberation';
import { JurydeskError } from '@core/errors';
import { fingerprint } from '@core/crypto/keys';
import { sampleBundle, sampleDeliberation, sampleKeys, type SampleKeys } from '../../support/fixtures';

let keys: SampleKeys;
let pinnedBundle: Awaited<ReturnType<typeof sampleBundle>>;
let unpinnedBundle: Awaited<ReturnType<typeof sampleBundle>>;

beforeAll(async () => {
  keys = await sampleKeys();
  pinnedBundle = await sampleBundle(keys);
  const manifest = pinnedBundle.manifest;
  unpinnedBundle = await sampleBundle(keys, {
    jurors: manifest.jurors.map((juror) =>
      juror.role === 'chair' ? { id: juror.id, name: juror.name, role: juror.role } : juror,
    ),
  });
});

async function verified(
  bundle: typeof pinnedBundle,
  signer: SampleKeys['chair'],
  options: Parameters<typeof verifyDeliberation>[1] = {},
) {
  const deliberation = (await sampleDeliberation(bundle, signer)).blob;
  const result = await verifyDeliberation(deliberation, { bundle, ...options });
  if (!result.ok) throw new JurydeskError(result.error.code, result.error.details);
  return result.value;
}

describe('who vouches for the chair’s key', () => {
  it('the roster, when it gives the chair’s key', async () => {
    const result = await verified(pinnedBundle, keys.chair);
    expect(result.pinnedBy).toBe('roster');
    expect(() => requirePinnedChair(result)).not.toThrow();
  });

  it('nobody, when the roster gives none and nothing was confirmed: sound, yet not trusted', async () => {
    const result = await verified(unpinnedBundle, keys.stranger);
    expect(result.pinnedBy).toBeNull();
    expect(() => requirePinnedChair(result)).toThrow(
      expect.objectContaining({
        code: 'deliberation.unpinned-signer',
        details: { fingerprint: result.signer.fingerprint, chair: 'Chloé Chair', chairId: 'chair' },
      }),
    );
  });

  it('the person checking, for the key they confirmed for that chair', async () => {
    const asked: unknown[] = [];
    const result = await verified(unpinnedBundle, keys.chair, {
      confirmedChairKeys: (deliberation) => {
        asked.push([deliberation.call.id, deliberation.chair.id]);
        return [keys.chair.publicKey];
      },
    });
    expect(result.pinnedBy).toBe('confirmed');
    expect(asked).toEqual([['call-test', 'chair']]);
  });

  it('refuses another key where one was confirmed for the chair, naming both', async () => {
    await expect(
      verified(unpinnedBundle, keys.stranger, { confirmedChairKeys: () => [keys.chair.publicKey] }),
    ).rejects.toMatchObject({
      code: 'deliberation.confirmed-key-mismatch',
      details: {
        actual: await fingerprint(keys.stranger.publicKey),
        expected: await fingerprint(keys.chair.publicKey),
      },
    });
  });

  it('a confirmation never overrides the roster: another key than the roster’s is refused whatever was confirmed', async () => {
    const deliberation = (await sampleDeliberation(pinnedBundle, keys.stranger)).blob;
    const result = await verifyDeliberation(deliberation, {
      bundle: pinnedBundle,
      confirmedChairKeys: () => [keys.stranger.publicKey],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'deliberation.signer-mismatch' } });
  });

  it('without the bundle, only a confirmation pins the chair', async () => {
    const deliberation = (await sampleDeliberation(pinnedBundle, keys.chair)).blob;
    const alone = await verifyDeliberation(deliberation);
    expect(alone).toMatchObject({ ok: true, value: { pinnedBy: null } });
    const confirmed = await verifyDeliberation(deliberation, { confirmedChairKeys: () => [keys.chair.publicKey] });
    expect(confirmed).toMatchObject({ ok: true, value: { pinnedBy: 'confirmed' } });
  });
});

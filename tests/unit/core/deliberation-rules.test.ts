import { beforeAll, describe, expect, it } from 'vitest';
import { formatPublicKey } from '@core/crypto/keys';
import {
  checkDecisions,
  checkDeliberationAgainstBundle,
  checkDeliberationShape,
  verifyDeliberation,
  type UnsignedDeliberation,
} from '@core/documents/deliberation';
import type { Deliberation } from '@core/documents/formats/deliberation';
import { describeFailure, type Failure } from '@core/errors';
import { fingerprint } from '@core/crypto/keys';
import {
  sampleBundle,
  sampleDeliberation,
  sampleDeliberationContent,
  sampleKeys,
  type SampleKeys,
} from '../../support/fixtures';

let keys: SampleKeys;
let bundle: Awaited<ReturnType<typeof sampleBundle>>;
beforeAll(async () => {
  keys = await sampleKeys();
  bundle = await sampleBundle(keys);
});

const OUTCOMES = [
  { id: 'in', label: 'Selected', kind: 'selected', capacity: 1 },
  { id: 'wait', label: 'Waitlist', kind: 'waitlist' },
] as const;

/** The failure a rule throws, read as a user reads it. */
function refusal(run: () => unknown): { code: string; en: string } | undefined {
  try {
    run();
  } catch (error) {
    return { code: (error as Failure).code, en: describeFailure(error as Failure, 'en') };
  }
  return undefined;
}

async function refusalOf(run: () => Promise<unknown>): Promise<{ code: string; en: string } | undefined> {
  try {
    await run();
  } catch (error) {
    return { code: (error as Failure).code, en: describeFailure(error as Failure, 'en') };
  }
  return undefined;
}

const deliberation = (overrides: Partial<UnsignedDeliberation> = {}): Deliberation => {
  const content = sampleDeliberationContent(bundle, overrides);
  return {
    format: 'jurydesk.deliberation',
    formatVersion: 1,
    ...content,
    chair: { ...content.chair, publicKey: formatPublicKey(keys.chair.publicKey) },
  } as Deliberation;
};

const input = (jurorId: string, sha: string, key = `SHA256:${jurorId}`) => ({
  jurorId,
  revision: 1,
  sha256: sha.repeat(64),
  fingerprint: key,
});

describe('decisions', () => {
  const decide = (applicationId: string, outcome: string) => ({ applicationId, outcome, rationale: '' });

  it('name each application once, in words that say which', () => {
    expect(refusal(() => checkDecisions([decide('alpha', 'in'), decide('alpha', 'wait')], [...OUTCOMES]))).toEqual({
      code: 'deliberation.invalid',
      en: expect.stringContaining('it decides twice on “alpha”'),
    });
  });

  it('name known applications when the bundle says which there are, and known outcomes always', () => {
    const ids = new Set(['alpha']);
    expect(refusal(() => checkDecisions([decide('omega', 'in')], [...OUTCOMES]))).toBeUndefined();
    expect(refusal(() => checkDecisions([decide('omega', 'in')], [...OUTCOMES], ids))?.en).toContain(
      'it names the unknown application “omega”',
    );
    expect(refusal(() => checkDecisions([decide('alpha', 'maybe')], [...OUTCOMES], ids))?.en).toContain(
      'it names the unknown outcome “maybe”',
    );
  });

  it('fill an outcome up to its capacity and not beyond; an outcome without one takes any number', () => {
    const wait = ['a', 'b', 'c'].map((id) => decide(id, 'wait'));
    expect(refusal(() => checkDecisions([decide('x', 'in'), ...wait], [...OUTCOMES]))).toBeUndefined();
    const over = refusal(() => checkDecisions([decide('x', 'in'), decide('y', 'in')], [...OUTCOMES]));
    expect(over?.code).toBe('deliberation.capacity-exceeded');
    expect(over?.en).toMatch(/Selected/);
    expect(over?.en).toMatch(/\b2\b/);
  });
});

describe('a deliberation on its own', () => {
  it.each([
    [
      'a result twice',
      {
        results: [
          ...sampleDeliberationContent({ manifestSha256: '' }).results,
          ...sampleDeliberationContent({ manifestSha256: '' }).results,
        ],
      },
      'two results for “alpha”',
    ],
    [
      'a juror’s score file twice',
      { inputs: [input('ana', 'a'), input('ana', 'b')] },
      'two score files from the juror “ana”',
    ],
    [
      'one score file cited twice',
      { inputs: [input('ana', 'a'), input('bruno', 'a')] },
      `the score file ${'a'.repeat(64)} twice`,
    ],
    [
      'one key for two jurors',
      { inputs: [input('ana', 'a', 'SHA256:same'), input('bruno', 'b', 'SHA256:same')] },
      'signed by one key, SHA256:same',
    ],
    ['an outcome stated twice', { outcomes: [OUTCOMES[0], OUTCOMES[0]] }, 'the outcome “in” twice'],
    [
      'a decision twice, outcomes stated',
      {
        decisions: [
          { applicationId: 'alpha', outcome: 'in', rationale: '' },
          { applicationId: 'alpha', outcome: 'wait', rationale: '' },
        ],
      },
      'decides twice on “alpha”',
    ],
    [
      'a decision twice, no outcomes stated',
      {
        outcomes: undefined,
        decisions: [
          { applicationId: 'alpha', outcome: 'in', rationale: '' },
          { applicationId: 'alpha', outcome: 'in', rationale: '' },
        ],
      },
      'decides twice on “alpha”',
    ],
    [
      'an outcome it does not state',
      { decisions: [{ applicationId: 'alpha', outcome: 'maybe', rationale: '' }] },
      'the unknown outcome “maybe”',
    ],
  ] as [string, Partial<UnsignedDeliberation>, string][])('is refused with %s', (_name, overrides, words) => {
    const refused = refusal(() => checkDeliberationShape(deliberation(overrides)));
    expect(refused?.code).toBe('deliberation.invalid');
    expect(refused?.en).toContain(words);
  });

  it('is whole with its sample content', () => {
    expect(refusal(() => checkDeliberationShape(deliberation()))).toBeUndefined();
  });
});

describe('a deliberation against its bundle', () => {
  const signer = async (key = keys.chair) => ({
    publicKey: key.publicKey,
    fingerprint: await fingerprint(key.publicKey),
  });
  const check = async (overrides: Partial<UnsignedDeliberation>, against = bundle, key = keys.chair) =>
    refusalOf(async () => checkDeliberationAgainstBundle(deliberation(overrides), await signer(key), against));

  it('is accepted as the sample', async () => {
    expect(await check({})).toBeUndefined();
  });

  it('names another bundle, or another call, as the wrong bundle', async () => {
    expect((await check({ bundle: { sequence: 1, manifestSha256: 'f'.repeat(64) } }))?.code).toBe(
      'deliberation.wrong-bundle',
    );
    expect((await check({ call: { id: 'another-call' } }))?.code).toBe('deliberation.wrong-bundle');
  });

  it('is the chair’s, whatever place the chair has on the roster, signed with the key the roster gives', async () => {
    const notChair = await check({ chair: { id: 'ana', name: 'Ana' } });
    expect(notChair).toEqual({ code: 'deliberation.not-chair', en: expect.stringContaining('“Ana (ana)”') });
    expect((await check({}, bundle, keys.ana))?.code).toBe('deliberation.signer-mismatch');
    const chairLast = await sampleBundle(keys, {
      jurors: [
        { id: 'ana', name: 'Ana', role: 'juror', publicKey: formatPublicKey(keys.ana.publicKey) },
        { id: 'chair', name: 'Chloé Chair', role: 'chair' },
      ],
      conflicts: [],
    });
    const overrides = { bundle: { sequence: 1, manifestSha256: chairLast.manifestSha256 } };
    expect(await check(overrides, chairLast)).toBeUndefined();
    expect((await check({ ...overrides, chair: { id: 'ana', name: 'Ana' } }, chairLast, keys.ana))?.code).toBe(
      'deliberation.not-chair',
    );
  });

  it('gives results for the bundle’s applications and cites its jurors only', async () => {
    const [result] = sampleDeliberationContent(bundle).results;
    expect((await check({ results: [{ ...result!, applicationId: 'omega' }] }))?.en).toContain(
      'the unknown application “omega”',
    );
    expect((await check({ inputs: [input('zoe', 'a')] }))?.en).toContain('the unknown juror “zoe”');
    expect((await check({ decisions: [{ applicationId: 'omega', outcome: 'out', rationale: '' }] }))?.en).toContain(
      'the unknown application “omega”',
    );
  });

  it('states the bundle’s outcomes as they are, in their order, or none', async () => {
    const stated = sampleDeliberationContent(bundle).outcomes!;
    expect(await check({ outcomes: undefined })).toBeUndefined();
    for (const outcomes of [
      stated.slice(0, 2),
      [stated[1]!, stated[0]!, stated[2]!],
      stated.map((outcome, index) => (index === 0 ? { ...outcome, label: 'Chosen' } : outcome)),
      stated.map((outcome, index) => (index === 0 ? { ...outcome, capacity: 2 } : outcome)),
      stated.map((outcome, index) => (index === 1 ? { ...outcome, kind: 'rejected' as const } : outcome)),
      stated.map((outcome, index) => (index === 2 ? { ...outcome, id: 'no' } : outcome)),
    ])
      expect((await check({ outcomes, decisions: [] }))?.en, JSON.stringify(outcomes)).toContain(
        'the outcomes it states are not those of the bundle',
      );
  });
});

describe('whom a verified deliberation is pinned to', () => {
  it('the roster, only when the roster gives the chair a key: another juror’s key is no pin', async () => {
    const chairWithoutKey = await sampleBundle(keys, {
      jurors: [
        { id: 'ana', name: 'Ana', role: 'juror', publicKey: formatPublicKey(keys.ana.publicKey) },
        { id: 'chair', name: 'Chloé Chair', role: 'chair' },
      ],
      conflicts: [],
    });
    const signed = await sampleDeliberation(chairWithoutKey, keys.chair, {
      bundle: { sequence: 1, manifestSha256: chairWithoutKey.manifestSha256 },
    });
    const unpinned = await verifyDeliberation(signed.blob, { bundle: chairWithoutKey });
    expect(unpinned.ok && unpinned.value.pinnedBy).toBeNull();
    const confirmed = await verifyDeliberation(signed.blob, {
      bundle: chairWithoutKey,
      confirmedChairKeys: () => [keys.chair.publicKey],
    });
    expect(confirmed.ok && confirmed.value.pinnedBy).toBe('confirmed');
    const rostered = await verifyDeliberation((await sampleDeliberation(bundle, keys.chair)).blob, { bundle });
    expect(rostered.ok && rostered.value.pinnedBy).toBe('roster');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '@core/documents/bundle';
import { verifyDeliberation } from '@core/documents/deliberation';
import { describeFailure, type Result } from '@core/errors';
import { verifyScoreFile } from '@core/documents/scorefile';
import { verifyDeclaration } from '@core/documents/declaration';
import { HOSTILE_FIXTURES, hostileContext, type HostileContext, type HostileFixture } from '../../support/hostile';

let context: HostileContext;
beforeAll(async () => {
  context = await hostileContext();
});

async function verify(fixture: HostileFixture, blob: Blob): Promise<Result<unknown>> {
  const limits = fixture.limits ? { limits: fixture.limits } : {};
  const bundle = fixture.againstBundle ? { bundle: context.bundle } : {};
  switch (fixture.kind) {
    case 'bundle':
      return verifyBundle(blob, limits);
    case 'scores':
      return verifyScoreFile(blob, { ...limits, ...bundle });
    case 'deliberation':
      return verifyDeliberation(blob, { ...limits, ...bundle });
    // Declarations have hostile cases of their own, beside their rules (declaration.test.ts).
    case 'declaration':
      return verifyDeclaration(blob);
  }
}

describe('hostile files', () => {
  it('cover at least thirty cases across the three kinds', () => {
    expect(HOSTILE_FIXTURES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_FIXTURES.map((fixture) => fixture.kind))).toEqual(
      new Set(['bundle', 'scores', 'deliberation']),
    );
  });

  it('the untouched samples verify, so each refusal below is caused by its one change', async () => {
    expect((await verifyBundle(context.bundle.blob)).ok).toBe(true);
    expect((await verifyScoreFile(context.scores, { bundle: context.bundle })).ok).toBe(true);
    expect((await verifyDeliberation(context.deliberation, { bundle: context.bundle })).ok).toBe(true);
  });

  it.each(HOSTILE_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
    '%s is refused',
    async (_name, fixture) => {
      const result = await verify(fixture, await fixture.make(context));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(fixture.expected);
      for (const language of ['en', 'fr'] as const) {
        const sentence = describeFailure(result.error, language);
        expect(sentence).not.toMatch(/\{\w+\}|undefined|Error:|at .*\.ts/);
        expect(sentence.length).toBeLessThan(400);
      }
    },
  );
});

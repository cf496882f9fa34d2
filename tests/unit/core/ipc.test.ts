import { describe, expect, it } from 'vitest';
import { IPC } from '@core/ipc';

describe('the projector window channel', () => {
  const accepts = (hash: string) => IPC['window:open-projector'].args.safeParse([hash]).success;

  it('opens only a call’s projector view inside the app', () => {
    expect(accepts('#/call/cap-inclusion-2027-demo/projector')).toBe(true);
    expect(accepts('#/call/appel%20n%C2%B02/projector')).toBe(true);
  });

  it('refuses any other address: another page, another site, a path out of the hash', () => {
    for (const hash of [
      '#/call/x/chair',
      'https://example.org/#/call/x/projector',
      '#/call/x/projector?next=https://example.org',
      '#/call//projector',
      '#/call/x/../../projector',
      'javascript:alert(1)//#/call/x/projector',
    ])
      expect(accepts(hash), hash).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KINDS } from '@core/container/kinds';
import { JURYDESK_EXTENSIONS } from '../../../src/main/opened-files';

vi.mock('electron', () => ({}));

describe('the installers', () => {
  it('cover every kind of file, with its media type,, in the installers and in main', () => {
    const config = readFileSync(join(import.meta.dirname, '..', '..', '..', 'electron-builder.yml'), 'utf8');
    for (const spec of Object.values(KINDS)) {
      expect(config).toContain(`ext: ${spec.extension.slice(1)}`);
      expect(config).toContain(`mimeType: ${spec.mimetype}`);
      expect(JURYDESK_EXTENSIONS).toContain(spec.extension);
    }
  });

  it('flip the Electron fuses that let a packaged app be turned against its user', () => {
    const config = readFileSync(join(import.meta.dirname, '..', '..', '..', 'electron-builder.yml'), 'utf8');
    const fuses = Object.fromEntries(
      [
        ...(/^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(config)?.[1] ?? '').matchAll(
          /^ {2}(\w+): (true|false)$/gm,
        ),
      ].map(([, name, value]) => [name, value === 'true']),
    );
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config).toMatch(/^asar: true$/m);
  });
});

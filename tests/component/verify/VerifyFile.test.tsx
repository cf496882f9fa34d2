import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VerifyFile } from '@renderer/features/verify/VerifyFile';
import { I18nProvider } from '@renderer/i18n';
import { ServicesProvider } from '@renderer/app/context';
import { browserBridge } from '@renderer/bridge/browser';
import { JurydeskDatabase } from '@renderer/db/database';
import type { ReactNode } from 'react';

const db = new JurydeskDatabase('verify-component');
function Services({ children }: { children: ReactNode }) {
  return (
    <ServicesProvider
      value={{ db, bridge: browserBridge(db), identity: null, setIdentity: () => undefined, demoBundleUrl: '' }}
    >
      {children}
    </ServicesProvider>
  );
}

const DEMO_BUNDLE = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo', 'demo.jurybundle');

function choose(bytes: Uint8Array, name: string) {
  const input = screen.getByLabelText(/Choose a file|Choisir un fichier/);
  fireEvent.change(input, { target: { files: [new File([bytes as Uint8Array<ArrayBuffer>], name)] } });
}

afterEach(cleanup);

describe('checking a file', () => {
  it('shows who signed a valid bundle and what it holds', async () => {
    render(
      <Services>
        <I18nProvider initial="en">
          <VerifyFile />
        </I18nProvider>
      </Services>,
    );
    choose(readFileSync(DEMO_BUNDLE), 'demo.jurybundle');
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('Valid call bundle'),
    );
    expect(screen.getByRole('status').textContent).toContain('Équipe Cap Inclusion (clé de démonstration) (staff)');
    expect(screen.getByRole('status').textContent).toContain(
      '12 applications, 4 criteria, 5 jurors and 12 attachments',
    );
  });

  it('says in one French sentence why a file is refused', async () => {
    render(
      <Services>
        <I18nProvider initial="fr">
          <VerifyFile />
        </I18nProvider>
      </Services>,
    );
    choose(new TextEncoder().encode('pas un zip'), 'notes.jurybundle');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce fichier n’est pas digne de confiance');
    expect(alert.textContent).toContain('Ce n’est pas un fichier Jurydesk');
  });
});

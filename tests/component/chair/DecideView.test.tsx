import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { computeResults } from '@core/jury/aggregate';
import type { BundleManifest } from '@core/documents/formats/bundle';
import { ServicesProvider } from '@renderer/app/context';
import { browserBridge } from '@renderer/bridge/browser';
import { JurydeskDatabase } from '@renderer/db/database';
import { DecideView, type DecideRequest } from '@renderer/features/chair/Deliberation';
import { I18nProvider } from '@renderer/i18n';
import { sampleKeys, sampleManifest } from '../../support/fixtures';
import { layOutVirtualWindow } from '../support/layout';

const db = new JurydeskDatabase('deliberation-component');
const METHOD = { aggregate: 'mean', normalization: 'none' } as const;
let manifest: BundleManifest;

beforeAll(async () => {
  layOutVirtualWindow(
    'decision-scroll',
    600,
    150,
    (element) => element.parentElement?.classList.contains('decision-list') === true,
  );
  // How far the box can scroll: the window's padding stands for the editors it does not draw.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      if (!this.classList.contains('decision-scroll')) return 0;
      const list = this.querySelector<HTMLElement>('.decision-list')!;
      return parseFloat(list.style.paddingTop) + list.children.length * 150 + parseFloat(list.style.paddingBottom);
    },
  });
  // Scrolling moves the box at once and says so, as a browser's instant scroll does.
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    Object.defineProperty(this, 'scrollTop', {
      value: typeof options === 'object' ? options.top : 0,
      configurable: true,
    });
    this.dispatchEvent(new Event('scroll'));
  } as typeof HTMLElement.prototype.scrollTo;
  HTMLElement.prototype.scrollIntoView = () => undefined;
  // A national call's size: far more applications than a screen of editors.
  const applications = Array.from({ length: 400 }, (_, index) => ({
    id: `app-${index + 1}`,
    name: `Application ${index + 1}`,
  }));
  manifest = (await sampleManifest(await sampleKeys(), { applications, conflicts: [] })) as BundleManifest;
});

afterEach(cleanup);

function Section({ decide = null }: { decide?: DecideRequest | null }) {
  return (
    <ServicesProvider
      value={{ db, bridge: browserBridge(db), identity: null, setIdentity: () => undefined, demoBundleUrl: '' }}
    >
      <I18nProvider initial="en">
        <DecideView
          callId="call-test"
          manifest={manifest}
          manifestSha256={'0'.repeat(64)}
          method={METHOD}
          accepted={[]}
          results={computeResults(manifest, [], { method: METHOD })}
          uncertainty={null}
          decide={decide}
        />
      </I18nProvider>
    </ServicesProvider>
  );
}

/** Scrolled by hand, as the virtual window reads the scroll box. */
function scrollDecisionsTo(offset: number) {
  const scroller = document.querySelector<HTMLElement>('.decision-scroll')!;
  Object.defineProperty(scroller, 'scrollTop', { value: offset, configurable: true });
  act(() => {
    scroller.dispatchEvent(new Event('scroll'));
  });
}

describe('the deliberation form at a national call’s size', () => {
  it('draws the editors in view, numbered by their place in the ranking order', () => {
    render(<Section />);
    const editors = screen.getAllByLabelText(/^Outcome of /);
    expect(editors.length).toBeGreaterThan(0);
    expect(editors.length).toBeLessThan(40);
    expect(screen.getByLabelText('Outcome of Application 1')).toBeTruthy();

    scrollDecisionsTo(150 * 300);
    expect(screen.queryByLabelText('Outcome of Application 1')).toBeNull();
    const shown = screen.getAllByLabelText(/^Outcome of /).map((select) => select.closest('li')!);
    expect(shown.length).toBeLessThan(40);
    for (const item of shown)
      expect(`Outcome of Application ${item.value}`).toBe(item.querySelector('select')!.labels![0]!.textContent);
  });

  it('keeps a rationale typed before any outcome when its editor scrolls out of view, and saves it with the outcome', async () => {
    render(<Section />);
    fireEvent.change(screen.getByLabelText('Rationale for Application 2'), {
      target: { value: 'Strong local roots; budget to check.' },
    });
    scrollDecisionsTo(150 * 300);
    expect(screen.queryByLabelText('Rationale for Application 2')).toBeNull();
    scrollDecisionsTo(0);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Rationale for Application 2').value).toBe(
      'Strong local roots; budget to check.',
    );

    fireEvent.change(screen.getByLabelText('Outcome of Application 2'), { target: { value: 'wait' } });
    await waitFor(async () =>
      expect(await db.decisions.get(['call-test', 'app-2'])).toMatchObject({
        outcome: 'wait',
        rationale: 'Strong local roots; budget to check.',
      }),
    );
  });

  it('brings an application far down the list into view, and leaves focus where the chair put it', async () => {
    const { rerender } = render(<Section />);
    expect(screen.queryByLabelText('Outcome of Application 350')).toBeNull();
    const before = document.activeElement;
    rerender(<Section decide={{ applicationId: 'app-350' }} />);
    await screen.findByLabelText('Outcome of Application 350');
    // An outcome list with focus would take the chair's next arrow key as a decision.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(before);
  });
});

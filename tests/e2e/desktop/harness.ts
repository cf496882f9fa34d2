import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { utf8 } from '@core/crypto/bytes';
import { APP_ORIGIN, EVENTS, type EventName, type EventPayload } from '@core/ipc';
import { FileSaves } from '../../../src/main/files';
import { handFileToPage } from '../../../src/main/hand-file';
import { createHandlers } from '../../../src/main/handlers';
import { IdentityStore, type SecretStore } from '../../../src/main/identity';
import { registerIpcHandlers } from '../../../src/main/ipc';
import { jurydeskFilesIn, OpenedFiles } from '../../../src/main/opened-files';
import { createAppProtocolHandler } from '../../../src/main/protocol';
import { ROOT } from '../fixtures';

/**
 * Where the harness serves the app. A secure origin (WebCrypto needs one) that no network answers: every request
 * is fulfilled by main's own app:// protocol handler, with its content security policy.
 */
export const DESKTOP_ORIGIN = 'https://jurydesk.test';

const BYTES = '__jurydeskWireBytes';

/** Uint8Arrays as base64 for Playwright's wire; the structured clone on each side is what Electron does. */
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner)]));
  return value;
}

function decode(value: unknown): unknown {
  if (value && typeof value === 'object' && BYTES in value)
    return new Uint8Array(Buffer.from((value as Record<string, string>)[BYTES]!, 'base64'));
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
  return value;
}

/** Stands in for safeStorage: reversible, and visibly not the plain seed on disk. */
function testSecretStore(): SecretStore {
  return {
    isSecure: async () => true,
    seal: async (text) => utf8(`sealed-for-tests:${Buffer.from(text).toString('hex')}`),
    unseal: async (sealed) =>
      Buffer.from(new TextDecoder().decode(sealed).replace(/^sealed-for-tests:/, ''), 'hex').toString(),
  };
}

type IpcListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/**
 * The desktop app without Electron's binary (docs/DESIGN.md §6, "The wire harness"): main's real handlers, key
 * stores, file writing and protocol handler in this process; the built preload, unchanged, in the page over a
 * stand-in of the `electron` module; the two joined by a binding with Electron's IPC semantics. Only the system's
 * dialogs, safeStorage's backend and the windows are test doubles.
 */
export class DesktopHarness {
  /** Main's userData folder: the key files live here. */
  readonly userData = mkdtempSync(join(tmpdir(), 'jurydesk-desktop-'));
  /** Where the files the user saves go. */
  readonly downloads = mkdtempSync(join(tmpdir(), 'jurydesk-saved-'));
  readonly identityPath = join(this.userData, 'identity.json');
  readonly staffKeyPath = join(this.userData, 'staff-key.json');
  /** What each save dialog was asked to suggest, in order. */
  readonly suggestedNames: string[] = [];
  private readonly saveAnswers: (string | null)[] = [];
  private readonly openAnswers: (string | null)[] = [];
  private readonly listeners = new Map<string, IpcListener>();
  /** Every channel the page called through the wire, for the project's coverage of the contract. */
  readonly calledChannels = new Set<string>();
  private readonly frames = new WeakMap<Frame, { readonly url: string }>();
  private readonly openedFiles = new OpenedFiles();
  private mainPage: Page | null = null;
  /** The projector's window, once the page asked for it. */
  projector: Page | null = null;

  constructor(
    private readonly context: BrowserContext,
    /** The system's locale, as Electron's app.getLocale() gives it. */
    private readonly locale: string,
  ) {}

  /** The next save dialog saves under this name in the downloads folder (null: the user cancels). */
  answerSave(name: string | null): string | null {
    const path = name === null ? null : join(this.downloads, name);
    this.saveAnswers.push(path);
    return path;
  }

  /** The next open dialog picks this file (null: the user cancels). */
  answerOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  async start(): Promise<Page> {
    const secrets = testSecretStore();
    const handlers = createHandlers({
      appInfo: () => ({ version: '0.1.0', locale: this.locale, platform: 'linux' }),
      identity: new IdentityStore(this.identityPath, secrets),
      staffKey: new IdentityStore(this.staffKeyPath, secrets, ['bundle']),
      saves: new FileSaves(),
      chooseSavePath: async (suggestedName) => {
        this.suggestedNames.push(suggestedName);
        if (this.saveAnswers.length === 0) throw new Error(`no answer prepared for the save dialog (${suggestedName})`);
        return this.saveAnswers.shift()!;
      },
      chooseOpenPath: async () => {
        if (this.openAnswers.length === 0) throw new Error('no answer prepared for the open dialog');
        return this.openAnswers.shift()!;
      },
      openProjector: (hash) => {
        void this.openProjector(hash);
        return { opened: true };
      },
      printToPdf: async () =>
        this.mainPage ? new Uint8Array(await this.mainPage.pdf({ format: 'A4', printBackground: true })) : null,
    });
    registerIpcHandlers(
      { handle: (channel: string, listener: IpcListener) => this.listeners.set(channel, listener) } as never,
      handlers,
    );

    const serve = createAppProtocolHandler(join(ROOT, 'out', 'renderer'), (token) => this.openedFiles.pathOf(token));
    await this.context.route(`${DESKTOP_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const response = await serve(
        new Request(request.url().replace(DESKTOP_ORIGIN, APP_ORIGIN), { method: request.method() }),
      );
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
    await this.context.exposeBinding('__jurydeskWire', async (source, channel: string, wire: unknown) =>
      this.invoke(source.page, source.frame, channel, wire),
    );
    const shim = readFileSync(join(import.meta.dirname, 'electron-in-page.js'), 'utf8');
    const preload = readFileSync(join(ROOT, 'out', 'preload', 'index.cjs'), 'utf8');
    await this.context.addInitScript({
      // A function as replacement: the preload's text holds `$` sequences that a string replacement would expand.
      content: shim.replace(
        'runPreload(module, module.exports, require);',
        () => `(function (module, exports, require) {\n${preload}\n})(module, module.exports, require);`,
      ),
    });
    this.mainPage = await this.context.newPage();
    await this.mainPage.goto(`${DESKTOP_ORIGIN}/index.html`);
    return this.mainPage;
  }

  /** The frame as main sees it: one object per frame, its address under app:// as Electron serves it. */
  private frameOf(frame: Frame): { readonly url: string } {
    let seen = this.frames.get(frame);
    if (!seen) {
      seen = {
        get url() {
          return frame.url().replace(DESKTOP_ORIGIN, APP_ORIGIN);
        },
      };
      this.frames.set(frame, seen);
    }
    return seen;
  }

  private async invoke(page: Page, frame: Frame, channel: string, wire: unknown) {
    this.calledChannels.add(channel);
    const listener = this.listeners.get(channel);
    if (!listener) return { thrown: `Error: No handler registered for '${channel}'` };
    const args = structuredClone(decode(wire)) as unknown[];
    const event = { senderFrame: this.frameOf(frame), sender: { mainFrame: this.frameOf(page.mainFrame()) } };
    try {
      return { value: encode(structuredClone(await listener(event, ...args))) };
    } catch (error) {
      return { thrown: String(error) };
    }
  }

  /** Main's `webContents.send`: the payload checked by the contract, then delivered to the page's listeners. */
  async send<E extends EventName>(event: E, payload: EventPayload<E>, page = this.mainPage!): Promise<void> {
    const checked = EVENTS[event].parse(payload);
    await page.evaluate(
      ([name, value]) =>
        (window as unknown as { __jurydeskEmit: (e: string, p: unknown) => void }).__jurydeskEmit(name, value),
      [event, encode(checked)] as const,
    );
  }

  /**
   * The files a command line names, handed to the page as main hands them: over the DevTools protocol onto the
   * page's hidden input (the same commands main sends through `webContents.debugger`).
   */
  async openFromCommandLine(argv: string[]): Promise<string[]> {
    const page = this.mainPage!;
    const paths = await jurydeskFilesIn(argv);
    for (const path of paths) {
      const session = await this.context.newCDPSession(page);
      const devtools = {
        isAttached: () => false,
        attach: () => undefined,
        detach: () => void session.detach(),
        sendCommand: (method: string, parameters?: object) =>
          session.send(method as 'DOM.getDocument', parameters as never),
      };
      if (!(await handFileToPage({ debugger: devtools } as never, path)))
        await this.send('file:opened', this.openedFiles.register(path));
    }
    return paths;
  }

  private async openProjector(hash: string): Promise<void> {
    if (this.projector && !this.projector.isClosed()) {
      await this.projector.goto(`${DESKTOP_ORIGIN}/index.html${hash}`);
      return;
    }
    this.projector = await this.context.newPage();
    await this.projector.goto(`${DESKTOP_ORIGIN}/index.html${hash}`);
  }
}

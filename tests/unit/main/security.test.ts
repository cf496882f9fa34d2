import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { handleIpc } from '../../../src/main/ipc';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import { createAppProtocolHandler } from '../../../src/main/protocol';
import { hardenContents, hardenSession, secureWebPreferences } from '../../../src/main/security';
import { temporaryDirectory } from '../../support/ssh-keygen';

vi.mock('electron', () => ({}));

describe('the window’s web preferences', () => {
  it('sandbox the renderer with context isolation and no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('the session', () => {
  it('refuses every permission request and check', () => {
    let requestHandler:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      on: vi.fn(),
    };
    hardenSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
  });
});

describe('the web contents', () => {
  function contents() {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const mock = {
      on: (name: string, listener: (event: { preventDefault: () => void }, url?: string) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    };
    hardenContents(mock as unknown as WebContents);
    const attempt = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
    };
    return { attempt, open: (url: string) => openHandler?.({ url }).action };
  }

  it('blocks navigation away from the app, and allows moving within it', () => {
    const { attempt } = contents();
    expect(attempt('will-navigate', 'https://example.org/')).toBe('blocked');
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe('blocked');
    expect(attempt('will-navigate', 'app://other/index.html')).toBe('blocked');
    expect(attempt('will-redirect', 'http://127.0.0.1/')).toBe('blocked');
    expect(attempt('will-navigate', 'app://jurydesk/index.html')).toBe('allowed');
  });

  it('denies new windows and webviews', () => {
    const { attempt, open } = contents();
    expect(open('https://example.org/')).toBe('deny');
    expect(open('app://jurydesk/index.html')).toBe('deny');
    expect(attempt('will-attach-webview')).toBe('blocked');
  });
});

describe('the app:// protocol', () => {
  function site() {
    const root = join(temporaryDirectory(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Jurydesk</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    return createAppProtocolHandler(root);
  }

  it('serves the renderer with the strict content security policy', async () => {
    const response = await site()(new Request('app://jurydesk/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Jurydesk</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    const script = await site()(new Request('app://jurydesk/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the renderer folder and no other host', async () => {
    const handler = site();
    expect((await handler(new Request('app://jurydesk/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://jurydesk/..%2fsecret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://jurydesk/missing.js'))).status).toBe(404);
  });

  it('answers a malformed escape with 400, not an exception', async () => {
    const response = await site()(new Request('app://jurydesk/%E0%A4%A'));
    expect(response.status).toBe(400);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('follows no symbolic link out of the renderer folder', async () => {
    const root = join(temporaryDirectory(), 'renderer');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    symlinkSync(join(root, '..', 'secret.txt'), join(root, 'innocent.js'));
    mkdirSync(join(root, '..', 'outside'));
    writeFileSync(join(root, '..', 'outside', 'key'), 'private');
    symlinkSync(join(root, '..', 'outside'), join(root, 'assets'));
    const handler = createAppProtocolHandler(root);
    expect((await handler(new Request('app://jurydesk/innocent.js'))).status).toBe(404);
    expect((await handler(new Request('app://jurydesk/assets/key'))).status).toBe(404);
  });

  it('sends nosniff and the content security policy on every response, errors and opened files included', async () => {
    const root = join(temporaryDirectory(), 'renderer');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, '..', 'call.jurybundle'), 'bytes');
    const handler = createAppProtocolHandler(root, (token) =>
      token === 'known' ? join(root, '..', 'call.jurybundle') : undefined,
    );
    for (const url of [
      'app://jurydesk/',
      'app://jurydesk/missing',
      'app://jurydesk/%E0',
      'app://elsewhere/',
      'app://jurydesk/opened/known',
      'app://jurydesk/opened/unknown',
    ]) {
      const response = await handler(new Request(url));
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});

describe('IPC', () => {
  const handler = async () => ({ version: '1.0.0', locale: 'fr-FR', platform: 'linux' });

  function event(url: string, fromSubframe = false): IpcMainInvokeEvent {
    const mainFrame = { url };
    return { senderFrame: fromSubframe ? { url } : mainFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
  }

  it('answers the app’s own window with a value', async () => {
    expect(await handleIpc('app:get-info', handler, event('app://jurydesk/index.html'), [])).toEqual({
      ok: true,
      value: { version: '1.0.0', locale: 'fr-FR', platform: 'linux' },
    });
  });

  it('refuses a sender that is not the app’s top-level page', async () => {
    for (const sender of [event('https://example.org/'), event('app://jurydesk/index.html', true)]) {
      expect(await handleIpc('app:get-info', handler, sender, [])).toMatchObject({
        ok: false,
        error: { code: 'ipc.untrusted-sender' },
      });
    }
  });

  it('refuses arguments that do not match the contract', async () => {
    expect(await handleIpc('app:get-info', handler, event('app://jurydesk/'), ['unexpected'])).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalid-arguments' },
    });
  });

  it('returns a failure value instead of throwing across processes', async () => {
    const failing = async () => {
      throw new Error('disk on fire');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handleIpc('app:get-info', failing, event('app://jurydesk/'), [])).toMatchObject({
      ok: false,
      error: { code: 'ipc.failed' },
    });
  });
});

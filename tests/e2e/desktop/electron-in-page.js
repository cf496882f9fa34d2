// What Electron gives a sandboxed preload, reproduced in the page for the wire harness (docs/DESIGN.md §6): the
// `electron` module's contextBridge and ipcRenderer. Arguments and results cross by the structured clone algorithm;
// an exception in a main handler arrives as Electron words it, "Error invoking remote method '<channel>': <error>".
// The built preload (out/preload/index.cjs) runs inside it, unchanged: the harness puts its text in place of the
// call to runPreload, as a CommonJS module body (the page's policy forbids evaluating a string).
/* global window, runPreload */
(() => {
  const BYTES = '__jurydeskWireBytes';
  const encode = (value) => {
    if (value instanceof Uint8Array) {
      let binary = '';
      for (let index = 0; index < value.length; index += 0x8000)
        binary += String.fromCharCode(...value.subarray(index, index + 0x8000));
      return { [BYTES]: btoa(binary) };
    }
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner)]));
    return value;
  };
  const decode = (value) => {
    if (value && typeof value === 'object' && BYTES in value)
      return Uint8Array.from(atob(value[BYTES]), (character) => character.charCodeAt(0));
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner)]));
    return value;
  };
  const wire = window.__jurydeskWire;
  const listeners = new Map();
  const ipcRenderer = {
    async invoke(channel, ...args) {
      const answer = await wire(channel, encode(structuredClone(args)));
      if ('thrown' in answer) throw new Error(`Error invoking remote method '${channel}': ${answer.thrown}`);
      return decode(answer.value);
    },
    on(event, handler) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(handler);
      return ipcRenderer;
    },
    removeListener(event, handler) {
      listeners.get(event)?.delete(handler);
      return ipcRenderer;
    },
  };
  // Main's webContents.send: each listener gets its own clone, as each crosses from the main process.
  Object.defineProperty(window, '__jurydeskEmit', {
    value: (event, payload) => {
      for (const handler of listeners.get(event) ?? [])
        handler({ sender: ipcRenderer }, structuredClone(decode(payload)));
    },
  });
  // The isolated world's values reach the page as copies; functions the page passes (listeners) are called back.
  const crossWorld = (api) =>
    Object.freeze(
      Object.fromEntries(
        Object.entries(api).map(([name, member]) => [
          name,
          typeof member !== 'function'
            ? structuredClone(member)
            : (...args) => {
                const copied = args.map((arg) =>
                  typeof arg === 'function'
                    ? (...values) => arg(...values.map((value) => structuredClone(value)))
                    : structuredClone(arg),
                );
                const result = member(...copied);
                return result instanceof Promise ? result.then((value) => structuredClone(value)) : result;
              },
        ]),
      ),
    );
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: crossWorld(api), enumerable: true });
    },
  };
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`module not found: ${name} (a sandboxed preload requires only electron)`);
  };
  runPreload(module, module.exports, require);
})();

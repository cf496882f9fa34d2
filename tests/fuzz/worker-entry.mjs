// A worker thread does not inherit the TypeScript loader of the thread that started it: it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

/**
 * The layers of docs/DESIGN.md §4 as allow-lists: a file may import its own layer, the layers named for it, and the
 * packages named for it — nothing else. An import the rule does not know is an error, so a new dependency or a new
 * path between layers is a reviewed change of this file, never an accident (Signal Desktop and VS Code do the same).
 */
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The layer a file of the repository belongs to, from its path. */
export function layerOf(file) {
  const path = relative(ROOT, file).split(sep).join('/');
  const match = /^src\/(core|main|preload|renderer|cli|types)\//.exec(path);
  return match ? match[1] : null;
}

/** Core's folders, each a concept with an index.ts: other folders and other layers import only that index. */
function coreConcept(file) {
  const path = relative(resolve(ROOT, 'src/core'), file).split(sep);
  return path.length > 1 ? path[0] : null;
}

const ALIASES = { '@core/': 'src/core/', '@renderer/': 'src/renderer/src/' };

/** Where an import leads: a file or folder of the repository, or a package. */
function target(specifier, fromFile) {
  if (specifier.startsWith('.')) return { path: resolve(dirname(fromFile), specifier) };
  for (const [alias, folder] of Object.entries(ALIASES)) {
    if (specifier.startsWith(alias)) return { path: resolve(ROOT, folder, specifier.slice(alias.length)), alias };
  }
  const name = specifier.startsWith('node:')
    ? 'node:'
    : specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
  return { package: name.replace(/\?.*$/, '') };
}

/** core's public surfaces: a concept's folder (its index), or one of core's own top-level modules. */
function isCoreSurface(path) {
  const inside = relative(resolve(ROOT, 'src/core'), path).split(sep);
  if (inside.length === 1) return true;
  return inside.length === 2 && inside[1] === 'index';
}

export const layersPlugin = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        schema: [
          {
            type: 'object',
            properties: {
              layers: { type: 'array', items: { type: 'string' } },
              packages: { type: 'array', items: { type: 'string' } },
              dynamic: { type: 'boolean' },
              assets: { type: 'array', items: { type: 'string' } },
            },
            additionalProperties: false,
          },
        ],
        messages: {
          layer: '{{layer}} may not import “{{specifier}}” ({{target}}): it imports {{allowed}}.',
          package:
            '{{layer}} may not import the package “{{name}}”: its packages are {{allowed}}. Adding one is a reviewed change of eslint.config.js.',
          deep: 'Import “{{specifier}}” through its concept’s index (@core/<concept>): a folder of core is used only through its public surface.',
          dynamic: '{{layer}} loads no module at run time (import()): its imports are known when it is built.',
          coreAlias:
            'Inside core, import other concepts by relative path to their folder (../crypto), not through an alias.',
        },
      },
      create(context) {
        const file = context.filename;
        const layer = layerOf(file);
        if (!layer) return {};
        const { layers = [], packages = [], dynamic = true, assets = [] } = context.options[0] ?? {};
        const check = (node, specifier) => {
          const where = target(specifier, file);
          if (where.package !== undefined) {
            if (!packages.includes(where.package)) {
              context.report({
                node,
                messageId: 'package',
                data: { layer, name: where.package, allowed: packages.join(', ') || 'none' },
              });
            }
            return;
          }
          if (assets.includes(relative(ROOT, where.path.replace(/\?.*$/, '')).split(sep).join('/'))) return;
          const to = layerOf(where.path) ?? 'outside src';
          if (to !== layer && !layers.includes(to)) {
            context.report({
              node,
              messageId: 'layer',
              data: { layer, specifier, target: to, allowed: [layer, ...layers].join(', ') },
            });
            return;
          }
          if (to !== 'core') return;
          if (layer === 'core' && where.alias) {
            context.report({ node, messageId: 'coreAlias' });
            return;
          }
          const crossing = layer !== 'core' || coreConcept(file) !== coreConcept(where.path);
          if (crossing && !isCoreSurface(where.path)) context.report({ node, messageId: 'deep', data: { specifier } });
        };
        const source = (node) => {
          if (node.source && typeof node.source.value === 'string') check(node.source, node.source.value);
        };
        return {
          ImportDeclaration: source,
          ExportNamedDeclaration: source,
          ExportAllDeclaration: source,
          ImportExpression(node) {
            if (!dynamic) {
              context.report({ node, messageId: 'dynamic', data: { layer } });
              return;
            }
            if (node.source.type === 'Literal' && typeof node.source.value === 'string')
              check(node.source, node.source.value);
          },
        };
      },
    },
  },
};

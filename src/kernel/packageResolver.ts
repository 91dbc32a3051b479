/**
 * Node-style resolution of a package name from a folder, for ES modules: walks up the
 * `node_modules` folders, then follows `exports` with the conditions `node`, `import`, `default`
 * (so ESM-only packages resolve), else `main`, else `index.js`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { kernelError } from './kernelError';
import { messages } from './text/index';

const CONDITIONS = ['node', 'import', 'default'];
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.json', '/index.js', '/index.mjs'];

function splitSpecifier(spec: string): { name: string; subpath: string } {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  return { name: parts.slice(0, n).join('/'), subpath: parts.length > n ? './' + parts.slice(n).join('/') : '.' };
}

function pickTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = pickTarget(t);
      if (r) return r;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    for (const [cond, t] of Object.entries(target))
      if (CONDITIONS.includes(cond)) {
        const r = pickTarget(t);
        if (r) return r;
      }
  }
  return undefined;
}

function fromExports(exportsField: unknown, subpath: string): string | undefined {
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return subpath === '.' ? pickTarget(exportsField) : undefined;
  if (!exportsField || typeof exportsField !== 'object') return undefined;
  const map = exportsField as Record<string, unknown>;
  const keys = Object.keys(map);
  if (!keys.some((k) => k.startsWith('.'))) return subpath === '.' ? pickTarget(map) : undefined;
  if (subpath in map) return pickTarget(map[subpath]);
  for (const k of keys) {
    const star = k.indexOf('*');
    if (star < 0) continue;
    const [pre, post] = [k.slice(0, star), k.slice(star + 1)];
    if (subpath.startsWith(pre) && subpath.endsWith(post)) {
      const t = pickTarget(map[k]);
      return t?.replace('*', subpath.slice(pre.length, subpath.length - post.length));
    }
  }
  return undefined;
}

/** A file that exists, trying the usual extensions. */
export function probeFile(base: string): string | undefined {
  for (const ext of EXTENSIONS) {
    const f = base + ext;
    if (existsSync(f) && statSync(f).isFile()) return f;
  }
  return undefined;
}

/**
 * @example resolvePackage('arquero', '/work/shop') // → '/work/shop/node_modules/arquero/src/index.js'
 * @throws when no installed package matches
 */
export function resolvePackage(spec: string, fromDir: string): string {
  const { name, subpath } = splitSpecifier(spec);
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', name);
    const pkgJson = path.join(pkgDir, 'package.json');
    if (existsSync(pkgJson)) {
      const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { exports?: unknown; main?: string };
      let target: string | undefined;
      if (pkg.exports !== undefined) {
        target = fromExports(pkg.exports, subpath);
        if (!target) throw kernelError('import', messages().packageNoExport(name, subpath));
        return path.join(pkgDir, target);
      }
      const file = probeFile(path.join(pkgDir, subpath === '.' ? (pkg.main ?? 'index.js') : subpath));
      if (file) return file;
      throw kernelError('import', messages().packageNoFile(name, subpath));
    }
    if (path.dirname(dir) === dir) break;
  }
  throw kernelError('import', messages().packageNotFound(spec, fromDir, name));
}

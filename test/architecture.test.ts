/**
 * Builds the import graph of the source and fails on a cycle or on an edge
 * against the direction in docs/ARCHITECTURE.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const sourceRoots = ['knowledge', 'retrieval', 'eligibility', 'bot'];

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

interface Edge { from: string; to: string; typeOnly: boolean }
const importRe = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const dynamicRe = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

function parse(file: string): { internal: Edge[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const internal: Edge[] = [];
  const packages: string[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    if (spec.startsWith('.')) {
      internal.push({ from: relative(root, file), to: relative(root, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'), typeOnly });
    } else packages.push(spec);
  };
  for (const m of text.matchAll(importRe)) add(m[3]!, Boolean(m[2]));
  for (const m of text.matchAll(dynamicRe)) add(m[1]!, false);
  return { internal, packages };
}

/** The module a file belongs to: knowledge, retrieval, eligibility, bot/core, bot/llm, bot/web …, bot/main. */
function moduleOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'bot') return parts.length === 2 ? `bot/${parts[1]!.replace(/\.ts$/, '')}` : `bot/${parts[1]}`;
  return parts[0]!;
}

const allowed: Record<string, string[]> = {
  knowledge: [],
  retrieval: ['knowledge'],
  eligibility: ['knowledge'],
  'bot/core': ['retrieval', 'eligibility', 'knowledge'],
  'bot/llm': ['bot/core'],
  'bot/web': ['bot/core', 'bot/llm'],
  'bot/telegram': ['bot/core', 'bot/llm'],
  'bot/cli': ['bot/core', 'bot/llm'],
  'bot/main': ['bot/core', 'bot/llm', 'bot/web', 'bot/telegram', 'bot/cli', 'knowledge', 'retrieval', 'eligibility'],
};
const forbiddenPackages: Record<string, RegExp> = {
  'bot/core': /^(grammy|@grammyjs\/|node:http|http|https|node:https|node:readline|readline|express|openai)/,
  knowledge: /^(grammy|openai|node:http|http)/,
  retrieval: /^(grammy|@grammyjs\/|openai|node:http|http|https|node:https)/,
  eligibility: /^(grammy|openai|node:http|http|node:fs|fs|better-sqlite3)/,
};

const files = sourceRoots.flatMap((r) => {
  try { return listTs(join(root, r)); } catch { return []; }
});
const graph = new Map<string, ReturnType<typeof parse>>(files.map((f) => [relative(root, f), parse(f)]));

describe('architecture', () => {
  it('finds the source files', () => {
    expect(graph.size).toBeGreaterThan(5);
    expect([...graph.keys()].some((f) => f.startsWith('knowledge/'))).toBe(true);
  });

  it('every import goes in the direction ARCHITECTURE.md allows', () => {
    const violations: string[] = [];
    for (const [file, { internal, packages }] of graph) {
      const mod = moduleOf(file);
      const may = allowed[mod];
      if (!may) { violations.push(`${file}: module ${mod} is not in the architecture`); continue; }
      for (const e of internal) {
        const target = moduleOf(e.to);
        if (target === mod) continue;
        if (!may.includes(target)) violations.push(`${file} → ${e.to}: ${mod} may not import ${target}`);
        if (mod === 'bot/llm' && target === 'bot/core' && !e.typeOnly) violations.push(`${file} → ${e.to}: bot/llm may import only types from bot/core`);
      }
      const bad = forbiddenPackages[mod];
      for (const p of packages) {
        if (bad?.test(p)) violations.push(`${file}: ${mod} may not import ${p}`);
        if (p === 'openai' && mod !== 'bot/llm') violations.push(`${file}: the openai SDK lives in bot/llm alone`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'visiting');
      stack.push(f);
      for (const e of graph.get(f)?.internal ?? []) {
        if (!graph.has(e.to)) continue;
        const s = state.get(e.to);
        if (s === 'visiting') cycles.push([...stack.slice(stack.indexOf(e.to)), e.to].join(' → '));
        else if (!s) visit(e.to);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('resolves every internal import to a file', () => {
    const missing = [...graph.values()].flatMap((g) => g.internal).filter((e) => !graph.has(e.to)).map((e) => `${e.from} → ${e.to}`);
    expect(missing).toEqual([]);
  });
});

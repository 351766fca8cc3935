/**
 * `npm run eval -- diff <base> [--file <path>]… [--golden] [--show N] [--json <out>]`: the answers of a corpus of
 * conversations under another commit and under the working tree, side by side, so a change to words or rules shows
 * every answer it moves before anyone reviews it (a word too broad moves answers nobody meant to touch).
 *
 * The corpus is every golden dialog case (test/core/dialog) and every evaluation conversation (test/eval/chat),
 * unless --file is given: then those conversations only, or beside the golden ones with --golden. A file holds one
 * conversation per line, turns split by |; a folder holds one conversation per .txt file, one turn per line (as
 * the blind runs write them). The base is checked out into a temporary git worktree that shares this tree's
 * node_modules, and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diffArrays } from 'diff';
import { loadDialogCases } from '../test/support/golden-cases.ts';
import { loadConversations } from './chat.ts';

/** One conversation of the corpus: where it comes from, and its turns. */
export interface CorpusConversation {
  id: string;
  turns: { message: string; asOf?: string }[];
}

/** What one conversation was answered under one tree. */
export interface Answered {
  id: string;
  answers: string[];
}

/** A conversation answered differently: the first turn that differs, and both answers to it. */
export interface Moved {
  id: string;
  turn: number;
  message: string;
  before: string;
  after: string;
}

const root = resolve(import.meta.dirname, '..');

/** The conversations of a file (one per line, turns split by |) or a folder (one per .txt file, one turn per line). */
export function conversationsOf(path: string): CorpusConversation[] {
  if (!existsSync(path)) throw new Error(`eval diff: ${path} does not exist; give a file of conversations (one per line, turns split by |) or a folder of .txt files`);
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((f) => f.endsWith('.txt')).sort();
    if (files.length === 0) throw new Error(`eval diff: ${path} holds no .txt file; each conversation is a .txt file with one turn per line`);
    return files.map((f) => ({ id: `${path}/${f}`, turns: lines(readFileSync(join(path, f), 'utf8')).map((message) => ({ message })) }));
  }
  const conversations = lines(readFileSync(path, 'utf8')).map((line, i) => ({ id: `${path}:${i + 1}`, turns: line.split('|').map((m) => m.trim()).filter(Boolean).map((message) => ({ message })) }));
  if (conversations.length === 0) throw new Error(`eval diff: ${path} holds no conversation; write one per line, turns split by |`);
  return conversations;
}

/** The golden dialog cases and the evaluation conversations, as a corpus. */
export function builtInCorpus(): CorpusConversation[] {
  const golden = loadDialogCases().map((c) => ({ id: `${c.file} #${c.index + 1}`, turns: c.turns.map((t) => ({ message: t.message, ...(t.asOf ? { asOf: t.asOf } : {}) })) }));
  const evaluation = loadConversations().map((c) => ({ id: `eval ${c.id}`, turns: c.turns.map((t) => ({ message: t.say, ...(c.asOf ? { asOf: c.asOf } : {}) })) }));
  return [...golden, ...evaluation];
}

/** The conversations of the corpus answered differently by the two runs, in corpus order. */
export function moved(corpus: readonly CorpusConversation[], before: readonly Answered[], after: readonly Answered[]): Moved[] {
  const [was, is] = [new Map(before.map((a) => [a.id, a.answers])), new Map(after.map((a) => [a.id, a.answers]))];
  const out: Moved[] = [];
  for (const c of corpus) {
    const [b, a] = [was.get(c.id), is.get(c.id)];
    if (!b || !a) continue;
    const turn = b.findIndex((x, i) => x !== a[i]);
    if (turn >= 0) out.push({ id: c.id, turn: turn + 1, message: c.turns[turn]!.message, before: b[turn]!, after: a[turn] ?? '' });
  }
  return out;
}

/** The lines of one answer against the other's: kept lines plain, removed with -, added with +. */
export function lineDiff(before: string, after: string): string[] {
  return diffArrays(before.split('\n'), after.split('\n')).flatMap((part) => part.value.map((line) => `${part.added ? '+' : part.removed ? '-' : ' '} ${line}`));
}

/** Runs the corpus under the tree at `tree` in a child process (its own modules, its own knowledge base). */
function answerUnder(tree: string, corpusFile: string, out: string, label: string): Answered[] {
  const started = performance.now();
  process.stderr.write(`eval diff: answering under ${label}…`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'eval', 'diff-run.ts'), tree, corpusFile, out], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`eval diff: answering under ${label} failed (exit ${r.status ?? r.signal}); run \`npm test\` there to see why`);
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return JSON.parse(readFileSync(out, 'utf8')) as Answered[];
}

function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`eval diff: git ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout.trim();
}

export interface DiffOptions {
  base: string;
  files: string[];
  golden: boolean;
  show: number;
  json?: string;
  /** The tree whose answers are compared with the base's (this one unless a test gives another). */
  head?: string;
}

/** Runs the comparison and prints it; returns the conversations moved. */
export function runDiff(o: DiffOptions): Moved[] {
  const commit = git(['rev-parse', '--verify', '--quiet', `${o.base}^{commit}`]);
  const corpus = [...(o.files.length === 0 || o.golden ? builtInCorpus() : []), ...o.files.flatMap(conversationsOf)];
  const dir = mkdtempSync(join(tmpdir(), 'cg-diff-base-'));
  const corpusFile = join(dir, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(corpus));
  const worktree = join(dir, 'tree');
  git(['worktree', 'add', '--detach', '--quiet', worktree, commit]);
  try {
    symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'), 'dir');
    const before = answerUnder(worktree, corpusFile, join(dir, 'before.json'), `${o.base} (${commit.slice(0, 7)})`);
    const after = answerUnder(o.head ?? root, corpusFile, join(dir, 'after.json'), o.head ? o.head : 'the working tree');
    const found = moved(corpus, before, after);
    for (const m of found.slice(0, o.show)) {
      console.log(`\n##### ${m.id}, turn ${m.turn}: ${m.message}`);
      for (const line of lineDiff(m.before, m.after)) console.log(line);
    }
    if (found.length > o.show) console.log(`\n… ${found.length - o.show} more (--show ${found.length} lists them all, --json writes them)`);
    if (o.json) writeFileSync(o.json, JSON.stringify(found, null, 1));
    console.log(`\n${corpus.length} conversation${corpus.length === 1 ? '' : 's'}, ${found.length} answered differently (${o.base} → ${o.head ? o.head : 'working tree'})`);
    return found;
  } finally {
    git(['worktree', 'remove', '--force', worktree]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The command line: `diff <base> [--file <path>]… [--golden] [--show N] [--json <out>]`. */
export function diffMain(args: string[]): void {
  const rest = args.slice(args.indexOf('diff') + 1);
  const files: string[] = [];
  let base: string | undefined;
  let show = 30;
  let json: string | undefined;
  let golden = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--file') files.push(rest[++i] ?? '');
    else if (a === '--show') show = Number(rest[++i]);
    else if (a === '--json') json = rest[++i];
    else if (a === '--golden') golden = true;
    else if (!a.startsWith('--') && base === undefined) base = a;
    else throw new Error(`eval diff: unknown argument «${a}»; usage: npm run eval -- diff <base> [--file <path>]… [--golden] [--show N] [--json <out>]`);
  }
  if (!base) throw new Error('eval diff: name the commit to compare with, e.g. npm run eval -- diff HEAD~3');
  if (!Number.isInteger(show) || show < 0) throw new Error('eval diff: --show takes a whole number of conversations to print');
  if (files.some((f) => f === '')) throw new Error('eval diff: --file takes a path');
  runDiff({ base, files, golden, show, ...(json ? { json } : {}) });
}

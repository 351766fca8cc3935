/**
 * `npm run --silent kb -- <command>`: checks a knowledge base, and publishes,
 * compares, lists, rolls back and exports the versions under DATA_DIR (as the
 * server reads them). Exit code 0 when done, 1 when refused (an invalid
 * knowledge base, an unknown version), 2 for a usage error.
 */
import { resolve } from 'node:path';
import { formatDiff } from './diff.ts';
import { bundledKnowledgeDir, formatIssue, KnowledgeError, validateKnowledge, type KnowledgeBase, type KnowledgeIssue } from './index.ts';
import { openVersionStore, VersionError, type HistoryEntry, type VersionStore } from './versions.ts';

const usage = `usage: npm run --silent kb -- <command>

commands:
  validate [DIR]                            check the knowledge base in DIR (default: the bundled knowledge/)
  summary [DIR]                             what a knowledge base holds (default: the current version)
  diff DIR                                  what DIR would change against the current version
  publish DIR --by NAME [--note TEXT]       check DIR, store it as a new version and make it current;
                                            the version id is the last line printed
  history [--json]                          every publish and rollback, newest first
  rollback VERSION --by NAME [--note TEXT]  make an earlier version current again
  export VERSION DIR                        copy a version's files into DIR (a new or empty folder)
  help                                      show this text

Versions and the audit log are kept in DATA_DIR/knowledge (DATA_DIR defaults to ./data),
where the running server picks up a new current version within seconds.`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  by?: string;
  note?: string;
  json: boolean;
}

/** Positional arguments and the flags a command allows; anything else names itself as the fault. */
function parseArgs(argv: string[], allowed: string[]): Args {
  const args: Args = { positional: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      args.positional.push(a);
      continue;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const name = flag.slice(2);
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${flag}${allowed.length ? ` (this command takes ${allowed.map((x) => `--${x}`).join(', ')})` : ''}`);
    if (name === 'json') {
      args.json = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
    if (name === 'by') args.by = value;
    if (name === 'note') args.note = value;
  }
  return args;
}

function expect(args: Args, names: string[], optional = 0) {
  const min = names.length - optional;
  if (args.positional.length < min) throw new UsageError(`missing ${names.slice(args.positional.length).join(' ')}`);
  if (args.positional.length > names.length) throw new UsageError(`unexpected argument «${args.positional[names.length]}»`);
}

function printIssues(what: string, issues: readonly KnowledgeIssue[]) {
  console.error(`kb: ${what} is invalid — ${issues.length} problem${issues.length === 1 ? '' : 's'}:`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
}

function describe(dir: string, kb: KnowledgeBase, full: boolean) {
  const benefits = kb.measures.reduce((n, m) => n + m.benefits.length, 0);
  const provisions = kb.measures.reduce((n, m) => n + m.provisions.length, 0);
  console.log(`kb: ${dir} is valid (version ${kb.version})`);
  console.log(`  ${kb.document.title}, ${kb.document.validity.from} – ${kb.document.validity.to}`);
  console.log(`  ${kb.measures.length} measures, ${benefits} benefits, ${provisions} provisions, ${kb.facts.facts.length} facts, ${kb.lexicon.synonyms.length} synonym groups`);
  if (full) {
    for (const m of kb.measures) {
      console.log(`  ${String(m.number).padStart(2)} ${m.heading}`);
      for (const b of m.benefits) console.log(`       - ${b.id}: ${b.title}`);
    }
  }
}

const wuxiTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

function printHistory(entries: HistoryEntry[]) {
  for (const e of entries) {
    console.log(`${e.current ? '*' : ' '} ${e.version}  ${e.action.padEnd(8)}  ${wuxiTime.format(new Date(e.at))}  ${e.by}${e.note ? `：${e.note}` : ''}`);
    console.log(`    ${e.summary}`);
  }
  console.log('(* = current; times in Asia/Shanghai)');
}

async function withStore<T>(fn: (store: VersionStore) => Promise<T>): Promise<T> {
  const store = await openVersionStore({ dataDir: resolve(process.env.DATA_DIR || './data') });
  for (const p of store.problems) console.error(p);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(usage);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'validate': {
      const args = parseArgs(rest, []);
      expect(args, ['DIR'], 1);
      const dir = args.positional[0] ?? bundledKnowledgeDir;
      const result = validateKnowledge(dir);
      if (!result.ok) {
        printIssues(dir, result.issues);
        return 1;
      }
      describe(dir, result.kb, false);
      return 0;
    }
    case 'summary': {
      const args = parseArgs(rest, []);
      expect(args, ['DIR'], 1);
      const dirArg = args.positional[0];
      if (dirArg) {
        const result = validateKnowledge(dirArg);
        if (!result.ok) {
          printIssues(dirArg, result.issues);
          return 1;
        }
        describe(dirArg, result.kb, true);
        return 0;
      }
      return withStore(async (store) => {
        const current = store.current();
        if (!current) throw new VersionError('damaged', `${store.root}/current.json cannot be read`);
        describe(`the current version in ${store.root}`, store.load(current.version), true);
        return 0;
      });
    }
    case 'diff': {
      const args = parseArgs(rest, []);
      expect(args, ['DIR']);
      const dir = args.positional[0]!;
      return withStore(async (store) => {
        const preview = store.preview(dir);
        if (!preview.ok) {
          printIssues(dir, preview.issues);
          return 1;
        }
        for (const line of formatDiff(preview.diff)) console.log(line);
        return 0;
      });
    }
    case 'publish': {
      const args = parseArgs(rest, ['by', 'note']);
      expect(args, ['DIR']);
      if (!args.by?.trim()) throw new UsageError('say who publishes: --by NAME');
      const dir = args.positional[0]!;
      return withStore(async (store) => {
        const result = await store.publish(dir, { by: args.by!, note: args.note ?? null });
        if (!result.ok) {
          printIssues(dir, result.issues);
          console.error('kb: nothing was published; the current version keeps serving');
          return 1;
        }
        if (result.diff) for (const line of formatDiff(result.diff)) console.log(line);
        console.log(`kb: published ${dir} as version ${result.version} by ${result.entry.by}; it is now current`);
        console.log(result.version);
        return 0;
      });
    }
    case 'history': {
      const args = parseArgs(rest, ['json']);
      expect(args, []);
      return withStore(async (store) => {
        const entries = await store.history();
        if (args.json) {
          console.log(JSON.stringify(entries.map(({ version, action, by, at, note, current }) => ({ version, action, by, at, note, current })), null, 2));
        } else printHistory(entries);
        return 0;
      });
    }
    case 'rollback': {
      const args = parseArgs(rest, ['by', 'note']);
      expect(args, ['VERSION']);
      if (!args.by?.trim()) throw new UsageError('say who rolls back: --by NAME');
      return withStore(async (store) => {
        const entry = await store.rollback(args.positional[0]!, { by: args.by!, note: args.note ?? null });
        console.log(`kb: version ${entry.version} is current again (rollback by ${entry.by})`);
        console.log(`  ${entry.summary}`);
        console.log(entry.version);
        return 0;
      });
    }
    case 'export': {
      const args = parseArgs(rest, []);
      expect(args, ['VERSION', 'DIR']);
      return withStore(async (store) => {
        const [version, dir] = args.positional as [string, string];
        const files = store.exportTo(version, dir);
        console.log(`kb: exported version ${store.resolve(version)} to ${dir} (${files.length} files)`);
        return 0;
      });
    }
    default:
      throw new UsageError(`unknown command «${command}»`);
  }
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`kb: ${e.message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (e instanceof VersionError || e instanceof KnowledgeError) {
      console.error(`kb: ${e.message.replace(/^knowledge: /, '')}`);
      process.exitCode = 1;
    } else {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    }
  },
);

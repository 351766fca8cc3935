/**
 * `npm run kb -- validate [DIR]`: checks a knowledge base and prints every
 * fault with its file and field. Exit code 0 when valid, 1 when not, 2 for
 * a usage error.
 */
import { bundledKnowledgeDir, formatIssue, validateKnowledge } from './index.ts';

const usage = `usage: npm run kb -- <command>

commands:
  validate [DIR]   check the knowledge base in DIR (default: the bundled knowledge/)
  summary [DIR]    print what the knowledge base holds
  help             show this text`;

function main(argv: string[]): number {
  const [command, dirArg, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(usage);
    return command ? 0 : 2;
  }
  if (rest.length > 0 || !['validate', 'summary'].includes(command)) {
    console.error(`kb: unknown command or extra arguments: ${argv.join(' ')}\n\n${usage}`);
    return 2;
  }
  const dir = dirArg ?? bundledKnowledgeDir;
  const result = validateKnowledge(dir);
  if (!result.ok) {
    console.error(`kb: ${dir} is invalid — ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}:`);
    for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  const { kb } = result;
  const benefits = kb.measures.reduce((n, m) => n + m.benefits.length, 0);
  const provisions = kb.measures.reduce((n, m) => n + m.provisions.length, 0);
  console.log(`kb: ${dir} is valid (version ${kb.version})`);
  console.log(`  ${kb.document.title}, ${kb.document.validity.from} – ${kb.document.validity.to}`);
  console.log(`  ${kb.measures.length} measures, ${benefits} benefits, ${provisions} provisions, ${kb.facts.facts.length} facts, ${kb.lexicon.synonyms.length} synonym groups`);
  if (command === 'summary') {
    for (const m of kb.measures) {
      console.log(`  ${String(m.number).padStart(2)} ${m.heading}`);
      for (const b of m.benefits) console.log(`       - ${b.id}: ${b.title}`);
    }
  }
  return 0;
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = main(process.argv.slice(2));

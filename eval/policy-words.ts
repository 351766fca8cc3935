/**
 * Policy words left in code: regular-expression literals holding Chinese
 * characters, and Chinese characters, in the TypeScript sources of bot/,
 * knowledge/, eligibility/ and retrieval/ (tests excluded), in all and in
 * bot/core alone; and, per file, how many characters are in code and how many
 * in comments. Run `npx tsx eval/policy-words.ts` (at any commit, to compare).
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const files = execSync("git ls-files 'bot/**/*.ts' 'knowledge/**/*.ts' 'eligibility/**/*.ts' 'retrieval/**/*.ts'", { encoding: 'utf8' }).trim().split('\n');
const cjk = /[\u4e00-\u9fff]/;
/** A regular-expression literal, roughly: a slash not after a word, a closing bracket or parenthesis. */
const literal = /(?<![\w)\]])\/(?![*/])(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\[])+\/[dgimsuy]*/g;
const chinese = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;

let regexAll = 0;
let regexCore = 0;
let charsAll = 0;
let charsCore = 0;
const perFile: [string, number, number][] = [];
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const comments = (source.match(/\/\*[\s\S]*?\*\/|\/\/.*$/gm) ?? []).join('');
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/([^:])\/\/ .*$/gm, '$1');
  const regexes = [...code.matchAll(literal)].filter((m) => cjk.test(m[0])).length;
  const chars = chinese(source);
  regexAll += regexes;
  charsAll += chars;
  if (file.startsWith('bot/core/')) {
    regexCore += regexes;
    charsCore += chars;
  }
  perFile.push([file, chars - chinese(comments), chinese(comments)]);
}
console.log(`files: ${files.length}`);
console.log(`regex literals with Chinese: ${regexAll} (bot/core: ${regexCore})`);
console.log(`Chinese characters: ${charsAll} (bot/core: ${charsCore})`);
console.log('most in code (in code / in comments):');
for (const [file, code, comments] of perFile.sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${String(code).padStart(5)} / ${String(comments).padStart(5)}  ${file}`);

// Counts regex literals holding Chinese characters, and Chinese characters, in .ts sources (not tests), with the TypeScript 5 scanner if present.
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync("git ls-files 'bot/**/*.ts' 'knowledge/**/*.ts' 'eligibility/**/*.ts' 'retrieval/**/*.ts'", { encoding: 'utf8' }).trim().split('\n');
const cjk = /[\u4e00-\u9fff]/;
let regexCore = 0, regexAll = 0, chars = 0, charsCore = 0;
const lit = /(?<![\w)\]])\/(?![*/])(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\[])+\/[dgimsuy]*/g;
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/([^:])\/\/ .*$/gm, '$1');
  const n = [...code.matchAll(lit)].filter((m) => cjk.test(m[0])).length;
  regexAll += n; if (f.startsWith('bot/core')) regexCore += n;
  const c = (src.match(/[\u4e00-\u9fff]/g) ?? []).length;
  chars += c; if (f.startsWith('bot/core')) charsCore += c;
}
console.log({ files: files.length, regexWithChinese: regexAll, inBotCore: regexCore, chineseChars: chars, inBotCore_chars: charsCore });

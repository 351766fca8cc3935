import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync("git ls-files 'bot/**/*.ts' 'knowledge/**/*.ts' 'eligibility/**/*.ts' 'retrieval/**/*.ts'", { encoding: 'utf8' }).trim().split('\n');
const per = {};
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const comments = (src.match(/\/\*[\s\S]*?\*\/|\/\/.*$/gm) ?? []).join('');
  const all = (src.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const inComments = (comments.match(/[\u4e00-\u9fff]/g) ?? []).length;
  per[f] = [all, inComments, all - inComments];
}
const top = Object.entries(per).sort((a, b) => b[1][2] - a[1][2]).slice(0, 12);
for (const [f, [a, c, code]] of top) console.log(String(code).padStart(5), 'in code', String(c).padStart(5), 'in comments', f);
const tot = Object.values(per).reduce((s, [a, c, k]) => [s[0] + a, s[1] + c, s[2] + k], [0, 0, 0]);
console.log('total', tot);

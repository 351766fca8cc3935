/**
 * Is a question about the policy at all? The share of the question's
 * information (each word weighted by its IDF in general Chinese, from jieba's
 * bundled idf.txt) that the policy's vocabulary covers. 今天天气怎么样 covers
 * nothing; 先投后股是什么模式 nearly all. Retrieval cites nothing below a threshold.
 */
import { idf as idfBytes } from '@node-rs/jieba/dict.js';

let generalIdf: { map: Map<string, number>; median: number } | undefined;

/** jieba's general-Chinese IDF table, parsed once per process. */
function loadGeneralIdf() {
  if (!generalIdf) {
    const map = new Map<string, number>();
    for (const line of Buffer.from(idfBytes).toString('utf8').split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0) map.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
    const values = [...map.values()].sort((a, b) => a - b);
    generalIdf = { map, median: values[Math.floor(values.length / 2)] ?? 1 };
  }
  return generalIdf;
}

/** Returns query → coverage in [0, 1], given which tokens the policy's vocabulary knows. */
export function createCoverage(known: (token: string) => boolean): (queryTokens: readonly string[]) => number {
  const { map, median } = loadGeneralIdf();
  return (queryTokens) => {
    let total = 0;
    let covered = 0;
    for (const token of new Set(queryTokens)) {
      // A figure the policy never mentions (5.8, 五万八千) says nothing against the topic.
      if (/^[\d.,%零〇一二两三四五六七八九十百千万亿元块]+$/.test(token) && !known(token)) continue;
      // Words unknown to general Chinese are as informative as a rare word.
      const w = map.get(token) ?? median;
      total += w;
      if (known(token)) covered += w;
    }
    return total === 0 ? 0 : covered / total;
  };
}

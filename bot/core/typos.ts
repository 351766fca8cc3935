/**
 * Homophone slips of a hurried typist (和同 for 合同, 补帖 for 补贴, 能那 for
 * 能拿): a stretch of the message that is not a word of general Chinese but
 * sounds like a word of the vocabulary is read as that word. Pinyin comes
 * from pinyin-pro, one character at a time and cached, so a message costs a
 * few map look-ups; every correction is reported, so the answer can say how
 * it read the message.
 */
import { dict as jiebaDict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { WordList } from './words.ts';

export interface Correction {
  from: string;
  to: string;
}

const cjk = /^[\u4e00-\u9fff]+$/;
const readings = new Map<string, string>();

/**
 * The usual toneless reading of one character (和: he), cached. Only the usual
 * one: with every reading of 和 (he, huo, hu …), 和江 would sound like 获奖.
 */
function readingOf(ch: string): string {
  let r = readings.get(ch);
  if (r === undefined) {
    r = pinyin(ch, { toneType: 'none' });
    readings.set(ch, r);
  }
  return r;
}

let generalWords: Set<string> | undefined;
/** The words of general Chinese (jieba's dictionary): a stretch that is one of them is not a slip. */
function isGeneralWord(w: string): boolean {
  if (!generalWords) {
    generalWords = new Set();
    for (const line of Buffer.from(jiebaDict).toString('utf8').split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0) generalWords.add(line.slice(0, space));
    }
  }
  return generalWords.has(w);
}

/** Shortest and longest words corrected: one character alone is too often right as typed. */
const MIN = 2;
const MAX = 6;

export function createTypoReader(vocabularyWords: Iterable<string>, kept: readonly string[] = []) {
  const allTargets = [...new Set([...vocabularyWords].filter((w) => cjk.test(w) && w.length >= MIN))];
  const targets = allTargets.filter((w) => w.length <= MAX);
  // Index by the readings of the first character, so a stretch is compared with few words.
  const byFirst = new Map<string, string[]>();
  for (const w of targets) byFirst.set(readingOf(w[0]!), [...(byFirst.get(readingOf(w[0]!)) ?? []), w]);
  const known = new Set(targets);
  // Every word of the vocabulary as typed, found in one scan of the message.
  const typedWords = new WordList<true>(allTargets.map((w) => [w, true]));

  // A slip changes some characters, not all: 和同 keeps 同 of 合同, 中式平台 keeps three of 中试平台,
  // while 建的 → 兼得 would change both and is only a sound-alike.
  const soundsLike = (stretch: string, word: string) => {
    let differ = 0;
    for (let i = 0; i < word.length; i++) {
      if (stretch[i] === word[i]) continue;
      if (readingOf(stretch[i]!) !== readingOf(word[i]!)) return false;
      differ++;
    }
    return differ > 0 && differ * 2 <= word.length;
  };
  // (…的公司，还是用我们产品的城管部门: 还是 offers an alternative; 还是用 is no slip for 还适用.)
  const keeps = (stretch: string) => kept.some((w) => stretch.startsWith(w) || stretch.endsWith(w));

  return {
    /** The text with each slip replaced by the vocabulary word it sounds like, and what was replaced. */
    correct(text: string): { text: string; corrections: Correction[] } {
      const corrections: Correction[] = [];
      // A stretch that cuts into a word of the vocabulary as typed is no slip (改革试点 holds no 各是);
      // one that holds such a word whole may still be (中式平台 holds 平台).
      const typed = typedWords.findEvery(text);
      const cuts = (i: number, n: number) => typed.some(([a, b]) => a < i + n && b > i && (a < i || b > i + n));
      let out = '';
      let i = 0;
      while (i < text.length) {
        let fixed: string | null = null;
        let len = 0;
        for (let n = Math.min(MAX, text.length - i); n >= MIN && !fixed; n--) {
          const stretch = text.slice(i, i + n);
          if (!cjk.test(stretch) || known.has(stretch) || isGeneralWord(stretch) || cuts(i, n) || keeps(stretch)) continue;
          // A stretch that cuts through a word of general Chinese is no slip (是行政: 行 belongs to 行政).
          if ((i > 0 && isGeneralWord(text.slice(i - 1, i + 1))) || (i + n < text.length && isGeneralWord(text.slice(i + n - 1, i + n + 1)))) continue;
          const match = byFirst.get(readingOf(stretch[0]!))?.find((w) => w.length === n && soundsLike(stretch, w));
          if (match) {
            fixed = match;
            len = n;
          }
        }
        if (fixed) {
          corrections.push({ from: text.slice(i, i + len), to: fixed });
          out += fixed;
          i += len;
        } else {
          out += text[i];
          i++;
        }
      }
      return { text: out, corrections };
    },
  };
}

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

let generalWords: Map<string, number> | undefined;
/** The words of general Chinese (jieba's dictionary) with how often each occurs. */
function generalFrequency(w: string): number | undefined {
  if (!generalWords) {
    generalWords = new Map();
    for (const line of Buffer.from(jiebaDict).toString('utf8').split('\n')) {
      const [word, frequency] = line.split(' ');
      if (word && frequency) generalWords.set(word, Number(frequency));
    }
  }
  return generalWords.get(w);
}
/** A stretch that is a word of general Chinese is not a slip. */
function isGeneralWord(w: string): boolean {
  return generalFrequency(w) !== undefined;
}
/** How often a pair of characters must occur in general Chinese to be a word of its own, never a slip (还是, not 中式). */
const COMMON_PAIR = 2000;

/** Shortest and longest words corrected: one character alone is too often right as typed. */
const MIN = 2;
const MAX = 6;

export function createTypoReader(vocabularyWords: Iterable<string>) {
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
  // (那这个应用单位是指…，还是用我们产品的城管部门: 是 of 还是, a common word with the character kept beside it, is no
  // slip for 适 of 还适用.)
  const commonPair = (stretch: string, i: number) => [stretch.slice(i - 1, i + 1), stretch.slice(i, i + 2)].some((pair) => pair.length === 2 && (generalFrequency(pair) ?? 0) >= COMMON_PAIR);
  const soundsLike = (stretch: string, word: string) => {
    let differ = 0;
    for (let i = 0; i < word.length; i++) {
      if (stretch[i] === word[i]) continue;
      if (readingOf(stretch[i]!) !== readingOf(word[i]!) || commonPair(stretch, i)) return false;
      differ++;
    }
    return differ > 0 && differ * 2 <= word.length;
  };

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
          if (!cjk.test(stretch) || known.has(stretch) || isGeneralWord(stretch) || cuts(i, n)) continue;
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

/** What the bot lists of the knowledge base: the measures in order and the items a calculation can be guided through. */
import { formatWan } from '../core/index.ts';
import type { PolicyBenefit, PolicyMeasure, PolicyView } from './types.ts';

/** Measures 1–12 in order, then the closing provisions (0). */
export function measuresInOrder(kb: PolicyView): PolicyMeasure[] {
  const all = kb.measures.filter((m): m is PolicyMeasure => m !== undefined);
  return [...all.filter((m) => m.number !== 0).sort((a, b) => a.number - b.number), ...all.filter((m) => m.number === 0)];
}

export function measureLabel(m: PolicyMeasure): string {
  return m.number === 0 ? `附则：${m.heading}` : `第${m.number}条 ${m.heading}`;
}

export interface CalcItem {
  measure: number;
  benefit: PolicyBenefit;
}

/** The benefits whose amount is computed from a figure the user gives, in measure order. */
export function calcItems(kb: PolicyView): CalcItem[] {
  return measuresInOrder(kb).flatMap((m) => m.benefits.filter((b) => b.base !== undefined || b.perItem !== undefined).map((benefit) => ({ measure: m.number, benefit })));
}

/** How a guided calculation opens the conversation: the item's everyday name, asked as a question. */
export function calcPrompt(b: PolicyBenefit): string {
  return `${b.names[0] ?? b.title}能拿多少？`;
}

export function capText(yuan: number): string {
  return formatWan(BigInt(Math.round(yuan * 100)));
}

/** The short version id shown to people and carried in callback data. */
export function shortVersion(version: string): string {
  return version.slice(0, 8);
}

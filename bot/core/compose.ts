/**
 * Template answers in Chinese: figures with their formula, conditions as
 * checklists, the validity period and 从优、就高、不重复 where relevant, the
 * responsible departments, and that the application guide settles details.
 * Every figure here comes from the knowledge base or the engine's results.
 */
import { capPerLabel, dateAsWritten, yuanAsWritten, type KnowledgeBase } from '../../knowledge/index.ts';
import type { BenefitResult, CheckResult, ConditionResult } from '../../eligibility/index.ts';
import { formatWan, formatYuanFen } from './numbers.ts';

const mark: Record<ConditionResult['status'], string> = { met: '✓', unmet: '✗', unknown: '?' };

export function measureName(kb: KnowledgeBase, n: number): string {
  return n === 0 ? '附则' : `第${n}条（${kb.measures[n]?.heading ?? ''}）`;
}

function conditionLines(conditions: ConditionResult[]): string[] {
  return conditions.map((c) => {
    const how = c.status === 'unknown' && c.decidedBy ? (c.decidedBy === 'review' ? '（由评审/认定确定）' : '（以申报指南为准）') : c.status === 'unknown' ? '（尚需确认）' : '';
    return `  ${mark[c.status]} ${c.label}${how}`;
  });
}

/** The Chinese formula of a computed result: 300万元 × 30% = 90万元，未超过100万元上限. */
export function formulaText(kb: KnowledgeBase, r: BenefitResult): string {
  const measure = kb.measures[r.measure]!;
  const b = measure.benefits.find((x) => x.id === r.benefit)!;
  const cap = formatWan(r.capFen);
  const per = capPerLabel[r.capPer];
  let product: string;
  if (r.count !== null && b.perItem) product = `${r.count}项 × 每项最高${yuanAsWritten(b.perItem.capYuan)} = ${formatWan(r.uncappedFen!)}`;
  else if (b.rate?.kind === 'match') product = `${formatWan(r.baseFen!)} × ${b.rate.ratio} = ${formatWan(r.uncappedFen!)}`;
  else if (b.rate?.kind === 'up_to') product = `${formatWan(r.baseFen!)} × 不超过${b.rate.percent}% = ${formatWan(r.uncappedFen!)}`;
  else if (b.rate?.kind === 'exact') product = `${formatWan(r.baseFen!)} × ${b.rate.percent}% = ${formatWan(r.uncappedFen!)}`;
  else return `最高 ${cap}`;
  return r.uncappedFen! > r.capFen ? `${product}，超过${cap}上限（${per}），按上限计` : `${product}，未超过${cap}上限（${per}）`;
}

export function benefitBlock(kb: KnowledgeBase, r: BenefitResult, validityText: string): string {
  const lines: string[] = [`【${measureName(kb, r.measure)}·${r.title}】`, `对象：${r.beneficiaryLabel}`];
  switch (r.status) {
    case 'computed': {
      lines.push(`计算：${formulaText(kb, r)}`);
      const upTo = kb.measures[r.measure]!.benefits.find((b) => b.id === r.benefit)!.rate?.kind === 'up_to' || r.count !== null;
      lines.push(`${upTo ? '最高可获' : '可获'}：${formatYuanFen(r.amountFen!)}${r.eligible === null ? '（前提是下列尚需确认的条件成立）' : ''}`);
      break;
    }
    case 'cap_only':
      lines.push(`原文只规定上限：最高 ${formatYuanFen(r.capFen)}（${capPerLabel[r.capPer]}），具体金额由评审或申报指南确定。`);
      break;
    case 'needs_info':
      lines.push(`还缺计算所需的信息，上限为 ${formatYuanFen(r.capFen)}（${capPerLabel[r.capPer]}）。`);
      break;
    case 'not_eligible':
      lines.push('结论：按您提供的情况，不符合该项条件。');
      break;
    case 'not_in_force':
      lines.push(`结论：所选日期不在政策有效期内（${validityText}），不能按本政策享受。`);
      break;
  }
  if (r.combination) {
    const c = r.combination;
    const other = formatYuanFen(c.otherAmountFen);
    const verdict = c.higher === 'other' ? `其他政策更高，按其他政策 ${formatYuanFen(c.payableFen)}` : c.higher === 'this' ? `本措施更高，按本措施 ${formatYuanFen(c.payableFen)}` : `两者相同，按 ${formatYuanFen(c.payableFen)}`;
    lines.push(`从优就高：同一事项其他政策可获 ${other}；按“${c.principle}”原则取高者——${verdict}，两者不叠加。`);
  }
  for (const n of r.notes) lines.push(`说明：${n}`);
  if (r.conditions.length > 0) lines.push('条件：', ...conditionLines(r.conditions));
  return lines.join('\n');
}

export function checkBlock(kb: KnowledgeBase, c: CheckResult, validityText: string): string {
  const verdict = !c.inForce
    ? `不适用：所选日期不在政策有效期内（${validityText}）。`
    : c.eligible === true
      ? `符合：${c.outcome}。`
      : c.eligible === false
        ? '不符合：有条件未满足（见 ✗）。'
        : '尚需确认：请补充标 ? 的条件。';
  return [`【${measureName(kb, c.measure)}·${c.title}】`, ...conditionLines(c.conditions), `结论：${verdict}`].join('\n');
}

export function validityText(kb: KnowledgeBase): string {
  const v = kb.document.validity;
  return `${dateAsWritten(v.from)}至${dateAsWritten(v.to)}`;
}

export function departmentsLine(kb: KnowledgeBase, measures: number[]): string | null {
  const names = [...new Set(measures.filter((m) => m > 0).flatMap((m) => kb.measures[m]?.departments ?? []))];
  return names.length > 0 ? `负责部门：${names.join('、')}。` : null;
}

export function footer(kb: KnowledgeBase, measures: number[], withCombination: boolean): string {
  const d = kb.document;
  const lines = [`政策有效期：${validityText(kb)}。`];
  if (withCombination) lines.push(`与本市其他同类奖补政策不一致的，按“${d.combination.principle}”原则支持，不重复享受。`);
  const dep = departmentsLine(kb, measures);
  if (dep) lines.push(dep);
  lines.push(`具体申报条件、材料和程序以申报指南为准（${d.interpreters.join('、')}负责解释）。`);
  return lines.join('\n');
}

/** A result in words for the first line of its card. */
export function benefitHeadline(kb: KnowledgeBase, r: BenefitResult): string {
  const unknown = r.conditions.filter((c) => c.status === 'unknown').length;
  switch (r.status) {
    case 'computed': {
      const upTo = kb.measures[r.measure]!.benefits.find((b) => b.id === r.benefit)!.rate?.kind === 'up_to' || r.count !== null;
      const amount = formatWan(r.amountFen!);
      return unknown > 0 ? `最高可获 ${amount}（还需确认 ${unknown} 项条件）` : `${upTo ? '最高可获' : '可获'} ${amount}`;
    }
    case 'cap_only':
      return `最高 ${formatWan(r.capFen)}（原文只规定上限）`;
    case 'needs_info':
      return `还需信息才能计算（上限 ${formatWan(r.capFen)}）`;
    case 'not_eligible':
      return `不符合：${r.conditions.filter((c) => c.status === 'unmet').map((c) => c.label).join('；')}`;
    case 'not_in_force':
      return '不在政策有效期内';
  }
}

/** A check's verdict in words. */
export function checkHeadline(c: CheckResult): string {
  if (!c.inForce) return '不适用：不在政策有效期内';
  if (c.eligible === true) return `符合：${c.outcome}`;
  if (c.eligible === false) return `不符合：${c.conditions.filter((x) => x.status === 'unmet').map((x) => x.label).join('；')}`;
  return `还需确认 ${c.conditions.filter((x) => x.status === 'unknown').length} 项`;
}

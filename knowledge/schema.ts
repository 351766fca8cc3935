/**
 * zod schemas of the knowledge base: the document, the measures with their
 * benefits and provisions, the fact catalogue and the lexicon. The YAML files
 * under knowledge/ are parsed with these; the lint (lint.ts) then checks what
 * a schema cannot: numbers against their quotes, quotes against the source.
 */
import { z } from 'zod';
import type { Templates, Vocabulary } from './vocabulary-schema.ts';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'));

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case, e.g. m6-contract-subsidy');
const factId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'fact ids are camelCase, e.g. contractAmountYuan');
/** A rate or percentage written as a decimal string ("30", "2.5") so it is never a float. */
const decimalString = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .pipe(z.string().regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal such as "30" or "2.5"'));
/** Whole yuan; caps in the policy are whole 万元. */
const yuan = z.number().int('caps are whole yuan').positive('caps must be positive').max(Number.MAX_SAFE_INTEGER / 100);

export const documentSchema = z.object({
  id,
  title: nonEmpty,
  noticeTitle: nonEmpty,
  issuer: nonEmpty,
  /** To whom the notice is sent (主送). */
  addressees: z.array(nonEmpty).min(1),
  addresseesQuote: nonEmpty,
  source: nonEmpty,
  issueDate: isoDate,
  issueDateQuote: nonEmpty,
  validity: z.object({ from: isoDate, to: isoDate, quote: nonEmpty }).strict(),
  interpreters: z.array(nonEmpty).min(1),
  interpretationQuote: nonEmpty,
  appliesTo: z.array(nonEmpty).min(1),
  appliesToQuote: nonEmpty,
  guideQuote: nonEmpty,
  combination: z.object({ principle: nonEmpty, quote: nonEmpty }).strict(),
  adjustmentQuote: nonEmpty,
}).strict();

/**
 * A condition is checked against one fact (`equals` or `oneOf`), or is decided
 * outside the engine (`decidedBy`: an expert review or the application guide),
 * in which case it stays unknown — unless it also names a boolean fact with
 * `equals`, which the user may state (还没通过认定) and which is never asked.
 */
export const conditionSchema = z
  .object({
    id,
    label: nonEmpty,
    fact: factId.optional(),
    equals: z.boolean().optional(),
    oneOf: z.array(nonEmpty).min(1).optional(),
    decidedBy: z.enum(['review', 'guide']).optional(),
    quote: nonEmpty,
    /** The question for this condition's fact where the fact's own (facts.yaml ask) does not fit: the licensor's kind, not a contract partner's. */
    ask: nonEmpty.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const tests = Number(c.equals !== undefined) + Number(c.oneOf !== undefined);
    if (c.decidedBy) {
      if (c.oneOf || (c.fact === undefined) !== (c.equals === undefined)) ctx.addIssue({ code: 'custom', message: 'a condition with decidedBy has no oneOf, and a fact only with equals (a fact the user may state, never asked)' });
    } else if (!c.fact || tests !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a condition needs a fact with exactly one of equals / oneOf, or decidedBy' });
    }
  });

export const rateSchema = z.discriminatedUnion('kind', [
  /** 按…的30%: exactly this share of the base. */
  z.object({ kind: z.literal('exact'), percent: decimalString }).strict(),
  /** 不超过10%: at most this share; the engine reports the largest amount. */
  z.object({ kind: z.literal('up_to'), percent: decimalString }).strict(),
  /** 1∶1 matching of another amount. */
  z.object({ kind: z.literal('match'), ratio: z.string().regex(/^\d+∶\d+$/, 'write the ratio as the policy does, e.g. "1∶1" (full-width colon)') }).strict(),
  /** The text names a base but no rate (一定比例): only the cap is known. */
  z.object({
    kind: z.literal('unspecified'),
    quote: nonEmpty,
    note: nonEmpty,
    /** The text calls it a share (一定比例) of the base, so it is never above the base; else (根据…投资额) it only depends on the base. */
    share: z.boolean().default(false),
  }).strict(),
]);

export const capPerValues = [
  'per_project',
  'per_enterprise',
  'per_enterprise_per_year',
  'per_person_per_year',
  'per_institution_per_year',
  'per_year',
  'once',
  /** The text gives a ceiling without saying per what (per project, per year or once). */
  'unstated',
] as const;

/**
 * Words that name an item in a question (概念验证中心, 青年科学家). Items named
 * by one word are told apart by their qualifiers (优秀 picks the performance
 * reward): an item with qualifiers is chosen only when one of them is said.
 */
const itemNames = {
  names: z.array(nonEmpty).default([]),
  /**
   * Words naming the item only when the asker speaks of itself as the kind it is for, with no other item or measure
   * named and no other kind in the words' clause (我们是做软件的小公司，平时就是买点检测服务 of the vouchers): what that
   * kind does that the item pays for.
   */
  ownNames: z.array(nonEmpty).default([]),
  qualifiers: z.array(nonEmpty).default([]),
  /**
   * What people ask of the item that the text leaves open (能直接申报高级职称吗 of
   * 相应职称): when a message holds one of the words, the note is said first.
   */
  // (with: the note is asked only where the message also holds one of these words — 会不会算重复享受 is the
  // voucher linkage's own note where the province's vouchers are named, 省里.)
  // (leavesOut: a part of the item's figure said with the note's words — 其中有100万的合同是和另一所高校签的 — is worked
  // out without it, the note beside, as the text counts only what it names.)
  // (unless: words saying the case the text itself states — 公司联合一家研究院建了 is the joint building it supports — so
  // the note is not asked.)
  open: z.array(z.object({ words: z.array(nonEmpty).min(1), with: z.array(nonEmpty).default([]), unless: z.array(nonEmpty).default([]), note: nonEmpty, leavesOut: z.boolean().default(false) }).strict()).default([]),
};

export const benefitSchema = z
  .object({
    id,
    title: nonEmpty,
    beneficiary: z.string().regex(/^[a-z][a-z_]*$/, 'beneficiary is a snake_case id such as enterprise or technology_manager'),
    beneficiaryLabel: nonEmpty,
    base: z.object({ fact: factId }).strict().optional(),
    rate: rateSchema.optional(),
    perItem: z.object({ fact: factId, capYuan: yuan }).strict().optional(),
    cap: z
      .object({
        yuan,
        per: z.enum(capPerValues),
        /** The text lets the cap rise (特别重大的项目可适当上浮): the verbatim words. */
        mayRise: nonEmpty.optional(),
      })
      .strict(),
    withinYears: z.number().int().positive().optional(),
    conditions: z.array(conditionSchema).default([]),
    quote: nonEmpty,
    /**
     * Who builds what the money is for, in the measure's words (支持企业、社会资本联合科研机构等分类建设…中试服务平台): an
     * asker of a kind whose totals count the beneficiary's money (vocabulary parties' sumsWith) is told it may apply.
     */
    builtBy: nonEmpty.optional(),
    /**
     * The benefit of the same measure this one is given after, on top of it, as the text says (接续支持 “可再给予” after
     * the ecological platform's construction funds): the two are the text's own sequence, not a combination it leaves open.
     */
    after: nonEmpty.optional(),
    /** Words users say for this benefit; indexed with the clause that states it, never cited. */
    keywords: z.array(nonEmpty).default([]),
    ...itemNames,
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.rate && !b.base) ctx.addIssue({ code: 'custom', path: ['base'], message: 'a benefit with a rate needs the base it applies to' });
    if (b.base && !b.rate) ctx.addIssue({ code: 'custom', path: ['rate'], message: 'a benefit with a base needs a rate (use kind: unspecified when the text gives none)' });
    if (b.perItem && b.rate) ctx.addIssue({ code: 'custom', path: ['perItem'], message: 'a benefit is either rate × base or per item × count, not both' });
  });

export const provisionSchema = z
  .object({
    id,
    title: nonEmpty,
    outcome: nonEmpty,
    numbers: z
      .array(
        z
          .object({
            name: nonEmpty,
            value: decimalString,
            unit: z.enum(['percent', 'years']),
            /** The figure is the least (min) or the most (max) the text allows: a figure a user quotes is compared with it. */
            bound: z.enum(['min', 'max']).optional(),
          })
          .strict(),
      )
      .default([]),
    conditions: z.array(conditionSchema).default([]),
    quote: nonEmpty,
    keywords: z.array(nonEmpty).default([]),
    ...itemNames,
    /** The text promises this support without stating an amount: the answer says so and shows no figure. */
    noAmount: z.boolean().default(false),
    /**
     * Whom the text addresses it to, as beneficiaries (institution for 科研事业单位): named beside an item for the
     * asker's own kind (我们是市属国企…职务科技成果赋权改革), it gives way to that item.
     */
    for: z.array(z.string().regex(/^[a-z][a-z_]*$/, 'a beneficiary is a snake_case id such as institution')).optional(),
    /**
     * People it is about without being addressed to them (驻校技术经理人 for technology managers): listed among what
     * the text does for that kind (技术经理人有哪些支持), never narrowing who may ask about it.
     */
    concerns: z.array(z.string().regex(/^[a-z][a-z_]*$/, 'a beneficiary is a snake_case id such as technology_manager')).optional(),
  })
  .strict();

export const measureSchema = z
  .object({
    number: z.number().int().min(0).max(12),
    heading: nonEmpty,
    departments: z.array(nonEmpty).min(1),
    text: nonEmpty,
    /** Words users say for the measure's topics; indexed with every clause of it, never cited. */
    keywords: z.array(nonEmpty).default([]),
    benefits: z.array(benefitSchema).default([]),
    provisions: z.array(provisionSchema).default([]),
    /**
     * Sentences of the measure that state aims or mechanisms rather than
     * support for anyone; every other sentence must belong to a benefit or a
     * provision (the lint checks that nothing the text promises is left out).
     */
    background: z.array(nonEmpty).default([]),
  })
  .strict();

const factBase = { id: factId, label: nonEmpty, ask: nonEmpty, example: nonEmpty };
export const factSchema = z.discriminatedUnion('kind', [
  z.object({ ...factBase, kind: z.literal('amount') }).strict(),
  z.object({ ...factBase, kind: z.literal('count') }).strict(),
  z.object({ ...factBase, kind: z.literal('percent') }).strict(),
  z.object({ ...factBase, kind: z.literal('boolean') }).strict(),
  z.object({ ...factBase, kind: z.literal('text') }).strict(),
  /** A date (YYYY-MM-DD, or YYYY-MM when only the month is known). */
  z.object({ ...factBase, kind: z.literal('date') }).strict(),
  z
    .object({
      ...factBase,
      kind: z.literal('enum'),
      values: z
        .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'enum values are snake_case'), nonEmpty)
        .refine((v) => Object.keys(v).length >= 2, 'an enum fact needs at least two values'),
    })
    .strict(),
]);

export const factCatalogueSchema = z
  .object({
    limits: z
      .object({
        maxAmountYuan: z.number().int().positive(),
        maxCount: z.number().int().positive(),
        maxPercent: z.number().positive(),
      })
      .strict(),
    facts: z.array(factSchema).min(1),
  })
  .strict();

export const lexiconSchema = z
  .object({
    words: z.array(z.string().regex(/^\S+$/, 'a custom word has no spaces')).default([]),
    synonyms: z
      .array(z.object({ canonical: nonEmpty, variants: z.array(nonEmpty).min(1) }).strict())
      .default([]),
    stopwords: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type PolicyDocument = z.infer<typeof documentSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Rate = z.infer<typeof rateSchema>;
export type CapPer = (typeof capPerValues)[number];
export type Benefit = z.infer<typeof benefitSchema>;
export type Provision = z.infer<typeof provisionSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type FactDef = z.infer<typeof factSchema>;
export type FactCatalogue = z.infer<typeof factCatalogueSchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;

/** The whole knowledge base, loaded and validated. */
export interface KnowledgeBase {
  dir: string;
  document: PolicyDocument;
  /** Measures 0–12, indexed by their number. */
  measures: Measure[];
  facts: FactCatalogue;
  lexicon: Lexicon;
  /** What the assistant recognises in a message. */
  vocabulary: Vocabulary;
  /** What the assistant says: template id → text with {placeholders}. */
  templates: Templates;
  /** The verbatim policy text every quote is checked against. */
  sourceText: string;
  /** sha256 of every file of the knowledge base (see knowledgeFiles), in a stable order: its version id. */
  version: string;
}

/** Labels for where a cap applies, in the policy's own terms. */
export const capPerLabel: Record<CapPer, string> = {
  per_project: '单个项目',
  // In the text's own words (给予企业最高100万元, 单个企业年度给予最高500万元, 评选年度优秀…, 按年度新增…): what the
  // ceiling is counted per beyond them (each contract, each year) is said by notes where it matters, not here.
  per_enterprise: '给予企业',
  per_enterprise_per_year: '单个企业年度',
  per_person_per_year: '年度评选',
  per_institution_per_year: '按年度新增',
  per_year: '每年',
  once: '一次性',
  unstated: '原文未写明按项目、按年或按次',
};

/**
 * Loads the knowledge base from a directory of YAML files, parses each with its
 * zod schema and runs the lint. Any fault is reported as a KnowledgeIssue that
 * names the file, the field and what is wrong; `loadKnowledge` throws a
 * KnowledgeError carrying all of them, `validateKnowledge` returns them.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import { KnowledgeError, type KnowledgeIssue } from './issues.ts';
import { lintKnowledge } from './lint.ts';
import { lintVocabulary } from './lint-vocabulary.ts';
import { templatesSchema, vocabularySchema } from './vocabulary-schema.ts';
import {
  documentSchema,
  factCatalogueSchema,
  lexiconSchema,
  measureSchema,
  type KnowledgeBase,
  type Measure,
} from './schema.ts';

/** The knowledge base bundled with the project. */
export const bundledKnowledgeDir = dirname(fileURLToPath(import.meta.url));

export type ValidationResult = { ok: true; kb: KnowledgeBase; issues: [] } | { ok: false; issues: KnowledgeIssue[] };

function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function readYaml<T>(dir: string, rel: string, schema: ZodType<T, ZodTypeDef, unknown>, issues: KnowledgeIssue[]): T | undefined {
  const path = join(dir, rel);
  if (!existsSync(path)) {
    issues.push({ file: rel, message: `file is missing; restore it from the bundled knowledge base or version history` });
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') {
    issues.push({ file: rel, message: 'file is empty (truncated?); restore it from the bundled knowledge base or version history' });
    return undefined;
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      issues.push({
        file: rel,
        line: text.slice(0, e.pos[0]).split('\n').length,
        message: `YAML syntax error: ${e.message.split('\n')[0]} — fix the line (check indentation, quotes and colons)`,
      });
    }
    return undefined;
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path as (string | number)[]);
      issues.push({ file: rel, ...(field ? { field } : {}), message: schemaMessage(issue) });
    }
    return undefined;
  }
  return parsed.data;
}

/** Finds the line of a YAML file on which a word first appears, for faults the lint finds after parsing. */
function lineFinder(dir: string, file: string): (needle: string) => number | undefined {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  return (needle) => {
    const i = lines.findIndex((l) => l.includes(needle));
    return i >= 0 ? i + 1 : undefined;
  };
}

function schemaMessage(issue: { code: string; message: string; path: PropertyKey[] }): string {
  if (issue.code === 'invalid_type' && /Required/i.test(issue.message)) return 'is required but missing (truncated file?)';
  return issue.message;
}

/** Code that sits beside the bundled data (schema, loader, CLI): not part of a knowledge base. */
const codeFile = /\.(?:[cm]?[jt]sx?)$/;

/**
 * Every file of a knowledge base, relative to `dir` with `/` separators, sorted:
 * all regular files at any depth except code and dot-files. A knowledge base
 * is whatever files it holds, so a new vocabulary or template file is
 * versioned, hashed and copied without a change here.
 */
export function knowledgeFiles(dirInput: string): string[] {
  const dir = resolve(dirInput);
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      if (name.startsWith('.')) continue;
      const path = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(dir, path));
      if (st.isDirectory()) {
        if (name !== 'node_modules') walk(path);
      } else if (st.isFile() && !codeFile.test(name)) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

/** sha256 over the files' paths and bytes, in a stable order: the version id of a knowledge base. */
export function hashKnowledgeFiles(dir: string, files: string[] = knowledgeFiles(dir)): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * Reads and checks a knowledge base. Never throws for a bad knowledge base:
 * every fault found is returned, so staff can fix them all at once.
 */
export function validateKnowledge(dirInput: string = bundledKnowledgeDir): ValidationResult {
  const dir = resolve(dirInput);
  const issues: KnowledgeIssue[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, issues: [{ file: dir, message: 'not a directory; pass the folder that holds document.yaml' }] };
  }
  const document = readYaml(dir, 'document.yaml', documentSchema, issues);
  const facts = readYaml(dir, 'facts.yaml', factCatalogueSchema, issues);
  const lexicon = readYaml(dir, 'lexicon.yaml', lexiconSchema, issues);
  const vocabulary = readYaml(dir, 'vocabulary.yaml', vocabularySchema, issues);
  const templates = readYaml(dir, 'templates.yaml', templatesSchema, issues);

  const measuresDir = join(dir, 'measures');
  const measureFiles = existsSync(measuresDir)
    ? readdirSync(measuresDir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort().map((f) => `measures/${f}`)
    : [];
  if (measureFiles.length === 0) issues.push({ file: 'measures/', message: 'no measure files found; expected measures/00.yaml … measures/12.yaml' });
  const measures: { file: string; measure: Measure }[] = [];
  for (const file of measureFiles) {
    const m = readYaml(dir, file, measureSchema, issues);
    if (m) measures.push({ file, measure: m });
  }

  let sourceText: string | undefined;
  if (document) {
    const sourcePath = join(dir, document.source);
    if (!existsSync(sourcePath)) {
      issues.push({ file: 'document.yaml', field: 'source', message: `the policy text ${document.source} does not exist` });
    } else {
      sourceText = readFileSync(sourcePath, 'utf8');
      if (sourceText.trim() === '') issues.push({ file: document.source, message: 'the policy text is empty (truncated?)' });
    }
  }

  if (issues.length === 0 && document && facts && lexicon && sourceText !== undefined) {
    issues.push(...lintKnowledge({ document, facts, lexicon, measures, sourceText, sourceFile: document.source }));
  }
  if (issues.length === 0 && facts && vocabulary && templates) {
    issues.push(...lintVocabulary({ facts, vocabulary, templates, measures: measures.map((m) => m.measure), readLines: (file) => lineFinder(dir, file) }));
  }
  if (issues.length > 0 || !document || !facts || !lexicon || !vocabulary || !templates || sourceText === undefined) {
    return { ok: false, issues };
  }
  const byNumber: Measure[] = [];
  for (const { measure } of measures) byNumber[measure.number] = measure;
  return {
    ok: true,
    issues: [],
    kb: { dir, document, measures: byNumber, facts, lexicon, vocabulary, templates, sourceText, version: hashKnowledgeFiles(dir) },
  };
}

/** Loads the knowledge base or throws a KnowledgeError naming every fault. */
export function loadKnowledge(dir: string = bundledKnowledgeDir): KnowledgeBase {
  const result = validateKnowledge(dir);
  if (!result.ok) throw new KnowledgeError(resolve(dir), result.issues);
  return result.kb;
}

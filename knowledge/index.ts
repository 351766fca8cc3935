/**
 * The knowledge base: policy text, structured measures, fact catalogue and
 * lexicon as data, with their schemas, loader and lint. Imports nothing
 * internal; every other module builds on it.
 */
export * from './schema.ts';
export { loadKnowledge, validateKnowledge, bundledKnowledgeDir, knowledgeFiles, hashKnowledgeFiles } from './loader.ts';
export type { ValidationResult } from './loader.ts';
export { formatIssue, KnowledgeError } from './issues.ts';
export type { KnowledgeIssue } from './issues.ts';
export { yuanAsWritten, dateAsWritten, againstValidity } from './lint.ts';
export { vocabularySchema, templatesSchema, intentIds } from './vocabulary-schema.ts';
export type { Vocabulary, FactVocabulary, Party, IntentId, Templates } from './vocabulary-schema.ts';
export { templateCatalogue } from './templates.ts';
export type { TemplateId } from './templates.ts';

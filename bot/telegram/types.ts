/**
 * What the Telegram adapter needs from the rest of the service, as small
 * structural interfaces (bot/main.ts wires the runtime, the version store
 * and the zip reader into them), and the context every feature sees.
 */
import type { Context, SessionFlavor, StorageAdapter } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Assistant, KnowledgeHistoryView } from '../core/index.ts';

/** What one chat keeps between updates. */
export interface ChatData {
  /** The core's session id for this chat, exactly as the core last returned it. */
  sessionId?: string;
  /** The clarifying question on screen: its message and the labels its buttons stand for (by index). */
  question?: { messageId: number; options: string[] };
}

export type BotContext = Context & SessionFlavor<ChatData>;

/** One benefit of a measure, as the bot lists it. */
export interface PolicyBenefit {
  id: string;
  title: string;
  /** Words people use for it; the first is asked with in /calc. */
  names: readonly string[];
  cap: { yuan: number };
  /** Present when an amount is computed from a figure (the item can be calculated). */
  base?: unknown;
  perItem?: unknown;
}

export interface PolicyMeasure {
  number: number;
  heading: string;
  text: string;
  departments: readonly string[];
  benefits: readonly PolicyBenefit[];
}

/** The knowledge base serving now, as far as the bot reads it (the runtime's kb fits). */
export interface PolicyView {
  version: string;
  document: { title: string; validity: { from: string; to: string } };
  /** Measures 0–12 (0: the closing provisions). */
  measures: ReadonlyArray<PolicyMeasure | undefined>;
}

/** A fault in an uploaded knowledge base, as the lint names it. */
export interface KnowledgeIssueView {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export type HistoryView = KnowledgeHistoryView;

export type PreviewView =
  | { ok: true; base: string; version: string; changed: boolean; summary: string; /** The readable diff, line by line. */ lines: string[] }
  | { ok: false; base: string; issues: KnowledgeIssueView[] };

/** Published knowledge versions (bot/main.ts adapts the version store to this). */
export interface KnowledgeAdmin {
  history(): Promise<HistoryView[]>;
  /** Validates a folder and compares it with the current version, changing nothing. */
  preview(dir: string): PreviewView;
  publish(dir: string, options: { by: string; note?: string | null; base?: string }): Promise<{ ok: true; version: string; entry: HistoryView } | { ok: false; issues: KnowledgeIssueView[] }>;
  rollback(version: string, options: { by: string; note?: string | null }): Promise<HistoryView>;
  /** Unpacks an uploaded zip into a folder; throws an error whose message says what to fix. */
  unpack(data: Uint8Array, dir: string): void;
}

/** What is serving, for /kb_status. */
export interface ServingStatus {
  version: string;
  since: string;
  current: boolean;
  problems: string[];
  /** Clauses in the retrieval index. */
  clauses: number;
}

export interface AdminDeps {
  /** Telegram user ids allowed to run /kb_ commands. */
  ids: readonly number[];
  /** Null when the service runs without published versions (no DATA_DIR): the commands say so. */
  knowledge: KnowledgeAdmin | null;
  status(): ServingStatus;
  /** Switches the assistant to the version just made current (else it follows within its poll interval). */
  refresh?(): Promise<string>;
  /** Largest knowledge zip accepted, in bytes (default 10 MB; the Bot API serves files up to 20 MB). */
  maxZipBytes?: number;
}

export interface RateLimitOptions {
  /** Window in ms. */
  timeFrameMs: number;
  /** Updates one user may send per window; the first one over gets a polite reply, the rest are dropped. */
  limit: number;
}

/** Everything createBot needs: the library reads no environment. */
export interface BotDeps {
  token: string;
  /** A Bot API server other than Telegram's (a self-hosted one, or a test server). */
  apiRoot?: string;
  assistant: Assistant;
  /** The knowledge base serving now, read per update (a publish swaps it). */
  kb(): PolicyView;
  admin?: AdminDeps;
  /** Where each chat's session id is kept (default: memory). */
  storage?: StorageAdapter<ChatData>;
  rateLimit?: RateLimitOptions;
  /** Where faults and notable events are written (default: nowhere). */
  log?(message: string): void;
  /** Bot info to skip getMe (tests, or a caller that already asked). */
  botInfo?: UserFromGetMe;
}

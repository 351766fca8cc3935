// Types of format.js for the tests (the page itself is plain JavaScript, with no build step).

interface Condition { status?: string; label?: string }
interface Calculation {
  status?: string;
  headline?: string;
  amountYuan?: number | null;
  capYuan?: number | null;
  eligible?: boolean | null;
  conditions?: Condition[];
}
interface Check { headline?: string; eligible?: boolean | null; missing?: string[] }
interface Citation { measure: number; excerpt: string; heading?: string }
export type Tone = 'ok' | 'warn' | 'bad' | 'info';
export type Failure =
  | { kind: 'network' | 'timeout' | 'invalid' }
  | { kind: 'http'; status: number; error?: unknown; field?: unknown };

export function groupDigits(digits: string): string;
export function yuanParts(yuan: unknown): { wan: string; exact: string } | null;
export function formatYuan(yuan: unknown): string | null;
export function exactYuan(yuan: unknown): string | null;
export function measureLabel(measure: unknown): string;
export function splitHeadline(calc: Calculation): { before: string; amount: string; after: string };
export function verdictWithoutChecklist(text: string, conditions: Condition[] | undefined): string;
export function shownYuan(calc: Calculation): number | null | undefined;
export function exactBeside(calc: Calculation, amount: string): string | null;
export function calculationTone(calc: Calculation): Tone;
export function checkTone(check: Check): Tone;
export function checkHeadline(check: Check): string;
export function remarkLines(remarks: unknown): string[];
export function hasCards(data: unknown): boolean;
export function groupCitations(citations: unknown): { measure: number; heading: string; excerpts: string[] }[];
export function highlightSegments(text: string, quotes: string[]): { text: string; mark: boolean }[] | null;
export function copyText(reply: { question?: string; answer?: string; asOf?: string | null; citations?: Citation[] }): string;
export function isChinese(text: unknown): boolean;
export function describeFailure(failure: Failure): { text: string; retry: boolean; edit: boolean };

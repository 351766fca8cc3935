/** Faults found in a knowledge base, and the error that carries them. */

/** One fault in the knowledge base. `field` is a dotted path such as `benefits[1].cap.yuan`. */
export interface KnowledgeIssue {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export function formatIssue(issue: KnowledgeIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}${issue.field ? ` — ${issue.field}` : ''}: ${issue.message}`;
}

export class KnowledgeError extends Error {
  readonly issues: readonly KnowledgeIssue[];
  readonly dir: string;
  constructor(dir: string, issues: KnowledgeIssue[]) {
    super(
      `knowledge: the knowledge base in ${dir} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'KnowledgeError';
    this.dir = dir;
    this.issues = issues;
  }
}


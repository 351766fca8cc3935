/**
 * The state a conversation keeps between turns, with its zod schema: a stored
 * state of another shape (an older version, a damaged row) is dropped, never
 * trusted.
 */
import { z } from 'zod';

const factValue = z.union([z.string(), z.number(), z.boolean()]);

export const sessionStateSchema = z
  .object({
    facts: z.record(factValue),
    /** The benefits and checks the conversation is about. */
    focus: z.object({ benefits: z.array(z.string()), checks: z.array(z.string()) }).strict(),
    /** The fact the assistant asked for last, filled by a bare answer. */
    pending: z.string().nullable(),
    /** Facts the user said they do not know: not asked again. */
    skipped: z.array(z.string()),
    /** Facts the focus still needed after the last turn. */
    missing: z.array(z.string()),
  })
  .strict();

export type SessionState = z.infer<typeof sessionStateSchema>;

export function emptySession(): SessionState {
  return { facts: {}, focus: { benefits: [], checks: [] }, pending: null, skipped: [], missing: [] };
}

/** The stored state if it has the current shape, else undefined (a new conversation). */
export function parseSessionState(stored: unknown): SessionState | undefined {
  const r = sessionStateSchema.safeParse(stored);
  return r.success ? r.data : undefined;
}

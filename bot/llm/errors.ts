/**
 * The one error the model layer throws. Every fault of a call ends in it, with
 * a message that starts with `llm:` and names the cause, so that the core can
 * fall back to the template answer and a log says why.
 */

/** What went wrong. */
export type ModelFault =
  /** The call took longer than its timeout. */
  | 'timeout'
  /** The caller aborted the call; not the endpoint's fault. */
  | 'aborted'
  /** The endpoint answered with an HTTP error status. */
  | 'http'
  /** No connection, or it failed before an answer began. */
  | 'connection'
  /** The answer is not the protocol's JSON, or lacks its fields. */
  | 'malformed'
  /** A well-formed answer with no text. */
  | 'empty'
  /** The stream or body ended before its end. */
  | 'cut'
  /** The model stopped early (token limit, content filter). */
  | 'truncated'
  /** The model did not call the tool it was made to call. */
  | 'no-tool-call'
  /** The tool call's arguments are not JSON. */
  | 'bad-tool-arguments'
  /** The circuit breaker is open: the endpoint was not called. */
  | 'circuit-open';

export class ModelError extends Error {
  readonly fault: ModelFault;
  /** The HTTP status, for `http`. */
  readonly status?: number;
  constructor(fault: ModelFault, detail: string, options: { status?: number; cause?: unknown } = {}) {
    super(`llm: ${fault}: ${detail}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ModelError';
    this.fault = fault;
    if (options.status !== undefined) this.status = options.status;
  }
}

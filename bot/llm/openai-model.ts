/**
 * `LanguageModel` over any OpenAI-compatible chat endpoint (OpenAI, DeepSeek,
 * Qwen's compatible mode, vLLM, Ollama) through the `openai` SDK. Each call
 * has one deadline covering the whole answer, streamed or not; the SDK does
 * not retry; a circuit breaker stops calling an endpoint that keeps failing.
 * Every fault ends in a ModelError.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ExplainInput, ExplainOptions, LanguageModel, ModelCallOptions, UnderstandInput } from '../core/model.ts';
import { createCircuitBreaker, type CircuitBreakerOptions } from './breaker.ts';
import { ModelError } from './errors.ts';

export interface OpenAIModelOptions {
  /** e.g. https://api.openai.com/v1, https://api.deepseek.com/v1, http://127.0.0.1:11434/v1 */
  baseURL: string;
  /** Local servers that need no key accept any non-empty one. */
  apiKey: string;
  model: string;
  /** Deadline of one call, from the request to the last byte of its answer; default 8000. */
  timeoutMs?: number;
  /** Sampling temperature of explanations; understanding always uses 0. Default 0.3. */
  temperature?: number;
  /** Upper bound on an explanation's tokens (`max_tokens`); unset: the endpoint's default. */
  maxTokens?: number;
  breaker?: CircuitBreakerOptions;
}

export const DEFAULT_TIMEOUT_MS = 8000;
const DEFAULT_TEMPERATURE = 0.3;

/** An error the caller's own code threw (an onDelta callback), passed through untouched. */
class CallerError {
  constructor(readonly error: unknown) {}
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Turns whatever a call threw into a ModelError naming the cause. */
function toModelError(e: unknown, timeoutMs: number, timedOut: boolean, aborted: boolean): ModelError {
  if (e instanceof ModelError) return e;
  if (timedOut || e instanceof APIConnectionTimeoutError) return new ModelError('timeout', `no complete answer within ${timeoutMs} ms`, { cause: e });
  if (aborted || e instanceof APIUserAbortError) return new ModelError('aborted', 'the caller aborted the call', { cause: e });
  if (e instanceof APIError && e.status !== undefined) {
    const msg = (e.error as { message?: unknown } | undefined)?.message;
    return new ModelError('http', `HTTP ${e.status}${typeof msg === 'string' ? `: ${msg}` : ''}`, { status: e.status, cause: e });
  }
  if (e instanceof SyntaxError) return new ModelError('malformed', `the answer is not JSON (${e.message})`, { cause: e });
  // undici reports a body or stream that stops halfway as "terminated".
  const cause = (e as { cause?: unknown })?.cause;
  if (/terminated|other side closed|premature close|aborted/i.test(`${describe(e)} ${describe(cause)}`)) {
    return new ModelError('cut', `the answer stopped before its end (${describe(cause ?? e)})`, { cause: e });
  }
  if (e instanceof APIConnectionError) return new ModelError('connection', describe(cause ?? e), { cause: e });
  return new ModelError('malformed', describe(e), { cause: e });
}

function checkFinish(reason: string | null | undefined): void {
  if (reason === 'length') throw new ModelError('truncated', 'the model stopped at its token limit');
  if (reason === 'content_filter') throw new ModelError('truncated', 'the content filter stopped the answer');
}

function firstChoice(c: ChatCompletion): ChatCompletion.Choice {
  const choice = Array.isArray(c?.choices) ? c.choices[0] : undefined;
  if (!choice || typeof choice.message !== 'object' || choice.message === null) throw new ModelError('malformed', 'the answer has no choices[0].message');
  return choice;
}

/** Creates the model; nothing is sent until the first call. */
export function createOpenAIModel(options: OpenAIModelOptions): LanguageModel {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Retries would not fit in one turn's deadline; the breaker handles an endpoint that is down.
  const client = new OpenAI({ baseURL: options.baseURL, apiKey: options.apiKey, maxRetries: 0, timeout: timeoutMs, logLevel: 'off' });
  const breaker = createCircuitBreaker(options.breaker);

  /** Runs one call under the breaker with a deadline over all of it. */
  async function guarded<T>(signal: AbortSignal | undefined, run: (signal: AbortSignal, done: () => void) => Promise<T>): Promise<T> {
    breaker.enter();
    const deadline = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; deadline.abort(); }, timeoutMs);
    const combined = signal ? AbortSignal.any([deadline.signal, signal]) : deadline.signal;
    // The SDK ends a stream quietly when it is aborted; this turns that into a fault.
    const done = () => {
      if (timedOut) throw new ModelError('timeout', `no complete answer within ${timeoutMs} ms`);
      if (signal?.aborted) throw new ModelError('aborted', 'the caller aborted the call');
    };
    try {
      const result = await run(combined, done);
      done();
      breaker.success();
      return result;
    } catch (e) {
      if (e instanceof CallerError) {
        breaker.release();
        throw e.error;
      }
      const err = toModelError(e, timeoutMs, timedOut, signal?.aborted ?? false);
      if (err.fault === 'aborted') breaker.release();
      else breaker.failure();
      throw err;
    } finally {
      clearTimeout(timer);
      if (!deadline.signal.aborted) deadline.abort();
    }
  }

  return {
    model: options.model,

    understand(input: UnderstandInput, callOptions: ModelCallOptions = {}) {
      return guarded(callOptions.signal, async (signal) => {
        const messages: ChatCompletionMessageParam[] = [
          { role: 'system', content: input.instructions },
          ...input.history.map((h): ChatCompletionMessageParam => ({ role: 'user', content: h })),
          { role: 'user', content: input.message },
        ];
        const completion = await client.chat.completions.create({
          model: options.model,
          messages,
          temperature: 0,
          tools: [{ type: 'function', function: { name: input.tool.name, description: input.tool.description, parameters: input.tool.parameters } }],
          tool_choice: { type: 'function', function: { name: input.tool.name } },
        }, { signal });
        const choice = firstChoice(completion);
        const call = choice.message.tool_calls?.find((c) => c.type === 'function' && c.function.name === input.tool.name);
        if (!call || call.type !== 'function') throw new ModelError('no-tool-call', `the model did not call ${input.tool.name}`);
        try {
          return JSON.parse(call.function.arguments) as unknown;
        } catch (e) {
          throw new ModelError('bad-tool-arguments', `${input.tool.name} arguments are not JSON: ${describe(e)}`, { cause: e });
        }
      });
    },

    explain(input: ExplainInput, callOptions: ExplainOptions = {}) {
      return guarded(callOptions.signal, async (signal, done) => {
        const messages: ChatCompletionMessageParam[] = [
          { role: 'system', content: input.system },
          { role: 'user', content: input.user },
        ];
        const body = {
          model: options.model,
          messages,
          temperature: options.temperature ?? DEFAULT_TEMPERATURE,
          ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
        };
        let text = '';
        const onDelta = callOptions.onDelta;
        if (!onDelta) {
          const choice = firstChoice(await client.chat.completions.create({ ...body, stream: false }, { signal }));
          checkFinish(choice.finish_reason);
          text = typeof choice.message.content === 'string' ? choice.message.content : '';
        } else {
          const stream = await client.chat.completions.create({ ...body, stream: true }, { signal });
          let finish: string | null = null;
          for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
            const choice = chunk.choices?.[0];
            if (!choice) continue;
            const delta = choice.delta?.content;
            if (typeof delta === 'string' && delta !== '') {
              text += delta;
              try { onDelta(delta); } catch (e) { throw new CallerError(e); }
            }
            if (choice.finish_reason) finish = choice.finish_reason;
          }
          done();
          if (finish === null) throw new ModelError('cut', 'the stream ended without a finish reason');
          checkFinish(finish);
        }
        if (text.trim() === '') throw new ModelError('empty', 'the model returned no text');
        return text;
      });
    },

    health: () => breaker.health(),
  };
}

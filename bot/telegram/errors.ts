/** Errors as one log line each, with the bot token kept out. */
import { GrammyError, HttpError } from 'grammy';

/** Hides a bot token in a URL or message (fetch errors name the URL, which holds it). */
export function redactToken(text: string): string {
  return text.replace(/bot\d+:[A-Za-z0-9_-]+/g, 'bot<token>');
}

/** One line for a log: what failed, never the token. */
export function describeError(e: unknown): string {
  let text: string;
  if (e instanceof GrammyError) text = `${e.method} answered ${e.error_code}: ${e.description}`;
  else if (e instanceof HttpError) text = `${e.message} (${e.error instanceof Error ? e.error.message : String(e.error)})`;
  else if (e instanceof Error) text = `${e.name}: ${e.message}`;
  else text = String(e);
  return redactToken(text);
}

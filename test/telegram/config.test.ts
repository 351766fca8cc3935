/** The TELEGRAM_ settings, read once in bot/main.ts. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig, readTelegramConfig } from '../../bot/main.ts';

const token = '123456:ABC-def_ghijklmnopqrstuvwxyz';

describe('readTelegramConfig', () => {
  it('is off without TELEGRAM_BOT_TOKEN', () => {
    expect(readTelegramConfig({})).toBeNull();
    expect(readTelegramConfig({ TELEGRAM_BOT_TOKEN: '  ', ADMIN_TELEGRAM_IDS: '1' })).toBeNull();
    expect(readConfig({}).telegram).toBeNull();
  });

  it('reads the API root, the admins and long polling by default', () => {
    expect(readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/', ADMIN_TELEGRAM_IDS: '123, 456 789' })).toEqual({
      token,
      apiRoot: 'http://127.0.0.1:8081',
      adminIds: [123, 456, 789],
      webhook: null,
    });
  });

  it('names the variable at fault', () => {
    expect(() => readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, ADMIN_TELEGRAM_IDS: '123,@li' })).toThrow(/ADMIN_TELEGRAM_IDS: «@li» is not a Telegram user id/);
    expect(() => readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'api.telegram.org' })).toThrow(ConfigError);
    expect(() => readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://example.org/' })).toThrow(/TELEGRAM_WEBHOOK_URL: the path «\/» is taken/);
    expect(() => readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://example.org/api/tg' })).toThrow(/taken by the web chat/);
    expect(() => readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://example.org/tg', TELEGRAM_WEBHOOK_SECRET: 'has space' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it('serves a webhook on its own path with a secret token the same in every process', () => {
    const a = readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook' })!;
    const b = readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook' })!;
    expect(a.webhook).toMatchObject({ url: 'https://bot.example.org/telegram/webhook', path: '/telegram/webhook' });
    expect(a.webhook!.secretToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.webhook!.secretToken).toBe(b.webhook!.secretToken);
    expect(a.webhook!.secretToken).not.toContain(token.split(':')[1]);
    const other = readTelegramConfig({ TELEGRAM_BOT_TOKEN: '654321:another-token-abcdefghijkl', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram/webhook' })!;
    expect(other.webhook!.secretToken).not.toBe(a.webhook!.secretToken);
    const given = readTelegramConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg', TELEGRAM_WEBHOOK_SECRET: 'my_secret-1' })!;
    expect(given.webhook!.secretToken).toBe('my_secret-1');
  });
});

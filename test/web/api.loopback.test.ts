/** POST /api/chat through a real HTTP server on loopback, as ARCHITECTURE.md specifies it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postChat, startTestServer, type TestServer } from '../support/server.ts';

let s: TestServer;
beforeAll(async () => { s = await startTestServer({ sqlite: true }); });
afterAll(async () => { await s.close(); });

describe('POST /api/chat (loopback server)', () => {
  it('computes an exact, cited amount in template mode', async () => {
    const { status, json } = await postChat(s.url, { message: '我们企业和江南大学签了300万元技术合同，能拿多少补助？' });
    expect(status).toBe(200);
    expect(json.mode).toBe('template');
    expect(json.sessionId).toMatch(/^[\w-]+$/);
    expect(json.calculations).toEqual([
      expect.objectContaining({ measure: 6, benefit: 'm6-contract-subsidy', beneficiary: 'enterprise', status: 'computed', amountYuan: 900000, capYuan: 1000000, formula: '3,000,000 × 30% = 900,000 ≤ 1,000,000' }),
    ]);
    expect(json.citations[0]).toMatchObject({ measure: 6, excerpt: expect.stringContaining('按技术合同实际成交额的30%') });
    // The result leads, then the formula in words.
    expect(json.answer.split('\n')[0]).toContain('可获 90万元');
    expect(json.answer).toContain('300万元 × 30% = 90万元，未超过100万元上限');
    expect(json.answer).toContain('从优、就高、不重复');
    expect(json.answer).toContain('申报指南');
    expect(json.missing).toEqual([]);
    expect(json.checks).toEqual([]);
  });

  it('asks for a missing fact, then uses the answer in the same session, and accepts a correction', async () => {
    const first = await postChat(s.url, { message: '我们企业跟研究所签了技术合同，能补多少？' });
    expect(first.json.calculations[0]).toMatchObject({ benefit: 'm6-contract-subsidy', status: 'needs_info', amountYuan: null });
    expect(first.json.missing).toContain('contractAmountYuan');
    expect(first.json.question).toMatchObject({ fact: 'contractAmountYuan', example: '300万元' });
    const sessionId = first.json.sessionId;
    const second = await postChat(s.url, { message: '三百五十万元', sessionId });
    expect(second.json.sessionId).toBe(sessionId);
    expect(second.json.calculations[0]).toMatchObject({ status: 'computed', amountYuan: 1000000 });
    expect(second.json.answer).toContain('350万元 × 30% = 105万元，超过100万元上限');
    const third = await postChat(s.url, { message: '改成123.45万元', sessionId });
    expect(third.json.calculations[0]).toMatchObject({ status: 'computed', amountYuan: 370350 });
    const reset = await postChat(s.url, { message: '重新开始', sessionId });
    expect(reset.json.answer).toContain('已清空');
    const after = await postChat(s.url, { message: '能拿多少', sessionId });
    expect(after.json.calculations.find((c: any) => c.status === 'computed')).toBeUndefined();
  });

  it('walks the job-title fast track one question at a time, with options as buttons', async () => {
    const a = await postChat(s.url, { message: '我们单位有人拿了创新创业大赛的奖，能直接评职称吗？' });
    expect(a.json.checks[0]).toMatchObject({ measure: 2, check: 'title-fast-track', eligible: null });
    // Asked about the fast track, the person is taken for a researcher, and the answer says so.
    expect(a.json.answer).toContain('按您是科研人员理解');
    expect(a.json.question.fact).toBe('competitionLevel');
    expect(a.json.question.options).toContain('省级');
    const b = await postChat(s.url, { message: '省级', sessionId: a.json.sessionId });
    expect(b.json.question.fact).toBe('isMainCompleter');
    expect(b.json.question.options).toEqual(['是', '否']);
    const c = await postChat(s.url, { message: '是', sessionId: a.json.sessionId });
    expect(c.json.checks[0]).toMatchObject({ eligible: true, unmet: [], missing: [] });
    expect(c.json.answer).toContain('可直接申报相应职称');
    const district = await postChat(s.url, { message: '我是科研人员，区级创新创业大赛一等奖，第一完成人，能走职称绿色通道吗' });
    expect(district.json.checks[0]).toMatchObject({ eligible: false, unmet: ['competition-municipal-or-above'] });
    // One person asking for themselves is read as a researcher, and told so.
    const person = await postChat(s.url, { message: '我在省级创新创业大赛拿了二等奖，是第一完成人，能直接评职称吗？' });
    expect(person.json.checks[0]).toMatchObject({ eligible: true });
    expect(person.json.answer).toContain('按您是科研人员理解');
  });

  it('answers validity, the combination rule and off-topic questions', async () => {
    const v = await postChat(s.url, { message: '政策有效期到什么时候？' });
    expect(v.json.answer).toContain('2028年8月31日');
    expect(v.json.citations[0].measure).toBe(0);
    const c = await postChat(s.url, { message: '合同300万元，和高校合作，区里按20%补、最高200万元，能拿多少' });
    expect(c.json.calculations[0].combination).toEqual({ otherAmountYuan: 600000, higher: 'this', payableYuan: 900000 });
    const off = await postChat(s.url, { message: '今天天气怎么样' });
    expect(off.json.citations).toEqual([]);
    expect(off.json.calculations).toEqual([]);
    expect(off.json.answer).toContain('不在');
  });

  it('honours asOf: outside the validity period nothing is paid', async () => {
    const { json } = await postChat(s.url, { message: '我们企业和江南大学签了300万元技术合同，能拿多少补助？', asOf: '2028-09-01' });
    expect(json.calculations[0]).toMatchObject({ status: 'not_in_force', amountYuan: null });
  });

  it('refuses a negative, zero or absurd amount without computing', async () => {
    for (const message of ['合同-300万能补多少', '合同0元能补多少', '合同5000亿元能补多少']) {
      const { status, json } = await postChat(s.url, { message });
      expect(status).toBe(200);
      expect(json.calculations).toEqual([]);
      expect(json.answer).toMatch(/请核对/);
    }
  });

  it.each([
    ['bad JSON', undefined, '{"message": ', /not valid JSON/],
    ['a missing message', {}, undefined, /缺少 message/],
    ['a mistyped message', { message: 42 }, undefined, /message 应为文字/],
    ['an empty message', { message: '   ' }, undefined, /问题不能为空/],
    ['a mistyped sessionId', { message: '你好', sessionId: 7 }, undefined, /sessionId/],
    ['a bad asOf', { message: '你好', asOf: '2026-02-30' }, undefined, /asOf 应为真实日期/],
    ['an asOf far outside any use', { message: '你好', asOf: '0000-01-01' }, undefined, /2000–2100/],
    ['a body that is not an object', ['x'], undefined, /JSON 对象/],
  ])('answers 400 with an error for %s, and keeps serving', async (_name, body, raw, re) => {
    const { status, json } = await postChat(s.url, body, raw ? { raw } : {});
    expect(status).toBe(400);
    expect(json.error).toMatch(re);
    const ok = await fetch(`${s.url}/healthz`);
    expect(ok.status).toBe(200);
  });

  it('answers 413 for an oversized body, and keeps serving', async () => {
    const { status, json } = await postChat(s.url, { message: '长'.repeat(40000) });
    expect(status).toBe(413);
    expect(json.error).toMatch(/larger than/);
    expect((await postChat(s.url, { message: '你好' })).status).toBe(200);
  });

  it('answers 413 for a message over the length limit, and 400 for an empty asOf', async () => {
    const long = await postChat(s.url, { message: '中'.repeat(2001) });
    expect(long.status).toBe(413);
    expect(long.json).toMatchObject({ field: 'message', error: expect.stringMatching(/超过 2000 字/) });
    const emptyDate = await postChat(s.url, { message: '你好', asOf: '' });
    expect(emptyDate.status).toBe(400);
    expect(emptyDate.json.field).toBe('asOf');
  });

  it('survives a malformed request URL', async () => {
    const { connect } = await import('node:net');
    const port = Number(new URL(s.url).port);
    const reply = await new Promise<string>((resolve) => {
      const sock = connect(port, '127.0.0.1', () => sock.write('GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let data = '';
      sock.on('data', (d) => (data += d));
      sock.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('answers 415 for a non-JSON content type and 405 for GET', async () => {
    expect((await postChat(s.url, null, { raw: 'message=hi', contentType: 'application/x-www-form-urlencoded' })).status).toBe(415);
    const get = await fetch(`${s.url}/api/chat`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('serves the page with security headers, /healthz and /api/info', async () => {
    const page = await fetch(`${s.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('成果转化政策助手');
    expect(await (await fetch(`${s.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
    expect(await (await fetch(`${s.url}/api/info`)).json()).toEqual({ title: '无锡市促进全链式科技成果转化的若干措施', validity: { from: '2025-09-01', to: '2028-08-31' }, knowledgeVersion: s.runtime.kb.version, model: false });
    expect((await fetch(`${s.url}/nope`)).status).toBe(404);
  });

  it('answers JSON with headers that keep it from being framed, sniffed or cached, and with the allow and close headers an error sets', async () => {
    const res = await fetch(`${s.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: '政策有效期到什么时候？' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(JSON.parse(text).answer).toContain('2028年8月31日');
    const refused = await fetch(`${s.url}/api/info`, { method: 'POST' });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('GET, HEAD');
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the page\'s modules and the measures\' texts (GET /api/measures), read-only', async () => {
    const format = await fetch(`${s.url}/format.js`);
    expect(format.status).toBe(200);
    expect(format.headers.get('content-type')).toContain('text/javascript');
    const res = await fetch(`${s.url}/api/measures`);
    expect(res.status).toBe(200);
    const { measures } = (await res.json()) as { measures: { measure: number; heading: string; text: string }[] };
    expect(measures.map((m) => m.measure)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(measures[6]).toMatchObject({ heading: '组织实施体系化科技成果转移转化' });
    expect(measures[6]!.text).toContain('按技术合同实际成交额的30%，给予企业最高100万元补助。');
    const post = await fetch(`${s.url}/api/measures`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

import { createRuntime, handlers } from './bot/core/index.ts';
let last = '';
for (const h of handlers) { const [name, fn] = h; h[1] = (ctx: any) => { const r = fn(ctx); if (r === 'stop') last = name; return r; }; }
const rt = await createRuntime({ today: () => '2026-12-02' });
let sid: string | undefined;
for (const m of (process.env.C ?? '').split('|')) {
  last = '(none)';
  const r = await rt.assistant.chat({ message: m, ...(sid ? { sessionId: sid } : {}) });
  sid = r.sessionId;
  console.log(`>>> ${m}\n  stopped at: ${last}\n  ${r.answer.slice(0, Number(process.env.W ?? 120)).replace(/\n/g, '\n  ')}`);
}
rt.close();

import { createRuntime } from './bot/core/index.ts';
const rt = await createRuntime({ today: () => '2026-12-02' });
const W = Number(process.env.W ?? 900);
let sid: string | undefined;
for (const m of (process.env.C ?? '').split('|')) {
  const r = await rt.assistant.chat({ message: m, ...(sid ? { sessionId: sid } : {}) });
  sid = r.sessionId;
  console.log(`\n>>> ${m}\n${r.answer.slice(0, W)}`);
  if (process.env.STATE) console.log(JSON.stringify(rt.sessions.load(sid)?.state));
}
rt.close();

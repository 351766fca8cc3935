/**
 * A guarded explanation end to end, against the loopback fake OpenAI server
 * (the real wire protocol): the time of the bare model call, of the call with
 * the guard (built from the answer, checking the reply, or each sentence of a
 * stream), and of a refused reply with its retry; and the guard of an answer
 * as the pipeline builds it (answerGuard), over the guard cases.
 */
import { createAssistant, createMemorySessionStore, type ChatResponse } from '../bot/core/index.ts';
import { answerGuard, createExplainer } from '../bot/core/model-explain.ts';
import { createOpenAIModel, explainPrompts } from '../bot/llm/index.ts';
import { createEligibilityEngine } from '../eligibility/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { createPolicyRetriever } from '../retrieval/index.ts';
import { chatReply, startFakeOpenAI } from '../test/support/fake-openai.ts';
import { loadGuardCases } from '../test/support/guard-cases.ts';

const ROUNDS = 200;
const QUESTION = '我们企业和江南大学签了300万元技术合同，能拿多少补助？';
const FAITHFUL = '您和江南大学签的300万元技术合同，按成交额的30%计算，可以拿到90万元补助，没有超过每家企业100万元的上限。补助发给企业，合作方江南大学是高校，两项条件都满足。政策有效期是2025年9月1日至2028年8月31日，具体申报条件以申报指南为准。';
const INVENTING = '您和江南大学签的300万元合同符合条件。按30%计算，可以拿到95万元补助，一般3个月内到账。';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(2)} ms, p95 ${percentile(s, 95).toFixed(2)} ms`;
};

async function time(rounds: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await run();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    await run();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

export async function benchGuardedExplanation(): Promise<void> {
  // The guard of an answer as the pipeline builds it, over the guard cases: the engine and the template trusted
  // (less what only the user wrote), the user, the clauses and the context as echoes.
  const cases = loadGuardCases();
  let fabricated = 0;
  let caught = 0;
  let faithful = 0;
  let blocked = 0;
  const perReply: number[] = [];
  for (const c of cases) {
    const response = { answer: c.template, calculations: c.engine.calculations, checks: c.engine.checks, citations: [...c.citations, ...c.context].map((excerpt) => ({ measure: 0, heading: '', excerpt })) } as unknown as ChatResponse;
    const request = { message: c.user.at(-1)!, history: c.user.slice(0, -1), asOf: '2026-06-01' };
    const guard = answerGuard(response, request);
    for (const f of c.fabricated) { fabricated++; if (!guard.check(f.reply).ok) caught++; }
    for (const t of c.faithful) {
      faithful++;
      if (!guard.check(t).ok) blocked++;
      // Built from the answer and checking one reply: what the guard adds to a reply.
      for (let i = 0; i < 20; i++) answerGuard(response, request).check(t);
      const t0 = process.hrtime.bigint();
      answerGuard(response, request).check(t);
      perReply.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  console.log(`guarded explanation: the answer's guard (answerGuard) blocks ${caught}/${fabricated} fabricated replies and ${blocked}/${faithful} faithful ones over ${cases.length} answers (it takes the cited clauses as echoes: a sibling item's cap stated only there may be named, not promised)`);
  console.log(`guarded explanation: building the answer's guard and checking one reply: ${ms(perReply)} (${perReply.length} faithful replies)`);

  const kb = loadKnowledge();
  const assistant = createAssistant({ kb, engine: createEligibilityEngine(kb), retriever: await createPolicyRetriever(kb), sessions: createMemorySessionStore({ ttlMs: 60_000 }), today: () => '2026-06-01' });
  const response = await assistant.chat({ message: QUESTION });
  const request = { message: QUESTION, asOf: '2026-06-01' };
  const fake = await startFakeOpenAI();
  try {
    const model = createOpenAIModel({ baseURL: fake.baseURL, apiKey: 'sk-bench', model: 'fake-chat', timeoutMs: 5000 });
    const explainer = createExplainer(model, explainPrompts, 5000);
    const prompt = explainPrompts.build({ question: QUESTION, template: response.answer, calculations: response.calculations, checks: response.checks, citations: response.citations });
    const expect = async (p: Promise<{ used: string; response: ChatResponse }>, mode: string) => {
      const o = await p;
      if (o.response.mode !== mode) throw new Error(`bench: expected mode ${mode}, got ${o.response.mode}`);
    };

    const bare = await time(ROUNDS, async () => { fake.queueChat(chatReply.text(FAITHFUL)); await model.explain(prompt); });
    const guarded = await time(ROUNDS, async () => { fake.queueChat(chatReply.text(FAITHFUL)); await expect(explainer.explain(request, response), 'llm'); });
    const bareStream = await time(ROUNDS, async () => { fake.queueChat(chatReply.text(FAITHFUL, { pieces: 24 })); await model.explain(prompt, { onDelta: () => {} }); });
    const streamed = await time(ROUNDS, async () => { fake.queueChat(chatReply.text(FAITHFUL, { pieces: 24 })); await expect(explainer.explain(request, response, { onSentence: () => {} }), 'llm'); });
    const retried = await time(ROUNDS, async () => { fake.queueChat(chatReply.text(INVENTING), chatReply.text(FAITHFUL)); await expect(explainer.explain(request, response), 'llm'); });
    const refused = await time(ROUNDS, async () => { fake.queueChat(chatReply.text(INVENTING), chatReply.text(INVENTING)); await expect(explainer.explain(request, response), 'template'); });
    const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
    console.log(`guarded explanation (loopback fake, ${ROUNDS} rounds, reply of ${FAITHFUL.length} characters):`);
    console.log(`  model call alone                 ${ms(bare)}`);
    console.log(`  guarded, used (mode llm)         ${ms(guarded)}  (+${(median(guarded) - median(bare)).toFixed(2)} ms over the call alone)`);
    console.log(`  streamed call alone (24 pieces)  ${ms(bareStream)}`);
    console.log(`  streamed, each sentence guarded  ${ms(streamed)}  (+${(median(streamed) - median(bareStream)).toFixed(2)} ms)`);
    console.log(`  refused, retry used              ${ms(retried)}`);
    console.log(`  refused twice, template answer   ${ms(refused)}`);
  } finally {
    await fake.close();
  }
}

/**
 * `npm run eval [-- retrieval | chat | diff <base>] [--misses] [--json]`:
 *   retrieval  hit@1, hit@3, MRR and off-topic rejection of the retrieval methods (default);
 *   chat       the conversation set test/eval/chat/*.yaml through the real assistant,
 *              scored by kind of user; --misses lists every failed expectation;
 *   diff       every answer of the golden dialog cases and the conversation set (or of --file
 *              conversations) that differs between commit <base> and the working tree (eval/diff.ts).
 */
const args = process.argv.slice(2);
const section = args.find((a) => !a.startsWith('--')) ?? 'retrieval';

if (section === 'retrieval') {
  await import('../retrieval/eval-cli.ts');
} else if (section === 'chat') {
  const { createRuntime } = await import('../bot/core/index.ts');
  const { loadConversations, runConversation } = await import('./chat.ts');
  // The set was written for this date; a conversation may set its own asOf.
  const today = '2026-11-29';
  const runtime = await createRuntime({ today: () => today });
  const conversations = loadConversations();
  const results = [];
  for (const c of conversations) results.push(await runConversation(runtime.assistant, c, today));
  runtime.close();
  if (args.includes('--json')) {
    console.log(JSON.stringify(results.map((r) => ({ id: r.conversation.id, right: r.right, turns: r.turns })), null, 1));
  } else {
    const kinds = ['enterprise', 'researcher', 'bureau'] as const;
    console.log(`\nconversations: test/eval/chat/*.yaml, ${conversations.length} in all, today = ${today}\n`);
    console.log(`${'kind of user'.padEnd(14)} right / total`);
    for (const k of [...kinds, 'all'] as const) {
      const rs = results.filter((r) => k === 'all' || r.conversation.user === k);
      const right = rs.filter((r) => r.right).length;
      console.log(`${k.padEnd(14)} ${String(right).padStart(5)} / ${String(rs.length).padEnd(5)} ${((100 * right) / Math.max(1, rs.length)).toFixed(1)}%`);
    }
    if (args.includes('--misses')) {
      for (const r of results.filter((x) => !x.right)) {
        console.log(`\n✗ ${r.conversation.id} (${r.conversation.user}) — expected: ${r.conversation.expected.trim()}`);
        for (const t of r.turns) {
          console.log(`  > ${t.say}`);
          for (const f of t.fails) console.log(`    ✗ ${f}`);
          if (t.fails.length) console.log(`    answer: ${t.answer.split('\n').slice(0, 4).join(' ⏎ ').slice(0, 300)}`);
        }
      }
    }
  }
} else if (section === 'diff') {
  const { diffMain } = await import('./diff.ts');
  try {
    diffMain(args);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
  }
} else {
  console.error(`eval: unknown section «${section}»; use retrieval, chat or diff`);
  process.exitCode = 2;
}

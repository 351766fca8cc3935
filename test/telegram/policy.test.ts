/** /calc opens each calculable item by asking the core about it: the question it sends must select that item. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { calcItems, calcPrompt, measuresInOrder } from '../../bot/telegram/policy.ts';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await createRuntime({ today: () => '2026-06-01' });
});
afterAll(() => runtime.close());

describe('the items /calc and /measures offer', () => {
  it('lists measures 1–12 then the closing provisions', () => {
    expect(measuresInOrder(runtime.kb).map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0]);
  });

  it('every calculable item is what the core answers about when /calc asks for it', async () => {
    const items = calcItems(runtime.kb);
    expect(items.length).toBeGreaterThanOrEqual(8);
    for (const { benefit } of items) {
      const r = await runtime.assistant.chat({ message: calcPrompt(benefit) });
      expect(r.calculations.map((c) => c.benefit), calcPrompt(benefit)).toEqual([benefit.id]);
    }
  });
});

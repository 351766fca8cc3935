import { createRuntime } from './bot/core/index.ts';
const rt = await createRuntime({ today: () => '2026-06-01' });
async function conv(...msgs: string[]) {
  let sid: string | undefined;
  for (const m of msgs) {
    const r = await rt.assistant.chat({ message: m, ...(sid ? { sessionId: sid } : {}) });
    sid = r.sessionId;
    console.log('>>> ' + m + '\n   ' + JSON.stringify(r.calculations.map(c => [c.benefit, c.status, c.amountYuan, c.eligible])) + ' checks ' + JSON.stringify(r.checks.map(c => [c.check, c.eligible, c.unmet])) + ' q ' + (r.question?.fact ?? '-') + (r.calculations.length + r.checks.length === 0 ? ' | ' + r.answer.slice(0, 60) : ''));
  }
}
await conv('企业和高校签了2千万的技术合同，补多少');
await conv('我是年度优秀技术经理人，促成技术交易1千2百万元已落地，奖补多少');
await conv('创新券用了6万，没有在江苏省科技资源统筹服务平台上用，能补吗');
await conv('我没被评为优秀技术经理人，促成了300万的合同已落地，能拿吗');
await conv('今年我们公司跟江南大学签了200万、跟中科院某所签了150万两份技术合同，一共能补多少？');
await conv('我是优秀技术经理人，今年促成了三笔交易，分别是800万、900万、1000万，都已落地，一共奖补多少');
await conv('国家级高新区龙头企业，今年落地转化了12个创新成果项目，奖励多少', '改成8个');
await conv('我们大学建有国家重点实验室，今年新增与企业签订的技术合同成交额6000万元，能拿多少资助？');
await conv('江南大学有省级重点实验室，年度新增跟企业签的技术合同150万元，能拿多少');
await conv('我是企业行政人员，不是科研人员，公司项目在国家级创新创业大赛获奖，我是第一完成人，能直接评职称吗？');
await conv('我是科研人员，在区级创新创业大赛获奖，是第一完成人，能直接评职称吗', '改成市级');
await conv('我在省创新创业大赛拿了一等奖，是科研人员，第一完成人，能评职称吗');
await conv('150万美元的技术合同能补多少');

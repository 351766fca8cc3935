/**
 * The baseline of the HTTP bench: a node:http server that reads a JSON body
 * and answers a small fixed JSON, on the same machine and in the same run as
 * the real server, so the bench can say what share of plain Node HTTP
 * throughput /api/chat reaches. Never used outside the bench.
 */
import { createServer } from 'node:http';

const body = JSON.stringify({ answer: 'ok', citations: [], calculations: [], checks: [], missing: [], remarks: [], mode: 'template', sessionId: 'x' });
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('trivial: ready'));

/** Benchmark baseline A: raw node:http answering every request with the bytes in argv[2], port argv[3]. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.argv[2]!);
createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}).listen(Number(process.argv[3]), '127.0.0.1', () => process.send?.('ready'));

// The reference point for WhatsApp parsing speed: the Node.js whatsapp-chat-parser 4.0.2 on the same generated
// export, file in page cache and reading included. Run by `bench/run node` (which installs the package under bench/out).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { parseString } = require(process.env.PARSER_PATH);
const file = process.argv[2];
const rounds = Number(process.argv[3] || 5);
let best = 0;
for (let round = 1; round <= rounds; round++) {
  const start = process.hrtime.bigint();
  const messages = parseString(readFileSync(file, 'utf8'), { daysFirst: true });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = messages.length / seconds;
  best = Math.max(best, rate);
  console.log(`round ${round}: ${messages.length} messages in ${seconds.toFixed(3)} s = ${Math.round(rate).toLocaleString('en')} messages/s`);
}
console.log(`best: ${Math.round(best).toLocaleString('en')} messages/s`);

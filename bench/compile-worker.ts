// One measurement in a fresh process: build and emit a machine of N states with aslc.
// Prints {"tool":"aslc","states":…,"coldMs":…,"warmMs":…,"bytes":…,"peakRssMb":…}.
import { compile } from '../src/index.ts';
import { buildMachine } from './machine.ts';

const states = Number(process.argv[2] ?? '1000');
const runs = Number(process.argv[3] ?? '5');

function once(): { ms: number; bytes: number; count: number } {
  const start = performance.now();
  const result = compile(buildMachine(states));
  const ms = performance.now() - start;
  return { ms, bytes: Buffer.byteLength(result.json), count: result.stateCount };
}

const cold = once();
const warm: number[] = [];
for (let i = 0; i < runs; i++) warm.push(once().ms);
warm.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    tool: 'aslc',
    states: cold.count,
    coldMs: cold.ms,
    warmMs: warm[Math.floor(warm.length / 2)] ?? cold.ms,
    bytes: cold.bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);

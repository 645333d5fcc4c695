// One measurement in a fresh process: build and emit a machine of N states with aslc (dist/).
// Prints {"tool":"aslc","states":…,"coldMs":…,"warmMs":…,"bytes":…,"peakRssMb":…}. With
// ASLC_SOURCE_LOCATIONS=1 the builders record where each state was defined (as aslc test
// --coverage does), and `locateMs` is the time to resolve those locations once.
// Validation is off: a 10,000-state machine exceeds AWS's 1 MB quota (bench/validate.ts
// measures validation on its own).
import { compile, sourceLocations } from '../dist/index.js';
import { buildMachine } from './machine.mjs';

const states = Number(process.argv[2] ?? '1000');
const runs = Number(process.argv[3] ?? '5');

let machine;
function once() {
  const start = performance.now();
  machine = buildMachine(states);
  const result = compile(machine, { validate: false });
  const ms = performance.now() - start;
  return { ms, bytes: Buffer.byteLength(result.json), count: result.stateCount };
}

const cold = once();
let locateMs;
if (process.env.ASLC_SOURCE_LOCATIONS === '1') {
  const start = performance.now();
  const located = sourceLocations(machine)?.size ?? 0;
  locateMs = performance.now() - start;
  if (located !== cold.count) throw new Error(`located ${located} of ${cold.count} states`);
}
const warm = [];
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
    ...(locateMs === undefined ? {} : { locateMs }),
  }) + '\n',
);

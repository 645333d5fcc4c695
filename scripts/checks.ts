// The static checks of `npm test`, side by side: typecheck (its TSDoc examples included), lint
// and the formatting check are independent and each uses one core, so on a 2-core machine they
// take the time of the slowest instead of the sum. Each one's output is printed whole when it
// ends, in a fixed order; the exit code is the first failure's.
//
//   node scripts/checks.ts [script…]      default: typecheck lint format:check
import { spawn } from 'node:child_process';

const scripts =
  process.argv.length > 2 ? process.argv.slice(2) : ['typecheck', 'lint', 'format:check'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const runs = scripts.map(
  (script) =>
    new Promise<{ script: string; code: number; output: string }>((resolve) => {
      const chunks: Buffer[] = [];
      const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => chunks.push(c));
      child.on('close', (code) =>
        resolve({ script, code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }),
      );
    }),
);

let failed = 0;
for (const run of await Promise.all(runs)) {
  process.stdout.write(`> npm run ${run.script}: ${run.code === 0 ? 'ok' : `exit ${run.code}`}\n`);
  if (run.output.trim() !== '')
    process.stdout.write(run.output.endsWith('\n') ? run.output : `${run.output}\n`);
  if (run.code !== 0 && failed === 0) failed = run.code;
}
process.exit(failed);

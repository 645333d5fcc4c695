// `npm run build`: dist/ from scratch: type declarations (tsc), then the JavaScript bundle
// (scripts/bundle.ts). Nothing of an earlier build survives, so no stale file can ship.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
  {
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
await import('./bundle.ts');

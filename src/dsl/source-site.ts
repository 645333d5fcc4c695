/**
 * Source locations of states (where a workflow module called `task(…)`, `.when(…)`, `.catch(…)`,
 * …), recorded only when asked for, for coverage reports that map states and branches to source
 * lines. When recording is off (the default) a builder pays one flag test; when it is on, each
 * state, rule, catcher and retrier keeps the `Error` its builder call created, whose stack is
 * only read, and parsed, when {@link sourceLocations} is called. Locations never reach the IR
 * or the emitted ASL: they are kept beside the built machine.
 */
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { packageRoot } from '../util/package-root.ts';
import type { SourceLocation } from '../util/source-location.ts';

/** The flag, shared by every copy of aslc loaded in one process. */
const RECORDING = Symbol.for('aslc.recordSourceLocations');

type Flagged = { [RECORDING]?: boolean };

if (
  typeof process !== 'undefined' &&
  process.env?.['ASLC_SOURCE_LOCATIONS'] === '1' &&
  (globalThis as Flagged)[RECORDING] === undefined
) {
  (globalThis as Flagged)[RECORDING] = true;
}

/**
 * Turns the recording of source locations on or off for the states built from now on (also on
 * at start-up when the environment variable `ASLC_SOURCE_LOCATIONS` is `1`). `aslc test
 * --coverage` turns it on before it loads workflow modules.
 *
 * @example
 * ```ts
 * declare function loadWorkflow(): Promise<{ default: StateMachine }>; // import('./order.ts')
 * recordSourceLocations(true);
 * const machine = (await loadWorkflow()).default;
 * sourceLocations(machine)?.get('Charge'); // { state: { file: '/…/order.ts', line: 4, column: 16 } }
 * ```
 */
export function recordSourceLocations(on: boolean): void {
  (globalThis as Flagged)[RECORDING] = on;
}

/** True while source locations are recorded. */
export function isRecordingSourceLocations(): boolean {
  return (globalThis as Flagged)[RECORDING] === true;
}

/** A recorded call site: an `Error` whose stack has not been read yet. @internal */
export type SourceSite = Error;

/** Frames kept when a site is captured (fragments call builders a few levels deep). */
const STACK_FRAMES = 40;

/** The call site of the builder being called, when recording is on. @internal */
export function captureSite(): SourceSite | undefined {
  if ((globalThis as Flagged)[RECORDING] !== true) return undefined;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = STACK_FRAMES;
  const site = new Error('source site');
  Error.stackTraceLimit = limit;
  return site;
}

/**
 * Adds the current call site to a pending state, rule or catcher as `origin` (or `key`), when
 * recording. @internal
 */
export function withOrigin<const T extends object>(value: T, key = 'origin'): T {
  const site = captureSite();
  if (site !== undefined) (value as Record<string, unknown>)[key] = site;
  return value;
}

/** Sites of retriers (IR nodes, which must not carry them). @internal */
const RETRIER_SITES = new WeakMap<object, SourceSite>();

/** Records the call site of a retrier, when recording. @internal */
export function noteRetrierSite(retrier: object): void {
  const site = captureSite();
  if (site !== undefined) RETRIER_SITES.set(retrier, site);
}

/** The recorded call site of a retrier. @internal */
export function retrierSite(retrier: object): SourceSite | undefined {
  return RETRIER_SITES.get(retrier);
}

/** aslc's own code (src/ and dist/ of its package): frames inside it are the builders, not the caller. */
let ownRoots: readonly string[] | undefined;
function isOwnFile(file: string): boolean {
  ownRoots ??= ['src', 'dist'].map((d) => join(packageRoot(), d) + sep);
  return ownRoots.some((root) => file.startsWith(root));
}

/** `at f (file:///a/b.ts:3:7)`, `at file:///a/b.ts:3:7`, `at /a/b.js:3:7`. */
const FRAME = /^\s*at (?:.*? \()?((?:file:\/\/|\/|[A-Za-z]:[\\/]).*?):(\d+):(\d+)\)?$/;

/** Frame file (URL or path) → the caller's path, or '' for aslc's own and dependencies' files. */
const callerFiles = new Map<string, string>();

function callerFile(raw: string): string {
  let file = callerFiles.get(raw);
  if (file !== undefined) return file;
  file = raw;
  if (file.startsWith('file://')) {
    try {
      file = fileURLToPath(file);
    } catch {
      file = '';
    }
  }
  file = file.replace(/\?.*$/, '');
  if (isOwnFile(file) || file.includes('/node_modules/')) file = '';
  callerFiles.set(raw, file);
  return file;
}

/**
 * The first frame of a site's stack that is outside aslc (and outside any `node_modules`): the
 * line of the workflow module (or of the user's helper) that called the builder. @internal
 */
export function resolveSite(site: SourceSite): SourceLocation | undefined {
  const lines = (site.stack ?? '').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const m = FRAME.exec(lines[i] as string);
    if (m === null) continue;
    const file = callerFile(m[1] as string);
    if (file === '') continue;
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

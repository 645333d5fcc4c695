import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { validateCommand } from '../commands/validate.ts';
import type { CliContext } from '../context.ts';
import { readInputBytes } from '../read-input.ts';
import { UsageError } from '../../util/errors.ts';
import {
  createSfnValidateClient,
  formatDiagnostic,
  isValid,
  resolveAwsCredentials,
  validateRemote,
  validateBytes,
  type Diagnostic,
  type RemoteResult,
  type SfnValidateClient,
} from '../../validate/index.ts';

/** Seams for tests: stub credentials and a stub Step Functions client (no network). */
export interface ValidateCommandDeps {
  readonly remote?: {
    readonly credentials?: () => Promise<unknown>;
    readonly client?: SfnValidateClient;
  };
}

type ValidateArgs = ArgsOf<typeof validateCommand>;

/** One input: the name shown to the user and the absolute path (or '-' for stdin). */
interface Input {
  readonly shown: string;
  readonly path: string;
}

const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * The definitions under a folder (recursively, hidden folders and node_modules skipped), sorted:
 * its `*.asl.json` files when it has any (so that side files such as `*.options.json` or test
 * expectations are left alone), otherwise every `*.json` file.
 */
function jsonFilesUnder(dir: string): string[] {
  const all = allJsonFilesUnder(dir);
  const asl = all.filter((f) => f.endsWith('.asl.json'));
  return asl.length > 0 ? asl : all;
}

/** Every *.json file under a folder (recursively, hidden folders and node_modules skipped), sorted. */
function allJsonFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) walk(p);
      } else if (entry.name.endsWith('.json')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Expands the command-line arguments into files: folders give their definitions, sorted. */
function collectInputs(args: readonly string[], cwd: string): Input[] {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ shown: '<stdin>', path: '-' });
      continue;
    }
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${arg}`);
    }
    if (!stat.isDirectory()) {
      inputs.push({ shown: arg, path: abs });
      continue;
    }
    const files = jsonFilesUnder(abs);
    if (files.length === 0) throw new UsageError(`no *.json or *.asl.json files in folder ${arg}`);
    for (const f of files) inputs.push({ shown: join(arg, relative(abs, f)), path: f });
  }
  return inputs;
}

function paintSeverity(ctx: CliContext, line: string, d: Diagnostic): string {
  return d.severity === 'error' ? ctx.paint('red', line) : ctx.paint('yellow', line);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function printRemoteText(ctx: CliContext, file: string, ours: boolean, remote: RemoteResult): void {
  if (!('diagnostics' in remote)) {
    ctx.err(`${file}: AWS ValidateStateMachineDefinition failed: ${remote.message}`);
    return;
  }
  const mark = remote.status === 'OK' ? ctx.paint('green', 'OK') : ctx.paint('red', 'FAIL');
  ctx.out(`${file}: AWS ValidateStateMachineDefinition: ${mark}`);
  for (const d of remote.diagnostics) {
    const severity = d.severity === 'WARNING' ? 'warning' : 'error';
    ctx.out(`${file}:${d.location ?? '(root)'}: ${severity} ${d.code} (AWS): ${d.message}`);
  }
  if (remote.truncated) ctx.out(`${file}: (AWS truncated its list of diagnostics)`);
  if (ours !== (remote.status === 'OK')) {
    ctx.out(
      ctx.paint(
        'yellow',
        `${file}: note: aslc and AWS disagree (aslc: ${ours ? 'valid' : 'invalid'}, AWS: ${remote.status})`,
      ),
    );
  }
}

/** Codes after which a definition is not sent to AWS: it could not even be read. */
const UNREADABLE = new Set(['InvalidJson', 'InvalidUtf8', 'DefinitionTooDeep']);

/**
 * The handler of `aslc validate`; `deps` replaces the AWS credentials and client (tests).
 *
 * @example
 * ```ts
 * const handle = createValidateHandler({ remote: { credentials: async () => ({}), client } });
 * ```
 */
export function createValidateHandler(
  deps: ValidateCommandDeps = {},
): CommandHandler<ValidateArgs> {
  return async (args, ctx) => {
    if (args.type !== 'STANDARD' && args.type !== 'EXPRESS') {
      throw new UsageError(`--type must be STANDARD or EXPRESS, not ${String(args.type)}`);
    }
    // yargs keeps a required positional satisfied by a lone '-' but drops the '-' itself
    const inputs = collectInputs(args.files.length === 0 ? ['-'] : args.files, ctx.io.cwd);
    const options = { type: args.type, allowPlaceholders: args.allowPlaceholders };

    let client: SfnValidateClient | undefined;
    if (args.remote) {
      const creds = await resolveAwsCredentials(deps.remote?.credentials);
      if (creds.ok) {
        client = deps.remote?.client ?? (await createSfnValidateClient(creds.credentials));
      } else {
        const why = creds.missingDependency ? creds.message : 'no AWS credentials found';
        ctx.err(`aslc: --remote: ${why}; validating offline only`);
      }
    }

    let invalid = 0;
    let errors = 0;
    let warnings = 0;
    const results: unknown[] = [];
    for (const input of inputs) {
      const { content: bytes } = await readInputBytes(ctx, input.path, input.shown);
      const diagnostics = validateBytes(bytes, options);
      const ok = isValid(diagnostics);
      const remote =
        client !== undefined && !diagnostics.some((d) => UNREADABLE.has(d.code))
          ? await validateRemote(new TextDecoder().decode(bytes), { type: args.type, client })
          : undefined;
      const remoteFailed = remote?.status === 'FAIL';
      if (!ok || remoteFailed) invalid++;
      errors += diagnostics.filter((d) => d.severity === 'error').length;
      warnings += diagnostics.filter((d) => d.severity === 'warning').length;

      if (args.format === 'json') {
        results.push({
          file: input.shown,
          valid: ok,
          diagnostics,
          ...(remote === undefined ? {} : { remote }),
        });
        continue;
      }
      for (const d of diagnostics) {
        ctx.out(paintSeverity(ctx, formatDiagnostic(d, { file: input.shown }), d));
      }
      if (ok) ctx.info(`${input.shown}: ${ctx.paint('green', 'valid')}`);
      if (remote !== undefined) printRemoteText(ctx, input.shown, ok, remote);
    }

    if (args.format === 'json') {
      ctx.json({
        files: results,
        summary: {
          files: inputs.length,
          valid: inputs.length - invalid,
          invalid,
          errors,
          warnings,
        },
      });
    } else {
      const summary =
        `${plural(inputs.length, 'file')} checked: ` +
        `${inputs.length - invalid} valid, ${invalid} invalid ` +
        `(${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
      ctx.info(invalid === 0 ? ctx.paint('green', summary) : ctx.paint('bold', summary));
    }
    return invalid === 0 ? 0 : 1;
  };
}

/** `aslc validate <files..>`: layer 1 (schema) and layer 2 (semantic rules), offline. */
export const handleValidate = createValidateHandler();

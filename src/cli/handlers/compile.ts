import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InvalidDefinitionError, compile } from '../../compile.ts';
import { writeFileAtomic } from '../../util/atomic-write.ts';
import { AslcError, UsageError, isAslcError } from '../../util/errors.ts';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { compileCommand } from '../commands/compile.ts';
import type { CliContext } from '../context.ts';
import { formatDiagnostic } from '../../validate/diagnostic.ts';
import { findWorkflowFiles, loadWorkflowModule } from '../workflow-loader.ts';

type CompileArgs = ArgsOf<typeof compileCommand>;

/** One compiled output. */
interface Output {
  readonly source: string;
  readonly name: string;
  readonly target: string;
  readonly json: string;
  readonly states: number;
}

/** Compiles every module under the inputs; returns outputs and error lines. */
async function compileAll(
  args: CompileArgs,
  ctx: CliContext,
  settings: { validate: boolean; type: 'STANDARD' | 'EXPRESS' },
): Promise<{ outputs: Output[]; errors: string[]; warnings: string[] }> {
  const outputs: Output[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const cwd = ctx.io.cwd;
  const files = findWorkflowFiles(args.inputs, cwd);
  if (files.length === 0)
    throw new AslcError('NoWorkflows', `no workflow modules found in ${args.inputs.join(', ')}`);
  const outDir = resolve(cwd, args.out ?? '.');
  for (const file of files) {
    const display = relative(cwd, file.path) || file.path;
    try {
      for (const { name, machine } of await loadWorkflowModule(file.path, display)) {
        let result;
        try {
          result = compile(machine, { validate: settings.validate, type: settings.type });
        } catch (e) {
          if (!(e instanceof InvalidDefinitionError)) throw e;
          for (const d of e.diagnostics)
            errors.push(formatDiagnostic(d, { file: `${display} (${name})` }));
          continue;
        }
        for (const d of result.diagnostics) {
          warnings.push(formatDiagnostic(d, { file: `${display} (${name})` }));
        }
        const target = join(outDir, file.relDir, `${name}.asl.json`);
        outputs.push({
          source: display,
          name,
          target,
          json: result.json,
          states: result.stateCount,
        });
      }
    } catch (e) {
      if (!isAslcError(e)) throw e;
      errors.push(e.file === undefined ? e.withFile(display).format() : e.format());
    }
  }
  const seen = new Map<string, string>();
  for (const o of outputs) {
    const other = seen.get(o.target);
    if (other !== undefined)
      errors.push(
        `${o.source}: OutputCollision: '${o.name}' and a machine of ${other} both write ${relative(cwd, o.target)}`,
      );
    seen.set(o.target, o.source);
  }
  return { outputs, errors, warnings };
}

/** `aslc compile`: workflow modules → `.asl.json` files. */
export const handleCompile: CommandHandler<CompileArgs> = async (args, ctx) => {
  if (args.inputs.length === 0) throw new UsageError('name at least one workflow module or folder');
  const modes = (['stdout', 'check', 'update'] as const).filter((m) => args[m] === true);
  if (args.out === undefined && args.stdout !== true) {
    throw new UsageError('name the output folder with --out DIR, or print with --stdout');
  }
  if (modes.length > 1) {
    throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be used together`);
  }
  const { outputs, errors, warnings } = await compileAll(args, ctx, {
    validate: args.validate,
    type: args.type,
  });
  for (const line of warnings) ctx.err(ctx.paint('yellow', `aslc: ${line}`));
  if (errors.length > 0) {
    for (const line of errors) ctx.err(ctx.paint('red', `aslc: ${line}`));
    ctx.err(
      `aslc: ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was written.`,
    );
    return 1;
  }
  if (args.stdout) {
    for (const o of outputs) ctx.io.stdout.write(o.json);
    return 0;
  }
  const cwd = ctx.io.cwd;
  let differing = 0;
  for (const o of outputs) {
    const rel = relative(cwd, o.target);
    const shown = rel === '' || rel.startsWith('..') ? o.target : rel;
    const current = existsSync(o.target) ? readFileSync(o.target, 'utf8') : undefined;
    const same = current === o.json;
    let status: string;
    if (args.check) {
      status = current === undefined ? 'missing' : same ? 'ok' : 'differs';
      if (!same) differing++;
    } else if (args.update && same) {
      status = 'unchanged';
    } else {
      writeFileAtomic(o.target, o.json);
      status = current === undefined ? 'created' : same ? 'written' : 'updated';
    }
    const bytes = Buffer.byteLength(o.json);
    if (args.format === 'json') {
      ctx.out(
        JSON.stringify({
          file: shown,
          name: o.name,
          source: o.source,
          states: o.states,
          bytes,
          status,
        }),
      );
    } else {
      const mark =
        status === 'differs' || status === 'missing'
          ? ctx.paint('red', '✗')
          : ctx.paint('green', '✓');
      ctx.info(
        `${mark} ${o.name.padEnd(32)} ${String(o.states).padStart(5)} states ${String(bytes).padStart(8)} bytes  ${shown}${status === 'ok' || status === 'written' ? '' : ` (${status})`}`,
      );
    }
  }
  if (args.check && differing > 0) {
    ctx.err(
      `aslc: ${differing} of ${outputs.length} output${outputs.length === 1 ? '' : 's'} differ from the files on disk; run with --update to rewrite them.`,
    );
    return 1;
  }
  if (args.format === 'text') {
    ctx.info(
      ctx.paint(
        'dim',
        `${outputs.length} state machine${outputs.length === 1 ? '' : 's'} ${args.check ? 'checked' : 'compiled'}.`,
      ),
    );
  }
  return 0;
};

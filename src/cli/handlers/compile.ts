import { join, relative, resolve } from 'node:path';
import { InvalidDefinitionError, compile } from '../../compile.ts';
import { checkFileSet, writeFileSet, type FileStatus } from '../../util/file-set.ts';
import { shownPath } from '../shown-path.ts';
import { AslcError, UsageError, isAslcError } from '../../util/errors.ts';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { compileCommand } from '../commands/compile.ts';
import type { CliContext } from '../context.ts';
import { formatDiagnostic } from '../../validate/diagnostic.ts';
import { findWorkflowFiles, loadWorkflowModule } from '../module-loader.ts';

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
  const planned = outputs.map((o) => ({
    path: o.target,
    content: o.json,
    shown: shownPath(cwd, o.target),
  }));
  const statuses = args.check ? checkFileSet(planned) : writeFileSet(planned);
  const files = outputs.map((o, i) => ({
    file: shownPath(cwd, o.target),
    name: o.name,
    source: o.source,
    states: o.states,
    bytes: Buffer.byteLength(o.json),
    status: statuses[i] as FileStatus,
  }));
  const differing = files.filter((f) => f.status === 'differs' || f.status === 'missing').length;
  if (args.format === 'json') {
    ctx.json({ files, summary: { machines: files.length, differing } });
  } else {
    for (const f of files) {
      const bad = f.status === 'differs' || f.status === 'missing';
      const mark = bad ? ctx.paint('red', '✗') : ctx.paint('green', '✓');
      const note = f.status === 'ok' || f.status === 'created' ? '' : ` (${f.status})`;
      ctx.info(
        `${mark} ${f.name.padEnd(32)} ${String(f.states).padStart(5)} states ${String(f.bytes).padStart(8)} bytes  ${f.file}${note}`,
      );
    }
  }
  if (args.check && differing > 0) {
    ctx.err(
      `aslc: ${differing} of ${outputs.length} output${outputs.length === 1 ? '' : 's'} differ from the files on disk; run without --check to write them.`,
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

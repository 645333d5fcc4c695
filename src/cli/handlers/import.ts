import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AslcError, UsageError } from '../../util/errors.ts';
import { writeFileSet, type FileStatus } from '../../util/file-set.ts';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { importCommand } from '../commands/import.ts';
import type { CliContext } from '../context.ts';
import { collectSources, type CollectedSource } from '../import/collect-sources.ts';
import {
  prepareModules,
  sourceLabel,
  type ModuleJob,
  type PreparedModule,
} from '../import/prepare-modules.ts';
import { shownPath } from '../shown-path.ts';

type ImportArgs = ArgsOf<typeof importCommand>;

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Where each state machine's module goes. */
function jobsOf(sources: readonly CollectedSource[], args: ImportArgs, cwd: string): ModuleJob[] {
  const outRoot = args.out === undefined ? undefined : resolve(cwd, args.out);
  return sources.map((source) => {
    const dir = outRoot === undefined ? dirname(source.path) : join(outRoot, source.relDir);
    return { source, target: join(dir, `${args.name ?? source.name}.ts`) };
  });
}

/** Two state machines writing one file, or a module that exists with other content. */
function targetProblems(jobs: readonly PreparedModule[], force: boolean, cwd: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const label = sourceLabel(job.source);
    const other = seen.get(job.target);
    if (other !== undefined) {
      problems.push(
        `${label}: OutputCollision: ${other} and this state machine both write ${shownPath(cwd, job.target)}. Hint: import them into different folders`,
      );
    }
    seen.set(job.target, label);
    if (force || !existsSync(job.target)) continue;
    let same: boolean;
    try {
      same = statSync(job.target).isFile() && readFileSync(job.target, 'utf8') === job.code;
    } catch {
      same = false;
    }
    if (!same) {
      problems.push(
        `${shownPath(cwd, job.target)}: ModuleExists: a different module is already there. Hint: pass --force to overwrite it, or choose another --out or --name`,
      );
    }
  }
  return problems;
}

function report(
  ctx: CliContext,
  args: ImportArgs,
  prepared: readonly PreparedModule[],
  statuses: readonly FileStatus[],
): void {
  const cwd = ctx.io.cwd;
  const files = prepared.map((m, i) => ({
    file: shownPath(cwd, m.target),
    source: m.source.file,
    ...(m.source.resource === undefined ? {} : { resource: m.source.resource }),
    states: m.states,
    respaced: m.respaced,
    bytes: Buffer.byteLength(m.code),
    status: statuses[i] as FileStatus,
  }));
  if (args.format === 'json') {
    ctx.json({ files, summary: { modules: files.length } });
    return;
  }
  for (const f of files) {
    const notes = [
      ...(f.status === 'created' ? [] : [f.status]),
      ...(f.respaced === 0
        ? []
        : [`${f.respaced} expression${f.respaced === 1 ? '' : 's'} spaced as the DSL writes them`]),
    ];
    const note = notes.length === 0 ? '' : ` (${notes.join('; ')})`;
    const from = f.resource === undefined ? f.source : `${f.source} (${f.resource})`;
    ctx.info(
      `${ctx.paint('green', '✓')} ${f.file.padEnd(40)} ${String(f.states).padStart(5)} states  from ${from}${note}`,
    );
  }
  ctx.info(
    ctx.paint(
      'dim',
      `${files.length} module${files.length === 1 ? '' : 's'} imported, each checked to compile back to its definition.`,
    ),
  );
}

/** `aslc import`: definitions, templates and Serverless services → workflow modules. */
export const handleImport: CommandHandler<ImportArgs> = async (args, ctx) => {
  if (args.inputs.length === 0)
    throw new UsageError('name at least one definition, template, serverless.yml or folder');
  if (args.name !== undefined && !SAFE_NAME.test(args.name)) {
    throw new UsageError(
      `--name '${args.name}' cannot be a file name`,
      'use letters, digits, dots, dashes and underscores',
    );
  }
  const cwd = ctx.io.cwd;
  const { sources, errors } = collectSources(args.inputs, cwd);
  if (args.name !== undefined && sources.length > 1) {
    throw new UsageError(
      `--name names one module, and the inputs hold ${sources.length} state machines`,
      'import them without --name, or one at a time',
    );
  }
  const jobs = jobsOf(sources, args, cwd);
  const checkIn =
    args.out === undefined
      ? jobs[0] === undefined
        ? cwd
        : dirname(jobs[0].target)
      : resolve(cwd, args.out);
  const { prepared, errors: problems } = await prepareModules(
    jobs,
    checkIn,
    shownPath(cwd, checkIn),
  );
  const all = [...errors, ...problems, ...targetProblems(prepared, args.force, cwd)];
  if (all.length > 0) {
    for (const line of all) ctx.err(ctx.paint('red', `aslc: ${line}`));
    ctx.err(`aslc: ${all.length} problem${all.length === 1 ? '' : 's'}; nothing was written.`);
    return 1;
  }
  if (prepared.length === 0) throw new AslcError('NoImportSources', 'nothing to import');
  const statuses = writeFileSet(
    prepared.map((m) => ({ path: m.target, content: m.code, shown: shownPath(cwd, m.target) })),
  );
  report(ctx, args, prepared, statuses);
  return 0;
};

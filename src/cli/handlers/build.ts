import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CONFIG_FILE_NAME,
  TARGET_KINDS,
  buildArtifacts,
  environmentNames,
  environmentOf,
  loadEnvironment,
  loadProjectConfig,
  type BuildProblem,
  type Environment,
  type TargetKind,
  type TargetOptionsMap,
} from '../../iac/index.ts';
import { AslcError, UsageError } from '../../util/errors.ts';
import { isInsideFolder } from '../../util/path-inside.ts';
import { loadProjectWorkflows } from '../build/load-workflows.ts';
import { validateArtifacts } from '../build/validate-artifacts.ts';
import { checkFileSet, writeFileSet, type FileStatus } from '../../util/file-set.ts';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { buildCommand } from '../commands/build.ts';
import { shownPath } from '../shown-path.ts';

type BuildArgs = ArgsOf<typeof buildCommand>;

/** One problem as one line: `<workflow> (<target>): <Code>: <message> (state, field). Hint: …`. */
function formatProblem(p: BuildProblem): string {
  const who =
    p.workflow === undefined
      ? ''
      : `${p.workflow}${p.target === undefined ? '' : ` (${p.target})`}: `;
  const where: string[] = [];
  if (p.state !== undefined) where.push(`state '${p.state}'`);
  if (p.pointer !== undefined) where.push(`field '${p.pointer}'`);
  const loc = where.length > 0 ? ` (${where.join(', ')})` : '';
  const hint = p.hint === undefined ? '' : ` Hint: ${p.hint}`;
  return `${who}${p.code}: ${p.message}${loc}.${hint}`;
}

/** The targets to build: the configured ones, or those named by `--target`. */
function selectTargets(
  configured: TargetOptionsMap,
  wanted: readonly string[] | undefined,
): TargetOptionsMap {
  if (wanted === undefined || wanted.length === 0) return configured;
  const out: Record<string, unknown> = {};
  for (const t of wanted) {
    if (configured[t as TargetKind] === undefined) {
      const have = TARGET_KINDS.filter((k) => configured[k] !== undefined).join(', ');
      throw new UsageError(
        `target '${t}' is not configured`,
        `the configuration has targets ${have}`,
      );
    }
    out[t] = configured[t as TargetKind];
  }
  return out as TargetOptionsMap;
}

/** `aslc build`: every workflow of a project, every target, all files or none. */
export const handleBuild: CommandHandler<BuildArgs> = async (args, ctx) => {
  const cwd = ctx.io.cwd;
  const configPath = resolve(cwd, args.config ?? CONFIG_FILE_NAME);
  if (!existsSync(configPath)) {
    throw new UsageError(
      `no configuration file ${shownPath(cwd, configPath)}`,
      `pass --config PATH, or create ${CONFIG_FILE_NAME} (schema: schemas/aslc-config.schema.json)`,
    );
  }
  const configShown = shownPath(cwd, configPath);
  const loaded = loadProjectConfig(configPath);
  if (!loaded.ok) {
    for (const i of loaded.issues)
      ctx.err(
        ctx.paint(
          'red',
          `aslc: ${configShown}:${i.pointer || '(root)'}: InvalidConfig: ${i.message}.`,
        ),
      );
    return 1;
  }
  const config = loaded.value;
  const targets = selectTargets(config.targets, args.target);

  let environment: Environment | undefined;
  const envName = args.env ?? config.defaultEnvironment;
  if (envName !== undefined) {
    const names = environmentNames(config);
    if (!names.includes(envName)) {
      const where = args.env === undefined ? ` (the configuration's defaultEnvironment)` : '';
      throw new UsageError(
        `unknown environment '${envName}'${where}`,
        names.length === 0
          ? 'the project defines no environments'
          : `the project defines ${names.join(', ')}`,
      );
    }
    const env = loadEnvironment(config, envName);
    if (env === undefined) throw new UsageError(`unknown environment '${envName}'`);
    if (!env.ok) {
      const file = shownPath(cwd, env.file ?? configPath);
      for (const i of env.issues)
        ctx.err(
          ctx.paint(
            'red',
            `aslc: ${file}:${i.pointer || '(root)'}: InvalidEnvironment: ${i.message}.`,
          ),
        );
      return 1;
    }
    environment = environmentOf(envName, env.value.placeholders);
  }
  if (args.out === undefined && config.outDir.includes('{env}') && environment === undefined) {
    throw new UsageError(
      `the outDir '${config.outDir}' uses {env}`,
      'choose an environment with --env <name>, or pass --out',
    );
  }
  const outDir =
    args.out !== undefined
      ? resolve(cwd, args.out)
      : resolve(config.dir, config.outDir.replace(/\{env\}/g, environment?.name ?? ''));
  // A configuration writes only inside its own folder; elsewhere needs --out on the command line.
  if (args.out === undefined && !isInsideFolder(config.dir, outDir)) {
    throw new AslcError(
      'OutDirOutsideProject',
      `the outDir '${config.outDir}' of ${configShown} leads outside its folder (to ${shownPath(cwd, outDir)})`,
      {
        hint: 'keep outDir inside the folder of the configuration, or name the output folder with --out',
      },
    );
  }

  const { workflows, errors: loadErrors } = await loadProjectWorkflows(config, cwd);
  const errors = [...loadErrors];
  const warnings: string[] = [];
  const { artifacts, problems } = buildArtifacts(workflows, {
    targets,
    ...(environment === undefined ? {} : { environment }),
    incomplete: loadErrors.length > 0,
  });
  for (const p of problems) (p.severity === 'error' ? errors : warnings).push(formatProblem(p));
  if (args.validate && artifacts.length > 0) {
    const v = validateArtifacts(artifacts);
    errors.push(...v.errors);
    warnings.push(...v.warnings);
  }
  if (!ctx.quiet) for (const w of warnings) ctx.err(ctx.paint('yellow', `aslc: warning: ${w}`));
  if (errors.length > 0) {
    for (const line of errors) ctx.err(ctx.paint('red', `aslc: ${line}`));
    ctx.err(
      `aslc: ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was written.`,
    );
    return 1;
  }

  const planned = artifacts.map((a) => ({ ...a, file: join(outDir, ...a.path.split('/')) }));
  const astray = planned.find((p) => !isInsideFolder(outDir, p.file));
  if (astray !== undefined) {
    throw new AslcError(
      'OutputOutsideOutDir',
      `the ${astray.target} target would write ${shownPath(cwd, astray.file)}, outside the output folder`,
      { hint: `keep the target's dir option inside the output folder (no '..')` },
    );
  }
  const statuses: FileStatus[] = args.check
    ? checkFileSet(
        planned.map((p) => ({ path: p.file, content: p.content, shown: shownPath(cwd, p.file) })),
      )
    : writeFileSet(
        planned.map((p) => ({ path: p.file, content: p.content, shown: shownPath(cwd, p.file) })),
      );
  const files = planned.map((a, i) => ({
    workflow: a.workflow ?? null,
    target: a.target,
    file: shownPath(cwd, a.file),
    states: a.states,
    bytes: Buffer.byteLength(a.content),
    status: statuses[i] as FileStatus,
  }));
  const differing = files.filter((f) => f.status === 'differs' || f.status === 'missing').length;
  if (args.format === 'json') {
    const environmentName = environment?.name ?? null;
    ctx.json({ files, summary: { files: files.length, differing, environment: environmentName } });
  } else {
    for (const f of files) {
      const bad = f.status === 'differs' || f.status === 'missing';
      const mark = bad ? ctx.paint('red', '✗') : ctx.paint('green', '✓');
      const note =
        f.status === 'ok' || f.status === 'created' || f.status === 'updated'
          ? ''
          : ` (${f.status})`;
      ctx.info(
        `${mark} ${(f.workflow ?? '(shared)').padEnd(24)} ${f.target.padEnd(14)} ${String(f.states).padStart(4)} states ${String(f.bytes).padStart(8)} bytes  ${f.file}${note}`,
      );
    }
  }
  if (args.check && differing > 0) {
    ctx.err(
      `aslc: ${differing} of ${planned.length} files differ from the disk; run aslc build without --check to write them.`,
    );
    return 1;
  }
  if (args.format === 'text') {
    const count = new Set(artifacts.flatMap((a) => (a.workflow === undefined ? [] : [a.workflow])))
      .size;
    const env = environment === undefined ? '' : ` for environment ${environment.name}`;
    ctx.info(
      ctx.paint(
        'dim',
        `${planned.length} file${planned.length === 1 ? '' : 's'} ${args.check ? 'checked' : 'built'} from ${count} workflow${count === 1 ? '' : 's'}${env} into ${shownPath(cwd, outDir)}.`,
      ),
    );
  }
  return 0;
};

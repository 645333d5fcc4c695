import { join, relative, resolve, sep } from 'node:path';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { BuildWorkflow, ProjectConfig, WorkflowEntry } from '../../iac/index.ts';
import { isAslcError } from '../../util/errors.ts';
import { findWorkflowFiles, loadWorkflowModule } from '../module-loader.ts';
import { isAslWorkflowPath, loadAslWorkflow } from './load-asl-workflow.ts';

/** The first `.asl.json` files under a folder (at most a few, node_modules skipped). */
function aslFilesIn(dir: string, found: string[] = [], depth = 0): string[] {
  if (depth > 20 || found.length >= 3) return found;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (found.length >= 3) break;
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') aslFilesIn(p, found, depth + 1);
    else if (e.isFile() && isAslWorkflowPath(e.name)) found.push(p);
  }
  return found;
}

/**
 * Loads the workflows a project configuration lists (modules, folders of modules, or plain ASL
 * workflows: `*.asl.json` files with `${Name}` placeholders, relative to the configuration
 * file), sorted by path. A module that several entries list (a folder, then the module
 * itself with its own options) is built once, with the options of the last entry that lists
 * it. Problems (a missing path, a module that fails to load) are returned as lines, so that
 * every one is reported.
 *
 * @example
 * ```ts
 * const { workflows, errors } = await loadProjectWorkflows(config, process.cwd());
 * ```
 */
export async function loadProjectWorkflows(
  config: ProjectConfig,
  cwd: string,
): Promise<{ workflows: BuildWorkflow[]; errors: string[] }> {
  const errors: string[] = [];
  const modules = new Map<string, WorkflowEntry>();
  for (const entry of config.workflows) {
    const abs = resolve(config.dir, entry.path);
    if (isAslWorkflowPath(entry.path) && existsSync(abs) && statSync(abs).isFile()) {
      // A plain ASL workflow: read, validated and built like a compiled module.
      modules.delete(abs);
      modules.set(abs, entry);
      continue;
    }
    let files;
    try {
      files = findWorkflowFiles([entry.path], config.dir);
    } catch (e) {
      if (!isAslcError(e)) throw e;
      errors.push(e.withFile(relative(cwd, config.file) || config.file).format());
      continue;
    }
    if (files.length === 0) {
      const asl = existsSync(abs) && statSync(abs).isDirectory() ? aslFilesIn(abs) : [];
      errors.push(
        `${relative(cwd, config.file)}: NoWorkflows: no workflow modules in ${entry.path}` +
          (asl.length === 0
            ? '.'
            : `; a folder entry lists modules only, so its plain ASL workflows must be listed one by one (e.g. "${relative(
                config.dir,
                asl[0] as string,
              )
                .split(sep)
                .join('/')}").`),
      );
      continue;
    }
    for (const file of files) {
      modules.delete(file.path);
      modules.set(file.path, entry);
    }
  }
  const workflows: BuildWorkflow[] = [];
  for (const [path, entry] of [...modules].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
  )) {
    const display = relative(cwd, path) || path;
    if (isAslWorkflowPath(path)) {
      const loaded = loadAslWorkflow(path, display, entry);
      if (loaded.workflow !== undefined) workflows.push(loaded.workflow);
      errors.push(...loaded.errors);
      continue;
    }
    try {
      for (const { name, machine, machineArns } of await loadWorkflowModule(path, display)) {
        workflows.push({
          name,
          machine: machine.node,
          entry,
          ...(machineArns === undefined ? {} : { machineArns }),
        });
      }
    } catch (e) {
      if (!isAslcError(e)) throw e;
      errors.push(e.file === undefined ? e.withFile(display).format() : e.format());
    }
  }
  return { workflows, errors };
}

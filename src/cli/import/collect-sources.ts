/**
 * The inputs of `aslc import`: files and folders, read with aslc's limits, each file's state
 * machines found by the source readers of src/import.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { readImportSources, type ImportSource } from '../../import/index.ts';
import { AslcError, isAslcError } from '../../util/errors.ts';
import { readTextFile } from '../../util/read-text.ts';
import { shownPath } from '../shown-path.ts';

/** A state machine found in the inputs, with where its file is. */
export interface CollectedSource extends ImportSource {
  /** Absolute path of the source file. */
  readonly path: string;
  /** Folder of the file relative to the input folder it was found in (`''` for a file input). */
  readonly relDir: string;
}

/** Names that are import sources whatever else a folder holds: a broken one is an error. */
const OWN_NAMES =
  /(\.asl\.(json|ya?ml)|^template\.(json|ya?ml)|\.template\.(json|ya?ml)|^serverless\.(json|ya?ml))$/i;
const CANDIDATE = /\.(json|ya?ml)$/i;
const SKIPPED = new Set(['node_modules', 'package.json', 'package-lock.json', 'tsconfig.json']);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && CANDIDATE.test(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Reads a regular file of a source (a `DefinitionUri`), relative to that source's folder. */
function relativeReader(cwd: string, sourcePath: string) {
  return (_from: string, rel: string): { text: string; path: string; shown: string } => {
    const path = resolve(dirname(sourcePath), rel);
    const shown = shownPath(cwd, path);
    let isFile: boolean;
    try {
      isFile = statSync(path).isFile();
    } catch {
      throw new AslcError(
        'FileNotFound',
        `${shown}, named by the definition's location, does not exist`,
      );
    }
    if (!isFile)
      throw new AslcError(
        'ReadFailed',
        `${shown}, named by the definition's location, is not a file`,
      );
    return { text: readTextFile(path, shown), path, shown };
  };
}

/**
 * Finds the state machines of the inputs. A file given by name must be a source; in folders,
 * files that are not (other JSON or YAML) are skipped. Problems are one line each; a plain
 * definition that a template of the inputs reads through `DefinitionUri` is imported once, from
 * the template.
 *
 * @example
 * ```ts
 * const { sources, errors } = collectSources(['statemachines', 'template.yaml'], process.cwd());
 * ```
 */
export function collectSources(
  inputs: readonly string[],
  cwd: string,
): { sources: CollectedSource[]; errors: string[] } {
  const sources: CollectedSource[] = [];
  const errors: string[] = [];
  const read = (path: string, relDir: string, named: boolean): void => {
    const shown = shownPath(cwd, path);
    try {
      const text = readTextFile(path, shown);
      for (const s of readImportSources(text, shown, relativeReader(cwd, path)))
        sources.push({ ...s, path, relDir });
    } catch (e) {
      if (!isAslcError(e)) throw e;
      const base = path.split(sep).pop() ?? '';
      if (!named && (e.code === 'NotAnImportSource' || !OWN_NAMES.test(base))) return;
      errors.push(e.file === undefined ? e.withFile(shown).format() : e.format());
    }
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      errors.push(new AslcError('FileNotFound', `no such file or folder: ${input}`).format());
      continue;
    }
    if (!stat.isDirectory()) {
      read(abs, '', true);
      continue;
    }
    const before = sources.length;
    for (const f of filesUnder(abs)) read(f, relative(abs, dirname(f)).split(sep).join('/'), false);
    if (sources.length === before && errors.length === 0) {
      errors.push(
        new AslcError(
          'NoImportSources',
          `no state machine definitions, templates or serverless.yml in ${input}`,
        ).format(),
      );
    }
  }
  const consumed = new Set(sources.flatMap((s) => s.consumed ?? []));
  return {
    sources: sources.filter((s) => s.resource !== undefined || !consumed.has(s.path)),
    errors,
  };
}

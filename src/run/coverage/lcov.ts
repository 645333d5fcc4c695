/**
 * Coverage in the lcov tracefile format (`--coverage-format lcov`), mapped to the workflow
 * modules where the states were defined (recorded source locations), so that editors and CI
 * services that read lcov show it on the TypeScript source:
 *
 * - `DA:<line>,<count>`: a line where states were defined, with the times its least-entered
 *   state was entered (so a line holding a state never entered shows as not executed);
 * - `BRDA:<line>,<block>,<branch>,<taken>`: one block per state that branches, one branch per
 *   transition (`Next`, Choice rule, `Default`, catcher), Retry rule and Parallel branch / Map
 *   processor, on the line of the `.when(…)`, `.catch(…)` or `.retry(…)` that wrote it (else
 *   the state's); `taken` is `-` when the state itself was never entered;
 * - `LF`/`LH`, `BRF`/`BRH` and `end_of_record` per file (`SF:`), files and lines sorted.
 *
 * States without a source location (ASL JSON workflows) are not in the file.
 */
import type { SourceLocation } from '../../util/source-location.ts';
import type { CoverageReport } from './coverage-types.ts';

/** One branch of a block. */
interface Branch {
  readonly line: number;
  readonly hits: number;
}

/** What one source file gets. */
interface FileRecord {
  /** Per line, the smallest hit count of the states defined there. */
  readonly lines: Map<number, number>;
  /** Blocks in order: the state's hit count and its branches. */
  readonly blocks: { readonly entered: number; readonly branches: Branch[] }[];
}

/**
 * The lcov tracefile of a coverage report (empty when no state has a source location).
 *
 * @example
 * ```ts
 * declare const report: CoverageReport;
 * writeFileSync('coverage/lcov.info', toLcov(report));
 * // TN:\nSF:/repo/order.ts\nDA:4,3\n…\nBRDA:18,0,0,2\n…\nend_of_record\n
 * ```
 */
export function toLcov(report: CoverageReport): string {
  const files = new Map<string, FileRecord>();
  const fileOf = (loc: SourceLocation): FileRecord => {
    let f = files.get(loc.file);
    if (f === undefined) files.set(loc.file, (f = { lines: new Map(), blocks: [] }));
    return f;
  };
  for (const w of report.workflows) {
    const entered = new Map(w.states.map((s) => [s.name, s.hits]));
    for (const s of w.states) {
      if (s.source === undefined) continue;
      const lines = fileOf(s.source).lines;
      const seen = lines.get(s.source.line);
      lines.set(s.source.line, seen === undefined ? s.hits : Math.min(seen, s.hits));
    }
    // One block per state that has branches, in state order.
    const byState = new Map<string, { loc: SourceLocation; hits: number }[]>();
    const add = (state: string, loc: SourceLocation | undefined, hits: number) => {
      if (loc === undefined) return;
      let list = byState.get(state);
      if (list === undefined) byState.set(state, (list = []));
      list.push({ loc, hits });
    };
    for (const t of w.transitions) add(t.state, t.source, t.hits);
    for (const r of w.retries) add(r.state, r.source, r.hits);
    for (const b of w.branches) add(b.state, b.source, b.hits);
    for (const s of w.states) {
      const list = byState.get(s.name);
      if (list === undefined || s.source === undefined) continue;
      const file = fileOf(s.source);
      const branches = list
        .filter((b) => b.loc.file === s.source?.file)
        .map((b) => ({ line: b.loc.line, hits: b.hits }));
      if (branches.length > 0) file.blocks.push({ entered: entered.get(s.name) ?? 0, branches });
    }
  }
  const out: string[] = [];
  for (const path of [...files.keys()].sort()) {
    const f = files.get(path) as FileRecord;
    out.push('TN:', `SF:${path}`);
    const lines = [...f.lines].sort((a, b) => a[0] - b[0]);
    const brda: string[] = [];
    let brh = 0;
    f.blocks.forEach((block, blockId) => {
      block.branches.forEach((b, branchId) => {
        const taken = block.entered === 0 ? '-' : String(b.hits);
        if (block.entered > 0 && b.hits > 0) brh += 1;
        brda.push(`BRDA:${b.line},${blockId},${branchId},${taken}`);
      });
    });
    // lcov readers expect branch records sorted by line within a file.
    brda.sort((a, b) => lineOf(a) - lineOf(b));
    out.push(...brda);
    out.push(`BRF:${brda.length}`, `BRH:${brh}`);
    for (const [line, hits] of lines) out.push(`DA:${line},${hits}`);
    out.push(`LF:${lines.length}`, `LH:${lines.filter(([, h]) => h > 0).length}`);
    out.push('end_of_record');
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

function lineOf(brda: string): number {
  return Number(brda.slice(5, brda.indexOf(',')));
}

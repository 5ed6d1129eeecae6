/**
 * The import graph of src/core (read from the sources, not from a bundler):
 *
 *  1. no import circle between modules (files), type-only imports included: a circle of types is
 *     erased at run time but still ties the modules together. The report's contract types (Finding,
 *     Location, FileReport …) live in contract.ts, at the bottom, which imports only base types;
 *     report-base.ts (the helpers that need no engine) and report.ts (which runs the engine) are
 *     imported by no module of src/core;
 *  2. the engine's layers point one way, type-only imports included. The recognised-workbook model (src/core/model)
 *     is beneath both the check rules and the narrative analysis, which are its two clients;
 *     the check's narrative rules use the analysis; the narrative generator, autofix and the
 *     review workflow run the check; report.ts runs them all. A layer imports only from its
 *     own layer and the ones beneath it:
 *
 *        base (workbook, amount, facts, recognize, data …) < model < narrative analysis
 *          < check < clients (narrative/generate, narrative/autofix*, review) < report.ts
 *     (contract.ts, the report's types, is in the base layer; report-base.ts, the helpers that need no
 *     engine, is in report.ts's layer)
 */
import * as fs from 'fs';
import * as path from 'path';

const CORE = path.resolve(__dirname, '../../src/core');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(import|export)\s([^;]*?)from\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** `import type {…}`, `export type {…}`, or every specifier marked `type`. */
function typeOnly(clause: string): boolean {
  if (/^type\s/.test(clause.trim())) return true;
  const braces = /\{([^}]*)\}/.exec(clause);
  if (!braces || /^[\w$]+\s*,/.test(clause.trim()) || /\*\s+as/.test(clause)) return false;
  const names = braces[1].split(',').map((x) => x.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => /^type\s/.test(n));
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return null;
}

/** file → the files it imports (relative imports inside src/core). */
function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const f of sources(CORE)) {
    const text = fs.readFileSync(f, 'utf8');
    const deps: Edge[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(f, m[3]);
      if (!target) throw new Error(`${rel(f)}: cannot resolve ${m[3]}`);
      if (target.startsWith(CORE)) deps.push({ to: target, typeOnly: typeOnly(m[2]) });
    }
    graph.set(f, deps);
  }
  return graph;
}

/** The graph of run-time imports. */
function runtime(graph: Map<string, Edge[]>): Map<string, string[]> {
  return new Map([...graph].map(([f, deps]) => [f, deps.filter((d) => !d.typeOnly).map((d) => d.to)]));
}

const rel = (f: string): string => path.relative(CORE, f).split(path.sep).join('/');

/** Strongly connected components with more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        scc.push(rel(w));
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

type Layer = 'base' | 'model' | 'analysis' | 'check' | 'clients' | 'report';
const ORDER: Layer[] = ['base', 'model', 'analysis', 'check', 'clients', 'report'];

function layerOf(file: string): Layer {
  const r = rel(file);
  if (r === 'report.ts' || r === 'report-base.ts') return 'report'; // report-base: the contract without the engine
  if (r.startsWith('model/')) return 'model';
  if (r.startsWith('check/')) return 'check';
  if (r.startsWith('narrative/generate/') || /^narrative\/autofix[^/]*\.ts$/.test(r) || r.startsWith('review/')) return 'clients';
  if (r.startsWith('checklist/')) return 'clients';
  if (r.startsWith('narrative/')) return 'analysis';
  if (r.startsWith('recognize/') || r.startsWith('data/') || !r.includes('/')) return 'base';
  throw new Error(`no layer for ${r}: add its directory to the layers of this test`);
}

describe('import graph of src/core', () => {
  const graph = importGraph();

  it('is read from every module', () => {
    expect(graph.size).toBeGreaterThan(80);
    expect([...graph.keys()].map(rel)).toEqual(expect.arrayContaining(['model/model.ts', 'model/quantity.ts', 'narrative/analyse.ts', 'check/index.ts']));
  });

  it('has no import circle at run time', () => {
    expect(circles(runtime(graph))).toEqual([]);
  });

  it('has no import circle of types either', () => {
    expect(circles(new Map([...graph].map(([f, deps]) => [f, deps.map((d) => d.to)])))).toEqual([]);
  });

  it('takes the contract types from contract.ts: no module of src/core imports report.ts or report-base.ts', () => {
    const importers = [...graph]
      .filter(([f, deps]) => rel(f) !== 'report.ts' && deps.some((d) => rel(d.to) === 'report.ts' || rel(d.to) === 'report-base.ts'))
      .map(([f]) => rel(f));
    expect(importers).toEqual([]);
  });

  it('keeps contract.ts at the bottom: it imports only types, and only from the base layer', () => {
    const deps = [...graph].find(([f]) => rel(f) === 'contract.ts')?.[1] ?? [];
    expect(deps.map((d) => `${rel(d.to)} ${d.typeOnly ? 'type' : 'value'} ${layerOf(d.to)}`)).toEqual(['facts.ts type base']);
  });

  it('finds a circle when there is one (the detector itself)', () => {
    const a = path.join(CORE, 'a.ts');
    const b = path.join(CORE, 'b.ts');
    const c = path.join(CORE, 'c.ts');
    expect(circles(new Map([[a, [b]], [b, [c]], [c, [a]]]))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(circles(new Map([[a, [b]], [b, []]]))).toEqual([]);
  });

  it('points one way: base < model < narrative analysis < check < narrative generator/autofix', () => {
    const upward: string[] = [];
    for (const [file, deps] of graph) {
      const from = layerOf(file);
      for (const d of deps) {
        const to = layerOf(d.to);
        if (ORDER.indexOf(to) > ORDER.indexOf(from)) upward.push(`${rel(file)} (${from}) → ${rel(d.to)} (${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has the model beneath both of its clients', () => {
    const importers = (layer: Layer) => new Set([...graph].filter(([f]) => layerOf(f) === layer).flatMap(([, deps]) => deps.map((d) => layerOf(d.to))));
    expect(importers('check').has('model')).toBe(true);
    expect(importers('analysis').has('model')).toBe(true);
    expect(importers('model').has('check')).toBe(false);
    expect(importers('model').has('analysis')).toBe(false);
  });
});

/**
 * Runs `npm run build` (Astro build, whose integration checks links and writes the Pagefind indexes) on
 * some content and measures its wall time and the peak memory of the whole
 * process tree (sum of VmRSS over the build's processes, sampled every 50 ms).
 */
import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildSteps, isStepLine, type BuildStep, type TimedLine } from './buildSteps.ts';

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  /** Highest sum of resident memory over the build's process tree, in bytes. */
  peakRssBytes: number;
  /**
   * Highest resident memory of any one process of the build (what `time -v`
   * reports, and how the memory target is stated).
   */
  peakProcessRssBytes: number;
  /** CPU time (user + system) of every process of the build; less sensitive than wall time to other load. */
  cpuMs: number;
  /** 1-minute load average when the build started (the machine is shared). */
  loadAverage: number;
  /** Last lines of output, for a failed build. */
  tail: string;
  /** Where the time went, from the build's own step lines (buildSteps.ts). */
  steps?: BuildStep[];
}

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return children;
}

/** Resident memory of a process and all its descendants, in bytes: their sum, and the largest one. */
export function treeRss(root: number): { total: number; largest: number } {
  const children = childrenOf();
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
      largest = Math.max(largest, Number(kb ?? 0) * 1024);
    } catch {
      /* ended */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

export function runBuild(env: Record<string, string>): Promise<BuildRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    const load = loadavg()[0]!;
    // bash's `times` prints the CPU time of all the (reaped) descendants: the whole build.
    const child = spawn('bash', ['-c', 'npm run -s build; rc=$?; echo "@@times"; times; exit $rc'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    /** The step lines, kept from the whole output with their arrival time (the tail alone loses the early ones). */
    const stepLines: TimedLine[] = [];
    const samples: [number, number][] = [];
    let partial = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-20_000);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (isStepLine(line)) stepLines.push({ line, at: performance.now() });
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    let peakProcess = 0;
    const sample = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      samples.push([performance.now(), rss.total]);
      peak = Math.max(peak, rss.total);
      peakProcess = Math.max(peakProcess, rss.largest);
    };
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      const times = /@@times\n.*\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(output);
      const cpuMs = times ? (Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])) * 1000 : NaN;
      resolve({
        ok: code === 0,
        cpuMs,
        loadAverage: load,
        wallMs: performance.now() - start,
        peakRssBytes: peak,
        peakProcessRssBytes: peakProcess,
        tail: stripVTControlCharacters(output).split('\n').slice(-30).join('\n'),
        steps: buildSteps([...stepLines, { line: partial, at: performance.now() }], samples),
      });
    });
  });
}

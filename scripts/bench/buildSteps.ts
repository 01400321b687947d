/**
 * Where a build's time and memory go: the step lines our integration logs
 * (src/integrations/siteBuild.ts, `[dingdian-fupin:site-build] <step> (<n> ms)`)
 * and Astro's `[vite] ✓ built in …` (bundling) lines, read from the output
 * as they arrive; a step's peak memory is the highest sample taken while it ran.
 */
import { stripVTControlCharacters } from 'node:util';

export interface BuildStep {
  step: string;
  ms: number;
  /** Highest resident memory of the build's processes while the step ran, when sampled. */
  peakRssBytes?: number;
}

/** A line of output and when it arrived (ms, same clock as the memory samples). */
export interface TimedLine {
  line: string;
  at: number;
}

const STEP = /\[dingdian-fupin:site-build\] (.+?) \((\d+) ms\)\s*$/;
const VITE = /\[vite\] ✓ built in (?:(\d+)m )?([\d.]+)(ms|s)\b/;

/** Whether a line of build output is one buildSteps reads. */
export const isStepLine = (line: string) => STEP.test(stripVTControlCharacters(line)) || VITE.test(stripVTControlCharacters(line));

/**
 * The steps of one build, in the order logged. Astro's "bundled and pages
 * rendered" phase is split into Vite's bundling (the sum of its `built in`
 * lines: MDX is compiled there) and rendering the pages.
 */
export function buildSteps(lines: TimedLine[], samples: [at: number, rss: number][] = []): BuildStep[] {
  const peak = (from: number, to: number) => {
    const inside = samples.filter(([at]) => at >= from && at <= to).map(([, rss]) => rss);
    return inside.length ? { peakRssBytes: Math.max(...inside) } : {};
  };
  const steps: BuildStep[] = [];
  let vite = 0;
  for (const { line: raw, at } of lines) {
    const line = stripVTControlCharacters(raw);
    const bundle = VITE.exec(line);
    if (bundle) vite += Number(bundle[1] ?? 0) * 60_000 + Number(bundle[2]) * (bundle[3] === 's' ? 1000 : 1);
    const step = STEP.exec(line);
    if (!step) continue;
    const ms = Number(step[2]);
    if (step[1] === 'bundled and pages rendered' && vite > 0) {
      const bundled = Math.min(Math.round(vite), ms);
      steps.push({ step: 'bundled (Vite; MDX compiled)', ms: bundled, ...peak(at - ms, at - ms + bundled) });
      steps.push({ step: 'pages rendered', ms: ms - bundled, ...peak(at - ms + bundled, at) });
    } else steps.push({ step: step[1]!, ms, ...peak(at - ms, at) });
  }
  return steps;
}

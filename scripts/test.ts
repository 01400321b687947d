/**
 * `npm test`: every check and test, in lanes that run at once, since most
 * parts alone leave a core of a 2-core machine idle much of the time:
 *
 *   site        npm run build, then npm run check
 *   lint        npm run format:check, then npm run lint once the build has
 *               generated Astro's content types (ESLint's typed rules read them)
 *   node tests  the unit project, then the build project
 *   browser     the e2e and visual projects in one Vitest run, once the site is built
 *
 * Whatever runs Astro in the checkout (the build, check's sync, every build
 * of the build project) holds tests/helpers/astroLock.ts, one at a time.
 * A lane stops at its first failure; the others go on, so one run reports
 * every failing part. The browser lane prints as it goes; the other parts
 * print their output whole when they end, so lines never interleave. The
 * browser lane runs at a lower priority (nice): it has the most work, so the
 * shorter lanes should end first and leave it both cores.
 */
import { spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

interface Step {
  name: string;
  command: string[];
  /** Print the output as it comes (one lane only), instead of whole at the end. */
  stream?: boolean;
  nice?: number;
}
interface Outcome {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
}

const npm = (script: string): string[] => ['npm', 'run', '-s', script];
/** Astro builds and syncs into the checkout's .astro/ folder: one at a time (tests/helpers/astroLock.ts). */
const locked = (command: string[]): string[] => [process.execPath, 'tests/helpers/astroLock.ts', ...command];
const vitest = (...projects: string[]): string[] => ['npm', 'exec', '--', 'vitest', 'run', ...projects.flatMap((p) => ['--project', p])];

const started = Date.now();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadAtStart = load();
const outcomes: Outcome[] = [];
// Colours when the terminal shows them, though the tools write into a pipe.
const env = { ...process.env, ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}) };

function run(step: Step): Promise<boolean> {
  const t0 = Date.now();
  const [command, ...args] = step.nice ? ['nice', '-n', String(step.nice), ...step.command] : step.command;
  const child = spawn(command!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  const take = (chunk: Buffer) => (step.stream ? process.stdout.write(chunk) : chunks.push(chunk));
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  console.log(`▶ ${step.name}`);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (Date.now() - t0) / 1000;
      const passed = code === 0;
      outcomes.push({ name: step.name, status: passed ? 'passed' : 'failed', seconds });
      const line = `${passed ? '✓' : '✗'} ${step.name} (${seconds.toFixed(0)} s)`;
      process.stdout.write(step.stream ? `${line}\n` : Buffer.concat([Buffer.from(`── ${line} ──\n`), ...chunks, Buffer.from('\n')]));
      resolve(passed);
    });
  });
}

/** Runs the steps one after the other, up to the first failure; the rest are reported as skipped. */
async function lane(steps: Step[]): Promise<boolean> {
  for (const [i, step] of steps.entries())
    if (!(await run(step))) {
      for (const skipped of steps.slice(i + 1)) outcomes.push({ name: skipped.name, status: 'skipped', seconds: 0 });
      return false;
    }
  return true;
}

// Chromium and Firefox for the build and browser projects (installed from Debian when missing).
if (spawnSync(process.execPath, ['scripts/ensure-browsers.ts'], { stdio: 'inherit', env }).status !== 0) process.exit(1);

const browser: Step = { name: 'e2e and visual projects', command: vitest('e2e', 'visual'), stream: true, nice: 5 };
const build = run({ name: 'npm run build', command: locked(npm('build')) });

const results = await Promise.all([
  build,
  // After the build, which holds the Astro lock first: the browser lane waits for it, not for the types.
  build.then(() => lane([{ name: 'npm run check', command: locked(npm('check')) }])),
  // Formatting first; ESLint's typed rules read the content types Astro generates (.astro/), which a fresh
  // clone has only once the build has synced them.
  run({ name: 'npm run format:check', command: npm('format:check') }).then(async (formatted) => {
    await build;
    return (await lane([{ name: 'npm run lint', command: npm('lint') }])) && formatted;
  }),
  lane([
    { name: 'unit project', command: vitest('unit') },
    { name: 'build project', command: vitest('build') },
  ]),
  build.then((built) => {
    if (built) return lane([browser]);
    outcomes.push({ name: browser.name, status: 'skipped', seconds: 0 });
    return false;
  }),
]);

const width = Math.max(...outcomes.map((o) => o.name.length));
console.log(`\nnpm test: ${((Date.now() - started) / 1000).toFixed(0)} s (load average ${loadAtStart} at the start, ${load()} at the end)`);
for (const o of outcomes)
  console.log(
    `  ${o.status === 'passed' ? '✓' : o.status === 'failed' ? '✗' : '-'} ${o.name.padEnd(width)} ${o.status === 'skipped' ? 'skipped' : `${o.seconds.toFixed(0).padStart(4)} s`}`,
  );
process.exit(results.every(Boolean) ? 0 : 1);

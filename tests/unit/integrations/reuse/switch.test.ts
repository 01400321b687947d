import { afterEach, describe, expect, it, vi } from 'vitest';

/** The switch module as a build with this environment reads it. */
async function switchWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('../../../../src/integrations/reuse/switch.ts');
}

afterEach(() => vi.unstubAllEnvs());

describe('REUSE switch', () => {
  it('lets a rebuild reuse the last build by default', async () => {
    const s = await switchWith({ REUSE: undefined, PREVIOUS_BUILD: '/b/1' });
    expect(s.reuseOn).toBe(true);
    expect(s.previousBuildDir).toBe('/b/1');
    expect(s.reuseCacheDir('/cache')).toBe('/cache');
  });

  it('REUSE=off: no previous build, no records read or written', async () => {
    const s = await switchWith({ REUSE: 'off', PREVIOUS_BUILD: '/b/1' });
    expect(s.reuseOn).toBe(false);
    expect(s.previousBuildDir).toBeUndefined();
    expect(s.reuseCacheDir('/cache')).toBeUndefined();
  });

  it('refuses a value it does not know, saying what to set', async () => {
    await expect(switchWith({ REUSE: 'no' })).rejects.toThrow('REUSE=no: unknown value; set REUSE=off');
  });
});

import { startServer } from '../src/lib/staticServer.ts';
import { chromium } from 'playwright-core';
const { server, url } = await startServer({ root: 'dist', base: '/', port: 0 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const shots = JSON.parse(process.argv[2]!);
for (const s of shots) {
  const page = await (await b.newContext({ viewport: { width: s.w ?? 1200, height: s.h ?? 900 }, colorScheme: s.dark ? 'dark' : 'light' })).newPage();
  await page.goto(url + s.path);
  if (s.hover) await page.hover(s.hover);
  if (s.print) await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: s.out, fullPage: !!s.full });
}
await b.close(); server.close();

/**
 * The fixture site (tests/fixtures/site, built by tests/helpers/fixtureSite.ts
 * and served by globalSetup.ts beside the real build) as the behaviour and
 * visual tests see it: its address, its build folder, its entries and its
 * termbase. Its content is made for the tests, so a test may name its entries,
 * terms and words; the real content under content/ stays the editors'.
 */
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { FIXTURE_CONTENT } from '../helpers/fixtureSite.ts';
import { siteEntries } from '../helpers/siteEntries.ts';
import { loadTermbase } from '../../src/content-model/termbase/load.ts';
import * as site from './site.ts';

export const fixtureUrl = () => inject('fixtureUrl');
/** A page of the fixture site: `url('fr/cases/changwu-2468/')`. */
export const url = (path: string) => new URL(path.replace(/^\//, ''), fixtureUrl()).href;
/** The fixture site's build folder (its `dist`). */
export const fixtureDir = () => inject('fixtureDir');

/** A watched page (tests/e2e/site.ts) for which the fixture site is the site. */
export const watchedPage = (browser: Browser, options: BrowserContextOptions = {}) => site.watchedPage(browser, options, fixtureUrl());
/** One browser and watched page for a whole file, on the fixture site. */
export const sharedPage = () => site.sharedPage(fixtureUrl);

/** The fixture's entries, read from its content folder. */
export const fixtureEntries = () => siteEntries(FIXTURE_CONTENT);
/** The fixture's termbase, read and checked. */
export const fixtureTerms = () => loadTermbase(join(FIXTURE_CONTENT, 'termbase.json'));

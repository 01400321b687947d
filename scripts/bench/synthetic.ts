/**
 * Synthetic but realistic entry pairs for the benchmark's scale runs: case
 * studies in French and Chinese with real front matter (termbase actors and
 * places, one of the models of the content folder they join), aligned sections
 * and paragraphs, and lengths close to the real entries. Deterministic for a
 * given seed and content folder.
 *
 * The text is assembled from sentence pairs; it is filler for measuring the
 * build and the search index, never content of the site.
 */
import { applyEdits, lintEntry } from '../../src/content-model/contentLint.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** A small seeded PRNG (mulberry32), so that a seed always gives the same site. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** French typography: a narrow no-break space before « : ; ! ? ». */
const frSpacing = (s: string) => s.replace(/ ([:;!?])/g, '\u202f$1');
function shuffled<T>(r: Rand, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
const between = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

interface Name {
  fr: string;
  zh: string;
}
export interface Term {
  id: string;
  category: string;
  fr: { name: string };
  zh: { name: string };
}

/** Province / prefecture / county triples that exist in the termbase. */
const PLACES = [
  ['henan', 'puyang', 'taiqian'],
  ['henan', 'xinyang', 'guangshan'],
  ['shaanxi', 'yulin', 'fugu'],
  ['shaanxi', 'yulin', 'jiaxian'],
  ['shaanxi', 'shangluo', 'zhashui'],
  ['jiangxi', 'jian', 'jinggangshan'],
  ['jiangxi', 'jian', 'yongxin'],
  ['hebei', 'handan', 'weixian'],
  ['hubei', 'huanggang', 'yingshan'],
] as const;

const ACTORS = [
  ['cnpc', 'enterprise-group'],
  ['puyang-hengrun', 'local-enterprise'],
  ['mwr', 'ministry'],
  ['most', 'ministry'],
  ['organization-department', 'party-organ'],
  ['state-council-lgop', 'government-office'],
] as const;

/** A model entry the synthetic cases illustrate: its slug (`models/<slug>.mdx`) and its title in each language. */
export interface Model extends Name {
  slug: string;
}

/** The model entries of a content folder, by slug: whatever models the authors wrote, under whatever names. */
export function modelsIn(contentDir: string): Model[] {
  const title = (lang: string, file: string) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(contentDir, lang, 'models', file), 'utf8'))?.[1];
    const title = (parse(front ?? '') as { title?: unknown } | null)?.title;
    if (typeof title !== 'string') throw new Error(`synthetic entries: ${lang}/models/${file} has no title`);
    return title;
  };
  const dir = join(contentDir, 'fr', 'models');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  return files.sort().map((file) => ({ slug: file.slice(0, -'.mdx'.length), fr: title('fr', file), zh: title('zh-cn', file) }));
}

/** `of`: the French noun with its partitive, as in « la filière du thé ». */
const PRODUCTS: (Name & { of: string })[] = [
  { fr: 'thé', of: 'du thé', zh: '茶叶' },
  { fr: 'kiwis', of: 'des kiwis', zh: '猕猴桃' },
  { fr: 'champignons comestibles', of: 'des champignons comestibles', zh: '食用菌' },
  { fr: 'pommes', of: 'des pommes', zh: '苹果' },
  { fr: 'miel', of: 'du miel', zh: '蜂蜜' },
  { fr: 'noix', of: 'des noix', zh: '核桃' },
  { fr: 'porcs', of: 'des porcs', zh: '生猪' },
  { fr: 'bovins', of: 'des bovins', zh: '肉牛' },
  { fr: 'riz', of: 'du riz', zh: '水稻' },
  { fr: 'huile de camélia', of: 'de l’huile de camélia', zh: '油茶' },
  { fr: 'plantes médicinales', of: 'des plantes médicinales', zh: '中药材' },
  { fr: 'tourisme rural', of: 'du tourisme rural', zh: '乡村旅游' },
  { fr: 'broderie', of: 'de la broderie', zh: '刺绣' },
  { fr: 'électricité solaire', of: 'de l’électricité solaire', zh: '光伏发电' },
  { fr: 'jujubes', of: 'des jujubes', zh: '红枣' },
  { fr: 'millet', of: 'du millet', zh: '小米' },
];

interface Slots {
  county: Name;
  province: Name;
  actor: Name;
  product: Name & { of: string };
  product2: Name & { of: string };
  year: number;
  n: number;
  m: number;
}

type Sentence = (s: Slots, zhSpan: (zh: string) => string) => Name;

const CONTEXT: Sentence[] = [
  (s, z) => ({
    fr: `Le district de ${s.county.fr} (${z(s.county.zh)}), dans la province du ${s.province.fr}, comptait encore ${s.n} foyers pauvres en ${s.year}.`,
    zh: `${s.year}年，${s.province.zh}${s.county.zh}仍有${s.n}户贫困户。`,
  }),
  () => ({
    fr: `Les villages de montagne y vivaient surtout de cultures vivrières peu rentables, loin des marchés.`,
    zh: `当地山区村庄主要依靠收益不高的粮食种植为生，距离市场较远。`,
  }),
  (s) => ({
    fr: `${cap(s.actor.fr)} a pris en charge l’aide à ce district à partir de ${s.year}, dans le cadre du jumelage.`,
    zh: `从${s.year}年起，${s.actor.zh}按照定点扶贫的安排负责帮扶该县。`,
  }),
  () => ({
    fr: `Les routes étaient rares, l’eau potable manquait dans plusieurs hameaux et les jeunes partaient travailler en ville.`,
    zh: `当地道路稀少，一些自然村缺少饮用水，年轻人大多外出务工。`,
  }),
  () => ({
    fr: `Le revenu moyen par habitant restait inférieur de moitié à celui de la province.`,
    zh: `当地人均收入不到全省平均水平的一半。`,
  }),
  () => ({
    fr: `Le district figurait sur la liste des districts clés retenus par l’État pour son aide au développement.`,
    zh: `该县被列入国家扶贫开发工作重点县名单。`,
  }),
];

const MEASURES: Sentence[] = [
  (s) => ({
    fr: `L’institution a financé une coopérative ${s.product.of} qui regroupe ${s.m} foyers.`,
    zh: `帮扶单位出资支持成立了${s.product.zh}合作社，吸纳了${s.m}户农户。`,
  }),
  (s) => ({
    fr: `Des techniciens ont formé les exploitants à la production et à la vente ${s.product2.of}.`,
    zh: `技术人员为农户开展了${s.product2.zh}种植和销售方面的培训。`,
  }),
  () => ({
    fr: `Un ouvrage hydraulique a été construit pour irriguer les terres des villages les plus éloignés.`,
    zh: `帮扶单位修建了一处水利工程，灌溉最偏远村庄的耕地。`,
  }),
  () => ({
    fr: `Des cadres ont été détachés sur place pour suivre chaque foyer et tenir un registre de l’aide reçue.`,
    zh: `帮扶单位选派干部驻村，逐户跟踪，并建立帮扶台账。`,
  }),
  () => ({
    fr: `Une entreprise de la ville voisine s’est engagée à acheter la production à un prix garanti.`,
    zh: `邻近城市的一家企业承诺以保护价收购农产品。`,
  }),
  (s) => ({
    fr: `L’aide a aussi servi à réparer ${s.m} kilomètres de routes rurales et à équiper les écoles.`,
    zh: `帮扶资金还用于修复${s.m}公里农村道路，并为学校添置设备。`,
  }),
  () => ({
    fr: `Des prêts à faible taux ont permis aux foyers de lancer un petit élevage ou un atelier.`,
    zh: `低息贷款帮助农户发展小规模养殖或开办作坊。`,
  }),
  (s) => ({
    fr: `Le district a organisé des foires pour faire connaître la production ${s.product.of} dans les grandes villes.`,
    zh: `该县举办展销会，在大城市推广当地的${s.product.zh}。`,
  }),
];

const RESULTS: Sentence[] = [
  (s) => ({
    fr: `En ${s.year + 3}, le nombre de foyers pauvres était tombé à ${Math.floor(s.n / 4)}.`,
    zh: `到${s.year + 3}年，贫困户减少到${Math.floor(s.n / 4)}户。`,
  }),
  (s) => ({
    fr: `La filière ${s.product.of} fournit désormais un revenu régulier à ${s.m} familles.`,
    zh: `${s.product.zh}产业如今为${s.m}户家庭提供了稳定收入。`,
  }),
  () => ({
    fr: `Les habitants interrogés citent surtout l’accès à l’eau et les nouvelles routes.`,
    zh: `受访村民最常提到的是饮水条件和新修的道路。`,
  }),
  (s) => ({
    fr: `Le modèle a ensuite été repris dans d’autres districts de la province du ${s.province.fr}.`,
    zh: `这一做法随后在${s.province.zh}其他县得到推广。`,
  }),
  () => ({
    fr: `Les autorités notent toutefois que les revenus restent fragiles en cas de mauvaise récolte.`,
    zh: `不过，地方政府也指出，遇到歉收年份，农户收入仍不稳定。`,
  }),
  (s) => ({
    fr: `Le district est officiellement sorti de la pauvreté en ${s.year + 5}.`,
    zh: `该县于${s.year + 5}年正式脱贫摘帽。`,
  }),
];

const SECTIONS: { heading: Name; pool: Sentence[] }[] = [
  { heading: { fr: 'Le contexte', zh: '背景' }, pool: CONTEXT },
  { heading: { fr: 'Les mesures', zh: '主要措施' }, pool: MEASURES },
  { heading: { fr: 'Les résultats', zh: '成效' }, pool: RESULTS },
];

export interface GeneratedPair {
  slug: string;
  fr: string;
  zh: string;
}

const yamlString = (s: string) => JSON.stringify(s);

function frontMatter(o: {
  title: string;
  summary: string;
  order: number;
  model: string;
  actors: readonly (readonly [string, string])[];
  places: readonly (readonly [string, string, string])[];
  events: { date: string; label: string }[];
  figures: { value: number; label: string }[];
  index: number;
}): string {
  const lines = [
    '---',
    `title: ${yamlString(o.title)}`,
    `summary: ${yamlString(o.summary)}`,
    'kind: case',
    `order: ${o.order}`,
    `model: ${o.model}`,
    o.actors.length ? 'actors:' : 'actors: []',
    ...o.actors.flatMap(([term, type]) => [`  - term: ${term}`, `    type: ${type}`]),
    o.places.length ? 'places:' : 'places: []',
    ...o.places.flatMap(([p, pre, c]) => [`  - province: ${p}`, `    prefecture: ${pre}`, `    county: ${c}`]),
    o.events.length ? 'events:' : 'events: []',
    ...o.events.flatMap((e) => [`  - date: "${e.date}"`, `    label: ${yamlString(e.label)}`]),
    o.figures.length ? 'figures:' : 'figures: []',
    ...o.figures.flatMap((f) => [`  - value: ${f.value}`, `    label: ${yamlString(f.label)}`]),
    'source:',
    `  title: ${yamlString(`Entrée synthétique ${o.index} (banc d’essai)`)}`,
    '  site: bench.invalid',
    '  date: 2021-01-06',
    '---',
    '',
  ];
  return lines.join('\n');
}

/** One synthetic case pair, of one of `models`; `index` makes slug and order unique. */
export function generatePair(index: number, terms: ReadonlyMap<string, Term>, models: readonly Model[], seed = 1): GeneratedPair {
  if (!models.length) throw new Error('synthetic entries: no model entry for the cases to illustrate');
  const r = rng(seed * 1_000_003 + index);
  const name = (id: string): Name => {
    const t = terms.get(id);
    if (!t) throw new Error(`synthetic entries: "${id}" is not in the termbase`);
    return { fr: t.fr.name, zh: t.zh.name };
  };
  const places = [pick(r, PLACES)];
  if (r() < 0.25) {
    const other = pick(r, PLACES);
    if (other !== places[0]) places.push(other);
  }
  const actors = [pick(r, ACTORS)];
  if (r() < 0.3) {
    const other = pick(r, ACTORS);
    if (other !== actors[0]) actors.push(other);
  }
  const model = pick(r, models);
  const [province, , county] = places[0]!;
  const slots: Slots = {
    county: name(county),
    province: name(province),
    actor: name(actors[0]![0]),
    product: pick(r, PRODUCTS),
    product2: pick(r, PRODUCTS),
    year: between(r, 2002, 2014),
    n: between(r, 8, 90) * 100,
    m: between(r, 12, 480),
  };
  const zhSpan = (zh: string) => `<span lang="zh-CN">${zh}</span>`;

  const title = {
    fr: `${cap(slots.actor.fr)} à ${slots.county.fr} : la filière ${slots.product.of} (${index})`,
    zh: `${slots.actor.zh}在${slots.county.zh}的${slots.product.zh}帮扶（${index}）`,
  };
  const summary = {
    fr: `Exemple du modèle « ${model.fr} » dans le district de ${slots.county.fr}, au ${slots.province.fr} : depuis ${slots.year}, l’aide y développe la filière ${slots.product.of}.`,
    zh: `${model.zh}的实例：${slots.actor.zh}自${slots.year}年起帮助${slots.province.zh}${slots.county.zh}发展${slots.product.zh}产业。`,
  };
  const events = r() < 0.6 ? [{ date: String(slots.year), label: { fr: 'début de l’aide', zh: '开始帮扶' } }] : [];
  const figures = [
    { value: slots.n, label: { fr: 'foyers pauvres au départ', zh: '户：帮扶前的贫困户' } },
    ...(r() < 0.5 ? [{ value: slots.m, label: { fr: 'familles dans la filière', zh: '户：参与产业的家庭' } }] : []),
  ];

  const body = { fr: [] as string[], zh: [] as string[] };
  const modelLink = {
    fr: `Ce cas relève du modèle « [${model.fr}](/models/${model.slug}/) ».`,
    zh: `本案例属于[${model.zh}](/models/${model.slug}/)。`,
  };
  SECTIONS.forEach((section, i) => {
    body.fr.push(`## ${section.heading.fr}`);
    body.zh.push(`## ${section.heading.zh}`);
    // Each sentence at most once per entry.
    const pool = shuffled(r, section.pool);
    const paragraphs = between(r, 2, 3);
    for (let p = 0; p < paragraphs && pool.length >= 2; p++) {
      const sentences = pool.splice(0, between(r, 2, 3)).map((s) => s(slots, zhSpan));
      const fr = sentences.map((s) => s.fr);
      const zh = sentences.map((s) => s.zh);
      if (i === 0 && p === 0) {
        fr.unshift(modelLink.fr);
        zh.unshift(modelLink.zh);
      }
      // Synthetic text is nobody's source: each block is the site's own reading (content/README.md).
      body.fr.push(`${fr.join(' ')} <Reading />`);
      body.zh.push(`${zh.join('')}<Reading />`);
    }
    if (i === 1 && pool.length >= 3 && r() < 0.6) {
      const items = pool.splice(0, 3).map((s) => s(slots, zhSpan));
      body.fr.push(
        items
          .map((s) => `- ${s.fr.replace(/\.$/, ' ;')}`)
          .join('\n')
          .replace(/ ;$/, '.')
          .replaceAll(/$/gm, ' <Reading />'),
      );
      body.zh.push(
        items
          .map((s) => `- ${s.zh.replace(/。$/, '；')}`)
          .join('\n')
          .replace(/；$/, '。')
          .replaceAll(/$/gm, '<Reading />'),
      );
    }
  });

  const common = { order: 1000 + index, model: model.slug, actors, places, index };
  const lang = (l: 'fr' | 'zh') =>
    frontMatter({
      ...common,
      title: l === 'fr' ? frSpacing(title.fr) : title.zh,
      summary: l === 'fr' ? frSpacing(summary.fr) : summary.zh,
      events: events.map((e) => ({ date: e.date, label: e.label[l] })),
      figures: figures.map((f) => ({ value: f.value, label: f.label[l] })),
    }) +
    '\n' +
    (l === 'fr' ? frSpacing(body.fr.join('\n\n')) : body.zh.join('\n\n')) +
    '\n';
  const slug = `cases/synthetic-${String(index).padStart(5, '0')}`;
  return { slug, fr: typeset(lang('fr'), `content/fr/${slug}.mdx`), zh: typeset(lang('zh'), `content/zh-cn/${slug}.mdx`) };
}

/** The typography fixes the content lint is certain of (src/content-model/contentLint.ts), so that the build accepts the text. */
function typeset(text: string, file: string): string {
  let out = text;
  for (let round = 0; round < 5; round++) {
    const edits = lintEntry(out, file).flatMap((p) => (p.edit ? [p.edit] : []));
    if (!edits.length) break;
    out = applyEdits(out, edits);
  }
  return out;
}

/**
 * Writes a content folder with the real entries and termbase plus `count`
 * synthetic pairs, in a new temporary folder (never inside the repo).
 * Returns the folder.
 */
export function writeSyntheticContent(count: number, options: { realContent?: string; seed?: number; dir?: string } = {}): string {
  const real = resolve(options.realContent ?? 'content');
  const dir = options.dir ?? join(mkdtempSync(join(tmpdir(), `bench-content-${count}-`)), 'content');
  if (resolve(dir).startsWith(real)) throw new Error(`refusing to write synthetic entries into ${real}`);
  cpSync(real, dir, { recursive: true });
  const terms = new Map((JSON.parse(readFileSync(join(dir, 'termbase.json'), 'utf8')) as Term[]).map((t) => [t.id, t]));
  const models = modelsIn(dir);
  mkdirSync(join(dir, 'fr/cases'), { recursive: true });
  mkdirSync(join(dir, 'zh-cn/cases'), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const pair = generatePair(i, terms, models, options.seed);
    writeFileSync(join(dir, 'fr', `${pair.slug}.mdx`), pair.fr);
    writeFileSync(join(dir, 'zh-cn', `${pair.slug}.mdx`), pair.zh);
  }
  return dir;
}

import { describe, expect, it } from 'vitest';
import { tidyChinese, tidyExcerpt, tidyFrench } from '../../../src/search/excerptTypography.ts';

const plain = (text: string) => [{ text, mark: false }];
const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('search excerpts as the reader sees them', () => {
  it('joins Chinese blocks with a full stop, without spaces beside full-width punctuation', () => {
    expect(tidyChinese('对帮扶. 国家的号召，经中央和省级部门推动. 府谷县')).toBe('对帮扶。国家的号召，经中央和省级部门推动。府谷县');
    expect(tidyChinese('实际情况来设计。 实例：府谷县的“3331” 府谷县的案例')).toBe('实际情况来设计。实例：府谷县的“3331”。府谷县的案例');
    expect(tidyChinese('扶贫方式 结对帮扶模式')).toBe('扶贫方式。结对帮扶模式');
    expect(tidyChinese('陕西省府谷县创造了“')).toBe('陕西省府谷县创造了');
    expect(tidyChinese('创造了“ …')).toBe('创造了 …');
    // Latin inside Chinese keeps its spaces.
    expect(tidyChinese('每年至少 3000 户，用 3 年时间')).toBe('每年至少 3000 户，用 3 年时间');
  });

  it('puts French spacing back and separates blocks that ran together', () => {
    expect(tidyFrench('six projets hydrauliques; ministère des Sciences')).toBe('six projets hydrauliques\u202f; ministère des Sciences');
    expect(tidyFrench('six projets hydrauliques. appui aux projets')).toBe('six projets hydrauliques · appui aux projets');
    expect(tidyFrench('Fin de phrase. Nouvelle phrase')).toBe('Fin de phrase. Nouvelle phrase');
    expect(tidyFrench('la formule «3331»')).toBe('la formule «\u202f3331\u202f»');
  });

  it('drops the title the result already shows as its heading', () => {
    const title = 'Fugu et la formule « 3331 »';
    expect(joined(tidyExcerpt(plain(`${title} Exemple de l’aide jumelée : le district`), 'fr', title))).toBe(
      'Exemple de l’aide jumelée\u202f: le district',
    );
    expect(joined(tidyExcerpt(plain('府谷县的“3331”扶贫方式. 结对帮扶模式的实例'), 'zh-CN', '府谷县的“3331”扶贫方式'))).toBe(
      '结对帮扶模式的实例',
    );
    // An excerpt that begins inside the title loses the title's end.
    expect(
      joined(
        tidyExcerpt(
          plain('des Ressources hydrauliques et ses six projets. Exemple du soutien'),
          'fr',
          'Le ministère des Ressources hydrauliques et ses six projets',
        ),
      ),
    ).toBe('Exemple du soutien');
    // An excerpt that is only the title keeps it.
    expect(joined(tidyExcerpt(plain(title), 'fr', title))).toBe(title.replace(/« | »/g, (m) => m.replace(' ', '\u202f')));
  });

  it('keeps the marks on the words that matched', () => {
    const runs = [
      { text: 'six projets ', mark: false },
      { text: 'hydrauliques', mark: true },
      { text: '; ministère', mark: false },
    ];
    expect(tidyExcerpt(runs, 'fr', '')).toEqual([
      { text: 'six projets ', mark: false },
      { text: 'hydrauliques', mark: true },
      { text: '\u202f; ministère', mark: false },
    ]);
    const zh = [
      { text: '实例：', mark: false },
      { text: '府谷', mark: true },
      { text: '县. 结对', mark: false },
    ];
    expect(tidyExcerpt(zh, 'zh-CN', '')).toEqual([
      { text: '实例：', mark: false },
      { text: '府谷', mark: true },
      { text: '县。结对', mark: false },
    ]);
  });
});

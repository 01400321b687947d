/** The text every page's facts come from (the French and Chinese versions of one article on french.china.org.cn; content/README.md). */
export interface SourceRef {
  title: string;
  site: string;
  date: Date;
}

export const siteSource: SourceRef = {
  title: 'L’assistance aux démunis par le jumelage',
  site: 'french.china.org.cn',
  date: new Date('2021-01-06T00:00:00Z'),
};

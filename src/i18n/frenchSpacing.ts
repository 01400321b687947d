/**
 * French typographic spacing: a narrow no-break space (U+202F) before
 * `; : ! ?` and inside « ». Idempotent; ordinary spaces become no-break
 * spaces, missing ones are added. Times (10:30) and URLs are left alone.
 */
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]*([;!?])(?=\s|$|[»)"”])/g, (_m, p: string, offset: number, all: string) =>
      offset === 0 && !/\S/.test(all.slice(0, offset)) ? p : `${NNBSP}${p}`,
    )
    .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/g, `$1${NNBSP}:`)
    .replace(/^[ \u00a0]+:(?=\s|$)/, `${NNBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);
}

/**
 * French typographic spacing: a narrow no-break space (U+202F) before
 * `; : ! ?` and inside « ». Idempotent; ordinary spaces become no-break
 * spaces, missing ones are added. Times (10:30) and URLs are left alone.
 */
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return (
    text
      // At the very start of a text (after a link or a term, say), a mark written without a space stays bare; one written with a space gets the narrow one.
      .replace(/[ \u00a0\u202f]*([;!?])(?=\s|$|[»)"”])/g, (m: string, p: string, offset: number) =>
        offset === 0 && m === p ? p : `${NNBSP}${p}`,
      )
      .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/g, `$1${NNBSP}:`)
      .replace(/^[ \u00a0]+:(?=\s|$)/, `${NNBSP}:`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
  );
}

/**
 * A Hunspell dictionary's word forms, expanded once (at build time) instead of at every start.
 *
 * nspell expands each `.dic` word through the affix rules into a table of every form and its
 * flags: about half a second per dictionary, paid by the analysis worker before the first
 * spelling note, by every CLI run and by every test that opens the app. `compileForms` writes
 * that table out as text (sorted, one form a line); `checkerFromForms` gives nspell the same
 * table back, read by binary search where it lies, so there is nothing to expand or insert.
 * Checks and suggestions read only nspell's table, its compound rules and the affix file's
 * rules and flags, so they answer exactly as the expanded dictionary does
 * (tests/core/notes/dictionary-forms.test.ts compares every form).
 *
 * The text: a header line naming the format and the affix and word files it came from (their
 * fingerprint), the compound rules as JSON, then `form` or `form<TAB>flag<TAB>flag...` lines.
 */
import nspell from "nspell";

type Checker = ReturnType<typeof nspell>;

/** The parts of nspell's state that checking and suggesting read (not in its typings). */
interface CheckerState {
  data: Record<string, string[] | undefined>;
  compoundRules: RegExp[];
}

const MAGIC = "draftwise-forms 1";

/** FNV-1a over both files, with their lengths: tells a forms file made from other files. */
export function dictionaryFingerprint(aff: string, dic: string): string {
  let hash = 0x811c9dc5;
  for (const text of [aff, "\0", dic])
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${aff.length}.${dic.length}.${(hash >>> 0).toString(16)}`;
}

/** Expands the dictionary as nspell does and writes the table out. */
export function compileForms(aff: string, dic: string): string {
  const state = nspell(aff, dic) as unknown as CheckerState;
  const lines = Object.keys(state.data)
    .sort()
    .map((form) => [form, ...(state.data[form] ?? [])].join("\t"));
  const rules = JSON.stringify(state.compoundRules.map((r) => r.source));
  return [`${MAGIC} ${dictionaryFingerprint(aff, dic)}`, rules, ...lines].join("\n");
}

/** Whether `forms` was compiled from exactly these affix and word files. */
export function formsMatch(forms: string, aff: string, dic: string): boolean {
  const header = forms.slice(0, forms.indexOf("\n"));
  return header === `${MAGIC} ${dictionaryFingerprint(aff, dic)}`;
}

const NO_FLAGS: string[] = [];

/** Looks a form up in the compiled lines by binary search; undefined when absent. */
function formTable(forms: string, firstLine: number): (form: string) => string[] | undefined {
  let starts: Int32Array | null = null;
  let keyEnds: Int32Array | null = null;
  // Lines counted first, then written straight into typed arrays: growing two arrays of
  // 120,000 numbers and copying them cost the worker about 73 ms for both dictionaries at each
  // app start, this about 30.
  const index = (): void => {
    let lines = 0;
    for (let at = firstLine; at < forms.length; lines++) {
      const end = forms.indexOf("\n", at);
      at = end < 0 ? forms.length : end + 1;
    }
    const s = new Int32Array(lines);
    const k = new Int32Array(lines);
    let tab = forms.indexOf("\t", firstLine);
    let line = 0;
    for (let start = firstLine; start < forms.length; line++) {
      let end = forms.indexOf("\n", start);
      if (end < 0) end = forms.length;
      if (tab >= 0 && tab < start) tab = forms.indexOf("\t", start);
      s[line] = start;
      k[line] = tab >= 0 && tab < end ? tab : end;
      start = end + 1;
    }
    starts = s;
    keyEnds = k;
  };
  // nspell asks for the same form two to four times in a row (`exact`, then its flags, then
  // `form`'s FORBIDDENWORD check): the last answer is kept for the next ask.
  let lastForm: string | undefined;
  let lastFlags: string[] | undefined;
  const search = (form: string): string[] | undefined => {
    if (!starts || !keyEnds) index();
    let lo = 0;
    let hi = starts!.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts![mid]!;
      const keyEnd = keyEnds![mid]!;
      const order = compareKey(forms, start, keyEnd, form);
      if (order < 0) lo = mid + 1;
      else if (order > 0) hi = mid - 1;
      else {
        const lineEnd = mid + 1 < starts!.length ? starts![mid + 1]! - 1 : forms.length;
        return keyEnd === lineEnd ? NO_FLAGS : forms.slice(keyEnd + 1, lineEnd).split("\t");
      }
    }
    return undefined;
  };
  return (form) => {
    if (form !== lastForm) {
      lastFlags = search(form);
      lastForm = form;
    }
    return lastFlags;
  };
}

/**
 * `forms.slice(start, end)` against `form` as `<` and `>` order strings (by UTF-16 code unit),
 * read in place: no copy of each key the binary search passes.
 */
function compareKey(forms: string, start: number, end: number, form: string): number {
  const length = end - start;
  const common = Math.min(length, form.length);
  for (let k = 0; k < common; k++) {
    const d = forms.charCodeAt(start + k) - form.charCodeAt(k);
    if (d !== 0) return d;
  }
  return length - form.length;
}

/** An nspell checker over compiled forms: the affix file's rules and flags, the forms' table. */
export function checkerFromForms(aff: string, forms: string): Checker {
  if (!forms.startsWith(`${MAGIC} `))
    throw new Error("The dictionary's word forms are not in a format this version can read.");
  const rulesStart = forms.indexOf("\n") + 1;
  const rulesEnd = forms.indexOf("\n", rulesStart);
  const sources = JSON.parse(forms.slice(rulesStart, rulesEnd)) as string[];
  const checker = nspell(aff);
  const state = checker as unknown as CheckerState;
  const lookup = formTable(forms, rulesEnd + 1);
  // nspell reads its table only by `data[form]`.
  state.data = new Proxy(Object.create(null) as Record<string, string[] | undefined>, {
    get: (_target, form) => (typeof form === "string" ? lookup(form) : undefined),
    has: (_target, form) => typeof form === "string" && lookup(form) !== undefined,
  });
  state.compoundRules = sources.map((source) => new RegExp(source, "i"));
  return checker;
}
